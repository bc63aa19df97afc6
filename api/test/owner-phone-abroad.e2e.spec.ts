// Owners from Hong Kong and Macau: the phone WeChat hands over (with its numeric countryCode) is kept with
// its country code, not taken for a mainland number (+86 61234567 reaches nobody).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeWechatState } from '../../scripts/fake-wechat/server.mjs';
import { PiiCipher } from '../src/infra/pii.js';
import { startTestApp, testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('owner phone outside the mainland (%s)', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db, { seed: false });
  });
  afterAll(async () => t?.close());

  it('a Hong Kong owner signing in through WeChat is kept as +852…, a mainland one as 11 digits', async () => {
    const fake = t.wechat.state as unknown as FakeWechatState;
    const pii = t.app.get(PiiCipher);
    for (const [openid, phone, cc, kept] of [
      ['o_hk_owner', '61234567', 852, '+85261234567'],
      ['o_mo_owner', '66123456', 853, '+85366123456'],
      ['o_cn_owner', '13912345678', 86, '13912345678'],
    ] as const) {
      const r = await t.req('POST', '/api/v1/auth/owner/wechat', {
        body: { code: fake.issueLoginCode(openid), phoneCode: fake.issuePhoneCode(phone, cc) },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      const [row] = await t.ds.query('SELECT phone_enc, phone_hash FROM person WHERE openid = ?', [openid]);
      expect(pii.decrypt(row.phone_enc)).toBe(kept);
      expect(row.phone_hash).toBe(pii.hash(kept));
    }
  });
});
