/**
 * Complaints (投诉, R-CMP-*): importance classes, categories, types, the state machine, the code,
 * the promises and their default durations. Declared once here: the API refuses any other move,
 * the console and the mini-program show only what this allows. Pure: no clock reads.
 */
import { REMOTE_CHANNELS, type Channel } from './service-requests.js';
import type { StaffRole } from './roles.js';
import type { SlaDuration } from './sla.js';

/** R-CMP-02 importance: A major (重大), B general (一般), C minor (轻微). */
export const COMPLAINT_IMPORTANCES = ['A', 'B', 'C'] as const;
export type ComplaintImportance = (typeof COMPLAINT_IMPORTANCES)[number];
export const COMPLAINT_IMPORTANCE_LABELS: Record<ComplaintImportance, string> = { A: '重大', B: '一般', C: '轻微' };
/** R-CMP-03 what each class covers (shown beside the choice in the review form). */
export const COMPLAINT_IMPORTANCE_HINTS: Record<ComplaintImportance, string> = {
  A: '重大检查项目；影响正常生活、财产或人身安全；有效投诉一个月未解决；联名投诉',
  B: '一般检查项目，或较大的服务失误',
  C: '轻微的服务失误',
};

/** R-CMP-02 category: the discipline the complaint is about. */
export const COMPLAINT_CATEGORIES = ['KF', 'ZX', 'GC', 'BJ', 'YY', 'QT'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];
export const COMPLAINT_CATEGORY_LABELS: Record<ComplaintCategory, string> = {
  KF: '客服',
  ZX: '秩序',
  GC: '工程',
  BJ: '保洁',
  YY: '园艺',
  QT: '其他',
};
/** R-CMP-07 the discipline supervisor a class B/C complaint of each category is forwarded to. */
export const COMPLAINT_CATEGORY_SUPERVISOR: Record<ComplaintCategory, string> = {
  KF: 'cs_supervisor',
  ZX: 'security_supervisor',
  GC: 'engineering_supervisor',
  BJ: 'cleaning_supervisor',
  YY: 'landscaping_supervisor',
  QT: 'cs_supervisor',
};

/** Who may be given a complaint to handle: the discipline supervisors, the quality and CS supervisors, the manager. */
export const COMPLAINT_HANDLER_ROLES = [
  'project_manager',
  'cs_supervisor',
  'quality_supervisor',
  'engineering_supervisor',
  'security_supervisor',
  'cleaning_supervisor',
  'landscaping_supervisor',
] as const;

/** R-CMP-17 complaint types for analysis. */
export const COMPLAINT_KINDS = ['help', 'inquiry', 'venting'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];
export const COMPLAINT_KIND_LABELS: Record<ComplaintKind, string> = { help: '求助型', inquiry: '咨询型', venting: '发泄型' };

/** R-CMP-21 the cases that call for immediate action, flagged at intake. */
export const IMMEDIATE_ACTION_REASONS = ['worsens', 'asked', 'minor_clear', 'instant_effect', 'crisis'] as const;
export type ImmediateActionReason = (typeof IMMEDIATE_ACTION_REASONS)[number];
export const IMMEDIATE_ACTION_LABELS: Record<ImmediateActionReason, string> = {
  worsens: '拖延会使事态扩大（如联名投诉）',
  asked: '投诉人要求立即处理且可行',
  minor_clear: '事情轻微、清楚、容易确认',
  instant_effect: '处理后能立即见效',
  crisis: '可能使公司陷入严重危机',
};

/** R-CMP-01 the flow: 受理 → 评审 → 落实处理 → 回复 → 回访 → 归档; an invalid complaint is kept as such (R-CMP-16). */
export const COMPLAINT_STATUSES = ['received', 'handling', 'handled', 'replied', 'closed', 'invalid'] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];
export const COMPLAINT_STATUS_LABELS: Record<ComplaintStatus, string> = {
  received: '待评审',
  handling: '处理中',
  handled: '待回复',
  replied: '待回访',
  closed: '已结案',
  invalid: '无效投诉',
};
/** The status in the complainant's words (no review, no internal steps). */
export const COMPLAINT_OWNER_STATUS_LABELS: Record<ComplaintStatus, string> = {
  received: '已收到',
  handling: '处理中',
  handled: '处理中',
  replied: '已答复',
  closed: '已完结',
  invalid: '已说明',
};
export const OPEN_COMPLAINT_STATUSES: readonly ComplaintStatus[] = ['received', 'handling', 'handled', 'replied'];

