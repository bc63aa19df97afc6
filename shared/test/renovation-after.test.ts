import { describe, expect, it } from 'vitest';
import {
  renoAcceptanceDue,
  renoAcceptanceOverdue,
  renoDeductionProblem,
  renoInspectFrom,
  renoInspectionDue,
  renoMayRefuseNotice,
  renoMissedDays,
  renoNoticeOverdue,
  renoNoticePrefix,
  renoRectifyByProblem,
  renoRefundDue,
  renoRefundLate,
  renoRefundStartDue,
  renoRefundStartLate,
  renoViolationsText,
  type WorkCalendar,
} from '../src/index.js';

const CAL: WorkCalendar = { timeZone: 'Asia/Shanghai', holidays: ['2026-11-30'] };
const at = (s: string) => new Date(`${s}+08:00`);

describe('renovation after the permit', () => {
  it('R-REN-06 inspections are due daily from the later of the permit and the start, while active; missed days newest first', () => {
    expect(renoInspectFrom('2026-11-23', '2026-11-30')).toBe('2026-11-30');
    expect(renoInspectFrom('2026-12-02', '2026-11-30')).toBe('2026-12-02');
    expect(renoInspectionDue('permitted', '2026-11-30', '2026-11-30', false)).toBe(true);
    expect(renoInspectionDue('permitted', '2026-11-30', '2026-11-29', false)).toBe(false);
    expect(renoInspectionDue('rectifying', '2026-11-30', '2026-12-01', true)).toBe(false);
    expect(renoInspectionDue('accepted', '2026-11-30', '2026-12-01', false)).toBe(false);
    expect(renoMissedDays('2026-11-28', '2026-12-02', ['2026-11-29', '2026-12-01'])).toEqual(['2026-11-30', '2026-11-28']);
    expect(renoMissedDays('2026-12-02', '2026-12-02', [])).toEqual([]);
    // inspections end on the acceptance's day
    expect(renoMissedDays('2026-11-28', '2026-12-10', [], '2026-11-30')).toEqual(['2026-11-29', '2026-11-28']);
  });

  it('R-REN-06 a notice: code prefix, findings in words, deadline today … 30 days, overdue and 拒不整改 only after it', () => {
    expect(renoNoticePrefix('101', '2026-12-01')).toBe('ZG101261201');
    expect(renoViolationsText(['hours', 'nonsense', 'fire'])).toBe('①在规定时间以外进行产生噪声的施工；②施工现场未配备灭火器或违规动火');
    expect(renoRectifyByProblem('2026-12-01', '2026-12-01')).toBeNull();
    expect(renoRectifyByProblem('2026-11-30', '2026-12-01')).toBe('整改期限不能早于今天');
    expect(renoRectifyByProblem('2026-12-31', '2026-12-01')).toBeNull();
    expect(renoRectifyByProblem('2027-01-01', '2026-12-01')).toBe('整改期限不能超过30天');
    expect(renoRectifyByProblem('2026-02-30', '2026-02-01')).toBe('请填写整改期限（日期）');
    expect(renoNoticeOverdue('open', '2026-12-03', '2026-12-03')).toBe(false);
    expect(renoNoticeOverdue('open', '2026-12-03', '2026-12-04')).toBe(true);
    expect(renoNoticeOverdue('rectified', '2026-12-03', '2026-12-04')).toBe(false);
    expect(renoMayRefuseNotice('2026-12-03', '2026-12-03')).toBe(false);
    expect(renoMayRefuseNotice('2026-12-03', '2026-12-04')).toBe(true);
  });

  it('R-REN-07 the acceptance is due 3 calendar days after the request; late only after', () => {
    const due = renoAcceptanceDue(at('2026-11-27T10:00:00'), CAL);
    expect(due).toEqual(at('2026-11-30T10:00:00'));
    expect(renoAcceptanceOverdue('acceptance_requested', due, at('2026-11-30T10:00:00'))).toBe(false);
    expect(renoAcceptanceOverdue('acceptance_requested', due, at('2026-11-30T10:01:00'))).toBe(true);
    expect(renoAcceptanceOverdue('accepted', due, at('2026-12-30T10:01:00'))).toBe(false);
  });

  it('R-REN-08 the refund starts within 1 day and is done within 3 working days (a holiday moves it); deductions ≤ the deposit with a reason', () => {
    const passed = at('2026-11-27T10:00:00'); // Friday; Monday 30 Nov a holiday
    expect(renoRefundStartDue(passed, CAL)).toEqual(at('2026-11-28T10:00:00'));
    expect(renoRefundDue(passed, CAL)).toEqual(at('2026-12-03T10:00:00'));
    expect(renoRefundDue(passed, { ...CAL, holidays: [] })).toEqual(at('2026-12-02T10:00:00'));
    const due = at('2026-11-28T10:00:00');
    expect(renoRefundStartLate(due, null, at('2026-11-28T10:00:00'))).toBe(false);
    expect(renoRefundStartLate(due, null, at('2026-11-28T10:01:00'))).toBe(true);
    expect(renoRefundStartLate(due, at('2026-11-28T09:00:00'), at('2026-12-28T10:01:00'))).toBe(false);
    expect(renoRefundLate(due, at('2026-11-28T10:01:00'), at('2026-11-28T10:02:00'))).toBe(true);
    expect(renoDeductionProblem('业主装修保证金', 0, 200_000, undefined)).toBeNull();
    expect(renoDeductionProblem('业主装修保证金', 200_000, 200_000, '拆改承重墙')).toBeNull();
    expect(renoDeductionProblem('业主装修保证金', 200_001, 200_000, '拆改承重墙')).toBe('业主装修保证金的扣除金额不能超过保证金');
    expect(renoDeductionProblem('业主装修保证金', 10.5, 200_000, '拆改')).toContain('整数');
    expect(renoDeductionProblem('业主装修保证金', 100, 200_000, ' ')).toBe('请填写业主装修保证金的扣除原因');
  });
});
