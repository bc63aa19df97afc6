import { describe, expect, it } from 'vitest';
import {
  comingFestival,
  contactDueBy,
  contactPeriod,
  contactState,
  festivalByKey,
  festivalsOf,
  greetableFestivals,
  localDate,
  quarterRange,
  visitorActionAllowed,
  visitorDayProblem,
  visitorEntryRefusal,
  visitorIdProblem,
  visitorShownStatus,
  formatVisitorCode,
  normalizeVisitorCode,
  isVisitorCode,
} from '../src/index.js';

const SH = 'Asia/Shanghai';

describe('访客登记', () => {
  it('R-PAS-05 only a confirmed visitor or an invitation on its day goes in, once', () => {
    expect(visitorEntryRefusal({ status: 'confirmed', visitOn: '2026-11-23' }, '2026-11-23')).toBeNull();
    expect(visitorEntryRefusal({ status: 'invited', visitOn: '2026-11-23' }, '2026-11-23')).toBeNull();
    expect(visitorEntryRefusal({ status: 'awaiting_host', visitOn: '2026-11-23' }, '2026-11-23')).toMatch(/尚未确认/);
    expect(visitorEntryRefusal({ status: 'refused', visitOn: '2026-11-23' }, '2026-11-23')).toMatch(/拒绝/);
    expect(visitorEntryRefusal({ status: 'in', visitOn: '2026-11-23' }, '2026-11-23')).toMatch(/不能重复使用/);
    expect(visitorEntryRefusal({ status: 'cancelled', visitOn: '2026-11-23' }, '2026-11-23')).toMatch(/取消/);
    expect(visitorEntryRefusal({ status: 'invited', visitOn: '2026-11-24' }, '2026-11-23')).toMatch(/尚未生效/);
    expect(visitorEntryRefusal({ status: 'invited', visitOn: '2026-11-22' }, '2026-11-23')).toMatch(/已过期/);
  });
  it('R-PAS-05 the day is the project zone’s: 23:59 and 00:00 in Shanghai are two days whatever UTC says', () => {
    const before = localDate(new Date('2026-11-23T15:59:59Z'), SH);
    const after = localDate(new Date('2026-11-23T16:00:00Z'), SH);
    expect(visitorEntryRefusal({ status: 'invited', visitOn: '2026-11-24' }, before)).toMatch(/尚未生效/);
    expect(visitorEntryRefusal({ status: 'invited', visitOn: '2026-11-24' }, after)).toBeNull();
  });
  it('R-PAS-05 the state machine: the host or the phone confirms only a waiting visitor; leaving only after entering', () => {
    expect(visitorActionAllowed('approve', 'awaiting_host')).toBe(true);
    expect(visitorActionAllowed('approve', 'refused')).toBe(false);
    expect(visitorActionAllowed('phone_approve', 'invited')).toBe(false);
    expect(visitorActionAllowed('enter', 'awaiting_host')).toBe(false);
    expect(visitorActionAllowed('enter', 'in')).toBe(false);
    expect(visitorActionAllowed('leave', 'confirmed')).toBe(false);
    expect(visitorActionAllowed('leave', 'in')).toBe(true);
    expect(visitorActionAllowed('cancel', 'in')).toBe(false);
    expect(visitorShownStatus('invited', '2026-11-22', '2026-11-23').key).toBe('expired');
    expect(visitorShownStatus('left', '2026-11-22', '2026-11-23').key).toBe('left');
  });
  it('R-PAS-05 ID numbers: a resident ID with its check digit, or another document; an invitation’s day within 30 days', () => {
    expect(visitorIdProblem('440307198503124515')).toBeNull();
    expect(visitorIdProblem('440307198503124512')).toMatch(/校验/);
    expect(visitorIdProblem('E12345678')).toBeNull();
    expect(visitorIdProblem('44030319880808001x')).toBeNull();
    expect(visitorIdProblem('12345')).not.toBeNull();
    expect(visitorDayProblem('2026-11-23', '2026-11-23')).toBeNull();
    expect(visitorDayProblem('2026-11-22', '2026-11-23')).toMatch(/早于今天/);
    expect(visitorDayProblem('2026-12-23', '2026-11-23')).toBeNull();
    expect(visitorDayProblem('2026-12-24', '2026-11-23')).toMatch(/30天/);
    expect(visitorDayProblem('2026-02-30', '2026-01-23')).toMatch(/有效/);
  });
  it('R-PAS-05 the code: eight digits, typed with or without its space', () => {
    expect(formatVisitorCode('12345678')).toBe('1234 5678');
    expect(normalizeVisitorCode('1234 5678')).toBe('12345678');
    expect(isVisitorCode('1234567')).toBe(false);
    expect(isVisitorCode('12345678')).toBe(true);
  });
});

