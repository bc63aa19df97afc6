import { describe, expect, it } from 'vitest';
import {
  billOwed,
  hundredthsToFen,
  lateFeeFen,
  lateFeeRuleText,
  periodDueOn,
  periodicAmountFen,
  tieredAmountFen,
  tierProblem,
} from '../src/index.js';

describe('fee arithmetic in integer fen', () => {
  it('R-FEE-03 area × unit price rounds once, half up, with no floating point', () => {
    expect(periodicAmountFen('area', 285, 8925)).toBe(25436); // 89.25 m² × 2.85 = 254.3625
    expect(periodicAmountFen('area', 250, 8930)).toBe(22325); // 223.25 exactly
    expect(periodicAmountFen('area', 1, 50)).toBe(1); // 0.005 yuan → 1 fen (half up)
    expect(periodicAmountFen('area', 1, 49)).toBe(0);
    expect(periodicAmountFen('fixed', 1500, 99999)).toBe(1500);
    expect(() => hundredthsToFen(1.5)).toThrow();
  });
  it('R-FEE-01 tiered prices: each step at its own price, and a bad tier list is named', () => {
    const tiers = [
      { upTo: 2200, unitFen: 390 },
      { upTo: 3000, unitFen: 505 },
      { upTo: null, unitFen: 650 },
    ];
    expect(tieredAmountFen(tiers, 0)).toBe(0);
    expect(tieredAmountFen(tiers, 2200)).toBe(8580);
    expect(tieredAmountFen(tiers, 3000)).toBe(8580 + 4040);
    expect(tieredAmountFen(tiers, 3555)).toBe(16228);
    expect(tierProblem(tiers)).toBeNull();
    expect(tierProblem([{ upTo: 100, unitFen: 1 }])).toMatch(/最后一档/);
    expect(
      tierProblem([
        { upTo: 100, unitFen: 1 },
        { upTo: 50, unitFen: 1 },
        { upTo: null, unitFen: 1 },
      ]),
    ).toMatch(/递增/);
  });
  it('R-FEE-05 late fees start after the grace days, per day, capped, and nothing without a rule', () => {
    const rule = { perTenThousandPerDay: 5, graceDays: 3, capPercent: 10 };
    expect(lateFeeFen(rule, 100000, '2026-10-25', '2026-10-28')).toEqual({ days: 0, fen: 0 });
    expect(lateFeeFen(rule, 100000, '2026-10-25', '2026-10-29')).toEqual({ days: 4, fen: 200 });
    expect(lateFeeFen(rule, 100000, '2026-10-25', '2027-10-25').fen).toBe(10000);
    expect(lateFeeFen(null, 100000, '2026-10-25', '2027-10-25').fen).toBe(0);
    expect(lateFeeRuleText(null)).toBe('不收违约金');
    expect(periodDueOn('2026-02', 31)).toBe('2026-02-28');
    expect(periodDueOn('2028-02', 31)).toBe('2028-02-29');
  });
});

describe('billOwed: the one computation of what a bill owes', () => {
  const rule = { perTenThousandPerDay: 5, graceDays: 3, capPercent: 10 };
  const late = { rule, dueOn: '2026-10-25', onDate: '2026-10-29' };
  it('R-FEE-05 an unpaid bill owes its amount and the late fee gathered by today', () => {
    expect(billOwed({ amountFen: 100000, late })).toEqual({
      amountFen: 100000,
      principalFen: 100000,
      lateFeeFen: 200,
      lateFeeGrossFen: 200,
      lateDays: 4,
      totalFen: 100200,
    });
    // negative: a bill that cannot run late (no date given) owes its amount only
    expect(billOwed({ amountFen: 100000 }).totalFen).toBe(100000);
  });
  it('R-PAY-04 a paid bill keeps the late fee it was paid with, whatever the day', () => {
    expect(billOwed({ amountFen: 100000, late, paidLateFeeFen: 50 })).toMatchObject({ lateFeeFen: 50, lateDays: 0, totalFen: 100050 });
  });
  it('R-FEE-03 approved adjustments correct the principal and waive the late fee, never below 0', () => {
    const waived = billOwed({
      amountFen: 100000,
      late,
      adjustments: [
        { kind: 'reduce', target: 'principal', amountFen: 20000 },
        { kind: 'reduce', target: 'late_fee', amountFen: 100 },
      ],
    });
    // the late fee runs on the corrected principal: 80000 × 5/10000 × 4 = 160, less 100 waived
    expect(waived).toMatchObject({ amountFen: 100000, principalFen: 80000, lateFeeGrossFen: 160, lateFeeFen: 60, totalFen: 80060 });
    const raised = billOwed({ amountFen: 100000, adjustments: [{ kind: 'increase', target: 'principal', amountFen: 1234 }] });
    expect(raised.totalFen).toBe(101234);
    // negative: waiving more than there is leaves 0, not a credit
    expect(
      billOwed({ amountFen: 100, late, adjustments: [{ kind: 'reduce', target: 'late_fee', amountFen: 999 }] }).lateFeeFen,
    ).toBe(0);
    expect(billOwed({ amountFen: 100, adjustments: [{ kind: 'reduce', target: 'principal', amountFen: 999 }] }).totalFen).toBe(0);
  });
});
