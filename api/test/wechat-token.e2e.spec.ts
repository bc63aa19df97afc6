// The WeChat access token kept in the database for every API instance: instances read one token instead of
// each fetching theirs, and after a rejection only one of them forces a refresh (WeChat allows 20 a day,
// 30 s apart, each cancelling every other instance's token); the fake refuses more, so a regression fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeWechatState } from '../../scripts/fake-wechat/server.mjs';
import { WechatClient } from '../src/infra/wechat/index.js';
import { DbWechatTokenStore } from '../src/infra/wechat/token-store.js';
import { startTestApp, testDatabases, type TestApp } from './harness.js';

const data = { character_string1: 'BX-0001', thing2: '门禁', phrase3: '已受理', time4: '2026-11-23 10:00' };

describe.each(testDatabases())('WeChat token shared through the database (%s)', (db) => {
  let t: TestApp;
  let fake: FakeWechatState;
  const instance = () =>
    new WechatClient({
      apiBase: t.wechat.url,
      appId: 'wxtest0000000001',
      secret: 'test-secret',
      // the instance that waits for another's forced refresh waits twice this (replaceRejected): 15 s made a
      // waiter's sends outlive the test and land in the next one, so it stays at 2 s as in production's tests
      timeoutMs: 2000,
      tokenStore: new DbWechatTokenStore(t.ds),
    });
  beforeAll(async () => {
    t = await startTestApp(db, { seed: false });
    fake = t.wechat.state as unknown as FakeWechatState;
  });
  afterAll(async () => t?.close());

  it('two instances use one token; after a rejection one forced refresh serves both, and twenty sends go through', async () => {
    fake.reset();
    const [a, b] = [instance(), instance()];
    expect(await a.getAccessToken()).toBe(await b.getAccessToken());
    expect(fake.calls['/cgi-bin/stable_token']).toBe(1);
    fake.rejectAccessTokens();
    const sent = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).sendSubscribeMessage({ touser: `o_t${i}`, templateId: 'tpl_request_accepted', data })),
    );
    expect(sent).toHaveLength(20);
    expect(fake.forceRefreshCount).toBe(1);
    const [row] = await t.ds.query("SELECT value FROM app_state WHERE id = 'wechat_access_token'");
    expect(row.value).toBe(fake.currentAccessToken);
    // a third instance started now reads it instead of fetching
    const before = fake.calls['/cgi-bin/stable_token'];
    expect(await instance().getAccessToken()).toBe(fake.currentAccessToken);
    expect(fake.calls['/cgi-bin/stable_token']).toBe(before);
  });

  it('after an expiry both instances take the new token in normal mode: no forced refresh at all', async () => {
    fake.reset();
    const [a, b] = [instance(), instance()];
    await a.getAccessToken();
    fake.expireAccessTokens();
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).sendSubscribeMessage({ touser: `o_e${i}`, templateId: 'tpl_request_accepted', data })),
    );
    expect(fake.forceRefreshCount).toBe(0);
    expect(fake.sentMessages).toHaveLength(10);
  });
});
