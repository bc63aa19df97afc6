// Subscribe-message templates as configuration: the ids and which data key carries each field come from the
// environment; the fake WeChat knows only the templates it is given, with exactly their keys; a message
// WeChat can never accept (40037 no such template) is set aside at once, not retried, and the owner's credit kept.
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeWechatState } from '../../scripts/fake-wechat/server.mjs';
import { OutboxService } from '../src/modules/notifications/outbox.service.js';
import { DEMO_WECHAT_TEMPLATES, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('subscribe templates (%s)', { timeout: 120_000 }, (db) => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  /** The owner 张伟 logs in through WeChat, accepts the 受理 template once and files a public-area repair. */
  async function fileAsOwner(app: TestApp, openid: string) {
    const fake = app.wechat.state as unknown as FakeWechatState;
    const login = await app.req('POST', '/api/v1/auth/owner/wechat', {
      body: { code: fake.issueLoginCode(openid), phoneCode: fake.issuePhoneCode('13800000001') },
    });
    const owner = login.body.accessToken;
    await app.app.get(OutboxService).drain(); // what the demo left
    await app.req('POST', '/api/v1/me/subscriptions', { token: owner, body: { templates: ['accepted'] } });
    const i = await ids(app);
    const [cat] = await app.ds.query("SELECT id FROM repair_category WHERE project_id = ? AND code = 'PUB-DOOR'", [await i.project('101')]);
    const r = await app.req('POST', '/api/v1/me/service-requests', {
      token: owner,
      body: { roomId: await i.room('1011011201'), categoryId: Number(cat.id), description: '单元门禁刷卡无反应' },
    });
    expect(r.status).toBe(201);
    return { fake, code: r.body.code as string, requestId: r.body.id as number };
  }

  it('the 受理 message goes out under the configured template id with the configured keys', async () => {
    t = await startTestApp(db, {
      env: {
        WECHAT_TPL_ACCEPTED: 'Tpl-Custom_A',
        WECHAT_TPL_ACCEPTED_KEYS: 'code=character_string9,category=thing1,status=phrase2,time=time5',
      },
      wechatTemplates: { ...DEMO_WECHAT_TEMPLATES, 'Tpl-Custom_A': ['character_string9', 'thing1', 'phrase2', 'time5'] },
    });
    const { fake, code } = await fileAsOwner(t, 'o_tpl_custom');
    await t.app.get(OutboxService).drain();
    const sent = fake.sentMessages.filter((m) => m.touser === 'o_tpl_custom');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.template_id).toBe('Tpl-Custom_A');
    expect(Object.keys(sent[0]!.data).sort()).toEqual(['character_string9', 'phrase2', 'thing1', 'time5']);
    expect(sent[0]!.data.character_string9!.value).toBe(code);
    expect(sent[0]!.data.phrase2!.value).toBe('已受理');
    expect(sent[0]!.data.time5!.value).toBe('2026-11-23 10:00');
  });

  it('a template WeChat does not know (40037) is set aside once, not retried, and the credit stays the owner’s', async () => {
    t = await startTestApp(db, { env: { WECHAT_TPL_ACCEPTED: 'tpl_withdrawn' } });
    const { fake, requestId } = await fileAsOwner(t, 'o_tpl_gone');
    const outbox = t.app.get(OutboxService);
    const sends = () => fake.calls['/cgi-bin/message/subscribe/send'] ?? 0;
    const before = sends();
    await outbox.drain();
    expect(sends() - before).toBe(1);
    const [row] = await t.ds.query('SELECT outcome, attempts, sent_at FROM outbox WHERE dedupe_key LIKE ?', [`req:${requestId}:accepted:%`]);
    expect(row.outcome).toBe('rejected');
    expect(Number(row.attempts)).toBe(1);
    expect(row.sent_at).not.toBeNull(); // settled: no job round picks it up again
    t.clock.advance(6 * 3600_000);
    await outbox.drain();
    expect(sends() - before).toBe(1);
    const [credit] = await t.ds.query(
      "SELECT c.credits FROM subscribe_credit c JOIN person p ON p.id = c.person_id WHERE p.openid = 'o_tpl_gone' AND c.template = 'accepted'",
    );
    expect(Number(credit.credits)).toBe(1);
  });
});
