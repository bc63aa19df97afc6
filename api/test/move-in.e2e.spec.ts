import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TINY_PNG } from './images.js';
import { count, startTestApp, testDatabases, type TestApp } from './harness.js';
import { addStaff, residentToken, testProject } from './support/blocks.js';

/** China time (UTC+8) of a day as an instant. */
const china = (day: string, hhmm: string) => `${day}T${hhmm}:00+08:00`;
const PASSWORD = 'Move#In2026';

interface Block {
  projectId: number;
  rooms: number[];
  buyerPhones: string[];
  clerk: string;
  clerk2: string;
  supervisor: string;
  admin: string;
  neighbour: string;
}

/** A project of its own: building 1 with rooms 101…103 (89.25 m² each), a neighbour owning 201, two clerks and a supervisor. */
async function block(t: TestApp, code: string): Promise<Block> {
  const p = await testProject(t, { code, name: `入伙测试${code}`, roomNos: ['101', '102', '103', '201'], area: 8925 });
  const { admin, projectId, rooms } = p;
  const staff = (username: string, name: string, roles: string[]) => addStaff(t, p, { username, name, roles, password: PASSWORD });
  const neighbour = await residentToken(t, p, { roomId: rooms[3]!, kind: 'owner', name: '王邻居', phone: `136${code}00009` });
  return {
    projectId,
    rooms: rooms.slice(0, 3),
    buyerPhones: [1, 2, 3].map((n) => `135${code}0000${n}`),
    clerk: await staff(`rh${code}`, '前台小陈', ['service_clerk']),
    clerk2: await staff(`rh${code}b`, '前台小周', ['service_clerk']),
    supervisor: await staff(`rhzg${code}`, '客服主管老林', ['cs_supervisor']),
    admin,
    neighbour,
  };
}

const batchBody = (b: Block, o: Record<string, unknown> = {}) => ({
  projectId: b.projectId,
  name: '一期集中交付',
  startOn: '2026-12-01',
  endOn: '2026-12-20',
  developerName: '瑞和地产开发有限公司',
  guide: '办理流程：核验身份 → 资料与协议 → 缴费 → 验房 → 交钥匙。请携带入伙通知书原件。',
  renovationNotes: '装修前请到服务中心办理装修报备，施工时间 8:00–12:00、14:00–18:00。',
  paymentNotice: '入伙时预收12个月物业服务费（2.50元/平方米·月）及专项维修资金（25元/平方米）。',
  propertyFeeFenPerM2: 250,
  propertyFeeMonths: 12,
  fundFenPerM2: 2500,
  rooms: b.rooms.map((roomId, i) => ({ roomId, buyerName: ['刘买家', '赵买家', '孙买家'][i], buyerPhone: b.buyerPhones[i] })),
  ...o,
});

