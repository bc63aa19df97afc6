/**
 * Renovation (装修报备, R-REN-01…08): an owner (or a bound member or tenant, confirmed by the room's owner)
 * applies with the contractor, the workers, the plan and the changes to water, power and gas; the desk
 * returns an incomplete application for correction the same day (退回补正); the engineering supervisor
 * reviews against the refusal grounds and the manager approves, by the earlier of 2 working days and
 * 3 calendar days; the fees and both deposits become the room's bills; only when all are paid the permit
 * and the worker passes are issued. Declared once here; the API, the console and the mini-program read these.
 */
import { dueAt, type WorkCalendar } from './sla.js';
import { isCalendarDate } from './local-time.js';

/** A renovation's life. */
export const RENO_STATUSES = [
  'awaiting_owner',
  'submitted',
  'returned',
  'reviewed',
  'approved',
  'permitted',
  'acceptance_requested',
  'rectifying',
  'accepted',
  'refused',
  'declined',
  'cancelled',
] as const;
export type RenoStatus = (typeof RENO_STATUSES)[number];
/** Staff words. */
export const RENO_STATUS_LABELS: Record<RenoStatus, string> = {
  awaiting_owner: '待业主确认',
  submitted: '待工程审核',
  returned: '退回补正',
  reviewed: '待经理审批',
  approved: '待缴费',
  permitted: '施工中',
  acceptance_requested: '待验收',
  rectifying: '验收整改中',
  accepted: '验收通过',
  refused: '未通过',
  declined: '业主未同意',
  cancelled: '已撤回',
};
/** Owner words. */
export const RENO_OWNER_LABELS: Record<RenoStatus, string> = {
  awaiting_owner: '待业主确认',
  submitted: '服务中心审核中',
  returned: '需补正资料',
  reviewed: '服务中心审核中',
  approved: '已批准，请缴费',
  permitted: '可以施工',
  acceptance_requested: '已申请验收',
  rectifying: '验收未通过，请整改',
  accepted: '验收通过',
  refused: '未通过',
  declined: '业主未同意',
  cancelled: '已撤回',
};
/** Statuses still to be acted on (the 办理 inbox's 进行中). */
export const OPEN_RENO_STATUSES: readonly RenoStatus[] = [
  'awaiting_owner',
  'submitted',
  'returned',
  'reviewed',
  'approved',
  'permitted',
  'acceptance_requested',
  'rectifying',
];
/** Statuses whose review clock runs (R-REN-04): shown with the due time, flagged when late. */
export const RENO_REVIEW_STATUSES: readonly RenoStatus[] = ['submitted', 'reviewed'];

/** The steps: the room's owner (confirm/decline), the applicant (cancel, resubmit), the desk, the supervisor, the manager. */
export const RENO_ACTIONS = [
  'confirm',
  'decline',
  'cancel',
  'resubmit',
  'return',
  'review',
  'approve',
  'refuse',
  'permit',
  'request_acceptance',
  'fail_acceptance',
  'accept',
  'refund_deposits',
] as const;
export type RenoAction = (typeof RENO_ACTIONS)[number];
export const RENO_ACTION_LABELS: Record<RenoAction, string> = {
  confirm: '业主确认',
  decline: '业主不同意',
  cancel: '撤回申请',
  resubmit: '补正后重新提交',
  return: '退回补正',
  review: '工程审核',
  approve: '经理审批通过',
  refuse: '不予批准',
  permit: '发放许可证',
  request_acceptance: '申请竣工验收',
  fail_acceptance: '验收不通过',
  accept: '验收通过',
  refund_deposits: '发起退还保证金',
};
/** The state machine: from which statuses a step may be taken, and where it may lead. */
export const RENO_TRANSITIONS: Record<RenoAction, { from: readonly RenoStatus[]; to: readonly RenoStatus[] }> = {
  confirm: { from: ['awaiting_owner'], to: ['submitted'] },
  decline: { from: ['awaiting_owner'], to: ['declined'] },
  cancel: { from: ['awaiting_owner', 'submitted', 'returned', 'reviewed'], to: ['cancelled'] },
  resubmit: { from: ['returned'], to: ['submitted'] },
  return: { from: ['submitted'], to: ['returned'] },
  review: { from: ['submitted'], to: ['reviewed', 'refused'] },
  approve: { from: ['reviewed'], to: ['approved'] },
  refuse: { from: ['reviewed'], to: ['refused'] },
  permit: { from: ['approved'], to: ['permitted'] },
  // R-REN-07 the owner (or the desk) asks for the acceptance; again after a failure
  request_acceptance: { from: ['permitted', 'rectifying'], to: ['acceptance_requested'] },
  fail_acceptance: { from: ['acceptance_requested'], to: ['rectifying'] },
  accept: { from: ['acceptance_requested'], to: ['accepted'] },
  // R-REN-08 the deposits' refund is started once, after the pass (the status stays 验收通过)
  refund_deposits: { from: ['accepted'], to: ['accepted'] },
};
export function renoActionAllowed(action: RenoAction, status: string): boolean {
  return (RENO_TRANSITIONS[action].from as readonly string[]).includes(status);
}