export const COMPLAINT_ACTIONS = [
  'review', // 评审：有效/无效、重要程度、类别、类型；有效的给出编码（R-CMP-01/02/03/16/17）
  'regrade', // 重新定级：保留流水号，记录旧编码（需原因）
  'acknowledge', // 书面/邮件等非当面投诉的回执（R-CMP-06）
  'forward', // 转交专业主管（R-CMP-07）
  'answer', // A 类：给投诉人明确答复（R-CMP-08）
  'handle', // 落实处理完成，记录结果
  'reply', // 结果回复投诉人（R-CMP-10）
  'callback', // 回访（R-CMP-11）：满意 → 结案；不满意 → 重新处理
  'second_callback', // A/B 类一个月内再回访（R-CMP-12）
  'extend', // 经理批准延期（R-CMP-09，需原因）
  'compensate', // 在权限内承诺赔偿，当天报上级（R-CMP-13）
  'transfer', // 转交公司或建设单位等处理，告知投诉人，继续跟踪（R-CMP-15）
  'verify_identity', // 沟通类投诉：核实投诉人身份、查看缴费情况（R-CMP-23）
] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];
export const COMPLAINT_ACTION_LABELS: Record<ComplaintAction, string> = {
  review: '评审',
  regrade: '重新定级',
  acknowledge: '回执',
  forward: '转交主管',
  answer: '明确答复',
  handle: '处理完成',
  reply: '结果回复',
  callback: '回访',
  second_callback: '二次回访',
  extend: '批准延期',
  compensate: '承诺赔偿',
  transfer: '转交上级单位',
  verify_identity: '核实身份',
};

interface ComplaintMove {
  from: readonly ComplaintStatus[];
  to: ComplaintStatus | 'same';
  needsReason?: boolean;
}
export const COMPLAINT_MACHINE: Record<ComplaintAction, ComplaintMove> = {
  review: { from: ['received'], to: 'handling' },
  regrade: { from: ['handling', 'handled', 'replied'], to: 'same', needsReason: true },
  acknowledge: { from: ['received', 'handling'], to: 'same' },
  forward: { from: ['handling'], to: 'same' },
  answer: { from: ['handling'], to: 'same' },
  handle: { from: ['handling'], to: 'handled' },
  reply: { from: ['handled'], to: 'replied' },
  callback: { from: ['replied'], to: 'closed' },
  second_callback: { from: ['closed'], to: 'same' },
  extend: { from: ['handling', 'handled', 'replied', 'closed'], to: 'same', needsReason: true },
  compensate: { from: ['handling', 'handled'], to: 'same' },
  transfer: { from: ['handling'], to: 'same' },
  verify_identity: { from: ['received', 'handling'], to: 'same' },
};

/** The promises of a complaint (each one clock: started, due, met, broken, extended). */
export const COMPLAINT_CLOCK_KINDS = [
  'acknowledge',
  'forward',
  'answer',
  'resolve',
  'reply',
  'callback',
  'second_callback',
] as const;
export type ComplaintClockKind = (typeof COMPLAINT_CLOCK_KINDS)[number];
export const COMPLAINT_CLOCK_LABELS: Record<ComplaintClockKind, string> = {
  acknowledge: '回执',
  forward: '转交主管',
  answer: '明确答复',
  resolve: '处理完成',
  reply: '结果回复',
  callback: '回访',
  second_callback: '二次回访',
};
/** The same promises in the complainant's words (what they were told and when). */
export const COMPLAINT_OWNER_CLOCK_LABELS: Partial<Record<ComplaintClockKind, string>> = {
  acknowledge: '书面回执',
  answer: '给您明确答复',
  resolve: '处理完成',
  reply: '答复处理结果',
  callback: '回访',
};

