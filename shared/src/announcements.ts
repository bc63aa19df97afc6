/**
 * 社区公告 (R-ACT-04 announcements and 温馨提示 reach owners in the mini-program; R-ACT-02 an activity is
 * announced in advance): the kinds, the states and the steps, declared once. The desk drafts, the manager
 * or head office approves and publishes (never the one who drafted or submitted it), a published one is
 * withdrawn with a reason (never edited; withdrawn, it may be drafted again and approved again). Pure: the
 * caller passes "now".
 */
export const ANNOUNCEMENT_KINDS = ['notice', 'reminder', 'outage', 'activity'] as const;
export type AnnouncementKind = (typeof ANNOUNCEMENT_KINDS)[number];
export const ANNOUNCEMENT_KIND_LABELS: Record<AnnouncementKind, string> = {
  notice: '通知公告',
  reminder: '温馨提示',
  outage: '停水停电',
  activity: '社区活动',
};

/** Stored states. */
export const ANNOUNCEMENT_STATUSES = ['draft', 'pending', 'published', 'withdrawn'] as const;
export type AnnouncementStatus = (typeof ANNOUNCEMENT_STATUSES)[number];
/** What the list filters and shows: a published one past its 有效期 reads 已过期. */
export const ANNOUNCEMENT_LIST_STATUSES = ['draft', 'pending', 'published', 'withdrawn', 'expired'] as const;
export type AnnouncementListStatus = (typeof ANNOUNCEMENT_LIST_STATUSES)[number];
export const ANNOUNCEMENT_STATUS_LABELS: Record<AnnouncementListStatus, string> = {
  draft: '草稿',
  pending: '待审核',
  published: '已发布',
  withdrawn: '已撤回',
  expired: '已过期',
};

/** Who reads it: every owner of the project, or the owners of chosen buildings. */
export const ANNOUNCEMENT_AUDIENCES = ['project', 'buildings'] as const;
export type AnnouncementAudience = (typeof ANNOUNCEMENT_AUDIENCES)[number];
export const ANNOUNCEMENT_AUDIENCE_LABELS: Record<AnnouncementAudience, string> = {
  project: '全体业主',
  buildings: '指定楼栋',
};

export const ANNOUNCEMENT_ACTIONS = ['submit', 'approve', 'reject', 'withdraw', 'redraft'] as const;
export type AnnouncementAction = (typeof ANNOUNCEMENT_ACTIONS)[number];
export const ANNOUNCEMENT_ACTION_LABELS: Record<AnnouncementAction, string> = {
  submit: '提交审核',
  approve: '审核发布',
  reject: '退回修改',
  withdraw: '撤回',
  redraft: '重新编辑',
};
export const ANNOUNCEMENT_MACHINE: Record<AnnouncementAction, { from: readonly AnnouncementStatus[]; to: AnnouncementStatus }> = {
  submit: { from: ['draft'], to: 'pending' },
  approve: { from: ['pending'], to: 'published' },
  reject: { from: ['pending'], to: 'draft' },
  withdraw: { from: ['published'], to: 'withdrawn' },
  redraft: { from: ['withdrawn'], to: 'draft' },
};
export function announcementMayTake(status: AnnouncementStatus, action: AnnouncementAction): boolean {
  return ANNOUNCEMENT_MACHINE[action].from.includes(status);
}

/** The state a list shows: a published announcement whose 有效期 ended reads 已过期. */
export function announcementListStatus(
  status: AnnouncementStatus,
  validTo: Date | string | null,
  now: Date,
): AnnouncementListStatus {
  if (status === 'published' && validTo && new Date(validTo).getTime() <= now.getTime()) return 'expired';
  return status;
}

/** Limits of the form, the same in the console and the API. */
export const ANNOUNCEMENT_TITLE_MAX = 60;
export const ANNOUNCEMENT_BODY_MAX = 5000;
