import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Jobs } from '../src/infra/jobs.js';
import { count, startTestApp, testDatabases, type TestApp } from './harness.js';
import { ALL_CHECKED, STAFF_PASSWORD, apply, parkingLot, photo, planBody } from './parking-fixtures.js';

const MIN = 60_000;
const H = 60 * MIN;
/** Monday 2026-11-23 10:00 in Shanghai. */
const MON = '2026-11-23T02:00:00.000Z';
const at = (base: string, ms: number) => new Date(new Date(base).getTime() + ms).toISOString();

describe.each(testDatabases())('parking: plan, applications, documents, contracts, cards, the ledger (%s)', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
  });
  afterAll(async () => t?.close());

  const act = (token: string, id: number, action: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/parking/applications/${id}/actions/${action}`, { token, body });
  const payAtDesk = async (token: string, billId: number, amountFen: number) => {
    const r = await t.req('POST', `/api/v1/bills/${billId}/desk-payments`, { token, body: { method: 'cash', amountFen } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  };
  const rows = () =>
    Promise.all(['parking_application', 'parking_event', 'parking_plan', 'parking_price', 'bill'].map((x) => count(t, x)));

  it('R-PRK-01 the plan is published with its approval by the owners’ assembly, its prices, documents and process; owners of the project read it; bad plans and other people are refused', async () => {
    t.clock.set(MON);
    const lot = await parkingLot(t, '711', { plan: false });
    const owner = await t.ownerToken(lot.phones[0]!);
    // before a plan is published nothing can be applied for
    expect((await t.req('GET', `/api/v1/me/parking/plan?projectId=${lot.projectId}`, { token: owner })).status).toBe(404);
    const early = await apply(t, owner, { roomId: lot.rooms[0]!, plate: '粤B71101' });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('尚未公布');

    const before = await rows();
    const bad = [
      { approvedOn: '2026-11-24' }, // after today
      { approvedOn: '2026-02-30' },
      { approvalDocument: '' },
      { prices: [] },
      {
        prices: [
          { kind: 'rental', term: 'month', amountFen: 30000 },
          { kind: 'rental', term: 'month', amountFen: 1 },
        ],
      },
      { prices: [{ kind: 'rental', term: 'month', amountFen: 0 }] },
      { prices: [{ kind: 'rental', term: 'month', amountFen: 12.5 }] },
      { prices: [{ kind: 'temporary', term: 'month', amountFen: 100 }] },
    ];
    for (const b of bad) {
      const r = await t.req('PUT', '/api/v1/parking/plan', { token: lot.manager, body: { ...planBody(lot.projectId), ...b } });
      expect(r.status, JSON.stringify(b)).toBe(400);
      expect(r.body.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    // a clerk may not change the plan
    expect((await t.req('PUT', '/api/v1/parking/plan', { token: lot.clerk, body: planBody(lot.projectId) })).status).toBe(403);
    expect(await rows()).toEqual(before);

    t.clock.set(MON);
    const ok = await t.req('PUT', '/api/v1/parking/plan', { token: lot.manager, body: planBody(lot.projectId) });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const plan = await t.req('GET', `/api/v1/me/parking/plan?projectId=${lot.projectId}`, { token: owner });
    expect(plan.status).toBe(200);
    expect(plan.body).toMatchObject({
      approvedOn: '2026-10-18',
      approvalDocument: '业主大会决议〔2026〕3号',
      publishedAt: MON,
      handlingMinutes: 20,
    });
    expect(plan.body.process).toContain('管理处经理审批');
    expect(plan.body.prices).toContainEqual({
      kind: 'rental',
      kindLabel: '月租车位',
      term: 'quarter',
      termLabel: '季租',
      amountFen: 85000,
    });
    const rental = plan.body.documents.find((d: { kind: string }) => d.kind === 'rental');
    expect(rental.owner).toEqual(['驾驶证', '行驶证', '车辆保险单', '购车合同或车辆产权证明']);
    expect(rental.tenant).toEqual(expect.arrayContaining(['房屋租赁合同', '联系方式、住址及工作单位证明']));
    expect(plan.body.documents.find((d: { kind: string }) => d.kind === 'vip').owner).toEqual(['身份证', '行驶证', '驾驶证']);
    // an owner of another project does not read it
    const other = await t.ownerToken('13800000001');
    expect((await t.req('GET', `/api/v1/me/parking/plan?projectId=${lot.projectId}`, { token: other })).status).toBe(404);
  });

  it('R-PRK-02 an owner applies with a bound room, the plate, kind, term and the photos of each document and gets a number; a tenant needs the lease and contact too; bad applications write nothing', async () => {
    t.clock.set(MON);
    const lot = await parkingLot(t, '712', { tenant: true });
    const owner = await t.ownerToken(lot.phones[0]!);
    const tenant = await t.ownerToken(lot.phones[1]!);
    const r = await apply(t, owner, { roomId: lot.rooms[0]!, plate: '粤b71201' });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body).toMatchObject({
      status: 'submitted',
      statusLabel: '资料审核中',
      plate: '粤B71201',
      kind: 'rental',
      term: 'month',
    });
    expect(r.body.code).toMatch(/^TC712261123\d{4}$/);
    expect(
      r.body.docs.map((d: { doc: string; required: boolean; uploadIds: number[] }) => [d.doc, d.required, d.uploadIds.length]),
    ).toEqual([
      ['driving_licence', true, 1],
      ['vehicle_licence', true, 1],
      ['insurance', true, 1],
      ['purchase', true, 1],
    ]);
    // the owner sees the step in owner words, and the clerk the note
    expect(r.body.timeline.at(-1).note).toContain('请携带资料原件');
    const desk = await t.req('GET', `/api/v1/parking/applications/${r.body.id}`, { token: lot.clerk });
    expect(desk.body.allowedActions).toEqual(['check', 'cancel']);
    expect(desk.body.timeline.at(-1).note).toBe('资料照片齐全，待核对原件');
    // the desk reads the document photos; another owner does not
    const upload = r.body.docs[0].uploadIds[0];
    expect((await t.req('GET', `/api/v1/uploads/${upload}`, { token: lot.clerk })).status).toBe(200);
    expect((await t.req('GET', `/api/v1/uploads/${upload}`, { token: tenant })).status).toBe(404);

    // a tenant: the lease and the contact/address/employer are required as well
    const tr = await apply(t, tenant, { roomId: lot.rooms[1]!, plate: '粤B71202' }, [
      'driving_licence',
      'vehicle_licence',
      'insurance',
      'purchase',
      'lease',
      'tenant_info',
    ]);
    expect(tr.status, JSON.stringify(tr.body)).toBe(201);
    expect(tr.body.applicantRole).toBe('tenant');
    expect(tr.body.docs.filter((d: { required: boolean }) => d.required)).toHaveLength(6);

    const before = await rows();
    const someoneElses = await photo(t, tenant);
    const bad: [Record<string, unknown>, number][] = [
      [{ roomId: lot.rooms[1], plate: '粤B71203' }, 404], // not my room
      [{ roomId: lot.rooms[0], plate: 'ABC123' }, 400],
      [{ roomId: lot.rooms[0], plate: '粤B71203', kind: 'temporary' }, 400],
      [{ roomId: lot.rooms[0], plate: '粤B71203', term: 'week' }, 400],
      [{ roomId: lot.rooms[0], plate: '粤B71203', docs: [{ doc: 'lease', uploadIds: [someoneElses] }] }, 400], // an owner gives no lease
      [{ roomId: lot.rooms[0], plate: '粤B71203', docs: [{ doc: 'insurance', uploadIds: [someoneElses] }] }, 400], // not my photo
      [{ roomId: lot.rooms[0], plate: '粤B71203', docs: [{ doc: 'insurance', uploadIds: [] }] }, 400],
      [{ roomId: lot.rooms[0], plate: '粤B71201', docs: [] }, 409], // that plate already has an application
    ];
    for (const [b, status] of bad) {
      const x = await t.req('POST', '/api/v1/me/parking/applications', {
        token: owner,
        body: { kind: 'rental', term: 'month', docs: [], ...b },
      });
      expect(x.status, JSON.stringify(b)).toBe(status);
      expect(x.body.message).toMatch(/[\u4e00-\u9fa5]/);
    }
    expect(await rows()).toEqual(before);
  });

  it('R-PRK-06 a document missing or not matching its original is refused politely, saying exactly what and why; the owner resubmits it and the clerk completes the check', async () => {
    t.clock.set(MON);
    const lot = await parkingLot(t, '713');
    const owner = await t.ownerToken(lot.phones[0]!);
    const a = (
      await apply(t, owner, { roomId: lot.rooms[0]!, plate: '粤B71301' }, ['driving_licence', 'vehicle_licence', 'purchase'])
    ).body;
    // every required document must be judged, and a refusal needs its reason
    const before = await rows();
    for (const body of [
      { verdicts: [{ doc: 'driving_licence', verdict: 'checked' }] },
      {
        verdicts: [
          ...ALL_CHECKED(['driving_licence', 'vehicle_licence', 'purchase']).verdicts,
          { doc: 'insurance', verdict: 'missing' },
        ],
      },
      { verdicts: [...ALL_CHECKED().verdicts, { doc: 'lease', verdict: 'checked' }] },
    ]) {
      const r = await act(lot.clerk, a.id, 'check', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
    }
    expect(await rows()).toEqual(before);

    const refused = await act(lot.clerk, a.id, 'check', {
      verdicts: [
        { doc: 'driving_licence', verdict: 'checked' },
        { doc: 'vehicle_licence', verdict: 'wrong', reason: '行驶证车牌与申请车牌不一致' },
        { doc: 'insurance', verdict: 'missing', reason: '未提供交强险保单' },
        { doc: 'purchase', verdict: 'checked' },
      ],
    });
    expect(refused.status, JSON.stringify(refused.body)).toBe(200);
    expect(refused.body.status).toBe('incomplete');
    const mine = await t.req('GET', `/api/v1/me/parking/applications/${a.id}`, { token: owner });
    expect(mine.body.statusLabel).toBe('请补齐资料');
    expect(mine.body.refusal).toBe(
      '您好，您的车位申请资料尚不齐全：行驶证与原件不符（行驶证车牌与申请车牌不一致）；车辆保险单缺少（未提供交强险保单）。请补齐后重新提交，给您带来不便敬请谅解。',
    );
    expect(mine.body.timeline.at(-1).note).toBe(mine.body.refusal);
    // nothing further happens to an incomplete application at the desk
    expect((await act(lot.clerk, a.id, 'contract')).status).toBe(409);
    expect((await act(lot.clerk, a.id, 'check', ALL_CHECKED())).status).toBe(409);

    // the owner sends what was missing; what was checked stays checked
    const re = await t.req('POST', `/api/v1/me/parking/applications/${a.id}/documents`, {
      token: owner,
      body: {
        docs: [
          { doc: 'insurance', uploadIds: [await photo(t, owner)] },
          { doc: 'vehicle_licence', uploadIds: [await photo(t, owner)] },
        ],
      },
    });
    expect(re.status, JSON.stringify(re.body)).toBe(200);
    expect(re.body.status).toBe('submitted');
    expect(re.body.docs.map((d: { verdict: string | null }) => d.verdict)).toEqual(['checked', null, null, 'checked']);
    expect(
      (await t.req('POST', `/api/v1/me/parking/applications/${a.id}/documents`, { token: owner, body: { docs: [] } })).status,
    ).toBe(409);
    const ok = await act(lot.clerk, a.id, 'check', ALL_CHECKED());
    expect(ok.body.status).toBe('checked');
    expect(ok.body.refusal).toBeNull();
  });

  it('R-PRK-03 R-PRK-05 contract on a space, the manager approves, the rent bill is paid, the card is issued, the space rented, the ledger and the vehicle record updated; the desk’s time from check to card is measured against 20 minutes', async () => {
    t.clock.set(MON);
    const lot = await parkingLot(t, '714', { owners: 2, spaces: { rental: 3 } });
    const owner = await t.ownerToken(lot.phones[0]!);
    t.clock.set(MON);
    const a = (await apply(t, owner, { roomId: lot.rooms[0]!, plate: '粤B71401' })).body;
    await act(lot.clerk, a.id, 'check', ALL_CHECKED());
    t.clock.set(at(MON, 4 * MIN));
    const [s1, s2] = lot.spaces.rental!;
    // a space of the wrong kind or someone else's is refused
    const c = await act(lot.clerk, a.id, 'contract', { spaceId: s2!.id });
    expect(c.status, JSON.stringify(c.body)).toBe(200);
    expect(c.body).toMatchObject({ status: 'pending_approval', spaceNo: s2!.no, contractNo: a.code.replace(/^TC/, 'HT') });
    const sp = await t.req('GET', `/api/v1/parking/spaces?projectId=${lot.projectId}&state=reserved`, { token: lot.clerk });
    expect(sp.body.items.map((s: { id: number }) => s.id)).toEqual([s2!.id]);
    // only the manager approves
    expect((await act(lot.clerk, a.id, 'approve')).status).toBe(403);
    t.clock.set(at(MON, 8 * MIN));
    const ap = await act(lot.manager, a.id, 'approve');
    expect(ap.status, JSON.stringify(ap.body)).toBe(200);
    expect(ap.body).toMatchObject({ status: 'awaiting_payment', startOn: '2026-11-23', endOn: '2026-12-22', rentFen: 30000 });
    const bill = ap.body.periods[0];
    expect(bill).toMatchObject({ seq: 1, amountFen: 30000, billStatus: 'unpaid' });
    // the bill is the owner's like any other
    const bills = await t.req('GET', '/api/v1/me/bills', { token: owner });
    expect(bills.body.items.find((b: { id: number }) => b.id === bill.billId)).toMatchObject({
      kind: 'parking',
      amountFen: 30000,
    });
    t.clock.set(at(MON, 12 * MIN));
    await payAtDesk(lot.clerk, bill.billId, 30000);
    const done = await t.req('GET', `/api/v1/parking/applications/${a.id}`, { token: lot.clerk });
    expect(done.body).toMatchObject({
      status: 'active',
      cardNo: `K714${String(a.id).padStart(7, '0')}`,
      cardIssuedAt: at(MON, 12 * MIN),
      handling: { minutes: 12, limitMinutes: 20, late: false },
    });
    expect(done.body.periods[0]).toMatchObject({ billStatus: 'paid', paidAt: at(MON, 12 * MIN) });
    expect(done.body.periods[0].receiptNo).toBeTruthy();
    const space = await t.req('GET', `/api/v1/parking/spaces?projectId=${lot.projectId}&keyword=${s2!.no}`, { token: lot.clerk });
    expect(space.body.items[0]).toMatchObject({ state: 'rented', plate: '粤B71401', endOn: '2026-12-22' });
    const ledger = await t.req('GET', `/api/v1/parking/ledger?projectId=${lot.projectId}`, { token: lot.clerk });
    expect(ledger.body.items).toEqual([
      expect.objectContaining({
        spaceNo: s2!.no,
        areaName: '地下一层',
        plate: '粤B71401',
        contractNo: done.body.contractNo,
        cardNo: done.body.cardNo,
        startOn: '2026-11-23',
        endOn: '2026-12-22',
        rentFen: 30000,
        paidFen: 30000,
        status: 'active',
      }),
    ]);
    // R-OWN-01 the vehicle's record carries the space and the contract
    const [veh] = await t.ds.query('SELECT space_no AS spaceNo FROM vehicle WHERE project_id = ? AND plate = ?', [
      lot.projectId,
      '粤B71401',
    ]);
    expect(veh?.spaceNo).toBe(s2!.no);
    // the owner sees the card
    const mine = await t.req('GET', `/api/v1/me/parking/applications/${a.id}`, { token: owner });
    expect(mine.body.statusLabel).toBe('已开通');
    expect(mine.body.timeline.at(-1).note).toContain(done.body.cardNo);

    // R-PRK-05 a second one takes 25 minutes: over the standard
    const owner2 = await t.ownerToken(lot.phones[1]!);
    t.clock.set(at(MON, H));
    const b = (await apply(t, owner2, { roomId: lot.rooms[1]!, plate: '粤B71402' })).body;
    await act(lot.clerk, b.id, 'check', ALL_CHECKED());
    // the space already rented cannot be taken again
    const taken = await act(lot.clerk, b.id, 'contract', { spaceId: s2!.id });
    expect(taken.status).toBe(409);
    expect(taken.body.message).toBe('该车位已被占用，请选择其他车位');
    const c2 = await act(lot.clerk, b.id, 'contract');
    expect(c2.body.spaceNo).toBe(s1!.no);
    // refusing needs a reason; refused, the space is free again
    expect((await act(lot.manager, b.id, 'refuse')).status).toBe(400);
    const ref = await act(lot.manager, b.id, 'refuse', { reason: '车辆超高，不适合地下车库' });
    expect(ref.body).toMatchObject({ status: 'rejected', spaceId: null });
    const mineB = await t.req('GET', `/api/v1/me/parking/applications/${b.id}`, { token: owner2 });
    expect(mineB.body.timeline.at(-1).note).toBe('很抱歉，您的车位申请未获批准：车辆超高，不适合地下车库');
    const free = await t.req('GET', `/api/v1/parking/spaces?projectId=${lot.projectId}&state=free`, { token: lot.clerk });
    expect(free.body.items.map((s: { id: number }) => s.id)).toContain(s1!.id);

    const c3 = (await apply(t, owner2, { roomId: lot.rooms[1]!, plate: '粤B71403' })).body;
    t.clock.set(at(MON, 2 * H));
    await act(lot.clerk, c3.id, 'check', ALL_CHECKED());
    await act(lot.clerk, c3.id, 'contract');
    const ap3 = await act(lot.manager, c3.id, 'approve');
    t.clock.set(at(MON, 2 * H + 25 * MIN));
    await payAtDesk(lot.clerk, ap3.body.periods[0].billId, 30000);
    const late = await t.req('GET', `/api/v1/parking/applications/${c3.id}`, { token: lot.clerk });
    expect(late.body.handling).toEqual({ minutes: 25, limitMinutes: 20, late: true });
  });

  it('R-PRK-04 with no space left the owner is told why and joins the waiting list with a position; a freed space is offered to the first in line for a limited time, then to the next', async () => {
    t.clock.set(MON);
    const lot = await parkingLot(t, '715', { owners: 3, spaces: { rental: 1 } });
    const owners: string[] = [];
    for (const ph of lot.phones) owners.push(await t.ownerToken(ph));
    t.clock.set(MON);
    const apps = [];
    for (const [i, o] of owners.entries()) {
      const a = (await apply(t, o, { roomId: lot.rooms[i]!, plate: `粤B7150${i + 1}` })).body;
      await act(lot.clerk, a.id, 'check', ALL_CHECKED());
      apps.push(a);
    }
    const first = await act(lot.clerk, apps[0].id, 'contract');
    expect(first.body.status).toBe('pending_approval');
    for (const [i, a] of apps.slice(1).entries()) {
      t.clock.set(at(MON, (i + 1) * MIN));
      const w = await act(lot.clerk, a.id, 'contract');
      expect(w.body).toMatchObject({
        status: 'waiting',
        waitReason: '本项目月租车位已全部租出，暂无空闲车位',
        waitingPosition: i + 1,
      });
    }
    const mine = await t.req('GET', `/api/v1/me/parking/applications/${apps[2].id}`, { token: owners[2] });
    expect(mine.body).toMatchObject({ statusLabel: '排队等候车位', waitingPosition: 2 });
    // the desk's queue of the waiting list shows each one's place in line
    const queue = await t.req('GET', `/api/v1/parking/applications?projectId=${lot.projectId}&status=waiting`, {
      token: lot.clerk,
    });
    expect(queue.body.items.map((x: { plate: string; waitingPosition: number }) => [x.plate, x.waitingPosition])).toEqual([
      ['粤B71503', 2],
      ['粤B71502', 1],
    ]);
    expect(mine.body.timeline.at(-1).note).toContain('已为您登记排队');

    // the first gives up: the space is offered to the second in line for 48 hours
    t.clock.set(at(MON, H));
    expect((await act(lot.clerk, apps[0].id, 'cancel')).status).toBe(400); // a reason is needed
    await act(lot.clerk, apps[0].id, 'cancel', { reason: '业主已另购车位' });
    const offered = await t.req('GET', `/api/v1/me/parking/applications/${apps[1].id}`, { token: owners[1] });
    expect(offered.body).toMatchObject({
      status: 'offered',
      statusLabel: '有车位可租，请确认',
      spaceNo: lot.spaces.rental![0]!.no,
      offerExpiresAt: at(MON, 49 * H),
    });
    expect((await t.req('GET', `/api/v1/me/parking/applications/${apps[2].id}`, { token: owners[2] })).body.waitingPosition).toBe(
      1,
    );
    // nobody else can take the offered space
    const jobs = t.app.get(Jobs);
    t.clock.set(at(MON, 48 * H));
    await jobs.runOnce();
    expect((await t.req('GET', `/api/v1/parking/applications/${apps[1].id}`, { token: lot.clerk })).body.status).toBe('offered');
    // not taken up in time: it lapses and the next in line is offered the space
    t.clock.set(at(MON, 49 * H + MIN));
    await jobs.runOnce();
    const lapsed = await t.req('GET', `/api/v1/me/parking/applications/${apps[1].id}`, { token: owners[1] });
    expect(lapsed.body.status).toBe('cancelled');
    expect(lapsed.body.timeline.at(-1).note).toContain('已超过确认期限');
    const third = await t.req('GET', `/api/v1/parking/applications/${apps[2].id}`, { token: lot.clerk });
    expect(third.body).toMatchObject({ status: 'offered', spaceNo: lot.spaces.rental![0]!.no });
    // the desk signs the contract on the offered space
    const c = await act(lot.clerk, apps[2].id, 'contract', {});
    expect(c.body).toMatchObject({ status: 'pending_approval', spaceNo: lot.spaces.rental![0]!.no });
  });

  it('R-PRK-04 twenty owners booking the last free space at once: exactly one gets it, the others join the waiting list in order', async () => {
    t.clock.set(MON);
    const lot = await parkingLot(t, '716', { owners: 20, spaces: { rental: 1 } });
    const apps: number[] = [];
    for (const [i, ph] of lot.phones.entries()) {
      const o = await t.ownerToken(ph);
      const a = (await apply(t, o, { roomId: lot.rooms[i]!, plate: `粤B716${String(i).padStart(2, '0')}` })).body;
      await act(lot.clerk, a.id, 'check', ALL_CHECKED());
      apps.push(a.id);
    }
    t.clock.set(at(MON, H));
    const res = await Promise.all(apps.map((id) => act(lot.clerk, id, 'contract')));
    expect(res.map((r) => r.status)).toEqual(apps.map(() => 200));
    const won = res.filter((r) => r.body.status === 'pending_approval');
    expect(won).toHaveLength(1);
    expect(won[0]!.body.spaceNo).toBe(lot.spaces.rental![0]!.no);
    const [{ n }] = await t.ds.query(
      'SELECT COUNT(*) AS n FROM parking_space WHERE project_id = ? AND holder_application_id IS NOT NULL',
      [lot.projectId],
    );
    expect(Number(n)).toBe(1);
    const waiting = await Promise.all(
      apps
        .filter((id) => id !== won[0]!.body.id)
        .map((id) => t.req('GET', `/api/v1/parking/applications/${id}`, { token: lot.clerk })),
    );
    expect(waiting.every((w) => w.body.status === 'waiting')).toBe(true);
    expect(waiting.map((w) => w.body.waitingPosition).sort((a, b) => a - b)).toEqual(Array.from({ length: 19 }, (_, i) => i + 1));
  });

  it('R-PRK-07 a fixed (VIP) space: ID card and licences → approval → the space chosen with the service agreement → pay → card and plate → tested → handed over, each step recorded and none skipped', async () => {
    t.clock.set(MON);
    const lot = await parkingLot(t, '717', { spaces: { rental: 1, vip: 2 } });
    const owner = await t.ownerToken(lot.phones[0]!);
    const docs = ['id_card', 'vehicle_licence', 'driving_licence'];
    // the VIP list: no insurance or purchase contract asked
    expect((await apply(t, owner, { roomId: lot.rooms[0]!, plate: '粤B71701', kind: 'vip' }, ['insurance'])).status).toBe(400);
    const a = (await apply(t, owner, { roomId: lot.rooms[0]!, plate: '粤B71701', kind: 'vip' }, docs)).body;
    expect(a.docs.map((d: { doc: string }) => d.doc)).toEqual(['id_card', 'vehicle_licence', 'driving_licence']);
    expect((await act(lot.clerk, a.id, 'contract')).status).toBe(409); // not before the check and approval
    await act(lot.clerk, a.id, 'check', ALL_CHECKED(docs));
    expect((await act(lot.clerk, a.id, 'contract')).status).toBe(409); // not before the approval
    expect((await act(lot.clerk, a.id, 'approve')).status).toBe(403);
    const ap = await act(lot.manager, a.id, 'approve');
    expect(ap.body.status).toBe('approved');
    expect((await act(lot.clerk, a.id, 'contract')).status).toBe(400); // the owner chooses a space
    expect((await act(lot.clerk, a.id, 'contract', { spaceId: lot.spaces.rental![0]!.id })).status).toBe(400); // not a fixed space
    const vip = lot.spaces.vip![1]!;
    const c = await act(lot.clerk, a.id, 'contract', { spaceId: vip.id });
    expect(c.body).toMatchObject({ status: 'awaiting_payment', spaceNo: vip.no, rentFen: 60000 });
    expect((await act(lot.clerk, a.id, 'make_card')).status).toBe(409); // not before payment
    await payAtDesk(lot.clerk, c.body.periods[0].billId, 60000);
    expect((await t.req('GET', `/api/v1/parking/applications/${a.id}`, { token: lot.clerk })).body.status).toBe('paid');
    const card = await act(lot.clerk, a.id, 'make_card');
    expect(card.body).toMatchObject({ status: 'card_made', cardNo: `K717${String(a.id).padStart(7, '0')}` });
    expect((await act(lot.clerk, a.id, 'hand_over')).status).toBe(409); // not before the test
    expect((await act(lot.clerk, a.id, 'test', { note: '道闸识别正常' })).body.status).toBe('tested');
    const done = await act(lot.clerk, a.id, 'hand_over');
    expect(done.body.status).toBe('active');
    expect(done.body.timeline.map((e: { action: string }) => e.action)).toEqual([
      'apply',
      'check',
      'approve',
      'contract',
      'paid',
      'make_card',
      'test',
      'hand_over',
    ]);
    const space = await t.req('GET', `/api/v1/parking/spaces?projectId=${lot.projectId}&keyword=${vip.no}`, { token: lot.clerk });
    expect(space.body.items[0]).toMatchObject({ state: 'fixed', plate: '粤B71701' });
  });

  it('R-PRK-03 renewal: the owner renews for the next term and pays; an unpaid expiry ends the rental after the grace days and the space goes to the next in line', async () => {
    t.clock.set(MON);
    const lot = await parkingLot(t, '718', { owners: 3, spaces: { rental: 2 } });
    const owners: string[] = [];
    for (const ph of lot.phones) owners.push(await t.ownerToken(ph));
    t.clock.set(MON);
    const rent = async (i: number) => {
      const a = (await apply(t, owners[i]!, { roomId: lot.rooms[i]!, plate: `粤B7180${i + 1}` })).body;
      await act(lot.clerk, a.id, 'check', ALL_CHECKED());
      const c = await act(lot.clerk, a.id, 'contract');
      if (c.body.status === 'waiting') return a.id as number;
      const ap = await act(lot.manager, a.id, 'approve');
      await payAtDesk(lot.clerk, ap.body.periods[0].billId, 30000);
      return a.id as number;
    };
    const [a, b, waiting] = [await rent(0), await rent(1), await rent(2)];
    // renewing twice makes one bill
    const r1 = await t.req('POST', `/api/v1/me/parking/applications/${a}/renew`, { token: owners[0] });
    expect(r1.status, JSON.stringify(r1.body)).toBe(200);
    const r2 = await t.req('POST', `/api/v1/me/parking/applications/${a}/renew`, { token: owners[0] });
    expect(r2.body.periods).toHaveLength(2);
    expect(r2.body.periods[1]).toMatchObject({
      seq: 2,
      startOn: '2026-12-23',
      endOn: '2027-01-22',
      amountFen: 30000,
      billStatus: 'unpaid',
    });
    // another owner cannot renew it; a waiting application cannot be renewed
    expect((await t.req('POST', `/api/v1/me/parking/applications/${a}/renew`, { token: owners[1] })).status).toBe(404);
    expect((await t.req('POST', `/api/v1/me/parking/applications/${waiting}/renew`, { token: owners[2] })).status).toBe(409);
    await payAtDesk(lot.clerk, r2.body.periods[1].billId, 30000);
    const renewed = await t.req('GET', `/api/v1/me/parking/applications/${a}`, { token: owners[0] });
    expect(renewed.body.endOn).toBe('2027-01-22');

    // b never renews: the day after its end plus the 7 grace days it ends and its space is offered to the waiting one
    const jobs = t.app.get(Jobs);
    t.clock.set('2026-12-28T16:00:00.000Z'); // 2026-12-29 00:00 in Shanghai: the 7th day after 12-22, still in grace
    await jobs.runOnce();
    // a month on, everyone signs in again
    lot.clerk = await t.staffToken('kefu718', STAFF_PASSWORD);
    owners[1] = await t.ownerToken(lot.phones[1]!);
    expect((await t.req('GET', `/api/v1/parking/applications/${b}`, { token: lot.clerk })).body.status).toBe('active');
    t.clock.set('2026-12-29T16:00:00.000Z'); // 12-30: the eighth day
    await jobs.runOnce();
    const ended = await t.req('GET', `/api/v1/me/parking/applications/${b}`, { token: owners[1] });
    expect(ended.body.status).toBe('ended');
    expect(ended.body.timeline.at(-1).note).toContain('车位已收回');
    const next = await t.req('GET', `/api/v1/parking/applications/${waiting}`, { token: lot.clerk });
    expect(next.body).toMatchObject({ status: 'offered', spaceNo: ended.body.spaceNo });
    // the renewed one stays
    expect((await t.req('GET', `/api/v1/parking/applications/${a}`, { token: lot.clerk })).body.status).toBe('active');
    const ledger = await t.req('GET', `/api/v1/parking/ledger?projectId=${lot.projectId}&status=ended`, { token: lot.clerk });
    expect(ledger.body.items.map((x: { applicationId: number }) => x.applicationId)).toEqual([b]);
  });
});
