/**
 * SMS behind one interface: a template name and its params. Which vendor sends it is configuration
 * (SMS_PROVIDER): `aliyun` (Aliyun SMS, SendSms through @alicloud/dysmsapi20170525) or `tencent`
 * (Tencent Cloud SMS, SendSms through tencentcloud-sdk-nodejs-sms), each with its own keys; `log`
 * (the default outside production, refused in production) writes the message to the log and keeps
 * it in memory for the demo and the tests (GET /api/v1/dev/sms-outbox, never in production).
 *
 * A template is declared once here, with the order of its params (Tencent takes them as a list,
 * Aliyun as a JSON object); the vendor's template id comes from `SMS_TEMPLATE_<NAME>` (e.g.
 * SMS_TEMPLATE_LOGIN_CODE), which production requires for every template declared here. A module
 * that adds a template adds one line to SMS_TEMPLATES and one variable to its deployment.
 */
import { Logger } from '@nestjs/common';
import { AppError } from '../common/app-error.js';

/** Every SMS the product sends: its params in the order the vendor's template numbers them ({1}, {2} …). */
export const SMS_TEMPLATES = {
  /** 您的登录验证码是{code}，{minutes}分钟内有效。 */
  login_code: { params: ['code'] },
  /** 您登记的登录手机号已改为尾号{tail}的号码。 */
  phone_changed: { params: ['tail'] },
  /** R-REP-08 感谢您报修{place}的问题，已于{time}修好，谢谢您对小区的关心！ */
  repair_thanks: { params: ['place', 'time'] },
  /** 您租用的车位{space}将于{date}到期（还有{days}天），请在小程序“停车服务”中续租。 */
  parking_expiry: { params: ['space', 'date', 'days'] },
} as const satisfies Record<string, { params: readonly string[] }>;
export type SmsTemplate = keyof typeof SMS_TEMPLATES;
export const SMS_TEMPLATE_NAMES = Object.keys(SMS_TEMPLATES) as SmsTemplate[];
/** The environment variable holding a template's id at the vendor. */
export const smsTemplateVar = (t: string): string => `SMS_TEMPLATE_${t.toUpperCase()}`;

export interface SmsMessage {
  /** mainland numbers as 11 digits (13800000001); others in E.164 (+85261234567) */
  phone: string;
  template: SmsTemplate;
  params: Record<string, string>;
  /** the whole text as the demo log shows it (vendors render their own approved template) */
  text?: string;
}
export interface SentSms extends SmsMessage {
  sentAt: Date;
}

/** The vendor refused or could not be reached: nothing was sent. `permanent` when a retry cannot help. */
export class SmsSendError extends AppError {
  constructor(
    readonly vendor: string,
    readonly vendorCode: string,
    readonly permanent: boolean,
    detail: string,
  ) {
    super('SMS_UNAVAILABLE', '短信发送失败，请稍后再试', { vendor, code: vendorCode });
    this.stack = `SmsSendError ${vendor} ${vendorCode}: ${detail}\n${this.stack ?? ''}`;
  }
}

export abstract class SmsProvider {
  /** Sends one message; resolves with the vendor's message id, rejects with SmsSendError. */
  abstract send(msg: SmsMessage): Promise<string>;
}

/** The params of a template in its declared order (a missing one is a programming error, caught in tests). */
export function orderedParams(msg: SmsMessage): string[] {
  return SMS_TEMPLATES[msg.template].params.map((name) => {
    const v = msg.params[name];
    if (v === undefined) throw new Error(`SMS template ${msg.template} needs param "${name}"`);
    return String(v);
  });
}

/** +86 for mainland numbers given as 11 digits; E.164 numbers as they are. */
export function toE164(phone: string): string {
  return /^1\d{10}$/.test(phone) ? `+86${phone}` : phone;
}

export class LogSmsProvider extends SmsProvider {
  private readonly logger = new Logger('SMS');
  /** the last message to each phone */
  readonly outbox = new Map<string, SentSms>();
  /** every message, in order */
  readonly sent: SentSms[] = [];
  async send(msg: SmsMessage): Promise<string> {
    orderedParams(msg);
    const m = { ...msg, sentAt: new Date() };
    this.outbox.set(msg.phone, m);
    this.sent.push(m);
    // a warning: nothing was really sent, and the demo's reader needs the code even at LOG_LEVEL=warn
    this.logger.warn(`演示短信（未真正发送）→ ${msg.phone}: ${msg.text ?? `${msg.template} ${JSON.stringify(msg.params)}`}`);
    return `log-${this.sent.length}`;
  }
}
