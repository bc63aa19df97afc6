import { describe, expect, it } from 'vitest';
import { arrearsAgeMonths, arrearsDue, arrearsFlagged, arrearsStage, lawyerLettersDue } from '../src/arrears.js';

describe('arrears ladder', () => {
  it('R-ARR-01 age is whole months since the oldest unpaid bill fell due, on local dates', () => {
    expect(arrearsAgeMonths('2026-06-15', '2026-06-15')).toBe(0);
    expect(arrearsAgeMonths('2026-06-15', '2026-07-14')).toBe(0);
    expect(arrearsAgeMonths('2026-06-15', '2026-07-15')).toBe(1);
    expect(arrearsAgeMonths('2026-06-15', '2026-12-14')).toBe(5);
    expect(arrearsAgeMonths('2026-06-15', '2026-12-15')).toBe(6);
    expect(arrearsAgeMonths('2025-06-15', '2026-12-15')).toBe(18);
    // the 31st is a month old on the last day of a shorter month
    expect(arrearsAgeMonths('2026-01-31', '2026-02-27')).toBe(0);
    expect(arrearsAgeMonths('2026-01-31', '2026-02-28')).toBe(1);
    expect(arrearsAgeMonths('2026-12-20', '2026-12-06')).toBe(0);
  });

  it('R-ARR-01 R-ARR-02 R-ARR-03 ordinary household: reminders 1–5, lawyer 6–17, suit from 18; nothing before a month', () => {
    expect(arrearsStage(0, false)).toBe('none');
    expect(arrearsStage(1, false)).toBe('remind');
    expect(arrearsStage(5, false)).toBe('remind');
    expect(arrearsStage(6, false)).toBe('lawyer');
    expect(arrearsStage(17, false)).toBe('lawyer');
    expect(arrearsStage(18, false)).toBe('suit');
  });

  it('R-ARR-04 large customer: lawyer from 3, suit from 6', () => {
    expect(arrearsStage(2, true)).toBe('remind');
    expect(arrearsStage(3, true)).toBe('lawyer');
    expect(arrearsStage(5, true)).toBe('lawyer');
    expect(arrearsStage(6, true)).toBe('suit');
    expect(lawyerLettersDue(4, true)).toBe(1);
  });

  it('R-ARR-02 lawyer letters at 6 and at 12 months, twice in all', () => {
    expect(lawyerLettersDue(5, false)).toBe(0);
    expect(lawyerLettersDue(6, false)).toBe(1);
    expect(lawyerLettersDue(11, false)).toBe(1);
    expect(lawyerLettersDue(12, false)).toBe(2);
    expect(lawyerLettersDue(17, false)).toBe(2);
    expect(lawyerLettersDue(18, false)).toBe(0);
    const h = { largeCustomer: false, thisMonth: [], sued: false };
    expect(arrearsDue({ ...h, ageMonths: 7, lawyerLetters: 1 })).toBe('none');
    expect(arrearsDue({ ...h, ageMonths: 12, lawyerLetters: 1 })).toBe('lawyer_letter');
    expect(arrearsDue({ ...h, ageMonths: 13, lawyerLetters: 2 })).toBe('none');
  });

  it('R-ARR-01 R-ARR-03 the action due this month: a reminder and a written notice monthly; suit until instructed', () => {
    const h = { ageMonths: 2, largeCustomer: false, lawyerLetters: 0, sued: false };
    expect(arrearsDue({ ...h, thisMonth: [] })).toBe('remind_and_notice');
    expect(arrearsDue({ ...h, thisMonth: ['phone'] })).toBe('notice');
    expect(arrearsDue({ ...h, thisMonth: ['notice'] })).toBe('remind');
    expect(arrearsDue({ ...h, thisMonth: ['sms', 'notice'] })).toBe('none');
    expect(arrearsDue({ ...h, ageMonths: 0, thisMonth: [] })).toBe('none');
    expect(arrearsDue({ ...h, ageMonths: 19, thisMonth: [] })).toBe('sue');
    expect(arrearsDue({ ...h, ageMonths: 19, thisMonth: [], sued: true })).toBe('none');
  });

  it('R-ARR-06 flagged over three months, not at three', () => {
    expect(arrearsFlagged(3)).toBe(false);
    expect(arrearsFlagged(4)).toBe(true);
  });
});
