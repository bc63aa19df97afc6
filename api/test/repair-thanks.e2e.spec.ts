// R-REP-08 a public-area repair: the reporter is thanked and told the same day it is fixed. The thanks
// goes by SMS (through the outbox, which keeps no phone number) when the technician finishes the work;
// staff who raised an order on patrol and in-home repairs (confirmed with the owner on site) get none.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutboxService } from '../src/modules/notifications/outbox.service.js';
import { ids, startTestApp, testDatabases, type TestApp } from './harness.js';
import { checked } from './support/repair-steps.js';

describe.each(testDatabases())('thanks for a public-area repair (%s)', (db) => {
  let t: TestApp;
  let kefu: string;
  let zhuguan: string;
  let jigong: string;
  let p101: number;
  let room1201: number;
  let jigongId: number;
  let cats: { id: number; code: string }[];
  let spot = 0;
  const cat = (code: string) => cats.find((c) => c.code === code)!.id;
  const act = (token: string, id: number, action: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/service-requests/${id}/actions/${action}`, { token, body });
  const intake = async (body: Record<string, unknown>, token = kefu) => {
    const r = await t.req('POST', '/api/v1/service-requests', {
      token,
      body: { projectId: p101, channel: 'phone', description: '感谢测试', urgency: 'normal', ...body },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as number;
  };
  const finished = async (id: number, feeFen?: number) => {
    expect((await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId })).status).toBe(200);
    await act(jigong, id, 'accept');
    await act(jigong, id, 'arrive');
    const f = await act(jigong, id, 'finish', checked({ result: '已修好', ...(feeFen === undefined ? {} : { feeFen }) }));
    expect(f.status, JSON.stringify(f.body)).toBe(200);
  };
  /** what the SMS vendor was asked to send to `phone` since `from` */
  const thanksTo = (phone: string, from: number) =>
    t.sms.sent.slice(from).filter((m) => m.phone === phone && m.template === 'repair_thanks');

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    kefu = await t.staffToken('kefu', 'Kefu@123');
    zhuguan = await t.staffToken('zhuguan', 'Zhuguan@123');
    jigong = await t.staffToken('jigong', 'Jigong@123');
    const i = await ids(t);
    p101 = await i.project('101');
    room1201 = await i.room('1011011201');
    jigongId = await i.staff('jigong');
    cats = (await t.req('GET', `/api/v1/repair-categories?projectId=${p101}`, { token: kefu })).body;
    await t.app.get(OutboxService).drain(); // whatever the set-up left
  });
  afterAll(async () => t?.close());

  it('R-REP-08 whoever reported a public-area repair is thanked by SMS and told it is fixed, the same day it is finished, once', async () => {
    t.clock.set('2026-12-07T06:30:00Z'); // 14:30 in Shanghai
    const place = `感谢测试${db}大堂${++spot}`;
    const id = await intake({
      categoryId: cat('PUB-LIGHT'),
      location: place,
      requesterName: '李娜',
      requesterPhone: '13700000088',
    });
    const from = t.sms.sent.length;
    await t.app.get(OutboxService).drain();
    expect(thanksTo('13700000088', from)).toEqual([]); // nothing before the work is done

    t.clock.set('2026-12-07T08:05:00Z'); // 16:05
    await finished(id);
    // the outbox holds the request, never the phone number
    const rows: { payload: string }[] = await t.ds.query('SELECT payload FROM outbox WHERE dedupe_key = ?', [`thanks:${id}:0`]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows[0]!.payload)).not.toContain('13700000088');
    await t.app.get(OutboxService).drain();
    const sent = thanksTo('13700000088', from);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.params).toEqual({ place, time: '2026-12-07 16:05' });
    expect(sent[0]!.text).toBe(`感谢您报修${place}的问题，已于2026-12-07 16:05修好，谢谢您对小区的关心！`);
    // a second drain sends nothing more
    await t.app.get(OutboxService).drain();
    expect(thanksTo('13700000088', from)).toHaveLength(1);
  });

  it('R-REP-08 no thanks for an in-home repair (confirmed with the owner on site) or for an order staff raised on patrol', async () => {
    t.clock.set('2026-12-08T02:00:00Z');
    const from = t.sms.sent.length;
    const home = await intake({
      categoryId: cat('HOME-TAP'),
      roomId: room1201,
      appointmentStart: '2026-12-08T06:00:00Z',
      appointmentEnd: '2026-12-08T08:00:00Z',
      notDuplicate: true,
      requesterName: '张伟',
      requesterPhone: '13800000001',
    });
    await finished(home, 3000);
    const patrol = await intake(
      {
        channel: 'patrol',
        categoryId: cat('PUB-OTHER'),
        location: `感谢测试${db}巡查${++spot}`,
        requesterName: '林晓燕',
        requesterPhone: '13700000099',
      },
      zhuguan,
    );
    await finished(patrol);
    await t.app.get(OutboxService).drain();
    expect(t.sms.sent.slice(from).filter((m) => m.template === 'repair_thanks')).toEqual([]);
    expect(
      Number(
        (
          await t.ds.query('SELECT COUNT(*) AS n FROM outbox WHERE dedupe_key IN (?, ?)', [
            `thanks:${home}:0`,
            `thanks:${patrol}:0`,
          ])
        )[0].n,
      ),
    ).toBe(0);
  });
});