describe('重点客户与沟通', () => {
  it('R-RPT-04 periods: months and quarters, across the year', () => {
    expect(contactPeriod('committee', '2026-11-15')).toEqual({ start: '2026-11-01', end: '2026-11-30', label: '2026年11月' });
    expect(contactPeriod('committee', '2026-12-15', 1).end).toBe('2027-01-31');
    expect(contactPeriod('committee', '2027-01-15', -1).start).toBe('2026-12-01');
    expect(contactPeriod('key', '2026-11-15')).toEqual({ start: '2026-10-01', end: '2026-12-31', label: '2026年第4季度' });
    expect(contactPeriod('key', '2026-02-28', 1)).toMatchObject({ start: '2026-04-01', end: '2026-06-30' });
    expect(contactPeriod('committee', '2028-02-10').end).toBe('2028-02-29');
    expect(quarterRange('2026Q1')).toEqual({ start: '2026-01-01', end: '2026-03-31', label: '2026年第1季度' });
  });
  it('R-RPT-04 committee members monthly: done this month → 已沟通 to the month’s last day, 待沟通 from the 1st, 已逾期 after a month without', () => {
    expect(contactDueBy('committee', '2026-11-05', '2026-10-01')).toBe('2026-12-31');
    expect(contactState('committee', '2026-11-05', '2026-10-01', '2026-11-30').state).toBe('ok');
    expect(contactState('committee', '2026-11-05', '2026-10-01', '2026-12-01')).toEqual({
      state: 'due',
      label: '本月待沟通',
      dueBy: '2026-12-31',
    });
    expect(contactState('committee', '2026-11-05', '2026-10-01', '2026-12-31').state).toBe('due');
    expect(contactState('committee', '2026-11-05', '2026-10-01', '2027-01-01').state).toBe('overdue');
    // never communicated: due in the month listed, overdue after it
    expect(contactState('committee', null, '2026-11-20', '2026-11-30').state).toBe('due');
    expect(contactState('committee', null, '2026-11-20', '2026-12-01').state).toBe('overdue');
  });
  it('R-RPT-04 key customers quarterly: the quarter’s edges in the project’s zone', () => {
    const day = (iso: string) => localDate(new Date(iso), SH);
    // 2026-09-30 23:59 and 2026-10-01 00:00 in Shanghai (UTC still says 30 September at both)
    expect(contactState('key', '2026-09-15', '2026-07-01', day('2026-09-30T15:59:00Z')).state).toBe('ok');
    expect(contactState('key', '2026-09-15', '2026-07-01', day('2026-09-30T16:00:00Z'))).toEqual({
      state: 'due',
      label: '本季度待沟通',
      dueBy: '2026-12-31',
    });
    expect(contactState('key', '2026-09-15', '2026-07-01', day('2026-12-31T15:59:00Z')).state).toBe('due');
    expect(contactState('key', '2026-09-15', '2026-07-01', day('2026-12-31T16:00:00Z')).state).toBe('overdue');
  });
  it('R-RPT-04 festivals: the coming one, its date, and which may be greeted', () => {
    expect(festivalsOf(2027).map((f) => `${f.label} ${f.date}`)).toEqual([
      '2027年元旦 2027-01-01',
      '2027年春节 2027-02-06',
      '2027年端午节 2027-06-09',
      '2027年中秋节 2027-09-15',
      '2027年国庆节 2027-10-01',
    ]);
    expect(comingFestival('2026-12-07')?.key).toBe('new_year-2027');
    expect(comingFestival('2027-01-01')?.key).toBe('new_year-2027');
    expect(comingFestival('2027-01-02')?.key).toBe('spring-2027');
    expect(festivalByKey('mid_autumn-2026')?.date).toBe('2026-09-25');
    expect(festivalByKey('mid_autumn-2040')).toBeNull();
    expect(greetableFestivals('2026-12-07').map((f) => f.key)).toEqual(['new_year-2027']);
    expect(greetableFestivals('2027-01-20').map((f) => f.key)).toEqual(['new_year-2027', 'spring-2027']);
  });
});
