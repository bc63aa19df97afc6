// The outbox's lease is counted from each message's claim, not from the start of the batch: while a
// message is in flight, no other instance can see it due and send it again, however long the batch.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeWechatState } from '../../scripts/fake-wechat/server.mjs';
import { IsNull, LessThanOrEqual, MoreThan } from 'typeorm';
import { OutboxMessage } from '../src/modules/notifications/entities.js';
import { OutboxService } from '../src/modules/notifications/outbox.service.js';
import { ids, startTestApp, testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('outbox lease (%s)', { timeout: 120_000 }, (db) => {
  let t: TestApp;
  let fake: FakeWechatState;
  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    fake = t.wechat.state as unknown as FakeWechatState;
  });
  afterAll(async () => t?.close());

  it('thirty sends of 3 s each in one batch: no message in flight ever looks due to another instance, each is sent once', async () => {
    const login = await t.req('POST', '/api/v1/auth/owner/wechat', {
      body: { code: fake.issueLoginCode('o_lease'), phoneCode: fake.issuePhoneCode('13800000001') },
    });
    expect(login.status).toBe(200);
    const owner = login.body.accessToken;
    const i = await ids(t);
    const [cat] = await t.ds.query("SELECT id FROM repair_category WHERE project_id = ? AND code = 'PUB-DOOR'", [await i.project('101')]);
    const outbox = t.app.get(OutboxService);
    await outbox.drain(); // whatever the demo left
    for (let n = 0; n < 40; n++) await t.req('POST', '/api/v1/me/subscriptions', { token: owner, body: { templates: ['accepted'] } });
    const codes: string[] = [];
    for (let n = 0; n < 30; n++) {
      const r = await t.req('POST', '/api/v1/me/service-requests', {
        token: owner,
        body: { roomId: await i.room('1011011201'), categoryId: Number(cat.id), description: `门禁第${n + 1}次失灵`, notDuplicate: true },
      });
      expect(r.status).toBe(201);
      codes.push(r.body.code);
    }
    // each send takes 3 s of the pinned clock; meanwhile, what would another instance's drain see as due?
    const seenDue: number[] = [];
    fake.beforeSubscribeSend = async () => {
      t.clock.advance(3000);
      seenDue.push(
        await t.ds.getRepository(OutboxMessage).count({
          where: { channel: 'wechat', sentAt: IsNull(), attempts: MoreThan(0), nextAttemptAt: LessThanOrEqual(t.clock.now()) },
        }),
      );
    };
    try {
      expect(await outbox.drain()).toBe(30);
    } finally {
      fake.beforeSubscribeSend = null;
    }
    expect(seenDue).toEqual(Array(30).fill(0));
    const sent = fake.sentMessages.filter((m) => m.touser === 'o_lease').map((m) => m.data.character_string1?.value);
    expect(sent.sort()).toEqual([...codes].sort());
  });
});