/** Per-project durations with the DOMAIN.md defaults (a project changes them without a code change). */
export interface ComplaintSlaSettings {
  /** R-CMP-06 a complaint not made face to face is acknowledged within 2 days. */
  acknowledge: SlaDuration;
  /** R-CMP-07 class B and C forwarded to the discipline supervisor within 1 hour. */
  forward: SlaDuration;
  /** R-CMP-08 class A: a clear answer within 2 days. */
  answer: SlaDuration;
  /** R-CMP-08/09 handled within: A 10 days, B 3 days, C 2 days (or the complainant's own time). */
  resolve: Record<ComplaintImportance, SlaDuration>;
  /** R-CMP-10 the result replied at most 2 days after handling. */
  reply: SlaDuration;
  /** R-CMP-11 callback within 3 days after handling. */
  callback: SlaDuration;
  /** R-CMP-12 class A and B: one more callback within a month after the reply. */
  secondCallback: SlaDuration;
  /** R-CMP-05 the reply time told at intake, before the review (default: 2 days). */
  promise: SlaDuration;
}
export const DEFAULT_COMPLAINT_SLA: ComplaintSlaSettings = {
  acknowledge: { value: 2, unit: 'days' },
  forward: { value: 1, unit: 'hours' },
  answer: { value: 2, unit: 'days' },
  resolve: { A: { value: 10, unit: 'days' }, B: { value: 3, unit: 'days' }, C: { value: 2, unit: 'days' } },
  reply: { value: 2, unit: 'days' },
  callback: { value: 3, unit: 'days' },
  secondCallback: { value: 30, unit: 'days' },
  promise: { value: 2, unit: 'days' },
};
/** Reads a project's stored setting over the defaults. */
export function complaintSla(stored: Partial<ComplaintSlaSettings> | null | undefined): ComplaintSlaSettings {
  const s = stored ?? {};
  return { ...DEFAULT_COMPLAINT_SLA, ...s, resolve: { ...DEFAULT_COMPLAINT_SLA.resolve, ...(s.resolve ?? {}) } };
}

/** R-CMP-06 a complaint made other than face to face needs an acknowledgment. */
export function needsAcknowledgment(channel: Channel | string): boolean {
  return (REMOTE_CHANNELS as readonly string[]).includes(channel);
}
/** R-CMP-07 class B and C are forwarded to the discipline supervisor; R-CMP-08 class A goes to the manager at once. */
export function isEscalatedClass(i: ComplaintImportance): boolean {
  return i === 'A';
}
/** R-CMP-12 class A and B get one more callback within a month after the reply. */
export function needsSecondCallback(i: ComplaintImportance): boolean {
  return i === 'A' || i === 'B';
}
/**
 * R-CMP-09 when the handling is due: the class's duration from `from`; for class C, the
 * complainant's own time when they asked for one (`askedBy`).
 */
export function complaintResolveDue(
  i: ComplaintImportance,
  from: Date,
  askedBy: Date | null,
  due: (d: SlaDuration) => Date,
  s: ComplaintSlaSettings,
): Date {
  if (i === 'C' && askedBy) return askedBy;
  return due(s.resolve[i]);
}

/** R-CMP-02 the code's prefix: project + importance + category, e.g. `101-B-GC`. */
export function complaintCodePrefix(projectCode: string, i: ComplaintImportance, c: ComplaintCategory): string {
  return `${projectCode}-${i}-${c}`;
}
/** R-CMP-02 the code: `101-B-GC-000123` (6-digit serial, per project, never repeated). */
export function complaintCode(projectCode: string, i: ComplaintImportance, c: ComplaintCategory, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1) throw new Error('serial must be a positive integer');
  return `${complaintCodePrefix(projectCode, i, c)}-${String(serial).padStart(6, '0')}`;
}
const CODE_RE = /^(\d{3})-([ABC])-(KF|ZX|GC|BJ|YY|QT)-(\d{6,})$/;
export function parseComplaintCode(
  code: string,
): { projectCode: string; importance: ComplaintImportance; category: ComplaintCategory; serial: number } | null {
  const m = CODE_RE.exec(code);
  if (!m) return null;
  return {
    projectCode: m[1]!,
    importance: m[2] as ComplaintImportance,
    category: m[3] as ComplaintCategory,
    serial: Number(m[4]),
  };
}

