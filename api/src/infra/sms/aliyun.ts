/**
 * Aliyun SMS (短信服务) through the vendor's maintained SDK, @alicloud/dysmsapi20170525: SendSms with
 * PhoneNumbers, SignName, TemplateCode and TemplateParam (a JSON object of the template's params),
 * signed by the SDK (ACS3-HMAC-SHA256). A 200 answer is not "sent": the result `Code` must be `OK`.
 * Tested against scripts/fake-sms/aliyun.mjs, which checks that signature.
 */
import { createRequire } from 'node:module';
import { SMS_TEMPLATES, SmsProvider, SmsSendError, type SmsMessage, type SmsTemplate } from '../sms.js';

const require = createRequire(import.meta.url);
// CommonJS packages: the client class is their `default` export
const Dysmsapi = require('@alicloud/dysmsapi20170525') as typeof import('@alicloud/dysmsapi20170525');
const OpenApi = require('@alicloud/openapi-core') as typeof import('@alicloud/openapi-core');
const Dara = require('@darabonba/typescript') as typeof import('@darabonba/typescript');

export interface AliyunSmsConfig {
  accessKeyId: string;
  accessKeySecret: string;
  /** STS temporary credentials: the token that goes with a temporary key pair */
  securityToken?: string;
  /** dysmsapi.aliyuncs.com, or http(s)://host:port for a local fake */
  endpoint: string;
  signName: string;
  templates: Record<SmsTemplate, string>;
  timeoutMs?: number;
}

/** Result codes after which sending the same message again cannot succeed. */
const PERMANENT =
  /^isv\.(MOBILE_NUMBER_ILLEGAL|SMS_TEMPLATE_ILLEGAL|SMS_SIGNATURE_ILLEGAL|TEMPLATE_MISSING_PARAMETERS|TEMPLATE_PARAMS_ILLEGAL|INVALID_PARAMETERS|PARAM_LENGTH_LIMIT|BLACK_KEY_CONTROL_LIMIT|SMS_SIGN_ILLEGAL|DENY_IP_RANGE|ACCOUNT_NOT_EXISTS|ACCOUNT_ABNORMAL|SMS_CONTENT_ILLEGAL|PRODUCT_UN_SUBSCRIPT|PRODUCT_UNSUBSCRIBE)$|^(SignatureDoesNotMatch|InvalidAccessKeyId.*|IncompleteSignature|Forbidden.*)$/;

/** Aliyun's PhoneNumbers: mainland numbers as 11 digits, others with their country code and no "+". */
export const aliyunPhone = (phone: string): string => phone.replace(/^\+/, '');

export class AliyunSmsProvider extends SmsProvider {
  private readonly client: InstanceType<typeof Dysmsapi.default>;
  private readonly runtime: InstanceType<typeof Dara.RuntimeOptions>;
  constructor(private readonly c: AliyunSmsConfig) {
    super();
    const m = /^(https?):\/\/([^/]+)\/?$/.exec(c.endpoint);
    this.client = new Dysmsapi.default(
      new OpenApi.$OpenApiUtil.Config({
        accessKeyId: c.accessKeyId,
        accessKeySecret: c.accessKeySecret,
        securityToken: c.securityToken || undefined,
        endpoint: m ? m[2] : c.endpoint,
        protocol: m ? m[1].toUpperCase() : 'HTTPS',
        regionId: 'cn-hangzhou',
      }),
    );
    const timeout = c.timeoutMs ?? 5000;
    // one attempt: the caller decides about retries (a login code is asked again; the outbox backs off)
    this.runtime = new Dara.RuntimeOptions({
      autoretry: false,
      maxAttempts: 0,
      readTimeout: timeout,
      connectTimeout: timeout,
    });
  }

  async send(msg: SmsMessage): Promise<string> {
    const params = Object.fromEntries(SMS_TEMPLATES[msg.template].params.map((p) => [p, String(msg.params[p] ?? '')]));
    let body: { code?: string; message?: string; bizId?: string } | undefined;
    try {
      const res = await this.client.sendSmsWithOptions(
        new Dysmsapi.SendSmsRequest({
          phoneNumbers: aliyunPhone(msg.phone),
          signName: this.c.signName,
          templateCode: this.c.templates[msg.template],
          templateParam: JSON.stringify(params),
        }),
        this.runtime,
      );
      body = res.body;
    } catch (e) {
      const err = e as { code?: string; message?: string };
      const code = err.code && err.code !== 'undefined' ? err.code : 'NetworkError';
      throw new SmsSendError('aliyun', code, PERMANENT.test(code), String(err.message ?? e).slice(0, 300));
    }
    const code = body?.code ?? 'NoCode';
    if (code !== 'OK') throw new SmsSendError('aliyun', code, PERMANENT.test(code), body?.message ?? '');
    return body?.bizId ?? '';
  }
}
