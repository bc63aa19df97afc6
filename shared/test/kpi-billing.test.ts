import { describe, expect, it } from 'vitest';
import {
  allowedRepairActions,
  dailyCode,
  DEFAULT_REPAIR_SLA,
  dueAt,
  formatLocal,
  localDayStart,
  localMonthRange,
  nextRepairStatus,
  ratePct,
  receiptCodePrefix,
  repairKpis,
  roundRobinPick,
  zoneOffsetMinutes,
} from '../src/index.js';

const cal = { timeZone: 'Asia/Shanghai', holidays: [] };

describe('dispatch and work-order return', () => {
  it('R-REP-04 round-robin per category: the rota takes turns and skips a technician no longer available', () => {
    const rota = [11, 12, 13];
    expect([0, 1, 2, 3, 4].map((c) => roundRobinPick(rota, rota, c))).toEqual([11, 12, 13, 11, 12]);
    // 12 left the project: the turn passes between 11 and 13 only
    expect([0, 1, 2, 3].map((c) => roundRobinPick(rota, [11, 13], c))).toEqual([11, 13, 11, 13]);
    expect(roundRobinPick(rota, [], 5)).toBeNull();
    expect(roundRobinPick([], [11], 0)).toBeNull();
  });

  it('R-REP-05 the work order is handed in after the work starts, without changing the status', () => {
    for (const s of ['arrived', 'paused', 'finished', 'confirmed', 'closed'] as const)
      expect(nextRepairStatus(s, 'hand_in')).toBe(s);
    for (const s of ['received', 'dispatched', 'accepted', 'cancelled'] as const)
      expect(nextRepairStatus(s, 'hand_in')).toBeNull();
    expect(allowedRepairActions('finished', 'technician')).toContain('hand_in');
    expect(allowedRepairActions('finished', 'requester')).not.toContain('hand_in');
  });

  it('R-REP-05 completion details are due 2 hours after the work order is handed in', () => {
    const t = new Date('2026-11-27T09:30:00Z');
    expect(dueAt(t, DEFAULT_REPAIR_SLA.completionEntry, cal).toISOString()).toBe('2026-11-27T11:30:00.000Z');
  });
});

describe('KPIs', () => {
  it('R-REP-12 the repair timeliness target (100%) is met only when every repair was on time', () => {
    const base = {
      received: 10,
      callbacksDue: 0,
      callbacksDone: 0,
      callbacksOnTime: 0,
      contactsDue: 0,
      contactsOnTime: 0,
      rated: 0,
      satisfied: 0,
      satisfactionOwnerRated: 0,
      satisfactionCallbackRated: 0,
      openOverdue: 0,
    };
    const all = repairKpis({ ...base, resolved: 8, resolvedOnTime: 8 });
    expect(all.timelyRate).toBe(100);
    expect(all.timelyTargetMet).toBe(true);
    const one = repairKpis({ ...base, resolved: 10000, resolvedOnTime: 9999 });
    expect(one.timelyRate).toBe(99.9); // rounded down: never shows 100 when one was late
    expect(one.timelyTargetMet).toBe(false);
    expect(repairKpis({ ...base, resolved: 0, resolvedOnTime: 0 }).timelyTargetMet).toBeNull();
  });

  it('R-REP-09 callback and satisfaction rates are plain shares; nothing to measure is null, not 0', () => {
    expect(ratePct(1, 3)).toBe(33.3);
    expect(ratePct(2, 3)).toBe(66.6);
    expect(ratePct(0, 0)).toBeNull();
    expect(() => ratePct(4, 3)).toThrow();
    expect(() => ratePct(1.5, 3)).toThrow();
    const k = repairKpis({
      received: 5,
      resolved: 4,
      resolvedOnTime: 3,
      callbacksDue: 4,
      callbacksDone: 3,
      callbacksOnTime: 2,
      contactsDue: 6,
      contactsOnTime: 5,
      rated: 3,
      satisfied: 2,
      satisfactionOwnerRated: 1,
      satisfactionCallbackRated: 2,
      openOverdue: 1,
    });
    expect([k.timelyRate, k.callbackRate, k.callbackTimelyRate, k.satisfactionRate]).toEqual([75, 75, 66.6, 66.6]);
  });

  it('R-REP-16 the contact rate is the share of contact promises that fell due and were kept; none due is null', () => {
    const base = {
      received: 1,
      resolved: 0,
      resolvedOnTime: 0,
      callbacksDue: 0,
      callbacksDone: 0,
      callbacksOnTime: 0,
      rated: 0,
      satisfied: 0,
      satisfactionOwnerRated: 0,
      satisfactionCallbackRated: 0,
      openOverdue: 0,
    };
    expect(repairKpis({ ...base, contactsDue: 6, contactsOnTime: 5 }).contactTimelyRate).toBe(83.3);
    expect(repairKpis({ ...base, contactsDue: 0, contactsOnTime: 0 }).contactTimelyRate).toBeNull();
    expect(() => repairKpis({ ...base, contactsDue: 2, contactsOnTime: 3 })).toThrow();
  });
});

describe('local days and months', () => {
  it('a local day and month in Shanghai begin at 16:00 UTC the day before', () => {
    expect(zoneOffsetMinutes(new Date('2026-06-01T00:00:00Z'), 'Asia/Shanghai')).toBe(480);
    expect(localDayStart('2026-12-01', 'Asia/Shanghai').toISOString()).toBe('2026-11-30T16:00:00.000Z');
    const m = localMonthRange('2026-12', 'Asia/Shanghai');
    expect([m.start.toISOString(), m.end.toISOString()]).toEqual(['2026-11-30T16:00:00.000Z', '2026-12-31T16:00:00.000Z']);
    expect(() => localMonthRange('2026-13', 'Asia/Shanghai')).toThrow();
  });
  it('times in messages are local: 16:05 UTC is 00:05 the next day in Shanghai', () => {
    expect(formatLocal(new Date('2026-11-30T16:05:00Z'), 'Asia/Shanghai')).toBe('2026-12-01 00:05');
    expect(formatLocal(new Date('2026-07-01T12:00:00Z'), 'Europe/Berlin')).toBe('2026-07-01 14:00');
  });
  it('works in a zone with daylight saving time (the day clocks go forward)', () => {
    expect(localDayStart('2026-03-29', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(localDayStart('2026-03-30', 'Europe/Berlin').toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });
});

describe('codes', () => {
  it('R-FEE-02 receipt numbers: SJ + project + local date + serial of the day', () => {
    expect(dailyCode(receiptCodePrefix('101', '2026-12-01'), 7)).toBe('SJ1012612010007');
    expect(() => dailyCode('SJ', 0)).toThrow();
    expect(() => dailyCode('SJ', 10000)).toThrow();
  });
});