describe.each(testDatabases())('move-in (%s)', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
  });
  afterAll(async () => t?.close());

  const step = (token: string, id: number, action: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/move-ins/${id}/actions/${action}`, { token, body });
  const IDENTITY = { identityDocs: ['notice', 'contract', 'receipt'] };
  const AGREEMENTS = { agreements: ['service_agreement', 'management_rules'], collection: 'set_up', collectionNote: '工商银行' };
  const INSPECTION = {
    meters: { water: '12.5', electricity: '30', gas: '0.8' },
    defects: [
      { place: '主卧', description: '窗框密封条脱落' },
      { place: '卫生间', description: '地漏返味' },
    ],
    paperSigned: true,
  };
  const KEYS = {
    keys: [
      { name: '入户门钥匙', quantity: 3 },
      { name: '门禁卡', quantity: 2 },
    ],
    paperSigned: true,
  };
  /** A published batch of the block's rooms; their move-ins by room. */
  const published = async (b: Block, o: Record<string, unknown> = {}) => {
    const r = await t.req('POST', '/api/v1/move-in-batches', { token: b.supervisor, body: batchBody(b, o) });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect((await t.req('POST', `/api/v1/move-in-batches/${r.body.id}/publish`, { token: b.supervisor })).status).toBe(200);
    const list = await t.req('GET', `/api/v1/move-ins?projectId=${b.projectId}&batchId=${r.body.id}`, { token: b.clerk });
    const byRoom = new Map<number, number>((list.body.items as { roomId: number; id: number }[]).map((x) => [x.roomId, x.id]));
    return { batchId: r.body.id as number, ids: b.rooms.map((room) => byRoom.get(room)!) };
  };

  it('R-MOV-01 R-MOV-05 a batch publishes the guide, renovation notes and payment notice; the buyer reads their room’s notice once it is published, nobody else does, and books a half-day within the period', async () => {
    t.clock.set(china('2026-11-25', '10:00'));
    const b = await block(t, '611');
    // the desk clerk may not set up a batch; the supervisor may
    expect((await t.req('POST', '/api/v1/move-in-batches', { token: b.clerk, body: batchBody(b) })).status).toBe(403);
    const bad = await t.req('POST', '/api/v1/move-in-batches', { token: b.supervisor, body: batchBody(b, { endOn: '2026-11-30' }) });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/结束日期不能早于开始日期/);
    const r = await t.req('POST', '/api/v1/move-in-batches', { token: b.supervisor, body: batchBody(b) });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({ rooms: 3, done: 0, publishedAt: null, developerName: '瑞和地产开发有限公司' });
    // a room is handed over once: the same room again is refused, and nothing is written
    const before = await count(t, 'move_in');
    const again = await t.req('POST', '/api/v1/move-in-batches', {
      token: b.supervisor,
      body: batchBody(b, { rooms: [{ roomId: b.rooms[0], buyerName: '某人', buyerPhone: '13511112222' }] }),
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toMatch(/已在其他入伙批次/);
    expect(await count(t, 'move_in')).toBe(before);
    // not published yet: the buyer sees nothing
    const buyer = await t.ownerToken(b.buyerPhones[0]!);
    expect((await t.req('GET', '/api/v1/me/move-ins', { token: buyer })).body).toEqual([]);
    expect((await t.req('POST', `/api/v1/move-in-batches/${r.body.id}/publish`, { token: b.supervisor })).status).toBe(200);
    expect((await t.req('POST', `/api/v1/move-in-batches/${r.body.id}/publish`, { token: b.supervisor })).status).toBe(409);
    const mine = await t.req('GET', '/api/v1/me/move-ins', { token: buyer });
    expect(mine.body).toHaveLength(1);
    expect(mine.body[0]).toMatchObject({
      roomLabel: expect.stringContaining('101'),
      batchName: '一期集中交付',
      status: 'notified',
      statusLabel: '待办理入伙',
      guide: expect.stringContaining('核验身份'),
      renovationNotes: expect.stringContaining('装修报备'),
      paymentNotice: expect.stringContaining('专项维修资金'),
    });
    expect(mine.body[0].steps.map((s: { label: string }) => s.label)).toEqual(['核验身份', '资料与协议', '缴费', '验房', '交钥匙']);
    // the neighbour (an owner in the project, not of these rooms) sees none and cannot open it
    expect((await t.req('GET', '/api/v1/me/move-ins', { token: b.neighbour })).body).toEqual([]);
    expect((await t.req('GET', `/api/v1/me/move-ins/${mine.body[0].id}`, { token: b.neighbour })).status).toBe(404);
    // a half-day booked within the period, from today (25 November) on: the period's days are offered
    const id = mine.body[0].id as number;
    expect(mine.body[0].bookableDays.slice(0, 2)).toEqual(['2026-12-01', '2026-12-02']);
    const book = (day: string, half: string, token = buyer) => t.req('POST', `/api/v1/me/move-ins/${id}/booking`, { token, body: { day, half } });
    const early = await book('2026-11-30', 'am');
    expect(early.status).toBe(400);
    expect(early.body.message).toMatch(/集中交付期内/);
    expect((await book('2026-12-02', 'am', b.neighbour)).status).toBe(404);
    const booked = await book('2026-12-02', 'pm');
    expect(booked.status, JSON.stringify(booked.body)).toBe(200);
    expect(booked.body).toMatchObject({ bookedOn: '2026-12-02', bookedHalf: 'pm', bookedLabel: '2026-12-02 下午 14:00–17:30' });
    const desk = await t.req('GET', `/api/v1/move-ins?projectId=${b.projectId}`, { token: b.clerk });
    expect(desk.body.items.find((x: { id: number }) => x.id === id).bookedLabel).toBe('2026-12-02 下午 14:00–17:30');
    // once arrived there is nothing to book
    expect((await step(b.clerk, id, 'arrive')).status).toBe(200);
    const late = await book('2026-12-03', 'am');
    expect(late.status).toBe(409);
    expect(late.body.message).toMatch(/无需预约/);
  });

  it('R-MOV-02 R-MOV-05 the five steps in order at the desk: a later step is refused before an earlier one with the reason; fees pass only once billing says paid; the keys make the buyer the owner of record', async () => {
    t.clock.set(china('2026-12-02', '09:00'));
    const b = await block(t, '612');
    const { ids } = await published(b);
    const id = ids[0]!;
    const refused = async (action: string, body: Record<string, unknown>, reason: RegExp, status = 409) => {
      const r = await step(b.clerk, id, action, body);
      expect(r.status, `${action}: ${JSON.stringify(r.body)}`).toBe(status);
      expect(r.body.message).toMatch(reason);
    };
    await refused('identity', IDENTITY, /请先登记业主到场并开始办理/);
    await refused('start', {}, /请先登记业主到场时间/);
    expect((await step(b.clerk, id, 'arrive')).body).toMatchObject({ status: 'waiting', allowedActions: ['start'] });
    await refused('identity', IDENTITY, /请先开始办理/);
    t.clock.set(china('2026-12-02', '09:05'));
    expect((await step(b.clerk, id, 'start')).body).toMatchObject({ status: 'handling', currentStepLabel: '核验身份' });
    await refused('agreements', AGREEMENTS, /请先完成「核验身份」/);
    await refused('keys', KEYS, /请先完成「核验身份」/);
    // each document ticked: a missing one is named
    await refused('identity', { identityDocs: ['notice', 'contract'] }, /请核验：购房款收据/, 400);
    expect((await step(b.clerk, id, 'identity', IDENTITY)).body).toMatchObject({ stepsDone: 1, currentStepLabel: '资料与协议' });
    await refused('identity', IDENTITY, /「核验身份」已完成/);
    await refused('agreements', { agreements: ['service_agreement', 'management_rules'] }, /银行托收/, 400);
    expect((await step(b.clerk, id, 'agreements', AGREEMENTS)).status).toBe(200);
    // fees: no bills yet, then bills unpaid — refused; the bills are the room's, raised once however often asked
    await refused('fees', {}, /尚未生成入伙费用账单/);
    const billed = await t.req('POST', `/api/v1/move-ins/${id}/bills`, { token: b.clerk });
    expect(billed.status, JSON.stringify(billed.body)).toBe(200);
    expect((await t.req('POST', `/api/v1/move-ins/${id}/bills`, { token: b.clerk2 })).status).toBe(200);
    const bills = billed.body.bills as { billId: number; totalFen: number; status: string; title: string }[];
    // 2.50 × 12 months × 89.25 m² = 2677.50; 25 × 89.25 = 2231.25
    expect(bills.map((x) => [x.title, x.totalFen, x.status])).toEqual([
      ['入伙物业服务费（预收12个月）', 267750, 'unpaid'],
      ['专项维修资金', 223125, 'unpaid'],
    ]);
    expect(await count(t, 'bill', "source_type IN ('movein_fee', 'movein_fund') AND source_id = ?", [id])).toBe(2);
    await refused('fees', {}, /入伙费用尚未缴清：入伙物业服务费（预收12个月） ¥2,677.50、专项维修资金 ¥2,231.25/);
    // the buyer sees the bills with their notice; paid at the 收银台 like any bill
    const buyer = await t.ownerToken(b.buyerPhones[0]!);
    expect((await t.req('GET', `/api/v1/me/move-ins/${id}`, { token: buyer })).body.bills).toHaveLength(2);
    const pay = (billId: number, amountFen: number) =>
      t.req('POST', `/api/v1/bills/${billId}/desk-payments`, { token: b.clerk, body: { method: 'cash', amountFen } });
    expect((await pay(bills[0]!.billId, 267750)).status).toBe(201);
    await refused('fees', {}, /专项维修资金 ¥2,231.25/);
    expect((await pay(bills[1]!.billId, 223125)).status).toBe(201);
    const fees = await step(b.clerk, id, 'fees');
    expect(fees.status, JSON.stringify(fees.body)).toBe(200);
    expect(fees.body.bills.every((x: { status: string; receiptNo: string | null }) => x.status === 'paid' && x.receiptNo)).toBe(true);
    // inspection: meters required, a signature on screen or paper
    await refused('inspection', { ...INSPECTION, meters: { water: '十二', electricity: '30' } }, /水表、电表底数/, 400);
    await refused('inspection', { ...INSPECTION, paperSigned: false }, /签名/, 400);
    const insp = await step(b.clerk, id, 'inspection', INSPECTION);
    expect(insp.status, JSON.stringify(insp.body)).toBe(200);
    expect(insp.body.meters).toEqual({ water: '12.5', electricity: '30', gas: '0.8' });
    expect(insp.body.defectLines.map((d: { place: string; status: string }) => [d.place, d.status])).toEqual([
      ['主卧', 'pending'],
      ['卫生间', 'pending'],
    ]);
    expect(insp.body.inspectionSigned).toBe('paper');
    // keys: against a register
    await refused('keys', { keys: [], paperSigned: true }, /请登记移交的钥匙/, 400);
    await refused('keys', { keys: [{ name: '钥匙', quantity: 0 }], paperSigned: true }, /数量/, 400);
    // before the keys the buyer holds no room
    expect((await t.req('GET', '/api/v1/me/rooms', { token: buyer })).body).toEqual([]);
    t.clock.set(china('2026-12-02', '09:30'));
    const done = await step(b.clerk, id, 'keys', KEYS);
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ status: 'done', statusLabel: '已入伙', stepsDone: 5, allowedActions: [] });
    expect(done.body.keys).toEqual(KEYS.keys);
    await refused('keys', KEYS, /已办结入伙/);
    // the buyer is now the room's approved owner (people recorded it), once
    const rooms = (await t.req('GET', '/api/v1/me/rooms', { token: buyer })).body as { roomId: number; kind: string }[];
    expect(rooms.map((r) => [r.roomId, r.kind])).toEqual([[b.rooms[0], 'owner']]);
    expect(await count(t, 'room_binding', "room_id = ? AND status = 'approved'", [b.rooms[0]])).toBe(1);
    // the owner reads the steps in owner words, no staff notes
    const seen = (await t.req('GET', `/api/v1/me/move-ins/${id}`, { token: buyer })).body;
    expect(seen.statusLabel).toBe('已入伙');
    expect(seen.timeline.map((e: { note: string }) => e.note).join('|')).not.toMatch(/工商银行|票据/);
  });

  it('R-MOV-02 two clerks finishing the same step at once: one records it, the other is told it was just done', async () => {
    t.clock.set(china('2026-12-03', '09:00'));
    const b = await block(t, '613');
    const { ids } = await published(b);
    const id = ids[0]!;
    await step(b.clerk, id, 'arrive');
    await step(b.clerk, id, 'start');
    const both = await Promise.all([step(b.clerk, id, 'identity', IDENTITY), step(b.clerk2, id, 'identity', IDENTITY)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.status === 409)!.body.message).toMatch(/刚被其他工作人员办理|已完成/);
    expect(await count(t, 'move_in_event', "move_in_id = ? AND action = 'identity'", [id])).toBe(1);
    expect((await t.req('GET', `/api/v1/move-ins/${id}`, { token: b.clerk })).body.stepsDone).toBe(1);
  });

  it('R-MOV-03 waiting (arrival → start) and handling (start → keys) are measured against 15 and 30 minutes; the month counts the move-ins within both, in China’s month', async () => {
    const b = await block(t, '614');
    // no move-in fees in this batch: the fees step passes without bills
    const { ids } = await published(b, { propertyFeeFenPerM2: 0, propertyFeeMonths: 0, fundFenPerM2: 0 });
    const run = async (id: number, arrive: string, start: string, finish: string) => {
      t.clock.set(arrive);
      expect((await step(b.clerk, id, 'arrive')).status).toBe(200);
      t.clock.set(start);
      expect((await step(b.clerk, id, 'start')).status).toBe(200);
      for (const [a, body] of [
        ['identity', IDENTITY],
        ['agreements', AGREEMENTS],
        ['fees', {}],
        ['inspection', { ...INSPECTION, defects: [] }],
      ] as const) {
        const r = await step(b.clerk, id, a, body);
        expect(r.status, `${a}: ${JSON.stringify(r.body)}`).toBe(200);
      }
      t.clock.set(finish);
      const r = await step(b.clerk, id, 'keys', KEYS);
      expect(r.status, JSON.stringify(r.body)).toBe(200);
      return r.body.timing;
    };
    // 15 min wait and 30 min handling exactly: within both
    expect(await run(ids[0]!, china('2026-12-04', '09:00'), china('2026-12-04', '09:15'), china('2026-12-04', '09:45'))).toMatchObject({
      waitMinutes: 15,
      handleMinutes: 30,
      waitOk: true,
      handleOk: true,
      waitLimit: 15,
      handleLimit: 30,
    });
    // waited 15 min 1 s: shown as 16, over
    expect(
      await run(ids[1]!, china('2026-12-04', '10:00'), '2026-12-04T02:15:01.000Z', china('2026-12-04', '10:30')),
    ).toMatchObject({ waitMinutes: 16, waitOk: false, handleOk: true });
    // handled 31 minutes, keys at 00:10 China time on 1 January: January's, not December's
    expect(await run(ids[2]!, china('2026-12-31', '23:35'), china('2026-12-31', '23:39'), china('2027-01-01', '00:10'))).toMatchObject({
      waitOk: true,
      handleMinutes: 31,
      handleOk: false,
    });
    const month = async (m: string) => (await t.req('GET', `/api/v1/move-ins/month?projectId=${b.projectId}&month=${m}`, { token: b.clerk })).body;
    expect(await month('2026-12')).toMatchObject({ finished: 2, withinBoth: 1, waitOk: 1, handleOk: 2, rate: 50 });
    expect(await month('2027-01')).toMatchObject({ finished: 1, withinBoth: 0, rate: 0 });
    expect(await month('2026-11')).toMatchObject({ finished: 0, rate: null });
    // the limits are the project's: 20 minutes of waiting makes the second one within both
    expect(
      (await t.req('PUT', '/api/v1/move-ins/limits', { token: b.clerk, body: { projectId: b.projectId, waitMinutes: 20, handleMinutes: 30 } })).status,
    ).toBe(403);
    const put = await t.req('PUT', '/api/v1/move-ins/limits', {
      token: b.supervisor,
      body: { projectId: b.projectId, waitMinutes: 20, handleMinutes: 30 },
    });
    expect(put.body).toMatchObject({ waitMinutes: 20, handleMinutes: 30 });
    expect(await month('2026-12')).toMatchObject({ finished: 2, withinBoth: 2, rate: 100, waitLimit: 20 });
  });

  it('R-MOV-04 R-MOV-02 the owner signs the inspection on the screen (their upload readable by them and the project’s staff, not the neighbour); the defects go to the developer on a written sheet (recorded once); the centre tracks each line; the owner sees the progress and confirms it, or sends it back with their words', async () => {
    t.clock.set(china('2026-12-05', '09:00'));
    const b = await block(t, '615');
    const { ids } = await published(b, { propertyFeeFenPerM2: 0, propertyFeeMonths: 0, fundFenPerM2: 0 });
    const id = ids[0]!;
    for (const [a, body] of [
      ['arrive', {}],
      ['start', {}],
      ['identity', IDENTITY],
      ['agreements', AGREEMENTS],
      ['fees', {}],
    ] as const)
      expect((await step(b.clerk, id, a, body)).status).toBe(200);
    // 验房 signed on the screen, a photo with the first line: uploads of the clerk's, kept with the move-in
    const upload = async (token: string) =>
      (await t.req('POST', '/api/v1/uploads', { token, body: { fileName: 'a.png', contentType: 'image/png', contentBase64: TINY_PNG } })).body
        .id as number;
    const [signature, photo] = [await upload(b.clerk), await upload(b.clerk)];
    // someone else's upload is refused, and nothing is written
    const foreign = await upload(b.clerk2);
    const refused = await step(b.clerk, id, 'inspection', { ...INSPECTION, paperSigned: false, signatureId: foreign });
    expect(refused.status).toBe(400);
    expect(await count(t, 'move_in_defect', 'move_in_id = ?', [id])).toBe(0);
    const signedOnScreen = await step(b.clerk, id, 'inspection', {
      ...INSPECTION,
      defects: [{ ...INSPECTION.defects[0], photoId: photo }, INSPECTION.defects[1]],
      paperSigned: false,
      signatureId: signature,
    });
    expect(signedOnScreen.status, JSON.stringify(signedOnScreen.body)).toBe(200);
    expect(signedOnScreen.body).toMatchObject({ inspectionSigned: 'screen', inspectionSignatureId: signature });
    expect(signedOnScreen.body.defectLines[0].photoThumbUrl).toBe(`/api/v1/uploads/${photo}?size=thumb`);
    const detail = (await t.req('GET', `/api/v1/move-ins/${id}`, { token: b.clerk })).body;
    const [d1, d2] = detail.defectLines as { id: number }[];
    const staffMove = (defectId: number, to: string, note?: string) =>
      t.req('POST', `/api/v1/move-in-defects/${defectId}/progress`, { token: b.clerk, body: { to, ...(note ? { note } : {}) } });
    // progress is tracked once the sheet is with the developer
    const early = await staffMove(d1!.id, 'fixing');
    expect(early.status).toBe(409);
    expect(early.body.message).toMatch(/送达开发商/);
    expect((await t.req('POST', `/api/v1/move-ins/${id}/defects-sent`, { token: b.clerk, body: { note: 'a' } })).status).toBe(400);
    t.clock.set(china('2026-12-05', '15:00'));
    const sent = await t.req('POST', `/api/v1/move-ins/${id}/defects-sent`, {
      token: b.clerk,
      body: { note: '专人送达，开发商工程部李工签收' },
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    expect(sent.body).toMatchObject({ defectsSentAt: '2026-12-05T07:00:00.000Z', defectsSentByName: '前台小陈' });
    expect((await t.req('POST', `/api/v1/move-ins/${id}/defects-sent`, { token: b.clerk, body: { note: '再次送达' } })).status).toBe(409);
    expect((await staffMove(d1!.id, 'fixing', '开发商已安排维修')).status).toBe(200);
    expect((await staffMove(d1!.id, 'fixed')).status).toBe(200);
    expect((await staffMove(d2!.id, 'confirmed')).status).toBe(409);
    // the owner reads the progress in the app, and may open the signature and the photo; the neighbour may not
    const buyer = await t.ownerToken(b.buyerPhones[0]!);
    for (const u of [signature, photo]) {
      expect((await t.req('GET', `/api/v1/uploads/${u}`, { token: buyer })).status).toBe(200);
      expect((await t.req('GET', `/api/v1/uploads/${u}`, { token: b.neighbour })).status).toBe(404);
      expect((await t.req('GET', `/api/v1/uploads/${u}`, { token: b.clerk2 })).status).toBe(200);
    }
    const mine = (await t.req('GET', `/api/v1/me/move-ins/${id}`, { token: buyer })).body;
    expect(mine.defectLines.map((d: { statusLabel: string; allowedMoves: string[] }) => [d.statusLabel, d.allowedMoves])).toEqual([
      ['已整改', ['fixing', 'confirmed']],
      ['待处理', []],
    ]);
    expect(mine.defectsSentAt).toBe('2026-12-05T07:00:00.000Z');
    const ownerMove = (defectId: number, to: string, note?: string, token = buyer) =>
      t.req('POST', `/api/v1/me/move-ins/${id}/defects/${defectId}/progress`, { token, body: { to, ...(note ? { note } : {}) } });
    expect((await ownerMove(d2!.id, 'confirmed')).status).toBe(409);
    expect((await ownerMove(d1!.id, 'fixing')).status).toBe(400);
    expect((await ownerMove(d1!.id, 'confirmed', undefined, b.neighbour)).status).toBe(404);
    const back = await ownerMove(d1!.id, 'fixing', '密封条还是松的');
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body.defectLines[0]).toMatchObject({ statusLabel: '整改中', progressNote: '密封条还是松的' });
    expect((await staffMove(d1!.id, 'fixed', '已更换密封条')).status).toBe(200);
    const ok = await ownerMove(d1!.id, 'confirmed');
    expect(ok.body.defectLines[0]).toMatchObject({ status: 'confirmed', statusLabel: '业主确认' });
    expect((await staffMove(d1!.id, 'fixing')).status).toBe(409);
    // the staff view counts the open lines
    const list = await t.req('GET', `/api/v1/move-ins?projectId=${b.projectId}&status=handling`, { token: b.clerk });
    expect(list.body.items.find((x: { id: number }) => x.id === id)).toMatchObject({ defects: 2, defectsOpen: 1 });
  });
});
