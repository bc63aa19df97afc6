import { describe, expect, it } from 'vitest';
import { addCalendarDays, followUpProblem, needsDepthReview, weekStartOf } from '../src/follow-ups.js';

describe('R-CMP-18 the weekly review and the daily promise check', () => {
  it('R-CMP-18 weeks run Monday to Sunday: a Sunday belongs to the week before the Monday after it', () => {
    expect(weekStartOf('2026-12-07')).toBe('2026-12-07'); // Monday
    expect(weekStartOf('2026-12-13')).toBe('2026-12-07'); // Sunday
    expect(weekStartOf('2026-12-14')).toBe('2026-12-14');
    expect(weekStartOf('2027-01-01')).toBe('2026-12-28'); // across the year
    expect(addCalendarDays('2026-12-28', 7)).toBe('2027-01-04');
  });

  it('R-CMP-18 class A is reviewed in depth (each field written); other classes need no depth', () => {
    expect(needsDepthReview('A')).toBe(true);
    expect(needsDepthReview('B')).toBe(false);
    const full = { cause: '原因', measures: '措施', prevention: '预防' };
    expect(followUpProblem('weekly', ['register'], 'proper', null, { depthNeeded: true, depth: full })).toBeNull();
    expect(followUpProblem('weekly', ['register'], 'proper', null, { depthNeeded: true, depth: { ...full, prevention: ' ' } })).toBe(
      '重大（A 类）投诉需深入回顾，请填写：预防措施',
    );
    expect(followUpProblem('weekly', ['register'], 'proper', null, { depthNeeded: false })).toBeNull();
    expect(followUpProblem('weekly', ['progress'], 'proper', null)).toMatch(/不适用于每周回顾/);
  });

  it('R-CMP-18 a complaint with a promise due today is checked against its promise time; without one it is not asked', () => {
    expect(followUpProblem('daily', ['progress'], 'on_track', null, { promiseDue: true })).toMatch(/核对承诺时限/);
    expect(followUpProblem('daily', ['progress', 'deadline'], 'on_track', null, { promiseDue: true })).toBeNull();
    expect(followUpProblem('daily', ['progress'], 'on_track', null, { promiseDue: false })).toBeNull();
  });
});
