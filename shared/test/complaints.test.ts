import { describe, expect, it } from 'vitest';
import {
  COMPLAINT_INVITATION,
  COMPLAINT_MACHINE,
  complaintCode,
  complaintCodePrefix,
  complaintEventAudience,
  complaintResolveDue,
  complaintSla,
  DEFAULT_COMPLAINT_SLA,
  dueAt,
  needsAcknowledgment,
  needsSecondCallback,
  parseComplaintCode,
} from '../src/index.js';

const cal = { timeZone: 'Asia/Shanghai', holidays: [] };

describe('complaint rules (pure)', () => {
  it('R-CMP-02 the code is project + importance + category + a 6-digit serial, and parses back', () => {
    expect(complaintCode('101', 'B', 'GC', 123)).toBe('101-B-GC-000123');
    expect(complaintCodePrefix('101', 'A', 'KF')).toBe('101-A-KF');
    expect(parseComplaintCode('101-B-GC-000123')).toEqual({ projectCode: '101', importance: 'B', category: 'GC', serial: 123 });
    // a serial beyond six digits grows, it never wraps round to repeat
    expect(complaintCode('101', 'C', 'QT', 1_234_567)).toBe('101-C-QT-1234567');
    expect(parseComplaintCode('101-D-GC-000123')).toBeNull();
    expect(parseComplaintCode('101-B-XX-000123')).toBeNull();
    expect(() => complaintCode('101', 'B', 'GC', 0)).toThrow();
    expect(() => complaintCode('101', 'B', 'GC', 1.5)).toThrow();
  });

  it('R-CMP-08 R-CMP-09 handling limits: A 10 days, B 3 days, C 2 days or the complainant’s own time', () => {
    const from = new Date('2026-11-23T02:00:00Z');
    const s = DEFAULT_COMPLAINT_SLA;
    const due = (d: { value: number; unit: 'days' | 'hours' | 'minutes' | 'working_days' }) => dueAt(from, d, cal);
    expect(complaintResolveDue('A', from, null, due, s).toISOString()).toBe('2026-12-03T02:00:00.000Z');
    expect(complaintResolveDue('B', from, null, due, s).toISOString()).toBe('2026-11-26T02:00:00.000Z');
    expect(complaintResolveDue('C', from, null, due, s).toISOString()).toBe('2026-11-25T02:00:00.000Z');
    const asked = new Date('2026-11-24T10:00:00Z');
    expect(complaintResolveDue('C', from, asked, due, s)).toEqual(asked);
    // the complainant's own time applies to class C only
    expect(complaintResolveDue('B', from, asked, due, s).toISOString()).toBe('2026-11-26T02:00:00.000Z');
  });

  it('R-CMP-09 durations are per-project settings over the defaults', () => {
    const s = complaintSla({
      resolve: { B: { value: 5, unit: 'working_days' } } as never,
      forward: { value: 30, unit: 'minutes' },
    });
    expect(s.resolve.B).toEqual({ value: 5, unit: 'working_days' });
    expect(s.resolve.A).toEqual(DEFAULT_COMPLAINT_SLA.resolve.A);
    expect(s.forward).toEqual({ value: 30, unit: 'minutes' });
    expect(complaintSla(null)).toEqual(DEFAULT_COMPLAINT_SLA);
  });

  it('R-CMP-06 only complaints not made face to face need an acknowledgment', () => {
    for (const c of ['letter', 'email', 'website', 'miniapp']) expect(needsAcknowledgment(c)).toBe(true);
    for (const c of ['walk_in', 'phone']) expect(needsAcknowledgment(c)).toBe(false);
  });

  it('R-CMP-12 only class A and B get the second callback', () => {
    expect(needsSecondCallback('A')).toBe(true);
    expect(needsSecondCallback('B')).toBe(true);
    expect(needsSecondCallback('C')).toBe(false);
  });

  it('R-CMP-01 the flow: review opens handling, handling → reply → callback closes; nothing skips a step', () => {
    expect(COMPLAINT_MACHINE.review.from).toEqual(['received']);
    expect(COMPLAINT_MACHINE.handle.from).toEqual(['handling']);
    expect(COMPLAINT_MACHINE.reply.from).toEqual(['handled']);
    expect(COMPLAINT_MACHINE.callback.from).toEqual(['replied']);
    // an invalid complaint is a final state: no action leaves it (R-CMP-16: kept, not deleted)
    for (const m of Object.values(COMPLAINT_MACHINE)) expect(m.from).not.toContain('invalid');
    expect(COMPLAINT_MACHINE.regrade.needsReason).toBe(true);
    expect(COMPLAINT_MACHINE.extend.needsReason).toBe(true);
  });

  it('the grading and staff steps never reach the complainant’s timeline', () => {
    expect(complaintEventAudience('intake')).toBe('owner');
    expect(complaintEventAudience('reply')).toBe('owner');
    for (const a of ['review', 'regrade', 'forward', 'escalate', 'extend', 'second_callback'])
      expect(complaintEventAudience(a)).toBe('staff');
  });
});

describe('what owners are told', () => {
  it('R-CMP-19 the sentence shown on the complaint form, the receipts and the mini-program is the manual’s own', () => {
    expect(COMPLAINT_INVITATION).toBe('您的意见对我们非常重要,不满意或有建议时,请告诉我们,我们乐意改进');
  });
});
