import { describe, expect, it } from 'vitest';
import {
  MOVEIN_STEPS,
  moveInBookableDays,
  moveInBookingProblem,
  moveInActionRefusal,
  moveInCharges,
  moveInChecklistProblem,
  moveInDefectMoveAllowed,
  moveInStepStates,
  moveInTiming,
} from '../src/move-in.js';

describe('move-in steps', () => {
  it('R-MOV-02 arrival, then the start, then the five steps strictly in order; a later step names the one to do first', () => {
    expect(moveInActionRefusal('arrive', { status: 'notified', stepsDone: 0 })).toBeNull();
    expect(moveInActionRefusal('arrive', { status: 'waiting', stepsDone: 0 })).toBe('已登记过到场时间');
    expect(moveInActionRefusal('start', { status: 'notified', stepsDone: 0 })).toBe('请先登记业主到场时间');
    expect(moveInActionRefusal('start', { status: 'waiting', stepsDone: 0 })).toBeNull();
    expect(moveInActionRefusal('identity', { status: 'notified', stepsDone: 0 })).toBe('请先登记业主到场并开始办理');
    expect(moveInActionRefusal('identity', { status: 'waiting', stepsDone: 0 })).toBe('请先开始办理');
    for (let done = 0; done < MOVEIN_STEPS.length; done++)
      MOVEIN_STEPS.forEach((s, i) => {
        const r = moveInActionRefusal(s, { status: 'handling', stepsDone: done });
        if (i === done) expect(r).toBeNull();
        else if (i < done) expect(r).toMatch(/已完成，不能重复办理/);
        else expect(r).toMatch(/^请先完成「/);
      });
    expect(moveInActionRefusal('keys', { status: 'handling', stepsDone: 2 })).toBe('请先完成「缴费」');
    expect(moveInActionRefusal('inspection', { status: 'handling', stepsDone: 2 })).toBe('请先完成「缴费」');
    for (const a of ['arrive', 'start', ...MOVEIN_STEPS] as const)
      expect(moveInActionRefusal(a, { status: 'done', stepsDone: 5 })).toBe('该房屋已办结入伙');
  });

  it('R-MOV-02 the steps as shown: done, the current one while handling, the rest to come', () => {
    expect(moveInStepStates(2, 'handling').map((s) => s.state)).toEqual(['done', 'done', 'current', 'todo', 'todo']);
    expect(moveInStepStates(0, 'waiting').map((s) => s.state)).toEqual(['todo', 'todo', 'todo', 'todo', 'todo']);
    expect(moveInStepStates(5, 'done').every((s) => s.state === 'done')).toBe(true);
  });

  it('R-MOV-05 every identity document ticked (the notice original among them), both agreements signed and the bank collection decided', () => {
    expect(moveInChecklistProblem('identity', ['notice', 'contract', 'receipt'])).toBeNull();
    expect(moveInChecklistProblem('identity', ['contract', 'receipt'])).toBe('请核验：《入伙通知书》原件（收回）');
    expect(moveInChecklistProblem('identity', [])).toMatch(/入伙通知书.*购房合同.*购房款收据/);
    expect(moveInChecklistProblem('agreements', ['service_agreement'], 'set_up')).toBe('请签署：《临时管理规约》');
    expect(moveInChecklistProblem('agreements', ['service_agreement', 'management_rules'])).toMatch(/银行托收/);
    expect(moveInChecklistProblem('agreements', ['service_agreement', 'management_rules'], 'declined')).toBeNull();
  });

  it('R-MOV-02 R-FEE-03 the move-in bills from the area in hundredths of m², each rounded once; a zero rate raises none', () => {
    expect(moveInCharges(8925, { propertyFeeFenPerM2: 250, propertyFeeMonths: 12, fundFenPerM2: 2500 })).toEqual([
      { charge: 'property_fee', title: '入伙物业服务费（预收12个月）', amountFen: 267750 },
      { charge: 'maintenance_fund', title: '专项维修资金', amountFen: 223125 },
    ]);
    // 3.35 × 3 months × 100.01 m² = 1005.1005 yuan: rounded once to 1005.10, not month by month
    expect(moveInCharges(10001, { propertyFeeFenPerM2: 335, propertyFeeMonths: 3, fundFenPerM2: 0 })).toEqual([
      { charge: 'property_fee', title: '入伙物业服务费（预收3个月）', amountFen: 100510 },
    ]);
    expect(moveInCharges(8925, { propertyFeeFenPerM2: 0, propertyFeeMonths: 12, fundFenPerM2: 0 })).toEqual([]);
  });

  it('R-MOV-03 waiting and handling in minutes rounded up, within the limits to the second', () => {
    const at = (hms: string) => `2026-12-04T${hms}.000Z`;
    expect(moveInTiming({ arrivedAt: at('01:00:00'), startedAt: at('01:15:00'), finishedAt: at('01:45:00') })).toEqual({
      waitMinutes: 15,
      handleMinutes: 30,
      waitOk: true,
      handleOk: true,
    });
    expect(moveInTiming({ arrivedAt: at('01:00:00'), startedAt: at('01:15:01'), finishedAt: null })).toEqual({
      waitMinutes: 16,
      handleMinutes: null,
      waitOk: false,
      handleOk: null,
    });
    expect(
      moveInTiming({ arrivedAt: at('01:00:00'), startedAt: at('01:20:00'), finishedAt: at('01:50:00') }, { waitMinutes: 20, handleMinutes: 25 }),
    ).toMatchObject({ waitOk: true, handleOk: false });
    expect(moveInTiming({ arrivedAt: null, startedAt: null, finishedAt: null }).waitOk).toBeNull();
  });

  it('R-MOV-04 the centre moves a defect towards fixed; only the owner confirms it, or sends a fixed one back', () => {
    expect(moveInDefectMoveAllowed('staff', 'pending', 'fixing')).toBe(true);
    expect(moveInDefectMoveAllowed('staff', 'fixing', 'fixed')).toBe(true);
    expect(moveInDefectMoveAllowed('staff', 'fixed', 'confirmed')).toBe(false);
    expect(moveInDefectMoveAllowed('staff', 'confirmed', 'fixing')).toBe(false);
    expect(moveInDefectMoveAllowed('owner', 'fixed', 'confirmed')).toBe(true);
    expect(moveInDefectMoveAllowed('owner', 'fixed', 'fixing')).toBe(true);
    expect(moveInDefectMoveAllowed('owner', 'pending', 'confirmed')).toBe(false);
    expect(moveInDefectMoveAllowed('owner', 'fixing', 'fixed')).toBe(false);
  });

  it('R-MOV-01 a half-day is booked within the batch’s period, from today on', () => {
    const period = { startOn: '2026-12-07', endOn: '2026-12-09' };
    expect(moveInBookingProblem('2026-12-08', period, '2026-12-06')).toBeNull();
    expect(moveInBookingProblem('2026-12-06', period, '2026-12-06')).toMatch(/集中交付期内/);
    expect(moveInBookingProblem('2026-12-07', period, '2026-12-08')).toBe('预约日期不能早于今天');
    expect(moveInBookingProblem('2026-12-10', period, '2026-12-08')).toMatch(/2026-12-07 至 2026-12-09/);
    expect(moveInBookableDays(period, '2026-12-06')).toEqual(['2026-12-07', '2026-12-08', '2026-12-09']);
    expect(moveInBookableDays(period, '2026-12-09')).toEqual(['2026-12-09']);
    expect(moveInBookableDays({ startOn: '2026-12-01', endOn: '2027-03-01' }, '2026-12-30', 3)).toEqual(['2026-12-30', '2026-12-31', '2027-01-01']);
  });
});
