// The plain SQL of the hot paths (database/rows.ts, common/daily-code.ts) on each database: rows
// written and read back are what TypeORM writes and reads (dates to the millisecond SQLite keeps,
// booleans, bigints, simple-json, nulls, defaults), the ids of a multi-row insert are the rows'
// own, and a day counter this instance opened before is opened again when its row has gone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextDailyCode, openDailyCounter, transactionTakingCode } from '../src/common/daily-code.js';
import { insertRow, insertRows, selectRows } from '../src/database/rows.js';
import { Building, Room } from '../src/modules/org/entities.js';
import { Person } from '../src/modules/people/entities.js';
import { PeopleRepository } from '../src/modules/people/people.repository.js';
import { SlaClock, SlaExtension } from '../src/modules/sla/entities.js';
import { Staff } from '../src/modules/staff/entities.js';
import { StaffRepository } from '../src/modules/staff/staff.repository.js';
import { SlaRepository } from '../src/modules/sla/sla.repository.js';
import { RepairCategory, RequestEvent, ServiceRequest } from '../src/modules/service-requests/entities.js';
import { ServiceRequestRepository } from '../src/modules/service-requests/sr.repository.js';
import { startTestApp, testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('hot-path SQL (%s)', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db, { seed: false });
  });
  afterAll(async () => t?.close());

  it('a row written with plain SQL reads back as TypeORM reads it, and as what was written', async () => {
    const at = new Date('2026-11-23T02:03:04Z');
    const row = {
      projectId: 7,
      code: `HP${db}1`,
      type: 'repair',
      channel: 'phone',
      roomId: null,
      location: '一号楼大堂',
      requesterPersonId: null,
      requesterStaffId: 3,
      requesterName: '张伟',
      requesterPhoneEnc: null,
      categoryId: 9,
      scope: 'public',
      chargeKind: 'paid',
      urgency: 'normal',
      description: '灯不亮',
      status: 'received',
      receivedAt: at,
      enteredAt: at,
      promisedAt: null,
      feeFen: 123456789012,
      materials: [{ name: '灯泡', quantity: 2, unit: '个' }],
      photoIds: [5, 6],
      isImportant: true,
      cycle: 0,
      version: 0,
      updatedAt: at,
    } satisfies Partial<ServiceRequest>;
    const id = await insertRow(t.ds.manager, ServiceRequest, row);
    const [plain] = await selectRows(t.ds.manager, ServiceRequest, 'id = ?', [id]);
    const orm = await t.ds.getRepository(ServiceRequest).findOneByOrFail({ id });
    expect(plain).toEqual(orm);
    expect(plain).toBeInstanceOf(ServiceRequest);
    expect(plain).toMatchObject({ ...row, id, feeFen: orm.feeFen, isImportant: true, inPool: false, orderReturnedAt: null });
    expect(Number(plain!.feeFen)).toBe(123456789012);
    expect(plain!.receivedAt.toISOString()).toBe('2026-11-23T02:03:04.000Z');
    // a column left out takes its default (in_pool false), not a NULL
    expect(plain!.inPool).toBe(false);
  });

  it('a multi-row insert answers each row’s own id, in order', async () => {
    const at = new Date('2026-11-23T02:00:00Z');
    const clock = (kind: string) => ({
      requestId: 4242,
      projectId: 7,
      kind,
      cycle: 0,
      startedAt: at,
      dueAt: new Date(at.getTime() + 3600_000),
      metAt: kind === 'entry' ? at : null,
    });
    const ids = await insertRows(t.ds.manager, SlaClock, [clock('entry'), clock('dispatch'), clock('resolve')]);
    expect(ids).toHaveLength(3);
    const back = await selectRows(t.ds.manager, SlaClock, 'request_id = ? ORDER BY id ASC', [4242]);
    expect(back.map((c) => [c.id, c.kind])).toEqual([
      [ids[0], 'entry'],
      [ids[1], 'dispatch'],
      [ids[2], 'resolve'],
    ]);
    expect(back[0]!.metAt?.toISOString()).toBe('2026-11-23T02:00:00.000Z');
    expect(back[1]!.metAt).toBeNull();
  });

  it('a day counter whose row went away after this instance opened it is opened again, not failed', async () => {
    const prefix = `HP${db.slice(0, 2)}261123`;
    await openDailyCounter(t.ds, prefix);
    expect(await transactionTakingCode(t.ds, prefix, (em) => nextDailyCode(em, prefix))).toBe(`${prefix}0001`);
    await t.ds.query('DELETE FROM daily_counter WHERE prefix = ?', [prefix]);
    // the instance still believes the row is there: the code's transaction finds none, opens it and runs again
    expect(await transactionTakingCode(t.ds, prefix, (em) => nextDailyCode(em, prefix))).toBe(`${prefix}0001`);
    expect(await transactionTakingCode(t.ds, prefix, (em) => nextDailyCode(em, prefix))).toBe(`${prefix}0002`);
    const [row] = await t.ds.query('SELECT last_serial AS n FROM daily_counter WHERE prefix = ?', [prefix]);
    expect(Number(row.n)).toBe(2);
  });

  it('a code taken in a transaction that rolls back is given back', async () => {
    const prefix = `HQ${db.slice(0, 2)}261123`;
    await expect(
      transactionTakingCode(t.ds, prefix, async (em) => {
        await nextDailyCode(em, prefix);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await transactionTakingCode(t.ds, prefix, (em) => nextDailyCode(em, prefix))).toBe(`${prefix}0001`);
  });

  it('R-REP-04 R-REP-13 a clock kept in one statement: on time stays unbroken, late is marked broken, an approved extension counts, a second keep finds none; two kept together are each judged by their own due time', async () => {
    const sla = t.app.get(SlaRepository);
    const at = new Date('2026-11-23T02:00:00Z');
    const hour = 3600_000;
    const base = { projectId: 7, cycle: 0, startedAt: at, dueAt: new Date(at.getTime() + hour) };
    await insertRows(t.ds.manager, SlaClock, [
      { ...base, requestId: 5001, kind: 'dispatch' },
      { ...base, requestId: 5002, kind: 'dispatch' },
      { ...base, requestId: 5003, kind: 'dispatch', extendedUntil: new Date(at.getTime() + 3 * hour) },
    ]);
    const late = new Date(at.getTime() + 2 * hour);
    const keep = (requestId: number, when: Date) => t.ds.transaction((em) => sla.meetClock(em, requestId, 'dispatch', 0, when));
    expect(await keep(5001, new Date(at.getTime() + hour))).toBe(true); // at the due time: kept
    expect(await keep(5002, late)).toBe(true); // after it: broken
    expect(await keep(5003, late)).toBe(true); // after it, but within the approved extension: kept
    expect(await keep(5001, late)).toBe(false); // nothing running any more
    const [c1, c2, c3] = await Promise.all([5001, 5002, 5003].map((id) => sla.clock(t.ds.manager, id, 'dispatch', 0)));
    expect(c1!.metAt!.toISOString()).toBe('2026-11-23T03:00:00.000Z');
    expect(c1!.breachedAt).toBeNull();
    expect(c2!.breachedAt!.toISOString()).toBe(late.toISOString());
    expect(c3!.breachedAt).toBeNull();

    // two promises kept in one statement (a finish): each judged by its own due time; only running ones count
    await insertRows(t.ds.manager, SlaClock, [
      { ...base, requestId: 5004, kind: 'resolve', dueAt: new Date(at.getTime() + 3 * hour) },
      { ...base, requestId: 5004, kind: 'completion_entry' },
      { ...base, requestId: 5004, kind: 'callback' },
    ]);
    const both = () => t.ds.transaction((em) => sla.meetClocks(em, 5004, ['resolve', 'completion_entry'], 0, late));
    expect(await both()).toBe(2);
    expect(await both()).toBe(0);
    const [resolve, entry, callback] = await Promise.all(
      ['resolve', 'completion_entry', 'callback'].map((k) => sla.clock(t.ds.manager, 5004, k, 0)),
    );
    expect(resolve!.metAt!.toISOString()).toBe(late.toISOString());
    expect(resolve!.breachedAt).toBeNull();
    expect(entry!.breachedAt!.toISOString()).toBe(late.toISOString());
    expect(callback!.metAt).toBeNull();
  });

  it('a request with its category, and clocks with their latest extension, read in one query each, equal the separate reads', async () => {
    const sr = t.app.get(ServiceRequestRepository);
    const sla = t.app.get(SlaRepository);
    const at = new Date('2026-11-23T02:00:00Z');
    const catId = await insertRow(t.ds.manager, RepairCategory, {
      projectId: 7,
      code: `HP-${db}`,
      name: '灯具',
      scope: 'public',
      paid: false,
      priceFen: null,
      sort: 1,
      active: true,
      rota: [3, 4],
    });
    const id = await insertRow(t.ds.manager, ServiceRequest, {
      projectId: 7,
      code: `HP${db}2`,
      type: 'repair',
      channel: 'phone',
      location: '大堂',
      requesterName: '李娜',
      categoryId: catId,
      scope: 'public',
      chargeKind: 'free',
      urgency: 'normal',
      description: '灯不亮',
      status: 'received',
      receivedAt: at,
      enteredAt: at,
      updatedAt: at,
    });
    const both = await sr.detailRow(id);
    expect(both!.r).toEqual(await sr.request(id));
    expect(both!.category).toEqual(await sr.category(catId));
    expect(both!.category!.rota).toEqual([3, 4]);
    expect(await sr.detailRow(id + 1000)).toBeNull();

    const [c1, c2] = await insertRows(t.ds.manager, SlaClock, [
      { requestId: id, projectId: 7, kind: 'dispatch', cycle: 0, startedAt: at, dueAt: at },
      { requestId: id, projectId: 7, kind: 'resolve', cycle: 0, startedAt: at, dueAt: at },
    ]);
    const ext = (clockId: number, reason: string) => ({
      projectId: 7,
      requestId: id,
      clockId,
      until: at,
      reason,
      status: 'pending',
      requestedBy: 3,
      requestedAt: at,
    });
    await insertRows(t.ds.manager, SlaExtension, [ext(c1!, '第一次'), ext(c1!, '第二次')]);
    const joined = await sla.clocksWithExtensions(id);
    expect(joined.clocks).toEqual(await sla.clocks(id));
    expect(joined.extensions).toEqual(await sla.latestExtensionsOfRequest(id));
    expect(joined.extensions.get(c1!)!.reason).toBe('第二次');
    expect(joined.extensions.has(c2!)).toBe(false);

    // a detail's timeline and clocks in one statement (UNION ALL, each side's columns NULL in the other's
    // rows) read exactly what the separate reads do: dates, simple-json and nulls alike
    const event = (action: string, k: number) => ({
      requestId: id,
      projectId: 7,
      at: new Date(at.getTime() + k * 1234),
      actorKind: 'staff',
      actorId: 3,
      actorName: '王芳',
      action,
      fromStatus: k ? 'received' : null,
      toStatus: 'dispatched',
      note: k ? '派给孙师傅' : null,
      data: k ? { materials: [{ name: '阀芯', quantity: 1 }], feeFen: 3000 } : null,
      photoIds: k ? [5, 6] : null,
      audience: 'owner',
      ownerNote: null,
    });
    await insertRows(t.ds.manager, RequestEvent, [event('intake', 0), event('dispatch', 1)]);
    const [events, staffSide] = await sr.eventsWith(id, sla.clocksPart(id, true));
    expect(events).toEqual(await sr.events(id));
    expect(events.map((e) => e.action)).toEqual(['intake', 'dispatch']);
    expect(events[1]!.data).toEqual({ materials: [{ name: '阀芯', quantity: 1 }], feeFen: 3000 });
    expect(staffSide).toEqual(joined);
    const [, ownerSide] = await sr.eventsWith(id, sla.clocksPart(id, false));
    expect(ownerSide).toEqual({ clocks: joined.clocks, extensions: new Map() });
    // a request with no clocks yet, and one with nothing at all
    const [alone, none] = await sr.eventsWith(id, sla.clocksPart(id + 1000, true));
    expect(alone).toEqual(events);
    expect(none).toEqual({ clocks: [], extensions: new Map() });
    expect(await sr.eventsWith(id + 1000, sla.clocksPart(id + 1000, false))).toEqual([[], { clocks: [], extensions: new Map() }]);
  });

  it('a request’s detail row (request, category, room label parts, key customer, staff names) equals the separate reads', async () => {
    const m = t.ds.manager;
    const at = new Date('2026-11-23T02:00:00Z');
    const buildingId = await insertRow(m, Building, { projectId: 7, clusterId: 1, code: 'HP', name: 'A座' });
    const roomId = await insertRow(m, Room, {
      projectId: 7,
      buildingId,
      propertyCode: `HP${db.slice(0, 2)}1201`,
      roomNo: '1201',
      unit: '2单元',
      area: 8800,
      use: 'residential',
      createdAt: at,
    });
    const personId = await insertRow(m, Person, { name: '陈静', isKeyCustomer: true, createdAt: at, updatedAt: at });
    const staff = (name: string) =>
      insertRow(m, Staff, { username: `hp-${db}-${name}`, name, passwordHash: 'x', roles: ['technician'], createdAt: at });
    const [techId, deskId] = [await staff('孙师傅'), await staff('王芳')];
    const sr = t.app.get(ServiceRequestRepository);
    const base = {
      projectId: 7,
      type: 'repair',
      channel: 'phone',
      requesterName: '陈静',
      categoryId: 999_999,
      scope: 'in_home',
      chargeKind: 'paid',
      urgency: 'normal',
      description: '水龙头漏水',
      status: 'dispatched',
      receivedAt: at,
      enteredAt: at,
      updatedAt: at,
    };
    const id = await insertRow(m, ServiceRequest, {
      ...base,
      code: `HP${db}3`,
      roomId,
      requesterPersonId: personId,
      assigneeStaffId: techId,
      ownerStaffId: deskId,
    });
    const row = (await sr.detailRow(id))!;
    expect(row.r).toEqual(await sr.request(id));
    expect(row.category).toBeNull(); // a category that is gone reads as none, as category() does
    const labels = await t.app.get(PeopleRepository).roomLabels([roomId]);
    expect(labels.get(roomId)!.label).toBe('A座 2单元 1201');
    expect(row.room).toEqual({ buildingName: 'A座', unit: '2单元', roomNo: '1201' });
    expect(row.keyCustomer).toBe(true);
    const names = new Map((await t.app.get(StaffRepository).byIds([techId, deskId])).map((s) => [s.id, s.name]));
    expect(row.staffNames).toEqual(names);
    // a public request of nobody in particular: no room, no key customer, no staff
    const bare = await insertRow(m, ServiceRequest, { ...base, code: `HP${db}4`, location: '大堂', status: 'received' });
    const none = (await sr.detailRow(bare))!;
    expect([none.room, none.keyCustomer, none.staffNames.size]).toEqual([null, false, 0]);
    expect(await sr.detailRow(bare + 1000)).toBeNull();
  });
});
