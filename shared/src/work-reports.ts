/**
 * 月度工作报告 (R-RPT-02): each month the project's monthly work report is done by the 28th and goes to the
 * owners' committee; after the committee's review it is published to the owners. Declared once here: the
 * states, the steps, the deadline and the figures the report carries. Pure: the caller passes "now".
 *
 * The way of a report: 草稿 (the manager's office writes 本月工作 and 下月计划 beside the month's figures,
 * read live) → 已提交业委会 (提交业委会: the figures are frozen as they stand, so what the committee reads
 * is what is published) → 业委会已审核 (登记审核意见: who on the committee reviewed it, when, and what they
 * said) → 已公示 (公示: the owners of the project read it in the mini-program). The committee may send it
 * back (退回修改, with its reason): it is a draft again and its figures are read live until it is
 * submitted again.
 */
import { localDayStart } from './local-time.js';

export const WORK_REPORT_STATUSES = ['draft', 'submitted', 'reviewed', 'published'] as const;
export type WorkReportStatus = (typeof WORK_REPORT_STATUSES)[number];
export const WORK_REPORT_STATUS_LABELS: Record<WorkReportStatus, string> = {
  draft: '草稿',
  submitted: '已提交业委会',
  reviewed: '业委会已审核',
  published: '已公示',
};

export const WORK_REPORT_ACTIONS = ['submit', 'return', 'review', 'publish'] as const;
export type WorkReportAction = (typeof WORK_REPORT_ACTIONS)[number];
export const WORK_REPORT_ACTION_LABELS: Record<WorkReportAction, string> = {
  submit: '提交业委会',
  return: '业委会退回',
  review: '登记审核意见',
  publish: '公示',
};
export const WORK_REPORT_MACHINE: Record<WorkReportAction, { from: readonly WorkReportStatus[]; to: WorkReportStatus }> = {
  submit: { from: ['draft'], to: 'submitted' },
  return: { from: ['submitted'], to: 'draft' },
  review: { from: ['submitted'], to: 'reviewed' },
  publish: { from: ['reviewed'], to: 'published' },
};
export function workReportMayTake(status: WorkReportStatus, action: WorkReportAction): boolean {
  return WORK_REPORT_MACHINE[action].from.includes(status);
}

/** R-RPT-02 done by the 28th: the day, in the project's calendar, by the end of which a month's report is submitted. */
export const WORK_REPORT_DUE_DAY = 28;

/** The instant a month's report is due: the end of its 28th day in the project's zone (the 29th's first instant). */
export function workReportDueAt(month: string, timeZone: string): Date {
  return localDayStart(`${month}-${WORK_REPORT_DUE_DAY + 1}`, timeZone);
}

/**
 * Late (R-RPT-02): submitted after its due instant, or not submitted and the due instant has passed. A report
 * sent back by the committee and submitted again counts by its last submission.
 */
export function workReportLate(dueAt: Date, submittedAt: Date | null, now: Date): boolean {
  return (submittedAt ?? now).getTime() >= dueAt.getTime();
}

/** The month's figures the report carries (read live in a draft, frozen at submission). Rates in percent, null when nothing was counted. */
export interface WorkReportFigures {
  repairs: {
    received: number;
    resolved: number;
    timelyRate: number | null;
    callbackRate: number | null;
    satisfactionRate: number | null;
  };
  complaints: { received: number; timelyRate: number | null; callbackRate: number | null; satisfactionRate: number | null };
  collection: { billedFen: number; collectedFen: number; ratePct: number | null };
}

/** Limits of the form, the same in the console and the API. */
export const WORK_REPORT_TEXT_MAX = 3000;
export const WORK_REPORT_OPINION_MAX = 500;
