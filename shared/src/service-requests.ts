import { can, inScope, PERMISSIONS, type StaffRole } from './roles.js';

/**
 * Service requests (客户需求): repairs, complaints, suggestions and inquiries share intake,
 * the duty log, dispatch, the timeline, callbacks and satisfaction (R-SRV-*). The repair
 * state machine (R-REP-*) is declared here once: the API refuses any other move and both
 * UIs show only the actions it allows.
 */
export const REQUEST_TYPES = ['repair', 'complaint', 'suggestion', 'inquiry'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];
export const REQUEST_TYPE_LABELS: Record<RequestType, string> = {
  repair: '报修',
  complaint: '投诉',
  suggestion: '建议',
  inquiry: '咨询',
};

/** R-SRV-01 channels; staff may register a request on an owner's behalf from any of them. */
export const CHANNELS = ['miniapp', 'phone', 'walk_in', 'email', 'letter', 'website', 'patrol'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, string> = {
  miniapp: '小程序',
  phone: '电话',
  walk_in: '来访',
  email: '电子邮件',
  letter: '信函',
  website: '公司网站',
  patrol: '巡查发现',
};
/** Channels where the request is not made face to face (a written acknowledgment is due for complaints). */
export const REMOTE_CHANNELS: readonly Channel[] = ['miniapp', 'email', 'letter', 'website'];

/** R-REP-03 kinds of repair. */
export const REPAIR_SCOPES = ['public', 'in_home'] as const;
export type RepairScope = (typeof REPAIR_SCOPES)[number];
export const REPAIR_SCOPE_LABELS: Record<RepairScope, string> = { public: '公共区域', in_home: '户内' };
export const CHARGE_KINDS = ['free', 'warranty', 'paid'] as const;
export type ChargeKind = (typeof CHARGE_KINDS)[number];
export const CHARGE_KIND_LABELS: Record<ChargeKind, string> = { free: '免费', warranty: '保修期内免费', paid: '有偿' };

/**
 * R-REP-16: after an in-home repair is dispatched the technician contacts the owner to confirm the
 * visit, within the project's contact time (a clock). A public-area repair has no owner to call.
 */
export function needsOwnerContact(scope: string): boolean {
  return scope === 'in_home';
}

/** R-REP-16 what the technician confirms when finishing an in-home repair (家居特约服务标准). */
export const FINISH_CHECKS = ['feeExplained', 'fixTried', 'siteCleaned'] as const;
export type FinishCheck = (typeof FINISH_CHECKS)[number];
export const FINISH_CHECK_LABELS: Record<FinishCheck, string> = {
  feeExplained: '已向业主出示并解释费用',
  fixTried: '业主已试用，确认修好',
  siteCleaned: '现场已清理干净',
};
export type FinishChecklist = Record<FinishCheck, boolean>;
/** The checks a finish needs: none for a public-area repair; the fee one only when a fee is charged. */
export function requiredFinishChecks(scope: string, feeFen: number | null | undefined): FinishCheck[] {
  if (scope !== 'in_home') return [];
  return FINISH_CHECKS.filter((c) => c !== 'feeExplained' || (feeFen ?? 0) > 0);
}
/** The required checks not confirmed (each must be `true`). */
export function missingFinishChecks(
  scope: string,
  feeFen: number | null | undefined,
  given: Partial<Record<FinishCheck, boolean | null | undefined>>,
): FinishCheck[] {
  return requiredFinishChecks(scope, feeFen).filter((c) => given[c] !== true);
}

/** R-REP-13 urgency set at intake. */
export const URGENCIES = ['emergency', 'urgent', 'normal'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS: Record<Urgency, string> = { emergency: '紧急', urgent: '加急', normal: '一般' };

export const REPAIR_STATUSES = [
  'received', // 已受理，待派单
  'dispatched', // 已派单，待接单（指派或抢单池）
  'accepted', // 已接单（技工领取工单）
  'arrived', // 已到场，处理中
  'paused', // 暂停：等待业主同意变更、等待材料
  'finished', // 已完工，待业主确认
  'confirmed', // 业主已确认，待回访
  'closed', // 已回访，关闭
  'cancelled', // 已取消
] as const;
export type RepairStatus = (typeof REPAIR_STATUSES)[number];
export const REPAIR_STATUS_LABELS: Record<RepairStatus, string> = {
  received: '待派单',
  dispatched: '待接单',
  accepted: '已接单',
  arrived: '处理中',
  paused: '已暂停',
  finished: '待确认',
  confirmed: '待回访',
  closed: '已完成',
  cancelled: '已取消',
};
export const OPEN_REPAIR_STATUSES: readonly RepairStatus[] = [
  'received',
  'dispatched',
  'accepted',
  'arrived',
  'paused',
  'finished',
];

/** Groups of statuses the desk counts and lists by (工作台 cards link to these lists). */
export const REPAIR_STAGES = {
  in_progress: ['dispatched', 'accepted', 'arrived', 'paused'],
  open: OPEN_REPAIR_STATUSES,
} as const satisfies Record<string, readonly RepairStatus[]>;
export type RepairStage = keyof typeof REPAIR_STAGES;
export const REPAIR_STAGE_LABELS: Record<RepairStage, string> = { in_progress: '处理中', open: '未完成' };

export const REPAIR_ACTIONS = [
  'review', // 审核小程序报修（R-SRV-03 审核人成为首问负责人；R-REP-13 确定紧急程度与要求完成时间）
  'dispatch', // 派单（指派技工/班组/外包，或放入抢单池）
  'grab', // 抢单
  'accept', // 接单（领取工单，R-REP-05）
  'transfer', // 转单（需原因）
  'return', // 退单（退回客服重新派单，需原因）
  'contact', // 已联系业主：户内维修派单后在时限内联系业主确认上门时间（R-REP-16）
  'arrive', // 到场签到
  'reschedule', // 错过预约：致歉、原因、新时间（R-REP-07）
  'pause', // 暂停（需原因；变更待业主同意 R-REP-14）
  'resume', // 继续
  'finish', // 完工（材料、结果、费用、照片 R-REP-06）
  'confirm', // 业主确认或签字（R-REP-06）
  'callback', // 回访（R-REP-09）：满意 → 关闭；不满意 → 重新处理（R-SRV-08）
  'reopen', // 重新处理
  'cancel', // 取消（需原因）
  'countersign', // 签收交回的工单：客服填写技工离开时间并签名（R-REP-05）
  'hand_in', // 交回工单（连同收据，R-REP-05）：纸质工单交回客服中心；先交回再录完工的，2 小时内录入
] as const;
export type RepairAction = (typeof REPAIR_ACTIONS)[number];
export const REPAIR_ACTION_LABELS: Record<RepairAction, string> = {
  review: '审核',
  dispatch: '派单',
  grab: '抢单',
  accept: '接单',
  transfer: '转单',
  return: '退单',
  contact: '已联系业主',
  arrive: '到场签到',
  reschedule: '改约',
  pause: '暂停',
  resume: '继续处理',
  finish: '完工',
  confirm: '确认完工',
  callback: '回访',
  reopen: '重新处理',
  cancel: '取消',
  hand_in: '交回工单',
  countersign: '签收工单',
};

/** Who may take an action: the service centre, the assigned technician, or the requester (owner/housekeeper). */
export type Actor = 'centre' | 'technician' | 'requester';

interface Move {
  from: readonly RepairStatus[];
  to: RepairStatus | 'same';
  by: readonly Actor[];
  needsReason?: boolean;
}

export const REPAIR_MACHINE: Record<RepairAction, Move> = {
  // R-SRV-03 / R-REP-13: a request from the mini-program is reviewed by a clerk (urgency, first contact) before dispatch
  review: { from: ['received'], to: 'same', by: ['centre'] },
  dispatch: { from: ['received'], to: 'dispatched', by: ['centre'] },
  grab: { from: ['dispatched'], to: 'accepted', by: ['technician'] },
  accept: { from: ['dispatched'], to: 'accepted', by: ['technician'] },
  transfer: { from: ['dispatched', 'accepted'], to: 'dispatched', by: ['centre', 'technician'], needsReason: true },
  return: { from: ['dispatched', 'accepted', 'arrived'], to: 'received', by: ['technician', 'centre'], needsReason: true },
  // R-REP-16 the technician of an in-home repair confirms the visit with the owner (the contact clock runs from the dispatch or grab that gave him the order)
  contact: { from: ['dispatched', 'accepted'], to: 'same', by: ['technician'] },
  arrive: { from: ['accepted'], to: 'arrived', by: ['technician'] },
  reschedule: { from: ['dispatched', 'accepted'], to: 'same', by: ['technician', 'centre'], needsReason: true },
  pause: { from: ['arrived'], to: 'paused', by: ['technician', 'centre'], needsReason: true },
  resume: { from: ['paused'], to: 'arrived', by: ['technician', 'centre'] },
  finish: { from: ['arrived'], to: 'finished', by: ['technician'] },
  confirm: { from: ['finished'], to: 'confirmed', by: ['requester', 'technician', 'centre'] },
  // R-REP-09 the callback is within 24 h of completion: an owner who has not confirmed in the app confirms on the call
  callback: { from: ['finished', 'confirmed'], to: 'closed', by: ['centre'] },
  reopen: { from: ['finished', 'confirmed', 'closed'], to: 'received', by: ['requester', 'centre'], needsReason: true },
  cancel: { from: ['received', 'dispatched'], to: 'cancelled', by: ['centre', 'requester'], needsReason: true },
  hand_in: { from: ['arrived', 'paused', 'finished', 'confirmed', 'closed'], to: 'same', by: ['technician', 'centre'] },
  // R-REP-05 the clerk writes the technician's leaving time on the returned order and countersigns it
  countersign: { from: ['arrived', 'paused', 'finished', 'confirmed', 'closed'], to: 'same', by: ['centre'] },
};

export function nextRepairStatus(from: RepairStatus, action: RepairAction): RepairStatus | null {
  const m = REPAIR_MACHINE[action];
  if (!m.from.includes(from)) return null;
  return m.to === 'same' ? from : m.to;
}

/** The actions an actor may take on a repair in this status (what a UI shows as buttons). */
export function allowedRepairActions(status: RepairStatus, actor: Actor): RepairAction[] {
  return REPAIR_ACTIONS.filter((a) => REPAIR_MACHINE[a].from.includes(status) && REPAIR_MACHINE[a].by.includes(actor));
}

export const SATISFACTIONS = ['very_satisfied', 'satisfied', 'neutral', 'dissatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];
export const SATISFACTION_LABELS: Record<Satisfaction, string> = {
  very_satisfied: '非常满意',
  satisfied: '满意',
  neutral: '一般',
  dissatisfied: '不满意',
};
/** A callback answer of 一般 or 不满意 is recorded with its reason (what the customer was unhappy about). */
export function callbackNeedsReason(s: Satisfaction): boolean {
  return s === 'neutral' || s === 'dissatisfied';
}
/** Satisfied or very satisfied: what the satisfaction rate counts as satisfied. */
export const SATISFIED: readonly Satisfaction[] = ['very_satisfied', 'satisfied'];
/** R-SRV-08: a callback that finds the customer not satisfied reopens the request. */
export function callbackOutcome(s: Satisfaction): 'close' | 'reopen' {
  return s === 'dissatisfied' ? 'reopen' : 'close';
}

export const CALLBACK_METHODS = ['phone', 'visit', 'miniapp', 'sms'] as const;
export type CallbackMethod = (typeof CALLBACK_METHODS)[number];
export const CALLBACK_METHOD_LABELS: Record<CallbackMethod, string> = {
  phone: '电话',
  visit: '上门',
  miniapp: '小程序',
  sms: '短信',
};

/** Staff roles that act as the service centre on requests (intake, dispatch, callbacks). */
export const SERVICE_DESK_ROLES = PERMISSIONS['request.desk'];
/** Staff roles that review requests filed by owners in the mini-program (their bell rings at once). */
export const REQUEST_REVIEW_ROLES = ['cs_supervisor', 'cs_assistant', 'service_clerk'] as const;
/**
 * R-SRV-03: the first-contact owner hands over their own requests; these roles may hand over anyone's
 * (a clerk who is off sick, a reassignment by the supervisor).
 */
export const HANDOVER_ANY_ROLES: readonly StaffRole[] = ['head_office', 'project_manager', 'cs_supervisor'];
export function mayHandOverAny(roles: readonly StaffRole[]): boolean {
  return roles.some((r) => HANDOVER_ANY_ROLES.includes(r));
}
/** Staff roles that can be dispatched a work order. */
export const ASSIGNABLE_ROLES = PERMISSIONS['request.work'];

/** Who is looking at a request: an owner, or a staff member with roles and projects. */
export type RequestViewer =
  { kind: 'owner'; id: number } | { kind: 'staff'; id: number; roles: readonly StaffRole[]; scope: 'all' | readonly number[] };
/**
 * Who may read a request (and its photos, receipts, extensions): its requester; the service desk of its
 * project; the technician it is assigned to, or any technician of the project while it waits in the grab
 * pool; the staff member who raised it on patrol. A technician does not read other people's orders.
 */
export function mayReadRequest(
  v: RequestViewer,
  r: {
    projectId: number;
    requesterPersonId: number | null;
    requesterStaffId: number | null;
    assigneeStaffId: number | null;
    inPool: boolean;
  },
): boolean {
  if (v.kind === 'owner') return r.requesterPersonId === v.id;
  if (!inScope(v.scope, r.projectId)) return false;
  if (can(v.roles, 'request.desk')) return true;
  if (r.assigneeStaffId === v.id || r.requesterStaffId === v.id) return true;
  return !!r.inPool && can(v.roles, 'request.work');
}

/** How a dispatch picks its assignee (R-REP-04). */
export const DISPATCH_MODES = ['assign', 'team', 'pool', 'round_robin'] as const;
export type DispatchMode = (typeof DISPATCH_MODES)[number];
export const DISPATCH_MODE_LABELS: Record<DispatchMode, string> = {
  assign: '指派技工',
  team: '班组/外包单位',
  pool: '抢单池',
  round_robin: '按类别轮派',
};
/**
 * Round-robin per category: the technicians on a category's rota take turns. `cursor` counts the
 * dispatches made so far; the next one goes to the technician at cursor mod n of those still
 * available (rota order kept), so a technician who leaves the project is skipped, not waited for.
 */
export function roundRobinPick(rota: readonly number[], available: readonly number[], cursor: number): number | null {
  const live = rota.filter((id) => available.includes(id));
  if (!live.length) return null;
  return live[((cursor % live.length) + live.length) % live.length]!;
}

/** Work order number: BX + project code + local date yymmdd + 4-digit serial of the day. */
export function repairCodePrefix(projectCode: string, localDate: string): string {
  return `BX${projectCode}${localDate.slice(2, 4)}${localDate.slice(5, 7)}${localDate.slice(8, 10)}`;
}
/** A code of the day: prefix + 4-digit serial (work orders, receipts). */
export function dailyCode(prefix: string, serial: number): string {
  if (!Number.isInteger(serial) || serial < 1 || serial > 9999) throw new Error('serial out of range');
  return prefix + String(serial).padStart(4, '0');
}

/**
 * Who may read a timeline event. Owner responses carry only owner-audience events, under the
 * owner step names below; staff notes (transfer reasons, callback remarks, hand-in) stay staff-side.
 */
export const TIMELINE_AUDIENCES = ['owner', 'staff'] as const;
export type TimelineAudience = (typeof TIMELINE_AUDIENCES)[number];

/** A request's status in the owner's words: no internal steps (待回访 and 交回工单 are the centre's business). */
export const OWNER_STATUS_LABELS: Record<RepairStatus, string> = {
  received: '已受理',
  dispatched: '已派单',
  accepted: '师傅已接单',
  arrived: '维修中',
  paused: '暂停处理',
  finished: '待您确认',
  confirmed: '已完成',
  closed: '已完成',
  cancelled: '已取消',
};

/**
 * Timeline steps an owner sees, in owner words. An event whose action is not listed here is
 * staff-only (transfer, return, hand_in, link_report, handover, second_callback, extensions …).
 */
export const OWNER_EVENT_LABELS: Readonly<Record<string, string>> = {
  intake: '报修已受理',
  review: '服务中心已审核',
  dispatch: '已安排维修',
  grab: '师傅已接单',
  accept: '师傅已接单',
  contact: '师傅已与您联系',
  arrive: '师傅已到场',
  reschedule: '上门时间已改约',
  pause: '暂停处理',
  resume: '继续处理',
  finish: '维修完成',
  confirm: '已确认完工',
  callback: '服务中心已回访',
  reopen: '重新处理',
  cancel: '已取消',
  payment: '费用已缴纳',
  desk_payment: '费用已缴纳',
};

/** Every timeline step in the centre's words (the staff side of every request's timeline). */
export const TIMELINE_EVENT_LABELS: Readonly<Record<string, string>> = {
  intake: '受理',
  ...REPAIR_ACTION_LABELS,
  second_callback: '二次回访',
  link_report: '重复报修',
  handover: '首问责任移交',
  extension_request: '申请延期',
  extension_approved: '批准延期',
  extension_rejected: '驳回延期',
  payment: '收款',
  print: '打印派工单',
};

/** Who reads a timeline event of this action: the owner too when it has an owner step name, else staff only. */
export function timelineAudience(action: string): TimelineAudience {
  return Object.prototype.hasOwnProperty.call(OWNER_EVENT_LABELS, action) ? 'owner' : 'staff';
}

/** How an owner addresses the technician: "李强 师傅", but "孙师傅" as it is (never "孙师傅 师傅"). */
export function technicianTitle(name: string): string {
  const n = name.trim();
  return n.endsWith('师傅') ? n : `${n} 师傅`;
}