/** A duration in the owner's words: "2 天", "1 小时", "3 个工作日". */
const DURATION_UNIT_WORDS: Record<SlaDuration['unit'], string> = { minutes: '分钟', hours: '小时', days: '天', working_days: '个工作日' };
export const durationWords = (d: SlaDuration) => `${d.value} ${DURATION_UNIT_WORDS[d.unit]}`;

/** R-CMP-20 the complaint guide: where and how to complain (published in the mini-program, printable for the lobby). */
export const COMPLAINT_GUIDE_WAYS: readonly string[] = [
  '在本小程序「投诉建议」中提交（可随时查看处理进度）',
  '致电物业服务中心（电话见首页右上角）',
  '到物业服务中心前台当面反映',
  '书面信函或电子邮件寄送物业服务中心',
];
/** R-CMP-20 (R-CMP-01) the flow in the owner's words. */
export const COMPLAINT_GUIDE_FLOW: readonly string[] = ['受理登记', '评审定级', '落实处理', '过程跟踪', '结果答复', '回访'];
/**
 * R-CMP-20 the time limits the centre works to, in the owner's words, written from the complaint durations
 * (R-CMP-06…12) — never retyped, so the published limits are the ones the clocks run on.
 */
export function complaintGuideLimits(s: ComplaintSlaSettings = DEFAULT_COMPLAINT_SLA): string[] {
  const w = durationWords;
  return [
    `书面、邮件或小程序提交的投诉，${w(s.acknowledge)}内给您回执`,
    `一般、轻微投诉在 ${w(s.forward)}内转交专业主管处理`,
    `重大投诉立即上报管理处经理，${w(s.answer)}内给您明确答复，${w(s.resolve.A)}内处理完毕`,
    `一般投诉 ${w(s.resolve.B)}内处理完毕；轻微投诉 ${w(s.resolve.C)}内，或按您要求的时间`,
    `处理完毕当天答复您结果，最迟不超过 ${w(s.reply)}`,
    `处理完毕后 ${w(s.callback)}内回访；重大、一般投诉答复后 ${w(s.secondCallback)}内再回访一次`,
    '如需延期，须经管理处经理批准并告知您原因',
  ];
}

/** R-CMP-19 the sentence on receipts and in the mini-program. */
export const COMPLAINT_INVITATION = '您的意见对我们非常重要,不满意或有建议时,请告诉我们,我们乐意改进';

/** Timeline steps the complainant sees, in their words; every other step stays on the staff side. */
export const COMPLAINT_OWNER_EVENT_LABELS: Readonly<Record<string, string>> = {
  intake: '投诉已受理',
  acknowledge: '已发出书面回执',
  answer: '服务中心已答复',
  handle: '处理完成',
  reply: '已答复处理结果',
  callback: '服务中心已回访',
  invalid: '服务中心已说明情况',
  transfer: '已转交上级单位处理',
  joint: '已作为联名投诉上报',
};
/** Every step in the centre's words. */
export const COMPLAINT_EVENT_LABELS: Readonly<Record<string, string>> = {
  intake: '受理',
  ...COMPLAINT_ACTION_LABELS,
  invalid: '评审为无效投诉',
  escalate: '上报经理',
  reopen: '重新处理',
  join: '联名',
  joint: '联名投诉上报公司',
  overdue: '承诺超时',
};
export function complaintEventAudience(action: string): 'owner' | 'staff' {
  return Object.prototype.hasOwnProperty.call(COMPLAINT_OWNER_EVENT_LABELS, action) ? 'owner' : 'staff';
}

/**
 * R-CMP-13 who may promise compensation, and up to how much (fen): a discipline supervisor ¥1000, the
 * quality supervisor ¥2000, the project manager per the project's annual authorisation (project setting),
 * head office without limit. Anyone else, or above the limit: it goes up.
 */
