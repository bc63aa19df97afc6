/**
 * Tencent Cloud SMS through the vendor's maintained SDK, tencentcloud-sdk-nodejs-sms (API 2021-01-11):
 * SendSms with PhoneNumberSet (E.164), SmsSdkAppId, SignName, TemplateId and TemplateParamSet (the
 * template's params in order), signed by the SDK (TC3-HMAC-SHA256). Each number's own status `Code`
 * must be `Ok`. Tested against scripts/fake-sms/tencent.mjs, which checks that signature.
 */
import { createRequire } from 'node:module';
import type { Agent } from 'node:http';
import { orderedParams, SmsProvider, SmsSendError, toE164, type SmsMessage, type SmsTemplate } from '../sms.js';

const require = createRequire(import.meta.url);
const tencent = require('tencentcloud-sdk-nodejs-sms') as typeof import('tencentcloud-sdk-nodejs-sms');
type SmsClient = InstanceType<typeof tencent.sms.v20210111.Client>;

export interface TencentSmsConfig {
  secretId: string;
  secretKey: string;
  /** STS temporary credentials: the token that goes with a temporary key pair */
  token?: string;
  sdkAppId: string;
  region: string;
  /** sms.tencentcloudapi.com (or a regional endpoint) */
  endpoint: string;
  signName: string;
  templates: Record<SmsTemplate, string>;
  timeoutMs?: number;
}

/** Status codes after which sending the same message again cannot succeed. */
const PERMANENT =
  /^(InvalidParameterValue\..*|FailedOperation\.(TemplateIncorrectOrUnapproved|SignatureIncorrectOrUnapproved|PhoneNumberInBlacklist|ContainSensitiveWord|InsufficientBalanceInSmsPackage|MissingTemplateToModify)|UnauthorizedOperation\..*|AuthFailure\..*|UnsupportedOperation\..*)$/;

export class TencentSmsProvider extends SmsProvider {
  private readonly client: SmsClient;
  constructor(
    private readonly c: TencentSmsConfig,
    /** tests route the vendor's host to a local fake through an agent (plain HTTP) */
    opts: { agent?: Agent; protocol?: 'http://' | 'https://' } = {},
  ) {
    super();
    const m = /^(https?:\/\/)([^/]+)\/?$/.exec(c.endpoint);
    this.client = new tencent.sms.v20210111.Client({
      credential: { secretId: c.secretId, secretKey: c.secretKey, ...(c.token ? { token: c.token } : {}) },
      region: c.region,
      profile: {
        signMethod: 'TC3-HMAC-SHA256',
        httpProfile: {
          endpoint: m ? m[2] : c.endpoint,
          reqMethod: 'POST',
          reqTimeout: Math.ceil((c.timeoutMs ?? 5000) / 1000),
          protocol: opts.protocol ?? ((m?.[1] as 'http://' | undefined) || 'https://'),
          ...(opts.agent ? { agent: opts.agent } : {}),
        },
      },
    });
  }

  async send(msg: SmsMessage): Promise<string> {
    let res: Awaited<ReturnType<SmsClient['SendSms']>>;
    try {
      res = await this.client.SendSms({
        PhoneNumberSet: [toE164(msg.phone)],
        SmsSdkAppId: this.c.sdkAppId,
        SignName: this.c.signName,
        TemplateId: this.c.templates[msg.template],
        TemplateParamSet: orderedParams(msg),
      });
    } catch (e) {
      const err = e as { code?: string; message?: string };
      const code = err.code || 'NetworkError';
      throw new SmsSendError('tencent', code, PERMANENT.test(code), String(err.message ?? e).slice(0, 300));
    }
    const status = res.SendStatusSet?.[0];
    const code = status?.Code ?? 'NoStatus';
    if (code !== 'Ok') throw new SmsSendError('tencent', code, PERMANENT.test(code), status?.Message ?? '');
    return status?.SerialNo ?? '';
  }
}
