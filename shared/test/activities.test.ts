import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_ACTIONS,
  activityCallbackOrder,
  activityCallbackQuota,
  activityMayTake,
  activityPlanWindow,
  activityPlanYear,
  activityPublishProblem,
  activitySatisfaction,
  activitySignupProblem,
  annualSatisfactionIndex,
  can,
  quarterBounds,
  quarterOf,
  surveyListStatus,
  surveyQuarterProblem,
  surveyScores,
} from '../src/index.js';

describe('社区活动 rules (R-ACT-01/02/03/05)', () => {
  it('R-ACT-01 the plan of year Y is made in December of Y−1: early before, due that month, late after without 定稿', () => {
    expect(activityPlanWindow(2027, '2026-11-30', false)).toBe('early');
    expect(activityPlanWindow(2027, '2026-12-01', false)).toBe('due');
    expect(activityPlanWindow(2027, '2026-12-31', true)).toBe('open');
    expect(activityPlanWindow(2027, '2027-01-01', false)).toBe('late');
    expect(activityPlanWindow(2027, '2027-06-01', true)).toBe('open');
    expect(activityPlanYear('2026-12-01')).toBe(2027);
    expect(activityPlanYear('2026-11-30')).toBe(2026);
  });

  it('R-ACT-05 a budget is requested and approved by finance before publication; cancelled or archived is the end', () => {
    const allowed = (s: Parameters<typeof activityMayTake>[0]) => ACTIVITY_ACTIONS.filter((a) => activityMayTake(s, a));
    expect(allowed('planned')).toEqual(['request_budget', 'cancel']);
    expect(allowed('budget_pending')).toEqual(['approve_budget', 'reject_budget', 'cancel']);
    expect(allowed('budget_approved')).toEqual(['publish', 'cancel']);
    expect(allowed('published')).toEqual(['finish', 'cancel']);
    expect(allowed('finished')).toEqual(['archive']);
    expect(allowed('archived')).toEqual([]);
    expect(allowed('cancelled')).toEqual([]);
    expect(can(['finance'], 'activity.budget')).toBe(true);
    expect(can(['service_clerk'], 'activity.budget')).toBe(false);
    expect(can(['service_clerk'], 'activity.publish')).toBe(false);
    expect(can(['project_manager'], 'activity.publish')).toBe(true);
    expect(can(['quality_supervisor'], 'activity.callback')).toBe(true);
    expect(can(['technician'], 'activity.read')).toBe(false);
  });

  it('R-ACT-02 R-ACT-05 published only with the budget approved, safety measures, time/place/capacity, a poll asked, 3 days ahead', () => {
    const now = new Date('2026-12-10T02:00:00Z');
    const ok = {
      budgetApprovedFen: 500000,
      safetyMeasures: '安保 4 人值守，急救箱',
      startsAt: new Date('2026-12-13T02:00:00Z'),
      endsAt: new Date('2026-12-13T06:00:00Z'),
      place: '中心广场',
      capacity: 50,
      pollOpenedAt: new Date('2026-12-01T02:00:00Z'),
    };
    expect(activityPublishProblem(ok, now)).toBeNull();
    expect(activityPublishProblem({ ...ok, budgetApprovedFen: null }, now)).toContain('预算');
    expect(activityPublishProblem({ ...ok, safetyMeasures: '  ' }, now)).toContain('安全措施');
    expect(activityPublishProblem({ ...ok, capacity: null }, now)).toContain('名额');
    expect(activityPublishProblem({ ...ok, pollOpenedAt: null }, now)).toContain('征求意见');
    expect(activityPublishProblem({ ...ok, startsAt: new Date('2026-12-13T01:59:59Z') }, now)).toContain('提前3天');
  });

  it('R-ACT-02 sign-ups are made and cancelled only while published and before the start', () => {
    const startsAt = new Date('2026-12-13T02:00:00Z');
    expect(activitySignupProblem({ status: 'published', startsAt }, new Date('2026-12-13T01:59:59Z'))).toBeNull();
    expect(activitySignupProblem({ status: 'published', startsAt }, startsAt)).toContain('已开始');
    expect(activitySignupProblem({ status: 'budget_approved', startsAt }, new Date('2026-12-01T00:00:00Z'))).toContain('不接受');
  });

  it('R-ACT-03 at least 10% of the sign-ups are called back, rounded up', () => {
    expect([0, 1, 9, 10, 11, 20, 21, 100, 101].map(activityCallbackQuota)).toEqual([0, 1, 1, 1, 2, 2, 3, 10, 11]);
    expect(() => activityCallbackQuota(-1)).toThrow();
    expect(() => activityCallbackQuota(1.5)).toThrow();
  });

  it('R-ACT-03 the fair pick: the same order every time, every sign-up once, not the sign-up order, each about as likely first', () => {
    const ids = Array.from({ length: 40 }, (_, i) => 1000 + i);
    const a = activityCallbackOrder(7, ids);
    expect(activityCallbackOrder(7, [...ids].reverse())).toEqual(a);
    expect([...a].sort((x, y) => x - y)).toEqual(ids);
    expect(a).not.toEqual(ids);
    expect(activityCallbackOrder(8, ids)).not.toEqual(a);
    // over many activities the first pick falls on each position about as often (no favoured early sign-ups)
    const first = new Array(10).fill(0);
    const ten = Array.from({ length: 10 }, (_, i) => i + 1);
    for (let act = 1; act <= 5000; act++) first[activityCallbackOrder(act, ten)[0]! - 1]++;
    for (const n of first) expect(n).toBeGreaterThan(380);
    for (const n of first) expect(n).toBeLessThan(620);
  });

  it('R-ACT-03 satisfaction is satisfied of the callbacks made, met at 80% (rounded down)', () => {
    expect(activitySatisfaction(5, 4)).toEqual({ rate: 80, target: 80, met: true });
    expect(activitySatisfaction(6, 4)).toEqual({ rate: 66.6, target: 80, met: false });
    expect(activitySatisfaction(0, 0)).toEqual({ rate: null, target: 80, met: null });
  });
});