/** R-REN-04 the grounds on which a plan is refused, as the supervisor's checklist; any ticked → refused. */
export const RENO_REFUSAL_GROUNDS = [
  'structure',
  'wet_room',
  'bearing_wall',
  'energy',
  'planning',
  'facade',
  'heating_gas',
  'safety',
] as const;
export type RenoRefusalGround = (typeof RENO_REFUSAL_GROUNDS)[number];
export const RENO_REFUSAL_GROUND_LABELS: Record<RenoRefusalGround, string> = {
  structure: '未经原设计单位或具有相应资质的设计单位提出设计方案，变动建筑主体或承重结构',
  wet_room: '将没有防水要求的房间或阳台改为卫生间、厨房',
  bearing_wall: '扩大承重墙上原有的门窗尺寸，拆除连接阳台的砖、混凝土墙体',
  energy: '损坏房屋原有节能设施，降低节能效果',
  planning: '未经城市规划行政主管部门批准搭建建筑物、构筑物',
  facade: '未经批准改变住宅外立面，在非承重外墙上开门、窗',
  heating_gas: '未经供暖、燃气管理单位批准拆改供暖管道和设施、燃气管道和设施',
  safety: '其他影响建筑结构和使用安全的行为',
};
export function isRenoRefusalGround(v: unknown): v is RenoRefusalGround {
  return typeof v === 'string' && (RENO_REFUSAL_GROUNDS as readonly string[]).includes(v);
}
/** The ticked grounds in words, for the owner and the printed refusal: "① …；② …". */
export function renoGroundsText(grounds: readonly string[]): string {
  return grounds
    .filter(isRenoRefusalGround)
    .map((g, i) => `${'①②③④⑤⑥⑦⑧'[i]}${RENO_REFUSAL_GROUND_LABELS[g]}`)
    .join('；');
}

/** R-REN-04 the review's time limit: the earlier of so many working days and so many calendar days (per project). */
export interface RenoReviewLimit {
  workingDays: number;
  calendarDays: number;
}
export const DEFAULT_RENO_REVIEW_LIMIT: RenoReviewLimit = { workingDays: 2, calendarDays: 3 };

/**
 * R-REN-04 when the review and approval fall due: the earlier of `workingDays` working days and
 * `calendarDays` calendar days from submission, in the project's zone with its holiday calendar.
 */
export function renoReviewDue(submittedAt: Date, cal: WorkCalendar, limit: RenoReviewLimit = DEFAULT_RENO_REVIEW_LIMIT): Date {
  const byWork = dueAt(submittedAt, { value: limit.workingDays, unit: 'working_days' }, cal);
  const byDays = dueAt(submittedAt, { value: limit.calendarDays, unit: 'days' }, cal);
  return byWork.getTime() <= byDays.getTime() ? byWork : byDays;
}
/** Late: the review clock runs (submitted or reviewed) and its due time has passed. */
export function renoReviewOverdue(status: string, reviewDueAt: Date | null, now: Date): boolean {
  return !!reviewDueAt && (RENO_REVIEW_STATUSES as readonly string[]).includes(status) && now.getTime() > reviewDueAt.getTime();
}

/** R-REN-05 what is charged on approval (one bill each): the management fee, the two deposits, the rubble removal if the centre does it. */
export const RENO_FEE_KINDS = ['management', 'owner_deposit', 'contractor_deposit', 'rubble'] as const;
export type RenoFeeKind = (typeof RENO_FEE_KINDS)[number];
export const RENO_FEE_LABELS: Record<RenoFeeKind, string> = {
  management: '装修管理费',
  owner_deposit: '业主装修保证金',
  contractor_deposit: '施工单位装修保证金',
  rubble: '垃圾清运费',
};
/** The bill kind (billing's fee categories) each renovation charge is filed under. */
export const RENO_FEE_BILL_KIND: Record<RenoFeeKind, string> = {
  management: 'other',
  owner_deposit: 'deposit',
  contractor_deposit: 'deposit',
  rubble: 'garbage',
};
/** Deposits are refunded after the acceptance (R-REN-08). */
export const RENO_DEPOSIT_KINDS: readonly RenoFeeKind[] = ['owner_deposit', 'contractor_deposit'];
/** The fees a project charges (fen), its own or these defaults. */
export type RenoFees = Record<RenoFeeKind, number>;
export const DEFAULT_RENO_FEES: RenoFees = {
  management: 30_000,
  owner_deposit: 200_000,
  contractor_deposit: 300_000,
  rubble: 40_000,
};
/** The charges of an approved application: every fee but the rubble removal unless the centre removes it. */
export function renoCharges(fees: RenoFees, rubbleByCentre: boolean): { kind: RenoFeeKind; amountFen: number }[] {
  return RENO_FEE_KINDS.filter((k) => k !== 'rubble' || rubbleByCentre)
    .map((kind) => ({ kind, amountFen: fees[kind] }))
    .filter((c) => c.amountFen > 0);
}

