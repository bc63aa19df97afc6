import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RENO_FEES,
  RENO_REFUSAL_GROUNDS,
  RENO_TRANSITIONS,
  isRenoRefusalGround,
  renoActionAllowed,
  renoCharges,
  renoGroundsText,
  renoPeriodProblem,
  renoPermitPrefix,
  renoPlanProblem,
  renoReviewDue,
  renoReviewOverdue,
  renoWorkerPassCode,
} from '../src/renovation.js';

const cal = (holidays: string[] = [], workdays: string[] = []) => ({ timeZone: 'Asia/Shanghai', holidays, workdays });
/** 10:00 China time on a local date. */
const at10 = (d: string) => new Date(`${d}T02:00:00.000Z`);

describe('renovation rules', () => {
  it('R-REN-04 due at the earlier of 2 working days and 3 calendar days, in the project zone', () => {
    // Monday 10:00: Wednesday 10:00 by working days, Thursday by calendar → Wednesday
    expect(renoReviewDue(at10('2026-11-23'), cal()).toISOString()).toBe(at10('2026-11-25').toISOString());
    // Thursday: Monday by working days (over the weekend), Sunday by calendar → Sunday
    expect(renoReviewDue(at10('2026-11-26'), cal()).toISOString()).toBe(at10('2026-11-29').toISOString());
    // Friday: Tuesday by working days, Monday by calendar → Monday
    expect(renoReviewDue(at10('2026-11-27'), cal()).toISOString()).toBe(at10('2026-11-30').toISOString());
    // Saturday 23:30 China time (15:30 UTC): both limits meet on Tuesday 23:30
    expect(renoReviewDue(new Date('2026-11-28T15:30:00.000Z'), cal()).toISOString()).toBe('2026-12-01T15:30:00.000Z');
  });

  it('R-REN-04 the project holiday calendar and make-up working days count; the limit is a per-project setting', () => {
    // Monday, Tuesday a holiday: Thursday by working days = Thursday by calendar
    expect(renoReviewDue(at10('2026-11-23'), cal(['2026-11-24'])).toISOString()).toBe(at10('2026-11-26').toISOString());
    // Friday before a holiday Monday with Sunday a make-up working day: Sunday, Tuesday → Sunday and Monday… → working Tuesday vs calendar Monday
    expect(renoReviewDue(at10('2026-11-27'), cal(['2026-11-30'], ['2026-11-29'])).toISOString()).toBe(
      at10('2026-11-30').toISOString(),
    );
    expect(renoReviewDue(at10('2026-11-27'), cal([], ['2026-11-28', '2026-11-29'])).toISOString()).toBe(
      at10('2026-11-29').toISOString(),
    );
    // a project that gives 1 working day / 5 calendar days
    expect(renoReviewDue(at10('2026-11-27'), cal(), { workingDays: 1, calendarDays: 5 }).toISOString()).toBe(
      at10('2026-11-30').toISOString(),
    );
  });

  it('R-REN-04 late only while the review clock runs and past its due time', () => {
    const due = at10('2026-11-25');
    const after = new Date(due.getTime() + 1);
    expect(renoReviewOverdue('submitted', due, after)).toBe(true);
    expect(renoReviewOverdue('reviewed', due, after)).toBe(true);
    expect(renoReviewOverdue('submitted', due, due)).toBe(false);
    expect(renoReviewOverdue('approved', due, after)).toBe(false);
    expect(renoReviewOverdue('returned', null, after)).toBe(false);
  });

  it('R-REN-04 the refusal grounds are the eight of the rule, as codes with words', () => {
    expect(RENO_REFUSAL_GROUNDS).toHaveLength(8);
    expect(isRenoRefusalGround('structure')).toBe(true);
    expect(isRenoRefusalGround('paint')).toBe(false);
    expect(renoGroundsText(['structure', 'heating_gas', 'bogus'])).toBe(
      '①未经原设计单位或具有相应资质的设计单位提出设计方案，变动建筑主体或承重结构；②未经供暖、燃气管理单位批准拆改供暖管道和设施、燃气管道和设施',
    );
  });

  it('R-REN-04 the review leads to the manager or to a refusal; approval only after review; a permit only after approval', () => {
    expect(RENO_TRANSITIONS.review.to).toEqual(['reviewed', 'refused']);
    expect(renoActionAllowed('review', 'submitted')).toBe(true);
    expect(renoActionAllowed('approve', 'submitted')).toBe(false);
    expect(renoActionAllowed('approve', 'reviewed')).toBe(true);
    expect(renoActionAllowed('permit', 'reviewed')).toBe(false);
    expect(renoActionAllowed('permit', 'approved')).toBe(true);
    expect(renoActionAllowed('resubmit', 'returned')).toBe(true);
    expect(renoActionAllowed('return', 'reviewed')).toBe(false);
  });

  it('R-REN-05 the charges: management fee and both deposits, the rubble removal only when the centre removes it', () => {
    expect(renoCharges(DEFAULT_RENO_FEES, false).map((c) => c.kind)).toEqual(['management', 'owner_deposit', 'contractor_deposit']);
    expect(renoCharges(DEFAULT_RENO_FEES, true).map((c) => c.kind)).toEqual([
      'management',
      'owner_deposit',
      'contractor_deposit',
      'rubble',
    ]);
    // a fee the project sets to 0 is not charged
    expect(renoCharges({ ...DEFAULT_RENO_FEES, management: 0 }, false).map((c) => c.kind)).toEqual(['owner_deposit', 'contractor_deposit']);
    expect(renoPermitPrefix('101', '2026-11-23')).toBe('ZX101261123');
    expect(renoWorkerPassCode('ZX1012611230001', 3)).toBe('ZX1012611230001-03');
  });

  it('R-REN-01 the period, the plan, the water/power/gas choices and the workers are checked', () => {
    expect(renoPeriodProblem('2026-11-24', '2026-12-24', '2026-11-23')).toBeNull();
    expect(renoPeriodProblem('2026-11-22', '2026-12-24', '2026-11-23')).toBe('开工日期不能早于今天');
    expect(renoPeriodProblem('2026-11-24', '2026-11-20', '2026-11-23')).toBe('完工日期不能早于开工日期');
    expect(renoPeriodProblem('2026-11-24', '2027-06-24', '2026-11-23')).toBe('装修工期不能超过180天');
    expect(renoPeriodProblem('2026-02-30', '2026-03-01', '2026-01-01')).toBe('开工日期不是有效的日期');
    const ok = { items: ['墙面刷漆'], workers: [{ name: '李师傅' }], changesWater: false, changesPower: true, changesGas: false };
    expect(renoPlanProblem(ok)).toBeNull();
    expect(renoPlanProblem({ ...ok, items: [] })).toBe('请至少填写一项装修项目');
    expect(renoPlanProblem({ ...ok, items: [' '] })).toBe('第1项装修项目请填写内容');
    expect(renoPlanProblem({ ...ok, changesGas: undefined })).toBe('请选择是否改动燃气');
    expect(renoPlanProblem({ ...ok, workers: [] })).toBe('请至少登记一名施工人员');
    expect(renoPlanProblem({ ...ok, workers: [{ name: '' }] })).toBe('第1名施工人员请填写姓名');
  });
});