describe('满意度调查 rules (R-RPT-03)', () => {
  const Z = 'Asia/Shanghai';

  it('R-RPT-03 quarters follow the project zone: 1 October 00:00 China time is Q4, a minute earlier is Q3', () => {
    expect(quarterOf(new Date('2026-09-30T16:00:00Z'), Z)).toBe('2026Q4');
    expect(quarterOf(new Date('2026-09-30T15:59:00Z'), Z)).toBe('2026Q3');
    expect(quarterOf(new Date('2026-09-30T15:59:00Z'), 'UTC')).toBe('2026Q3');
    expect(quarterBounds('2026Q4', Z)).toEqual({
      from: new Date('2026-09-30T16:00:00Z'),
      to: new Date('2026-12-31T16:00:00Z'),
    });
    expect(quarterBounds('2027Q1', Z).from).toEqual(new Date('2026-12-31T16:00:00Z'));
  });

  it('R-RPT-03 a survey is made for this quarter or the next only; it is open within its quarter unless closed', () => {
    const now = new Date('2026-12-06T02:00:00Z');
    expect(surveyQuarterProblem('2026Q4', Z, now)).toBeNull();
    expect(surveyQuarterProblem('2027Q1', Z, now)).toBeNull();
    expect(surveyQuarterProblem('2026Q3', Z, now)).toContain('本季度或下季度');
    expect(surveyQuarterProblem('2026Q5', Z, now)).toContain('格式');
    expect(surveyListStatus('open', '2026Q4', Z, now)).toBe('open');
    expect(surveyListStatus('open', '2027Q1', Z, now)).toBe('upcoming');
    expect(surveyListStatus('open', '2026Q4', Z, new Date('2026-12-31T16:00:00Z'))).toBe('closed');
    expect(surveyListStatus('closed', '2026Q4', Z, now)).toBe('closed');
  });

  it('R-RPT-03 a quarter index is the mean rating × 20; the annual index is the mean of the surveyed quarters, each the same weight', () => {
    const s = surveyScores(2, { service: 10, repair: 8, cleaning: 7, security: 9, greening: 6 });
    expect(s.areas).toEqual({ service: 5, repair: 4, cleaning: 3.5, security: 4.5, greening: 3 });
    expect(s.score).toBe(4);
    expect(s.index).toBe(80);
    expect(surveyScores(0, { service: 0, repair: 0, cleaning: 0, security: 0, greening: 0 }).index).toBeNull();
    // 3 of 5 rated 5 and 2 rated 4 in every area: 4.6 → 92
    expect(surveyScores(5, { service: 23, repair: 23, cleaning: 23, security: 23, greening: 23 }).index).toBe(92);
    const year = annualSatisfactionIndex([
      { quarter: '2026Q1', responses: 100, total: 100 * 5 * 4 }, // 80
      { quarter: '2026Q2', responses: 2, total: 2 * 5 * 5 }, // 100: weighs as much as Q1
      { quarter: '2026Q3', responses: 0, total: 0 },
    ]);
    expect(year).toEqual({ index: 90, quarters: 2, complete: false });
    const full = annualSatisfactionIndex(
      ['2026Q1', '2026Q2', '2026Q3', '2026Q4'].map((quarter) => ({ quarter, responses: 3, total: 3 * 5 * 4 })),
    );
    expect(full).toEqual({ index: 80, quarters: 4, complete: true });
    // rounded down: 2/3 of the way between 80 and 100 shows 93.3, never 93.4
    const third = annualSatisfactionIndex([
      { quarter: '2026Q1', responses: 1, total: 20 },
      { quarter: '2026Q2', responses: 1, total: 25 },
      { quarter: '2026Q3', responses: 1, total: 25 },
    ]);
    expect(third.index).toBe(93.3);
  });
});
