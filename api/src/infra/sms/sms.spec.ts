import { Agent } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  startFakeAliyunSms,
  startFakeTencentSms,
  type FakeAliyunSms,
  type FakeTencentSms,
} from '../../../../scripts/fake-sms/server.mjs';
import { createSmsProvider } from '../../app.factory.js';
import { loadConfig } from '../../config/env.js';
import { LogSmsProvider, SmsSendError } from '../sms.js';
import { AliyunSmsProvider } from './aliyun.js';
import { TencentSmsProvider } from './tencent.js';

const TEMPLATES = {
  login_code: 'SMS_100001',
  phone_changed: 'SMS_100002',
  repair_thanks: 'SMS_100003',
  parking_expiry: 'SMS_100004',
};

/** Resolves with the SmsSendError the promise rejects with. */
async function sendError(p: Promise<unknown>): Promise<SmsSendError> {
  const e = await p.then(
    (v) => {
      throw new Error('expected an SmsSendError, got ' + JSON.stringify(v));
    },
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(SmsSendError);
  return e as SmsSendError;
}

describe('Aliyun SMS through @alicloud/dysmsapi20170525 against a fake that checks ACS3-HMAC-SHA256', () => {
  let fake: FakeAliyunSms;
  let sts: FakeAliyunSms;
  beforeAll(async () => {
    fake = await startFakeAliyunSms();
    sts = await startFakeAliyunSms({ accessKeyId: 'STS.fakeTemporaryKey', securityToken: 'sts-token-123' });
  });
  afterAll(async () => {
    await fake?.close();
    await sts?.close();
  });
  beforeEach(() => {
    fake.state.reset();
    sts.state.reset();
  });
  const provider = (over: Partial<ConstructorParameters<typeof AliyunSmsProvider>[0]> = {}) =>
    new AliyunSmsProvider({
      accessKeyId: fake.accessKeyId,
      accessKeySecret: fake.accessKeySecret,
      endpoint: fake.url,
      signName: '物业服务中心',
      templates: TEMPLATES,
      ...over,
    });

  it('sends SendSms with PhoneNumbers, SignName, TemplateCode and TemplateParam, signed as the vendor checks', async () => {
    const id = await provider().send({ phone: '13800000001', template: 'login_code', params: { code: '123456' } });
    expect(id).toMatch(/^\d+\^\d+$/);
    expect(fake.state.sent).toEqual([
      {
        phone: '13800000001',
        signName: '物业服务中心',
        template: 'SMS_100001',
        params: { code: '123456' },
        at: expect.any(String),
      },
    ]);
    expect(fake.state.rejected).toEqual([]);
  });

  it('sends to Hong Kong and Macau numbers with their country code', async () => {
    await provider().send({ phone: '+85261234567', template: 'phone_changed', params: { tail: '4567' } });
    await provider().send({ phone: '+85366123456', template: 'phone_changed', params: { tail: '3456' } });
    expect(fake.state.sent.map((m) => m.phone)).toEqual(['85261234567', '85366123456']);
  });

  it('a wrong secret is refused by the signature check (permanent), and nothing is sent', async () => {
    const e = await sendError(
      provider({ accessKeySecret: 'not-the-secret' }).send({
        phone: '13800000001',
        template: 'login_code',
        params: { code: '1' },
      }),
    );
    expect([e.vendor, e.vendorCode, e.permanent, e.status]).toEqual(['aliyun', 'SignatureDoesNotMatch', true, 503]);
    expect(e.message).toBe('短信发送失败，请稍后再试');
    expect(fake.state.sent).toEqual([]);
    expect(fake.state.rejected).toEqual(['SignatureDoesNotMatch']);
  });

  it('temporary (STS) keys carry their security token; without it the vendor refuses', async () => {
    const base = { accessKeyId: sts.accessKeyId, accessKeySecret: sts.accessKeySecret, endpoint: sts.url };
    await provider({ ...base, securityToken: 'sts-token-123' }).send({
      phone: '13800000002',
      template: 'login_code',
      params: { code: '2' },
    });
    expect(sts.state.sent).toHaveLength(1);
    const e = await sendError(provider(base).send({ phone: '13800000003', template: 'login_code', params: { code: '3' } }));
    expect(e.vendorCode).toBe('InvalidSecurityToken.Mismatch');
  });

  it('a 200 answer is not "sent": the result Code decides (rate limit retryable, bad template permanent)', async () => {
    fake.state.failNext('isv.BUSINESS_LIMIT_CONTROL');
    const limited = await sendError(provider().send({ phone: '13800000004', template: 'login_code', params: { code: '4' } }));
    expect([limited.vendorCode, limited.permanent]).toEqual(['isv.BUSINESS_LIMIT_CONTROL', false]);
    const bad = await sendError(
      provider({ templates: { ...TEMPLATES, login_code: 'SMS_999999' } }).send({
        phone: '13800000004',
        template: 'login_code',
        params: { code: '4' },
      }),
    );
    expect([bad.vendorCode, bad.permanent]).toEqual(['isv.SMS_TEMPLATE_ILLEGAL', true]);
    const sign = await sendError(
      provider({ signName: '别家物业' }).send({ phone: '13800000004', template: 'login_code', params: { code: '4' } }),
    );
    expect(sign.vendorCode).toBe('isv.SMS_SIGNATURE_ILLEGAL');
    expect(fake.state.sent).toEqual([]);
  });

  it('an unreachable vendor is a retryable error, not a crash', async () => {
    const e = await sendError(
      provider({ endpoint: 'http://127.0.0.1:1' }).send({ phone: '13800000005', template: 'login_code', params: { code: '5' } }),
    );
    expect(e.permanent).toBe(false);
  });
});

describe('Tencent Cloud SMS through tencentcloud-sdk-nodejs-sms against a fake that checks TC3-HMAC-SHA256', () => {
  let fake: FakeTencentSms;
  /** the vendor's host name, routed to the fake (the signature covers the host name, as in production) */
  let agent: Agent;
  beforeAll(async () => {
    fake = await startFakeTencentSms({ templates: { 200001: 1, 200002: 1, 200003: 2 } });
    agent = new Agent();
    (agent as unknown as { createConnection: () => unknown }).createConnection = () => connect(fake.port, '127.0.0.1');
  });
  afterAll(async () => {
    agent?.destroy();
    await fake?.close();
  });
  beforeEach(() => fake.state.reset());
  const provider = (over: Partial<ConstructorParameters<typeof TencentSmsProvider>[0]> = {}) =>
    new TencentSmsProvider(
      {
        secretId: fake.secretId,
        secretKey: fake.secretKey,
        sdkAppId: fake.sdkAppId,
        region: 'ap-guangzhou',
        endpoint: 'sms.tencentcloudapi.com',
        signName: '物业服务中心',
        templates: { login_code: '200001', phone_changed: '200002', repair_thanks: '200003', parking_expiry: '200004' },
        ...over,
      },
      { agent, protocol: 'http://' },
    );

  it('sends SendSms with PhoneNumberSet (E.164), SmsSdkAppId, SignName, TemplateId and TemplateParamSet', async () => {
    const serial = await provider().send({ phone: '13800000001', template: 'login_code', params: { code: '654321' } });
    expect(serial).toMatch(/^[0-9a-f]{24}$/);
    await provider().send({ phone: '+85261234567', template: 'phone_changed', params: { tail: '4567' } });
    expect(fake.state.sent.map(({ phone, signName, template, params }) => ({ phone, signName, template, params }))).toEqual([
      { phone: '+8613800000001', signName: '物业服务中心', template: '200001', params: ['654321'] },
      { phone: '+85261234567', signName: '物业服务中心', template: '200002', params: ['4567'] },
    ]);
  });

  it('a wrong key fails the signature check (permanent); nothing is sent', async () => {
    const e = await sendError(
      provider({ secretKey: 'wrong' }).send({ phone: '13800000002', template: 'login_code', params: { code: '1' } }),
    );
    expect([e.vendor, e.vendorCode, e.permanent]).toEqual(['tencent', 'AuthFailure.SignatureFailure', true]);
    expect(fake.state.sent).toEqual([]);
  });

  it("each number's status Code decides: the 30-second limit is retryable, an unapproved template is not", async () => {
    await provider().send({ phone: '13800000003', template: 'login_code', params: { code: '1' } });
    const again = await sendError(provider().send({ phone: '13800000003', template: 'login_code', params: { code: '2' } }));
    expect([again.vendorCode, again.permanent]).toEqual(['LimitExceeded.PhoneNumberThirtySecondLimit', false]);
    const tpl = await sendError(
      provider({
        templates: { login_code: '999', phone_changed: '200002', repair_thanks: '200003', parking_expiry: '200004' },
      }).send({
        phone: '13800000004',
        template: 'login_code',
        params: { code: '1' },
      }),
    );
    expect([tpl.vendorCode, tpl.permanent]).toEqual(['FailedOperation.TemplateIncorrectOrUnapproved', true]);
    expect(fake.state.sent).toHaveLength(1);
  });
});

describe('choosing the provider by configuration', () => {
  it('SMS_PROVIDER picks the vendor with its own keys; a vendor needs its keys, sign name and every template id', () => {
    const aliyun = loadConfig({
      SMS_PROVIDER: 'aliyun',
      ALIYUN_SMS_ACCESS_KEY_ID: 'ak',
      ALIYUN_SMS_ACCESS_KEY_SECRET: 'sk',
      SMS_SIGN_NAME: '物业服务中心',
      SMS_TEMPLATE_LOGIN_CODE: 'SMS_1',
      SMS_TEMPLATE_PHONE_CHANGED: 'SMS_2',
      SMS_TEMPLATE_REPAIR_THANKS: 'SMS_29',
      SMS_TEMPLATE_PARKING_EXPIRY: 'SMS_31',
    });
    expect(createSmsProvider(aliyun.sms)).toBeInstanceOf(AliyunSmsProvider);
    expect(aliyun.sms.aliyun).toEqual({
      accessKeyId: 'ak',
      accessKeySecret: 'sk',
      securityToken: '',
      endpoint: 'dysmsapi.aliyuncs.com',
    });
    expect(createSmsProvider(loadConfig({}).sms)).toBeInstanceOf(LogSmsProvider);
    expect(() => loadConfig({ SMS_PROVIDER: 'tencent', TENCENT_SMS_SECRET_ID: 'id' })).toThrow(
      /SMS_PROVIDER=tencent 时必须设置 SMS_TEMPLATE_LOGIN_CODE[\s\S]*SMS_SIGN_NAME[\s\S]*TENCENT_SMS_SECRET_KEY[\s\S]*TENCENT_SMS_SDK_APP_ID/,
    );
    expect(() => loadConfig({ SMS_PROVIDER: 'http' })).toThrow('SMS_PROVIDER 必须是 aliyun、tencent 或 log（现在是 "http"）');
  });

  it('no SMS key is another feature’s secret: JWT_SECRET signs nothing sent to a vendor', () => {
    const c = loadConfig({
      JWT_SECRET: 'j'.repeat(40),
      SMS_PROVIDER: 'tencent',
      TENCENT_SMS_SECRET_ID: 'id',
      TENCENT_SMS_SECRET_KEY: 'key',
      TENCENT_SMS_SDK_APP_ID: '1400000001',
      SMS_SIGN_NAME: '物业服务中心',
      SMS_TEMPLATE_LOGIN_CODE: '1',
      SMS_TEMPLATE_PHONE_CHANGED: '2',
      SMS_TEMPLATE_REPAIR_THANKS: '29',
      SMS_TEMPLATE_PARKING_EXPIRY: '31',
    });
    expect(JSON.stringify(c.sms)).not.toContain('j'.repeat(40));
  });
});
