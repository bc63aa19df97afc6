/**
 * The FAQ (答客问, R-FAQ-*): a project's answers to what customers ask, in the manual's categories,
 * each entry with the time it was last reviewed; the half-year full review. Pure: no clock reads.
 */
export const FAQ_CATEGORIES = [
  'site',
  'fees',
  'phones',
  'transport',
  'shopping',
  'dining',
  'schools',
  'housekeeping',
  'common',
] as const;
export type FaqCategory = (typeof FAQ_CATEGORIES)[number];
/** R-FAQ-01 the categories every project keeps. */
export const FAQ_CATEGORY_LABELS: Record<FaqCategory, string> = {
  site: '项目概况',
  fees: '收费标准',
  phones: '常用电话',
  transport: '交通',
  shopping: '购物',
  dining: '餐饮',
  schools: '学校',
  housekeeping: '家政服务',
  common: '常见问题',
};

/** R-FAQ-02 every entry is reviewed at least every half year. */
export const FAQ_REVIEW_MONTHS = 6;
/** The instant before which an entry's last review is too old at `now` (same day, six months back, in UTC). */
export function faqReviewCutoff(now: Date): Date {
  const d = new Date(now.getTime());
  d.setUTCMonth(d.getUTCMonth() - FAQ_REVIEW_MONTHS);
  return d;
}
export function faqReviewDue(reviewedAt: Date, now: Date): boolean {
  return reviewedAt.getTime() < faqReviewCutoff(now).getTime();
}
/** R-FAQ-02 what the half-year review checks for each entry (shown as the reminder's checklist). */
export const FAQ_REVIEW_CHECKLIST = [
  '内容与现场情况一致（面积、栋数、户数、车位等）',
  '收费标准与现行标准一致',
  '电话号码逐一拨打核实',
  '周边交通、购物、餐饮、学校、家政信息仍然有效',
] as const;

/** R-FAQ-04 the monthly quiz: questions drawn from the project's FAQ, four answers each, one right. */
export const FAQ_QUIZ_QUESTIONS = 5;
export const FAQ_QUIZ_OPTIONS = 4;
/** the mastery target: every answer right */
export const FAQ_QUIZ_PASS_PERCENT = 100;