export const COMPENSATION_LIMIT_FEN: Partial<Record<StaffRole, number | 'project' | 'unlimited'>> = {
  cs_supervisor: 100_000,
  engineering_supervisor: 100_000,
  security_supervisor: 100_000,
  cleaning_supervisor: 100_000,
  landscaping_supervisor: 100_000,
  quality_supervisor: 200_000,
  project_manager: 'project',
  head_office: 'unlimited',
};
/** The manager's annual authorisation when the project has not set one. */
export const DEFAULT_MANAGER_COMPENSATION_FEN = 500_000;
/** The highest amount these roles may promise (null: no limit; 0: none). */
export function compensationLimitFen(roles: readonly StaffRole[], managerLimitFen: number): number | null {
  let best = 0;
  for (const r of roles) {
    const l = COMPENSATION_LIMIT_FEN[r];
    if (l === 'unlimited') return null;
    const n = l === 'project' ? managerLimitFen : (l ?? 0);
    if (n > best) best = n;
  }
  return best;
}

/** R-CMP-15 where a complaint the project cannot resolve is transferred. */
export const COMPLAINT_TRANSFER_TARGETS = ['company', 'developer', 'other'] as const;
export type ComplaintTransferTarget = (typeof COMPLAINT_TRANSFER_TARGETS)[number];
export const COMPLAINT_TRANSFER_LABELS: Record<ComplaintTransferTarget, string> = {
  company: '公司',
  developer: '建设单位',
  other: '其他单位',
};

/** R-CMP-14 a joint complaint of this many people or more is class A and escalated to the company the same day. */
export const JOINT_COMPLAINT_MIN = 3;

/** R-CMP-23 a communication-type complaint (about the customer service itself): the taker checks who and their payments first. */
export function needsIdentityCheck(category: string | null | undefined): boolean {
  return category === 'KF';
}

/** R-RPT-01 R-CMP-22 what a month's complaint statistics count (per category, and in total). */
export interface ComplaintMonthCounts {
  /** received in the month */
  received: number;
  /** of those, reviewed valid */
  valid: number;
  /** handled in the month (the handling promise kept) … */
  handled: number;
  /** … within its limit (R-CMP-22 timely handling) */
  handledInTime: number;
  /** closed in the month … */
  closed: number;
  /** … handled right the first time (no dissatisfied callback sent it back) */
  closedFirstTime: number;
  /** … with the complainant satisfied at the callback */
  satisfied: number;
  /** … with every promise to the complainant kept (R-CMP-22 tracking: acknowledgment, answer, reply, callback) */
  tracked: number;
  /** callbacks owed from handling in the month, and done */
  callbacksDue: number;
  callbacksDone: number;
}
/** Nothing counted yet. */
export const EMPTY_MONTH_COUNTS: Readonly<ComplaintMonthCounts> = {
  received: 0,
  valid: 0,
  handled: 0,
  handledInTime: 0,
  closed: 0,
  closedFirstTime: 0,
  satisfied: 0,
  tracked: 0,
  callbacksDue: 0,
  callbacksDone: 0,
};
export interface ComplaintMonthRates {
  timelyRate: number | null;
  correctRate: number | null;
  callbackRate: number | null;
  satisfactionRate: number | null;
  validRate: number | null;
  trackingRate: number | null;
  /** valid complaints per 100 households */
  complaintRate: number | null;
}
const pct1 = (n: number, of: number) => (of > 0 ? Math.round((n * 1000) / of) / 10 : null);
/** R-RPT-01 the rates (percent, one decimal; null when nothing to count) from the counts. */
export function complaintMonthRates(c: ComplaintMonthCounts, households: number): ComplaintMonthRates {
  return {
    timelyRate: pct1(c.handledInTime, c.handled),
    correctRate: pct1(c.closedFirstTime, c.closed),
    callbackRate: pct1(c.callbacksDone, c.callbacksDue),
    satisfactionRate: pct1(c.satisfied, c.closed),
    validRate: pct1(c.valid, c.received),
    trackingRate: pct1(c.tracked, c.closed),
    complaintRate: households > 0 ? Math.round((c.valid * 10000) / households) / 100 : null,
  };
}
export const COMPLAINT_RATE_LABELS: Record<keyof ComplaintMonthRates, string> = {
  timelyRate: '及时处理率',
  correctRate: '处理正确率',
  callbackRate: '回访率',
  satisfactionRate: '满意率',
  validRate: '有效投诉率',
  trackingRate: '投诉跟踪率',
  complaintRate: '投诉率（每百户）',
};