/** The permit code's prefix: ZX + project code + the local issue date as yymmdd; a four-digit serial follows. */
export function renoPermitPrefix(projectCode: string, localDate: string): string {
  return `ZX${projectCode}${localDate.slice(2, 4)}${localDate.slice(5, 7)}${localDate.slice(8, 10)}`;
}
/** A worker's pass code: the permit's code and the worker's number. */
export const renoWorkerPassCode = (permitCode: string, seq: number) => `${permitCode}-${String(seq).padStart(2, '0')}`;

export const RENO_MAX_WORKERS = 30;
export const RENO_MAX_ITEMS = 20;
export const RENO_MAX_DAYS = 180;

/** R-REN-01 the works period's problem in words (null: fine): real dates, starting today or later, at most 180 days. */
export function renoPeriodProblem(startOn: string, endOn: string, today: string): string | null {
  if (!isCalendarDate(startOn)) return '开工日期不是有效的日期';
  if (!isCalendarDate(endOn)) return '完工日期不是有效的日期';
  if (startOn < today) return '开工日期不能早于今天';
  if (endOn < startOn) return '完工日期不能早于开工日期';
  const days = (Date.parse(`${endOn}T00:00:00Z`) - Date.parse(`${startOn}T00:00:00Z`)) / 86_400_000 + 1;
  if (days > RENO_MAX_DAYS) return `装修工期不能超过${RENO_MAX_DAYS}天`;
  return null;
}

/** R-REN-01 the plan's and the workers' problem in words (null: fine). */
export function renoPlanProblem(p: {
  items?: readonly unknown[] | null;
  workers?: readonly { name?: unknown; phone?: unknown }[] | null;
  changesWater?: unknown;
  changesPower?: unknown;
  changesGas?: unknown;
}): string | null {
  const items = Array.isArray(p.items) ? p.items : [];
  if (!items.length) return '请至少填写一项装修项目';
  if (items.length > RENO_MAX_ITEMS) return `装修项目最多${RENO_MAX_ITEMS}项`;
  for (const [i, it] of items.entries()) {
    const s = typeof it === 'string' ? it.trim() : '';
    if (!s) return `第${i + 1}项装修项目请填写内容`;
    if (s.length > 60) return `第${i + 1}项装修项目不能超过60个字`;
  }
  for (const [k, label] of [
    ['changesWater', '给排水'],
    ['changesPower', '电路'],
    ['changesGas', '燃气'],
  ] as const)
    if (typeof p[k] !== 'boolean') return `请选择是否改动${label}`;
  const workers = Array.isArray(p.workers) ? p.workers : [];
  if (!workers.length) return '请至少登记一名施工人员';
  if (workers.length > RENO_MAX_WORKERS) return `施工人员最多${RENO_MAX_WORKERS}名`;
  for (const [i, w] of workers.entries())
    if (typeof w.name !== 'string' || !w.name.trim()) return `第${i + 1}名施工人员请填写姓名`;
  return null;
}

/** The project's working hours for renovation, printed on the permit, when it has written none. */
export const DEFAULT_RENO_HOURS = '工作日 08:00—12:00，14:00—18:00；周末及节假日不得进行产生噪声的施工';

/** R-REN-01 the guide (办理流程、所需资料、收费标准) shown before an owner applies, when the project has written none. */
export const DEFAULT_RENO_GUIDE = [
  '一、办理流程：在线填写装修申请（房屋、工期、施工单位、施工人员、装修项目及水电燃气改动）→ 非业主申请须经业主在小程序内确认 →',
  '　　服务中心初审（资料不全当天告知补正）→ 工程主管审核 → 管理处经理审批（提交后2个工作日内，且不超过3天）→',
  '　　签订装修管理服务协议并缴纳费用 → 领取装修施工许可证和施工人员出入证 → 开工。',
  '二、所需资料：业主身份证明及房产证明；租户或家庭成员申请须业主确认；施工单位营业执照及资质证书复印件；',
  '　　施工负责人及施工人员身份证；装修设计图纸（涉及水电燃气改动的须附图）。',
  '三、收费标准：装修管理费、业主装修保证金、施工单位装修保证金；由服务中心清运装修垃圾的另收垃圾清运费（以本项目公布金额为准）。',
  '　　验收合格并交回许可证及出入证后，两项保证金在3个工作日内退还。',
  '四、注意事项：不得拆改承重结构、不得将无防水房间改为厨卫、不得改变外立面；施工现场须配备灭火器；',
  '　　施工时间请遵守本项目规定；完工后在小程序内申请验收。',
].join('\n');
