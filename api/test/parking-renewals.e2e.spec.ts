/**
 * Parking after the card: renewal reminders 15 and 3 days before the end (SMS through the outbox),
 * renewals left unpaid at expiry (their bill voided), and the car-park gate system's list of valid
 * plates with its change feed. Clock pinned.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Jobs } from '../src/infra/jobs.js';
import { count, startTestApp, testDatabases, type TestApp } from './harness.js';
import { ALL_CHECKED, STAFF_PASSWORD, apply, parkingLot, type Lot } from './parking-fixtures.js';

/** Monday 2026-11-23 10:00 in Shanghai. */
const MON = '2026-11-23T02:00:00.000Z';

describe.each(testDatabases())('parking renewals and the gate system (%s)', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
  });
  afterAll(async () => t?.close());

  const act = (token: string, id: number, action: string, body: Record<string, unknown> = {}) =>
    t.req('POST', `/api/v1/parking/applications/${id}/actions/${action}`, { token, body });
  const payAtDesk = (token: string, billId: number, amountFen: number) =>
    t.req('POST', `/api/v1/bills/${billId}/desk-payments`, { token, body: { method: 'cash', amountFen } });
  /** An owner of the lot rents a monthly space and pays at the desk: the application's id. */
  const rent = async (lot: Lot, owner: string, i: number, plate: string) => {
    const a = (await apply(t, owner, { roomId: lot.rooms[i]!, plate })).body;
    expect((await act(lot.clerk, a.id, 'check', ALL_CHECKED())).status).toBe(200);
    expect((await act(lot.clerk, a.id, 'contract')).body.status).toBe('pending_approval');
    const ap = await act(lot.manager, a.id, 'approve');
    expect(ap.status, JSON.stringify(ap.body)).toBe(200);
    expect((await payAtDesk(lot.clerk, ap.body.periods[0].billId, 30000)).status).toBe(201);
    return a.id as number;
  };
  const billStatus = async (billId: number) =>
    ((await t.ds.query(`SELECT status FROM bill WHERE id = ?`, [billId])) as { status: string }[])[0]!.status;

  it('R-PRK-03 renewal reminders: the owner gets an SMS 15 and 3 days before the last day, once each, and reads it on the application; none on other days, and none for a rental renewed and paid', async () => {
    t.clock.set(MON);
    const lot = await parkingLot(t, '734', { owners: 2, spaces: { rental: 2 } });
    const owners = [await t.ownerToken(lot.phones[0]!), await t.ownerToken(lot.phones[1]!)];
    t.clock.set(MON);
    const a = await rent(lot, owners[0]!, 0, '粤B73401'); // 2026-11-23 … 2026-12-22
    const b = await rent(lot, owners[1]!, 1, '粤B73402');
    // b renews at once and pays: its last day is 2027-01-22
    const rb = await t.req('POST', `/api/v1/me/parking/applications/${b}/renew`, { token: owners[1] });
    expect((await payAtDesk(lot.clerk, rb.body.periods[1].billId, 30000)).status).toBe(201);

    const jobs = t.app.get(Jobs);
    const texts = (phone: string) =>
      t.sms.sent.filter((m) => m.phone === phone && m.template === 'parking_expiry').map((m) => m.text);
    const day = async (iso: string) => {
      t.clock.set(iso);
      await jobs.runOnce();
    };
    // 12-06 in Shanghai: 16 days left — nothing yet
    await day('2026-12-05T16:30:00.000Z');
    expect(texts(lot.phones[0]!)).toEqual([]);
    // 12-07: 15 days left — one SMS, and the job running again sends nothing more
    await day('2026-12-06T16:30:00.000Z');
    await day('2026-12-06T20:00:00.000Z');
    expect(texts(lot.phones[0]!)).toEqual(['您租用的车位B1-001将于2026-12-22到期（还有15天），请在小程序“停车服务”中续租。']);
    // the desk's ledger, expiring within 15 days: a, not b (renewed to 2027-01-22)
    const desk = await t.staffToken('kefu734', STAFF_PASSWORD);
    const soon = await t.req('GET', `/api/v1/parking/ledger?projectId=${lot.projectId}&expiringWithin=15`, { token: desk });
    expect(soon.body.items.map((x: { plate: string }) => x.plate)).toEqual(['粤B73401']);
    const later = await t.req('GET', `/api/v1/parking/ledger?projectId=${lot.projectId}&expiringWithin=14`, { token: desk });
    expect(later.body.items).toEqual([]);
    expect(
      (await t.req('GET', `/api/v1/parking/ledger?projectId=${lot.projectId}&expiringWithin=0`, { token: desk })).status,
    ).toBe(400);
    // 12-10 and 12-18: between the stages — nothing new
    await day('2026-12-09T16:30:00.000Z');
    await day('2026-12-17T16:30:00.000Z');
    expect(texts(lot.phones[0]!)).toHaveLength(1);
    // 12-19: 3 days left
    await day('2026-12-18T16:30:00.000Z');
    await day('2026-12-19T02:00:00.000Z');
    expect(texts(lot.phones[0]!)).toEqual([
      '您租用的车位B1-001将于2026-12-22到期（还有15天），请在小程序“停车服务”中续租。',
      '您租用的车位B1-001将于2026-12-22到期（还有3天），请在小程序“停车服务”中续租。',
    ]);
    // b, renewed and paid to 2027-01-22, got nothing
    expect(texts(lot.phones[1]!)).toEqual([]);
    // the owner reads the reminders on the application, in owner words
    const mine = await t.req('GET', `/api/v1/me/parking/applications/${a}`, { token: await t.ownerToken(lot.phones[0]!) });
    const reminders = mine.body.timeline.filter((e: { action: string }) => e.action === 'remind');
    expect(reminders.map((e: { label: string; note: string }) => [e.label, e.note])).toEqual([
      ['到期提醒', '您的车位 B1-001 将于 2026-12-22 到期（还有 15 天），请及时续租'],
      ['到期提醒', '您的车位 B1-001 将于 2026-12-22 到期（还有 3 天），请及时续租'],
    ]);
    expect(await count(t, 'outbox', "dedupe_key LIKE 'parking-expiry:%'")).toBeGreaterThanOrEqual(2);
  });

  it('R-PRK-03 a renewal bill still unpaid when the rental ends after its grace days is voided with it; the paid first term stays paid, and a renewal still in grace is not voided', async () => {
    t.clock.set(MON);
    const lot = await parkingLot(t, '731', { owners: 2, spaces: { rental: 2 } });
    const owners = [await t.ownerToken(lot.phones[0]!), await t.ownerToken(lot.phones[1]!)];
    t.clock.set(MON);
    const a = await rent(lot, owners[0]!, 0, '粤B73101');
    const b = await rent(lot, owners[1]!, 1, '粤B73102');
    // both ask to renew; neither pays
    const ra = await t.req('POST', `/api/v1/me/parking/applications/${a}/renew`, { token: owners[0] });
    const rb = await t.req('POST', `/api/v1/me/parking/applications/${b}/renew`, { token: owners[1] });
    expect(ra.body.periods[1]).toMatchObject({ seq: 2, startOn: '2026-12-23', billStatus: 'unpaid' });
    const [firstA, renewA, renewB] = [ra.body.periods[0].billId, ra.body.periods[1].billId, rb.body.periods[1].billId];
    expect(await billStatus(renewA)).toBe('unpaid');

    const jobs = t.app.get(Jobs);
    // 2026-12-29 in Shanghai: the 7th grace day after the term ended on 12-22 — both still active, bills unpaid
    t.clock.set('2026-12-28T16:00:00.000Z');
    await jobs.runOnce();
    expect(await billStatus(renewA)).toBe('unpaid');
    expect(await billStatus(renewB)).toBe('unpaid');

    // b pays its renewal on the last day of grace: it goes on
    const clerk = await t.staffToken('kefu731', STAFF_PASSWORD);
    expect((await payAtDesk(clerk, renewB, 30000)).status).toBe(201);

    // 12-30: a ends, its unpaid renewal is voided and the owner no longer owes it
    t.clock.set('2026-12-29T16:00:00.000Z');
    await jobs.runOnce();
    const ownerA = await t.ownerToken(lot.phones[0]!);
    const ended = await t.req('GET', `/api/v1/me/parking/applications/${a}`, { token: ownerA });
    expect(ended.body.status).toBe('ended');
    expect(ended.body.periods.map((p: { billStatus: string | null }) => p.billStatus)).toEqual(['paid', null]);
    expect(await billStatus(renewA)).toBe('void');
    expect(await billStatus(firstA)).toBe('paid');
    const staffView = await t.req('GET', `/api/v1/parking/applications/${a}`, { token: clerk });
    expect(staffView.body.timeline.at(-1).note).toContain('未缴的续租账单（2026-12-23至2027-01-22）已作废');
    const mine = await t.req('GET', '/api/v1/me/bills', { token: ownerA });
    expect(mine.body.items.some((x: { id: number }) => x.id === renewA)).toBe(false);
    // the voided bill cannot be paid at the desk any more, and paying writes nothing
    const payments = await count(t, 'payment');
    const late = await payAtDesk(clerk, renewA, 30000);
    expect(late.status).toBeGreaterThanOrEqual(400);
    expect(late.status).toBeLessThan(500);
    expect(await count(t, 'payment')).toBe(payments);

    // b, renewed and paid, is untouched
    const ownerB = await t.ownerToken(lot.phones[1]!);
    const kept = await t.req('GET', `/api/v1/me/parking/applications/${b}`, { token: ownerB });
    expect(kept.body).toMatchObject({ status: 'active', endOn: '2027-01-22' });
    expect(await billStatus(renewB)).toBe('paid');
  });

  it('the gate system reads the valid plates as JSON and CSV and, since a time, what changed — an ended rental’s plate with valid false; other projects and bad times are refused', async () => {
    t.clock.set(MON);
    const lot = await parkingLot(t, '732', { owners: 2, spaces: { rental: 2 } });
    const owners = [await t.ownerToken(lot.phones[0]!), await t.ownerToken(lot.phones[1]!)];
    t.clock.set(MON);
    const a = await rent(lot, owners[0]!, 0, '粤B73201');
    // an application not yet paid is not on the gate's list
    const pending = (await apply(t, owners[1]!, { roomId: lot.rooms[1]!, plate: '粤B73202' })).body;
    await act(lot.clerk, pending.id, 'check', ALL_CHECKED());
    t.clock.set('2026-11-23T03:00:00.000Z'); // the gate asks an hour later

    const gate = (q: string) =>
      t.req('GET', `/api/v1/parking/gate-plates?projectId=${lot.projectId}${q}`, { token: lot.manager });
    const all = await gate('');
    expect(all.status, JSON.stringify(all.body)).toBe(200);
    expect(all.body.since).toBeNull();
    expect(all.body.items).toEqual([
      expect.objectContaining({
        plate: '粤B73201',
        spaceNo: 'B1-001',
        areaName: '地下一层',
        validFrom: '2026-11-23',
        validTo: '2026-12-22',
        graceUntil: '2026-12-29',
        valid: true,
      }),
    ]);
    const csv = await t.req('GET', `/api/v1/parking/gate-plates/csv?projectId=${lot.projectId}`, { token: lot.manager });
    expect(csv.status).toBe(200);
    expect(String(csv.headers['content-type'])).toContain('text/csv');
    const text = String(csv.body);
    expect(text.startsWith('\uFEFF车牌,车位,区域,停车卡,生效日期,到期日期,宽限至,可通行,更新时间\r\n')).toBe(true);
    expect(text).toContain('粤B73201,B1-001,地下一层,K732');
    expect(text).toContain(',2026-11-23,2026-12-22,2026-12-29,是,');

    // nothing changed since the last export: an empty feed
    const since = all.body.generatedAt as string;
    t.clock.set('2026-11-24T02:00:00.000Z');
    const quiet = await gate(`&since=${encodeURIComponent(since)}`);
    expect(quiet.body.items).toEqual([]);

    // the rental ends (unpaid past the grace days): the feed since then carries its plate, no longer valid
    const jobs = t.app.get(Jobs);
    t.clock.set('2026-12-29T16:00:00.000Z');
    await jobs.runOnce();
    const manager = await t.staffToken('jingli732', STAFF_PASSWORD);
    const feed = await t.req('GET', `/api/v1/parking/gate-plates?projectId=${lot.projectId}&since=${encodeURIComponent(since)}`, {
      token: manager,
    });
    expect(feed.body.items).toEqual([expect.objectContaining({ plate: '粤B73201', valid: false })]);
    expect((await t.req('GET', `/api/v1/parking/applications/${a}`, { token: manager })).body.status).toBe('ended');
    // and the full list has no plate left
    const now = await t.req('GET', `/api/v1/parking/gate-plates?projectId=${lot.projectId}`, { token: manager });
    expect(now.body.items).toEqual([]);

    // a time in the future, a malformed time, another project's staff: refused
    const future = await t.req('GET', `/api/v1/parking/gate-plates?projectId=${lot.projectId}&since=2030-01-01T00:00:00Z`, {
      token: manager,
    });
    expect(future.status).toBe(400);
    expect(future.body.message).toContain('起始时间不能晚于现在');
    const bad = await t.req('GET', `/api/v1/parking/gate-plates?projectId=${lot.projectId}&since=yesterday`, { token: manager });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/[\u4e00-\u9fff]/);
    const other = await parkingLot(t, '733', { owners: 1, spaces: { rental: 1 } });
    const foreign = await t.req('GET', `/api/v1/parking/gate-plates?projectId=${lot.projectId}`, { token: other.manager });
    expect([403, 404]).toContain(foreign.status);
    // the clerk's desk permission is not the gate's
    const clerk = await t.staffToken('kefu732', STAFF_PASSWORD);
    expect((await t.req('GET', `/api/v1/parking/gate-plates?projectId=${lot.projectId}`, { token: clerk })).status).toBe(403);
  });
});
