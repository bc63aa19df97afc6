import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SlaService } from '../src/modules/sla/sla.service.js';
import { OutboxService } from '../src/modules/notifications/outbox.service.js';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';
import { checked } from './support/repair-steps.js';

const H = 3600_000;

describe.each(testDatabases())('repairs end to end (%s)', (db) => {
  let t: TestApp;
  let kefu: string;
  let jigong: string;
  let owner: string;
  let p101: number;
  let room1201: number;
  let cats: { id: number; code: string; paid: boolean; priceFen: number | null; scope: string }[];
  let jigongId: number;
  const cat = (code: string) => cats.find((c) => c.code === code)!.id;
  const act = (token: string, id: number, action: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/service-requests/${id}/actions/${action}`, { token, body });
  const myAct = (token: string, id: number, action: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/me/service-requests/${id}/actions/${action}`, { token, body });
  /** the code the next request of project 101 received on this day gets (other tests may have used the day) */
  const nextCode = async (day: string) => {
    const prefix = `BX101${day.replace(/-/g, '').slice(2)}`;
    const n = await count(t, 'service_request', 'code LIKE ?', [`${prefix}%`]);
    return `${prefix}${String(n + 1).padStart(4, '0')}`;
  };
  /** a public-area repair filed at the desk by phone, at the clock's time */
  const deskRepair = async (body: Record<string, unknown>) => {
    const r = await t.req('POST', '/api/v1/service-requests', {
      token: kefu,
      body: {
        notDuplicate: true,
        projectId: p101,
        channel: 'phone',
        urgency: 'normal',
        requesterName: '前台',
        requesterPhone: '13900001111',
        ...body,
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as number;
  };

  const ownerPersonId = async (): Promise<number> => {
    const me = await t.req('GET', '/api/v1/auth/me', { token: owner });
    expect(me.status, JSON.stringify(me.body)).toBe(200);
    expect(me.body.kind).toBe('owner');
    return Number(me.body.id);
  };

  beforeAll(async () => {
    // the clock moves over weeks in this suite: tokens live long enough not to get in the way
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    kefu = await t.staffToken('kefu', 'Kefu@123');
    jigong = await t.staffToken('jigong', 'Jigong@123');
    const i = await ids(t);
    p101 = await i.project('101');
    room1201 = await i.room('1011011201');
    jigongId = await i.staff('jigong');
    // the owner logs in through WeChat (so subscribe messages can reach the openid) with the registered phone
    const login = await t.req('POST', '/api/v1/auth/owner/wechat', {
      body: { code: t.wechat.state.issueLoginCode('o_zhangwei'), phoneCode: t.wechat.state.issuePhoneCode('13800000001') },
    });
    owner = login.body.accessToken;
    cats = (await t.req('GET', `/api/v1/repair-categories?projectId=${p101}`, { token: kefu })).body;
  });
  afterAll(async () => t?.close());

  it('R-REP-02 R-REP-03 the published catalogue shows public-area items free and in-home paid items with their price', async () => {
    const pub = await t.req('GET', `/api/v1/directory/projects/${p101}/repair-categories`, { token: owner });
    const tap = pub.body.find((c: { code: string }) => c.code === 'HOME-TAP');
    expect(tap).toMatchObject({ scope: 'in_home', paid: true, priceFen: 3000, priceNote: '人工费30元/次，材料另计' });
    expect(pub.body.find((c: { code: string }) => c.code === 'PUB-LIGHT')).toMatchObject({
      scope: 'public',
      paid: false,
      priceFen: null,
    });
  });

  it('R-SRV-01 R-SRV-02 R-SRV-06 a phone report is entered with its receipt time, logged in the duty log at once, and its promised time stored', async () => {
    t.clock.set('2026-11-23T02:00:00Z');
    const code = await nextCode('2026-11-23');
    const r = await t.req('POST', '/api/v1/service-requests', {
      token: kefu,
      body: {
        notDuplicate: true,
        projectId: p101,
        channel: 'phone',
        categoryId: cat('PUB-LIGHT'),
        location: 'A座12层电梯厅',
        description: '电梯厅灯不亮',
        urgency: 'urgent',
        requesterName: '张伟',
        requesterPhone: '13800000001',
        receivedAt: '2026-11-23T01:00:00Z',
        promisedAt: '2026-11-23T10:00:00Z',
      },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.code).toBe(code);
    expect(r.body).toMatchObject({
      status: 'received',
      channel: 'phone',
      promisedAt: '2026-11-23T10:00:00.000Z',
      firstContactName: '王芳',
      phoneMasked: '138****0001',
    });
    expect(r.body.clocks.find((c: { kind: string }) => c.kind === 'entry')).toMatchObject({
      metAt: '2026-11-23T02:00:00.000Z',
      breachedAt: null,
    });
    expect(r.body.allowedActions.sort()).toEqual(['cancel', 'dispatch']);
    const duty = await t.req('GET', `/api/v1/duty-log?projectId=${p101}&date=2026-11-23`, { token: kefu });
    expect(duty.body.find((d: { requestId: number }) => d.requestId === r.body.id)).toMatchObject({
      kind: 'request',
      requestCode: code,
      staffName: '王芳',
    });
  });

  it('R-SRV-02 an entry more than 2 hours after receipt is recorded as late', async () => {
    t.clock.set('2026-11-23T05:00:00Z');
    const code = await nextCode('2026-11-23');
    const r = await t.req('POST', '/api/v1/service-requests', {
      token: kefu,
      body: {
        notDuplicate: true,
        projectId: p101,
        channel: 'walk_in',
        categoryId: cat('PUB-WATER'),
        location: '地下一层车库',
        description: '天花渗水',
        urgency: 'normal',
        requesterName: '李娜',
        requesterPhone: '13800000002',
        receivedAt: '2026-11-23T02:30:00Z',
      },
    });
    expect(r.body.code).toBe(code);
    expect(r.body.clocks.find((c: { kind: string }) => c.kind === 'entry').breachedAt).toBe('2026-11-23T05:00:00.000Z');
  });

  it('R-SRV-05 intake finds an open request for the same spot and category and links the new report to it', async () => {
    t.clock.set('2026-11-23T03:00:00Z');
    const spot = 'A座16层电梯厅';
    const first = await deskRepair({ categoryId: cat('PUB-LIGHT'), location: spot, description: '电梯厅灯闪' });
    const dup = await t.req(
      'GET',
      `/api/v1/service-requests/duplicates?projectId=${p101}&categoryId=${cat('PUB-LIGHT')}&location=${encodeURIComponent(spot)}`,
      { token: kefu },
    );
    expect(dup.body.map((d: { id: number }) => d.id)).toEqual([first]);
    const link = await t.req('POST', `/api/v1/service-requests/${dup.body[0].id}/link-report`, {
      token: kefu,
      body: { channel: 'walk_in', requesterName: '陈静', note: '同一处灯坏' },
    });
    expect(link.status).toBe(200);
    expect(link.body.events.at(-1)).toMatchObject({ action: 'link_report' });
    expect(link.body.events.at(-1).note).toMatch(/重复报修：陈静/);
    expect(await count(t, 'service_request', 'location = ?', [spot])).toBe(1);
  });

  it('R-REP-01 R-REP-04 R-REP-05 R-REP-06 R-REP-09 R-REP-13 R-SRV-07 an owner files a paid repair; dispatched, accepted, arrived, finished with materials and fee, confirmed, called back and closed', async () => {
    t.clock.set('2026-11-24T01:00:00Z');
    const filed = await t.req('POST', '/api/v1/me/service-requests', {
      token: owner,
      body: {
        notDuplicate: true,
        roomId: room1201,
        categoryId: cat('HOME-TAP'),
        description: '厨房水龙头漏水',
        appointmentStart: '2026-11-24T06:00:00Z',
        appointmentEnd: '2026-11-24T10:00:00Z',
      },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const id = filed.body.id;
    expect(filed.body).toMatchObject({
      channel: 'miniapp',
      scope: 'in_home',
      chargeKind: 'paid',
      priceFen: 3000,
      appointmentStart: '2026-11-24T06:00:00.000Z',
      roomLabel: 'A座写字楼 1201',
    });
    expect(filed.body.allowedActions).toEqual(['cancel']);
    // R-SRV-03 R-REP-13 a clerk reviews it first: its urgency, and the clerk becomes its first contact
    expect((await act(kefu, id, 'review', { urgency: 'normal' })).status).toBe(200);

    // the technician sees nothing yet and cannot touch it: an order not (yet) his is not there for him
    const early = await act(jigong, id, 'accept');
    expect(early.status).toBe(404);
    expect((await t.req('GET', `/api/v1/service-requests/${id}`, { token: jigong })).status).toBe(404);
    t.clock.set('2026-11-24T01:05:00Z');
    const d = await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId, requiredBy: '2026-11-24T12:00:00Z' });
    expect(d.status, JSON.stringify(d.body)).toBe(200);
    expect(d.body).toMatchObject({ status: 'dispatched', assigneeName: '孙师傅', requiredBy: '2026-11-24T12:00:00.000Z' });
    expect(d.body.clocks.find((c: { kind: string }) => c.kind === 'dispatch').metAt).toBe('2026-11-24T01:05:00.000Z');
    expect(d.body.clocks.find((c: { kind: string }) => c.kind === 'resolve').dueAt).toBe('2026-11-24T12:00:00.000Z');
    const mine = await t.req('GET', '/api/v1/tech/orders?scope=mine', { token: jigong });
    expect(mine.body.map((o: { id: number }) => o.id)).toContain(id);

    t.clock.set('2026-11-24T02:00:00Z');
    expect((await act(jigong, id, 'accept')).body.status).toBe('accepted');
    t.clock.set('2026-11-24T06:10:00Z');
    expect((await act(jigong, id, 'arrive')).body.status).toBe('arrived');
    // R-REP-06 finishing a paid job needs the result and the fee
    expect((await act(jigong, id, 'finish', checked({ result: '更换阀芯' }))).status).toBe(400);
    t.clock.set('2026-11-24T07:00:00Z');
    const fin = await act(
      jigong,
      id,
      'finish',
      checked({
        result: '更换阀芯，试水无渗漏',
        feeFen: 4500,
        materials: [{ name: '陶瓷阀芯', spec: 'G1/2', quantity: 1, unit: '个' }],
      }),
    );
    expect(fin.status, JSON.stringify(fin.body)).toBe(200);
    expect(fin.body).toMatchObject({
      status: 'finished',
      feeFen: 4500,
      materials: [{ name: '陶瓷阀芯', spec: 'G1/2', quantity: 1, unit: '个' }],
    });
    expect(fin.body.clocks.find((c: { kind: string }) => c.kind === 'resolve')).toMatchObject({
      metAt: '2026-11-24T07:00:00.000Z',
      breachedAt: null,
    });
    expect(fin.body.clocks.find((c: { kind: string }) => c.kind === 'callback').dueAt).toBe('2026-11-25T07:00:00.000Z');

    // the owner confirms in the mini-program and rates
    const ownerView = await t.req('GET', `/api/v1/me/service-requests/${id}`, { token: owner });
    expect(ownerView.body.allowedActions).toEqual(['confirm', 'reopen']);
    const conf = await myAct(owner, id, 'confirm', { satisfaction: 'satisfied', comment: '师傅很专业' });
    expect(conf.body.status).toBe('confirmed');
    t.clock.set('2026-11-24T09:00:00Z');
    const cb = await act(kefu, id, 'callback', { method: 'phone', satisfaction: 'very_satisfied', comment: '无渗漏' });
    expect(cb.body.status).toBe('closed');
    expect(cb.body.clocks.find((c: { kind: string }) => c.kind === 'callback').metAt).toBe('2026-11-24T09:00:00.000Z');
    expect(cb.body.events.map((e: { action: string }) => e.action)).toEqual([
      'intake',
      'review',
      'dispatch',
      'accept',
      'arrive',
      'finish',
      'confirm',
      'callback',
    ]);
    expect(cb.body.events.every((e: { at: string; actorName: string }) => e.at && e.actorName)).toBe(true);
    const times = (
      await t.ds.query(
        'SELECT dispatched_at, accepted_at, arrived_at, finished_at, confirmed_at, closed_at FROM service_request WHERE id = ?',
        [id],
      )
    )[0];
    expect(Object.values(times).every((v) => v !== null)).toBe(true);
  });

  it('refuses illegal moves with 409 and a Chinese message, and a move without its reason with 400', async () => {
    t.clock.set('2026-11-24T08:00:00Z');
    const closed = await deskRepair({ categoryId: cat('PUB-LIGHT'), location: 'B座9层走廊', description: '走廊灯不亮' });
    await act(kefu, closed, 'dispatch', { assigneeStaffId: jigongId });
    await act(jigong, closed, 'accept');
    await act(jigong, closed, 'arrive');
    await act(jigong, closed, 'finish', { result: '更换灯管' });
    const cb = await act(kefu, closed, 'callback', { method: 'phone', satisfaction: 'satisfied' });
    expect(cb.body.status, JSON.stringify(cb.body)).toBe('closed');
    const r = await act(kefu, closed, 'dispatch', { toPool: true });
    expect(r.status).toBe(409);
    expect(r.body).toMatchObject({ code: 'SRV_ILLEGAL_TRANSITION', message: '工单已完成，不能派单' });
    const open = await deskRepair({ categoryId: cat('PUB-WATER'), location: 'B座9层茶水间', description: '水管滴水' });
    const noReason = await act(kefu, open, 'cancel', {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toBe('取消需要填写原因');
    const unknown = await act(kefu, open, 'teleport', {});
    expect(unknown.status).toBe(400);
    // another project's staff cannot see it at all
    const kefu2 = await t.staffToken('kefu2', 'Kefu2@123');
    expect((await t.req('GET', `/api/v1/service-requests/${open}`, { token: kefu2 })).status).toBe(404);
  });

  it('R-REP-07 a missed appointment is rescheduled with an apology and a reason; R-REP-14 a change of plan pauses until the owner consents', async () => {
    t.clock.set('2026-11-25T01:00:00Z');
    const filed = await t.req('POST', '/api/v1/me/service-requests', {
      token: owner,
      body: {
        notDuplicate: true,
        roomId: room1201,
        categoryId: cat('HOME-ELEC'),
        description: '插座没电',
        appointmentStart: '2026-11-25T02:00:00Z',
        appointmentEnd: '2026-11-25T04:00:00Z',
      },
    });
    const id = filed.body.id;
    await act(kefu, id, 'review', { urgency: 'normal' });
    await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId });
    await act(jigong, id, 'accept');
    t.clock.set('2026-11-25T05:00:00Z');
    expect((await act(jigong, id, 'reschedule', { reason: '前一单延误' })).status).toBe(400);
    const rs = await act(jigong, id, 'reschedule', {
      reason: '前一单延误',
      appointmentStart: '2026-11-25T07:00:00Z',
      appointmentEnd: '2026-11-25T08:00:00Z',
    });
    expect(rs.body).toMatchObject({ status: 'accepted', appointmentStart: '2026-11-25T07:00:00.000Z' });
    expect(rs.body.events.at(-1).note).toMatch(/致歉并改约.*前一单延误/);
    await act(jigong, id, 'arrive');
    t.clock.set('2026-11-25T07:30:00Z');
    const due0 = (await t.req('GET', `/api/v1/service-requests/${id}`, { token: kefu })).body.clocks.find(
      (c: { kind: string }) => c.kind === 'resolve',
    ).dueAt;
    const paused = await act(jigong, id, 'pause', { reason: '需更换整个插座面板，费用增加，待业主同意' });
    expect(paused.body.status).toBe('paused');
    expect(paused.body.allowedActions).not.toContain('finish');
    t.clock.set('2026-11-25T09:30:00Z');
    expect((await act(jigong, id, 'resume', {})).status).toBe(400);
    const resumed = await act(jigong, id, 'resume', { note: '业主电话同意更换面板' });
    expect(resumed.body.status).toBe('arrived');
    expect(resumed.body.events.at(-1).note).toBe('业主同意：业主电话同意更换面板');
    // the two paused hours do not count against the promise
    const due1 = resumed.body.clocks.find((c: { kind: string }) => c.kind === 'resolve').dueAt;
    expect(new Date(due1).getTime() - new Date(due0).getTime()).toBe(2 * H);
  });

  it('R-SRV-08 a dissatisfied callback reopens the request and the promises start over', async () => {
    t.clock.set('2026-11-26T01:00:00Z');
    const r = await t.req('POST', '/api/v1/service-requests', {
      token: kefu,
      body: {
        notDuplicate: true,
        appointmentStart: '2026-11-26T06:00:00Z',
        appointmentEnd: '2026-11-26T08:00:00Z',
        projectId: p101,
        channel: 'phone',
        categoryId: cat('HOME-DRAIN'),
        roomId: room1201,
        description: '卫生间下水慢',
        urgency: 'normal',
        requesterName: '张伟',
        requesterPhone: '13800000001',
      },
    });
    const id = r.body.id;
    await act(kefu, id, 'dispatch', { assigneeTeam: '外包：顺通管道' });
    // the vendor has no app: the centre records its steps for it
    const accepted = await act(kefu, id, 'accept');
    expect(accepted.body).toMatchObject({ status: 'accepted', assigneeName: '外包：顺通管道' });
    expect(accepted.body.events.at(-1).note).toBe('代外包：顺通管道接单');
    expect((await act(jigong, id, 'arrive')).status).toBe(404); // the vendor's order is not his
    // the centre returns it and dispatches to the technician instead
    await act(kefu, id, 'return', { reason: '外包今日无人' });
    await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId });
    await act(jigong, id, 'accept');
    await act(jigong, id, 'arrive');
    await act(jigong, id, 'finish', checked({ result: '已疏通', feeFen: 8000 }));
    await act(kefu, id, 'confirm', { signature: 'data:image/png;base64,iVBORw0KGgo=' });
    const cb = await act(kefu, id, 'callback', { method: 'phone', satisfaction: 'dissatisfied', comment: '又堵了' });
    expect(cb.body.status).toBe('received');
    expect(cb.body.allowedActions).toContain('dispatch');
    const open = cb.body.clocks
      .filter((c: { metAt: string | null }) => !c.metAt)
      .map((c: { kind: string }) => c.kind)
      .sort();
    expect(open).toEqual(['dispatch', 'resolve']);
    expect(await count(t, 'sla_clock', 'request_id = ? AND cycle = 1', [id])).toBe(2);
  });

  it('R-REP-08 a public-area fix tells the reporter the same day; subscribe messages spend one credit each and stop at zero', async () => {
    const outbox = t.app.get(OutboxService);
    await outbox.drain(); // messages of other tests go out first
    // the owner starts with no credits (whatever other tests spent or left), then accepts 完工通知 once
    await t.ds.query('DELETE FROM subscribe_credit WHERE person_id = ?', [await ownerPersonId()]);
    const credits = await t.req('POST', '/api/v1/me/subscriptions', { token: owner, body: { templates: ['finished'] } });
    expect(credits.body.credits).toEqual({ finished: 1 });
    const before = t.wechat.state as unknown as { sentMessages: unknown[] };
    const sentBefore = before.sentMessages.length;
    t.clock.set('2026-11-27T02:00:00Z');
    const r = await t.req('POST', '/api/v1/me/service-requests', {
      token: owner,
      body: { notDuplicate: true, roomId: room1201, categoryId: cat('PUB-DOOR'), description: '单元门禁刷卡无反应' },
    });
    const id = r.body.id;
    await act(kefu, id, 'review', { urgency: 'normal' });
    await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId });
    await act(jigong, id, 'accept');
    await act(jigong, id, 'arrive');
    t.clock.set('2026-11-27T05:00:00Z');
    await act(jigong, id, 'finish', checked({ result: '更换读卡器' }));
    await outbox.drain();
    const sent = (
      t.wechat.state as unknown as {
        sentMessages: { touser: string; template_id: string; data: Record<string, { value: string }> }[];
      }
    ).sentMessages.slice(sentBefore);
    const fin = sent.find((m) => m.template_id === 'tpl_request_finished' && m.data.phrase3?.value === '已完工');
    expect(fin?.touser).toBe('o_zhangwei');
    const rows = await t.ds.query('SELECT outcome FROM outbox WHERE dedupe_key LIKE ?', [`req:${id}:%`]);
    expect(rows.map((x: { outcome: string }) => x.outcome).sort()).toEqual(['no_credit', 'no_credit', 'sent']);
  });

  it('R-REP-10 an important request gets a second callback a month after completion; R-REP-11 key customers are flagged', async () => {
    t.clock.set('2026-11-28T01:00:00Z');
    const r = await t.req('POST', '/api/v1/service-requests', {
      token: kefu,
      body: {
        notDuplicate: true,
        projectId: p101,
        channel: 'phone',
        categoryId: cat('PUB-LIFT'),
        location: 'A座3号电梯',
        description: '电梯异响',
        urgency: 'emergency',
        requesterName: '张伟',
        requesterPhone: '13800000001',
        requesterPersonId: await ownerPersonId(),
        isImportant: true,
      },
    });
    const id = r.body.id;
    expect(r.body).toMatchObject({ isImportant: true, isKeyCustomer: true, requiredBy: '2026-11-28T05:00:00.000Z' });
    await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId });
    await act(jigong, id, 'accept');
    await act(jigong, id, 'arrive');
    await act(jigong, id, 'finish', checked({ result: '更换导靴' }));
    const d = await act(kefu, id, 'confirm', { signature: 'data:image/png;base64,iVBORw0KGgo=' });
    expect(d.body.clocks.find((c: { kind: string }) => c.kind === 'second_callback').dueAt).toBe('2026-12-28T01:00:00.000Z');
    await act(kefu, id, 'callback', { method: 'phone', satisfaction: 'satisfied' });
    t.clock.set('2026-12-20T01:00:00Z');
    const second = await t.req('POST', `/api/v1/service-requests/${id}/second-callback`, {
      token: kefu,
      body: { method: 'visit', satisfaction: 'satisfied', comment: '运行平稳' },
    });
    expect(second.status).toBe(200);
    expect(second.body.clocks.find((c: { kind: string }) => c.kind === 'second_callback').metAt).toBe('2026-12-20T01:00:00.000Z');
    expect(
      (
        await t.req('POST', `/api/v1/service-requests/${id}/second-callback`, {
          token: kefu,
          body: { method: 'visit', satisfaction: 'satisfied' },
        })
      ).status,
    ).toBe(409);
  });

  it('R-REP-15 a housekeeper on patrol raises a work order and accepts it instead of an owner', async () => {
    t.clock.set('2026-11-28T06:00:00Z');
    const zhuguan = await t.staffToken('zhuguan', 'Zhuguan@123');
    const r = await t.req('POST', '/api/v1/service-requests', {
      token: zhuguan,
      body: {
        notDuplicate: true,
        projectId: p101,
        channel: 'patrol',
        categoryId: cat('PUB-OTHER'),
        location: '裙楼二层消防通道',
        description: '消防门闭门器损坏',
        urgency: 'urgent',
        requesterName: '林晓燕',
        requesterPhone: '13912345678',
      },
    });
    const id = r.body.id;
    await act(zhuguan, id, 'dispatch', { assigneeStaffId: jigongId });
    await act(jigong, id, 'accept');
    await act(jigong, id, 'arrive');
    await act(jigong, id, 'finish', checked({ result: '更换闭门器' }));
    const conf = await act(zhuguan, id, 'confirm', {});
    expect(conf.status, JSON.stringify(conf.body)).toBe(200);
    expect(conf.body.status).toBe('confirmed');
  });

  it('two technicians grabbing the same pool order at once: exactly one gets it', async () => {
    t.clock.set('2026-11-28T08:00:00Z');
    const admin = await t.staffToken('admin', 'Admin@123');
    const tech2 = await t.req('POST', '/api/v1/staff', {
      token: admin,
      body: { username: 'jigong2', name: '周师傅', password: 'Zhou#Tech2026', roles: ['technician'], projectIds: [p101] },
    });
    expect(tech2.status).toBe(201);
    const j2 = await t.staffToken('jigong2', 'Zhou#Tech2026');
    const r = await t.req('POST', '/api/v1/service-requests', {
      token: kefu,
      body: {
        notDuplicate: true,
        projectId: p101,
        channel: 'phone',
        categoryId: cat('PUB-LIGHT'),
        location: 'B座大堂',
        description: '射灯不亮',
        urgency: 'normal',
        requesterName: '前台',
        requesterPhone: '13900001111',
      },
    });
    await act(kefu, r.body.id, 'dispatch', { toPool: true });
    const pool = await t.req('GET', '/api/v1/tech/orders?scope=pool', { token: j2 });
    expect(pool.body.map((o: { id: number }) => o.id)).toContain(r.body.id);
    const results = await Promise.all([
      act(jigong, r.body.id, 'grab'),
      act(j2, r.body.id, 'grab'),
      act(jigong, r.body.id, 'grab'),
    ]);
    expect(results.filter((x) => x.status === 200)).toHaveLength(1);
    expect(await count(t, 'request_event', "request_id = ? AND action = 'grab'", [r.body.id])).toBe(1);
  });

  it('the breach job marks each late promise once, even with several instances running it at the same moment', async () => {
    t.clock.set('2026-11-29T01:00:00Z');
    const r = await t.req('POST', '/api/v1/service-requests', {
      token: kefu,
      body: {
        notDuplicate: true,
        projectId: p101,
        channel: 'phone',
        categoryId: cat('PUB-WATER'),
        location: 'B座5层',
        description: '消防管滴水',
        urgency: 'emergency',
        requesterName: '保安',
        requesterPhone: '13900002222',
      },
    });
    const sla = t.app.get(SlaService);
    t.clock.set('2026-11-29T01:10:00Z');
    expect(await count(t, 'sla_clock', 'request_id = ? AND breached_at IS NOT NULL', [r.body.id])).toBe(0);
    t.clock.set('2026-11-29T01:20:00Z'); // 20 minutes without dispatch: the 15-minute promise is broken
    await Promise.all([sla.tick(), sla.tick(), sla.tick(), sla.tick()]);
    expect(await count(t, 'sla_clock', "request_id = ? AND kind = 'dispatch' AND breached_at IS NOT NULL", [r.body.id])).toBe(1);
    const clockId = Number(
      (await t.ds.query("SELECT id FROM sla_clock WHERE request_id = ? AND kind = 'dispatch'", [r.body.id]))[0].id,
    );
    expect(await count(t, 'outbox', 'dedupe_key = ?', [`breach:${clockId}`])).toBe(1);
    await t.app.get(OutboxService).drain();
    const zhuguan = await t.staffToken('zhuguan', 'Zhuguan@123');
    const notes = await t.req('GET', '/api/v1/notifications', { token: zhuguan });
    expect(notes.body.filter((n: { title: string }) => n.title.includes(r.body.code) && n.title.includes('派单'))).toHaveLength(
      1,
    );
    const list = await t.req('GET', `/api/v1/service-requests?projectId=${p101}&overdue=true`, { token: kefu });
    expect(list.body.items.map((x: { id: number }) => x.id)).toContain(r.body.id);
  });

  it('R-REP-09 the callback queue shows callbacks due soon and, 24 hours after completion, overdue', async () => {
    t.clock.set('2026-11-30T01:00:00Z');
    const r = await t.req('POST', '/api/v1/service-requests', {
      token: kefu,
      body: {
        notDuplicate: true,
        projectId: p101,
        channel: 'phone',
        categoryId: cat('PUB-LIGHT'),
        location: 'C区路灯',
        description: '路灯不亮',
        urgency: 'normal',
        requesterName: '陈静',
        requesterPhone: '13800000004',
      },
    });
    const id = r.body.id;
    await act(kefu, id, 'dispatch', { assigneeStaffId: jigongId });
    await act(jigong, id, 'accept');
    await act(jigong, id, 'arrive');
    await act(jigong, id, 'finish', checked({ result: '更换灯泡' }));
    await act(kefu, id, 'confirm', { signature: 'data:image/png;base64,iVBORw0KGgo=' });
    t.clock.set('2026-12-01T00:00:00Z');
    const soon = await t.req('GET', `/api/v1/callbacks?projectId=${p101}&due=soon&limit=100`, { token: kefu });
    expect(soon.body.items.map((c: { requestId: number }) => c.requestId)).toContain(id);
    t.clock.set('2026-12-01T01:00:01Z');
    const overdue = await t.req('GET', `/api/v1/callbacks?projectId=${p101}&due=overdue&limit=100`, { token: kefu });
    expect(overdue.body.items.find((c: { requestId: number }) => c.requestId === id)).toMatchObject({
      kind: 'callback',
      overdue: true,
      dueAt: '2026-12-01T01:00:00.000Z',
    });
  });

  it('R-SRV-03 first-contact responsibility is handed over and recorded; R-SRV-04 the shift handover lists every open repair', async () => {
    t.clock.set('2026-11-30T09:00:00Z');
    const id = await deskRepair({ categoryId: cat('PUB-DOOR'), location: 'B座后门', description: '门禁失灵' });
    const open = await t.req('GET', `/api/v1/shift-handover?projectId=${p101}`, { token: kefu });
    const openIds = (
      await t.ds.query(
        "SELECT id FROM service_request WHERE project_id = ? AND status IN ('received','dispatched','accepted','arrived','paused','finished') ORDER BY id",
        [p101],
      )
    ).map((x: { id: number }) => Number(x.id));
    expect(openIds).toContain(id);
    expect(open.body.openRequests.map((o: { id: number }) => o.id).sort((a: number, b: number) => a - b)).toEqual(openIds);
    const zhuguanId = await ids(t).then((i) => i.staff('zhuguan'));
    const h = await t.req('POST', `/api/v1/service-requests/${id}/handover`, {
      token: kefu,
      body: { toStaffId: zhuguanId, note: '下班交接' },
    });
    expect(h.body.firstContactName).toBe('林晓燕');
    expect(h.body.events.at(-1).note).toMatch(/首问责任移交给 林晓燕/);
    const shift = await t.req('POST', '/api/v1/shift-handovers', {
      token: kefu,
      body: { projectId: p101, toStaffId: zhuguanId, note: '夜班' },
    });
    expect(shift.status).toBe(201);
    expect(shift.body.content).toMatch(new RegExp(`未完成报修 ${open.body.openRequests.length} 单`));
  });

  it('photos are uploaded through storage, checked for their type, and readable by the project staff', async () => {
    // a 1×1 PNG (a file that only starts like a PNG is refused: the image is decoded for its thumbnail)
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000970485973000003e8000003e801b57b526b0000000d494441540899636060606000000005000187a14ed40000000049454e44ae426082',
      'hex',
    );
    const up = await t.req('POST', '/api/v1/uploads', {
      token: owner,
      body: { fileName: 'a.png', contentType: 'image/png', contentBase64: png.toString('base64') },
    });
    expect(up.status).toBe(201);
    const fake = await t.req('POST', '/api/v1/uploads', {
      token: owner,
      body: { fileName: 'a.png', contentType: 'image/png', contentBase64: Buffer.from('hello').toString('base64') },
    });
    expect(fake.status).toBe(400);
    const r = await t.req('POST', '/api/v1/me/service-requests', {
      token: owner,
      body: {
        notDuplicate: true,
        roomId: room1201,
        categoryId: cat('HOME-LOCK'),
        description: '门锁卡住',
        photoIds: [up.body.id],
      },
    });
    expect(r.body.photos).toEqual([
      { id: up.body.id, url: `/api/v1/uploads/${up.body.id}`, thumbUrl: `/api/v1/uploads/${up.body.id}?size=thumb` },
    ]);
    const get = await t.app.inject({
      method: 'GET',
      url: `/api/v1/uploads/${up.body.id}`,
      headers: { authorization: `Bearer ${kefu}` },
    });
    expect(get.statusCode).toBe(200);
    expect(get.headers['content-type']).toBe('image/png');
    const kefu2 = await t.staffToken('kefu2', 'Kefu2@123');
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/v1/uploads/${up.body.id}`, headers: { authorization: `Bearer ${kefu2}` } }))
        .statusCode,
    ).toBe(404);
  });
});
