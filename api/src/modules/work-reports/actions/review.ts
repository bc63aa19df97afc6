import { isCalendarDate, localDate, localDayStart } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { WorkReportActionDef } from './action.js';
import { wordsOf } from './action.js';

/**
 * 登记审核意见 (R-RPT-02): who on the owners' committee reviewed it, on which day (in the project's
 * calendar: not before it was submitted, not after today) and their opinion.
 */
export const review: WorkReportActionDef = {
  name: 'review',
  perm: 'work_report.send',
  run: async ({ r, input, now, tz }) => {
    const reviewer = wordsOf(input.reviewerName, '审核的业委会委员姓名');
    const opinion = wordsOf(input.opinion, '业委会审核意见');
    const day = input.reviewedOn ?? '';
    if (!isCalendarDate(day)) throw badRequest('请选择业委会审核日期');
    if (r.submittedAt && day < localDate(r.submittedAt, tz)) throw badRequest('审核日期不能早于提交业委会的日期');
    if (day > localDate(now, tz)) throw badRequest('审核日期不能晚于今天');
    return {
      patch: { reviewerName: reviewer, reviewOpinion: opinion, reviewedAt: localDayStart(day, tz) },
      note: `业委会审核：${reviewer}`,
    };
  },
};
