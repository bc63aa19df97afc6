import { describe, expect, it } from 'vitest';
import { workReportDueAt, workReportLate, workReportMayTake } from '../src/work-reports.js';

describe('月度工作报告', () => {
  it('R-RPT-02 a month’s report is due at the end of its 28th in the project’s zone', () => {
    expect(workReportDueAt('2026-11', 'Asia/Shanghai').toISOString()).toBe('2026-11-28T16:00:00.000Z');
    expect(workReportDueAt('2026-02', 'Asia/Shanghai').toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(workReportDueAt('2026-11', 'UTC').toISOString()).toBe('2026-11-29T00:00:00.000Z');
  });
  it('R-RPT-02 late: not submitted by the due instant, or submitted at or after it', () => {
    const due = workReportDueAt('2026-11', 'Asia/Shanghai');
    const before = new Date(due.getTime() - 1);
    expect(workReportLate(due, null, before)).toBe(false);
    expect(workReportLate(due, null, due)).toBe(true);
    expect(workReportLate(due, before, new Date('2027-01-01T00:00:00Z'))).toBe(false);
    expect(workReportLate(due, due, due)).toBe(true);
  });
  it('R-RPT-02 published only after the committee’s review; only a submitted report is reviewed or sent back', () => {
    expect(workReportMayTake('submitted', 'publish')).toBe(false);
    expect(workReportMayTake('reviewed', 'publish')).toBe(true);
    expect(workReportMayTake('draft', 'review')).toBe(false);
    expect(workReportMayTake('submitted', 'return')).toBe(true);
    expect(workReportMayTake('published', 'return')).toBe(false);
  });
});
