/**
 * Move-in (入伙 / 进伙, R-MOV-01…05): a project publishes a move-in batch (the rooms handed over, the period,
 * the move-in guide, renovation notes and payment notice, R-MOV-01/05); a desk clerk takes the buyer through
 * five steps in order (R-MOV-02) — identity, records and agreements, fees (paid bills checked before keys),
 * house inspection (meter readings, defects, the owner's signature), keys against a signed register — with
 * the waiting and handling time measured (R-MOV-03); the defects go to the developer in writing and each is
 * tracked until the owner confirms it (R-MOV-04). Declared once here; the API, the console and the
 * mini-program read these.
 */
import { multiplyFen } from './money.js';

/** The desk's five steps, in the order they must be taken. */
export const MOVEIN_STEPS = ['identity', 'agreements', 'fees', 'inspection', 'keys'] as const;
export type MoveInStep = (typeof MOVEIN_STEPS)[number];
export const MOVEIN_STEP_LABELS: Record<MoveInStep, string> = {
  identity: '核验身份',
  agreements: '资料与协议',
  fees: '缴费',
  inspection: '验房',
  keys: '交钥匙',
};

/** Before the steps: the buyer arrives (the wait starts) and the clerk starts handling (the wait ends). */
export const MOVEIN_ACTIONS = ['arrive', 'start', ...MOVEIN_STEPS] as const;
export type MoveInAction = (typeof MOVEIN_ACTIONS)[number];
export const MOVEIN_ACTION_LABELS: Record<MoveInAction, string> = {
  arrive: '登记到场',
  start: '开始办理',
  ...MOVEIN_STEP_LABELS,
};

/** A room's move-in: in a batch, not yet come; arrived and waiting; being handled; keys handed over. */
export const MOVEIN_STATUSES = ['notified', 'waiting', 'handling', 'done'] as const;
export type MoveInStatus = (typeof MOVEIN_STATUSES)[number];
export const MOVEIN_STATUS_LABELS: Record<MoveInStatus, string> = {
  notified: '待办理',
  waiting: '等候中',
  handling: '办理中',
  done: '已入伙',
};
/** Owner words. */
export const MOVEIN_OWNER_LABELS: Record<MoveInStatus, string> = {
  notified: '待办理入伙',
  waiting: '已到场，请稍候',
  handling: '正在办理入伙',
  done: '已入伙',
};

/**
 * R-MOV-02 why this action may not be taken now, in words the clerk reads (null: it may): arrival, then the
 * start, then each step only after the one before it; a step already done is not done twice.
 */
export function moveInActionRefusal(action: MoveInAction, m: { status: string; stepsDone: number }): string | null {
  if (m.status === 'done') return '该房屋已办结入伙';
  if (action === 'arrive') return m.status === 'notified' ? null : '已登记过到场时间';
  if (action === 'start') {
    if (m.status === 'notified') return '请先登记业主到场时间';
    return m.status === 'waiting' ? null : '已开始办理';
  }
  if (m.status !== 'handling') return m.status === 'notified' ? '请先登记业主到场并开始办理' : '请先开始办理';
  const i = MOVEIN_STEPS.indexOf(action);
  if (m.stepsDone > i) return `「${MOVEIN_STEP_LABELS[action]}」已完成，不能重复办理`;
  if (m.stepsDone < i) return `请先完成「${MOVEIN_STEP_LABELS[MOVEIN_STEPS[m.stepsDone]!]}」`;
  return null;
}

/** The steps as the screens show them: done, the current one, or still to come. */
export function moveInStepStates(stepsDone: number, status: string): { step: MoveInStep; label: string; state: 'done' | 'current' | 'todo' }[] {
  return MOVEIN_STEPS.map((step, i) => ({
    step,
    label: MOVEIN_STEP_LABELS[step],
    state: i < stepsDone ? 'done' : i === stepsDone && status === 'handling' ? 'current' : 'todo',
  }));
}

/** 核验身份: the documents the clerk checks; the move-in notice's original is collected (R-MOV-05). */
export const MOVEIN_IDENTITY_DOCS = ['notice', 'contract', 'receipt'] as const;
export type MoveInIdentityDoc = (typeof MOVEIN_IDENTITY_DOCS)[number];
export const MOVEIN_IDENTITY_DOC_LABELS: Record<MoveInIdentityDoc, string> = {
  notice: '《入伙通知书》原件（收回）',
  contract: '《购房合同》原件',
  receipt: '购房款收据',
};
/** 资料与协议: the documents the buyer signs. */
export const MOVEIN_AGREEMENTS = ['service_agreement', 'management_rules'] as const;
export type MoveInAgreement = (typeof MOVEIN_AGREEMENTS)[number];
export const MOVEIN_AGREEMENT_LABELS: Record<MoveInAgreement, string> = {
  service_agreement: '《前期物业服务协议》',
  management_rules: '《临时管理规约》',
};
/** R-MOV-05 bank collection (托收) of the fees: set up, or declined by the buyer. */
export const MOVEIN_COLLECTIONS = ['set_up', 'declined'] as const;
export type MoveInCollection = (typeof MOVEIN_COLLECTIONS)[number];
export const MOVEIN_COLLECTION_LABELS: Record<MoveInCollection, string> = {
  set_up: '已办理银行托收',
  declined: '业主不办理托收',
};

/**
 * Whether a step's checklist is complete: every document ticked (identity), both agreements signed and the
 * collection decided (agreements). The missing ones in words, or null.
 */
export function moveInChecklistProblem(
  step: 'identity' | 'agreements',
  ticked: readonly string[] | null | undefined,
  collection?: string | null,
): string | null {
  const need: readonly string[] = step === 'identity' ? MOVEIN_IDENTITY_DOCS : MOVEIN_AGREEMENTS;
  const labels: Record<string, string> = step === 'identity' ? MOVEIN_IDENTITY_DOC_LABELS : MOVEIN_AGREEMENT_LABELS;
  const have = new Set(ticked ?? []);
  const missing = need.filter((d) => !have.has(d));
  if (missing.length) return `${step === 'identity' ? '请核验' : '请签署'}：${missing.map((d) => labels[d]).join('、')}`;
  if (step === 'agreements' && !(MOVEIN_COLLECTIONS as readonly string[]).includes(collection ?? ''))
    return '请选择银行托收：已办理或业主不办理';
  return null;
}

/** The move-in bills: the property fee paid in advance and the special maintenance fund. */
export const MOVEIN_CHARGES = ['property_fee', 'maintenance_fund'] as const;
export type MoveInCharge = (typeof MOVEIN_CHARGES)[number];
export const MOVEIN_CHARGE_LABELS: Record<MoveInCharge, string> = {
  property_fee: '物业服务费',
  maintenance_fund: '专项维修资金',
};
/**
 * What a room owes at move-in, from its area (hundredths of m²) and the batch's rates: the property fee
 * (fen per m² per month × months paid ahead) and the maintenance fund (fen per m²), rounded once each (R-FEE-03).
 * A rate of 0 means the charge is not collected at the desk.
 */
export function moveInCharges(
  areaHundredths: number,
  r: { propertyFeeFenPerM2: number; propertyFeeMonths: number; fundFenPerM2: number },
): { charge: MoveInCharge; title: string; amountFen: number }[] {
  const out: { charge: MoveInCharge; title: string; amountFen: number }[] = [];
  if (r.propertyFeeFenPerM2 > 0 && r.propertyFeeMonths > 0)
    out.push({
      charge: 'property_fee',
      title: `入伙${MOVEIN_CHARGE_LABELS.property_fee}（预收${r.propertyFeeMonths}个月）`,
      amountFen: multiplyFen(r.propertyFeeFenPerM2 * r.propertyFeeMonths, areaHundredths),
    });
  if (r.fundFenPerM2 > 0)
    out.push({ charge: 'maintenance_fund', title: MOVEIN_CHARGE_LABELS.maintenance_fund, amountFen: multiplyFen(r.fundFenPerM2, areaHundredths) });
  return out;
}

/** A meter reading: up to 7 digits and 2 decimals, as printed on the meter. */
export const isMeterReading = (v: unknown): v is string => typeof v === 'string' && /^\d{1,7}(\.\d{1,2})?$/.test(v);
export const MOVEIN_METERS = ['water', 'electricity', 'gas'] as const;
export type MoveInMeter = (typeof MOVEIN_METERS)[number];
export const MOVEIN_METER_LABELS: Record<MoveInMeter, string> = { water: '水表', electricity: '电表', gas: '燃气表' };

/** 房屋遗留问题: each line's progress, until the owner confirms it fixed (R-MOV-04). */
export const MOVEIN_DEFECT_STATUSES = ['pending', 'fixing', 'fixed', 'confirmed'] as const;
export type MoveInDefectStatus = (typeof MOVEIN_DEFECT_STATUSES)[number];
export const MOVEIN_DEFECT_STATUS_LABELS: Record<MoveInDefectStatus, string> = {
  pending: '待处理',
  fixing: '整改中',
  fixed: '已整改',
  confirmed: '业主确认',
};
/** Who moves a defect where: the centre tracks the developer's repair; the owner confirms it (or says it is not fixed). */
export const MOVEIN_DEFECT_MOVES: Record<'staff' | 'owner', Partial<Record<MoveInDefectStatus, readonly MoveInDefectStatus[]>>> = {
  staff: { pending: ['fixing', 'fixed'], fixing: ['fixed'], fixed: ['fixing'] },
  owner: { fixed: ['confirmed', 'fixing'] },
};
export function moveInDefectMoveAllowed(by: 'staff' | 'owner', from: string, to: string): boolean {
  return (MOVEIN_DEFECT_MOVES[by][from as MoveInDefectStatus] ?? []).includes(to as MoveInDefectStatus);
}
export const MOVEIN_MAX_DEFECTS = 40;

/** 交钥匙: what is usually handed over (the clerk edits the rows). */
export const MOVEIN_DEFAULT_KEYS: readonly { name: string; quantity: number }[] = [
  { name: '入户门钥匙', quantity: 3 },
  { name: '信报箱钥匙', quantity: 2 },
  { name: '门禁卡', quantity: 2 },
  { name: '《业主手册》', quantity: 1 },
  { name: '《房屋质量保证书》《房屋使用说明书》', quantity: 1 },
];

/** The owner books a half-day to come (optional): the morning or the afternoon of a day in the batch's period. */
export const MOVEIN_HALVES = ['am', 'pm'] as const;
export type MoveInHalf = (typeof MOVEIN_HALVES)[number];
export const MOVEIN_HALF_LABELS: Record<MoveInHalf, string> = { am: '上午 9:00–12:00', pm: '下午 14:00–17:30' };
/** Why this half-day cannot be booked (null: it can): a day of the batch's period, today or later in the project's zone. */
export function moveInBookingProblem(day: string, period: { startOn: string; endOn: string }, today: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return '预约日期不是有效的日期';
  if (day < today) return '预约日期不能早于今天';
  if (day < period.startOn || day > period.endOn) return `请在集中交付期内预约（${period.startOn} 至 ${period.endOn}）`;
  return null;
}
/** The days an owner may pick: the batch's period from today on, at most `max` of them. */
export function moveInBookableDays(period: { startOn: string; endOn: string }, today: string, max = 14): string[] {
  const out: string[] = [];
  let d = new Date(`${today > period.startOn ? today : period.startOn}T00:00:00Z`);
  while (out.length < max) {
    const day = d.toISOString().slice(0, 10);
    if (day > period.endOn) break;
    out.push(day);
    d = new Date(d.getTime() + 86_400_000);
  }
  return out;
}

/** R-MOV-03 default limits (per-project setting `movein`): waiting at most 15 minutes, handling at most 30. */
export const MOVEIN_DEFAULT_LIMITS = { waitMinutes: 15, handleMinutes: 30 } as const;

/**
 * R-MOV-03 a move-in's times: waiting (arrival → start) and handling (start → keys) in whole minutes, rounded
 * up (15 min 1 s shows 16), and whether each is within the project's limit; null where not yet measured.
 */
export function moveInTiming(
  t: { arrivedAt: Date | string | null; startedAt: Date | string | null; finishedAt: Date | string | null },
  limits: { waitMinutes: number; handleMinutes: number } = MOVEIN_DEFAULT_LIMITS,
): { waitMinutes: number | null; handleMinutes: number | null; waitOk: boolean | null; handleOk: boolean | null } {
  const ms = (a: Date | string | null, b: Date | string | null) =>
    a && b ? new Date(b).getTime() - new Date(a).getTime() : null;
  const wait = ms(t.arrivedAt, t.startedAt);
  const handle = ms(t.startedAt, t.finishedAt);
  return {
    waitMinutes: wait === null ? null : Math.ceil(wait / 60_000),
    handleMinutes: handle === null ? null : Math.ceil(handle / 60_000),
    waitOk: wait === null ? null : wait <= limits.waitMinutes * 60_000,
    handleOk: handle === null ? null : handle <= limits.handleMinutes * 60_000,
  };
}

/** R-MOV-01/05 the guide (办理流程及注意事项) owners read with their notice, when the batch has written none. */
export const DEFAULT_MOVEIN_GUIDE = [
  '一、办理流程：核验身份 → 资料与协议 → 缴费 → 验房 → 交钥匙，每步在服务中心前台依次办理。',
  '二、请携带：《入伙通知书》原件（办理时收回）、《购房合同》原件、购房款收据、业主身份证件；',
  '　　委托他人办理的，另带委托书及受托人身份证件。',
  '三、需签署：《前期物业服务协议》《临时管理规约》；可同时办理银行托收。',
  '四、需缴纳：预收物业服务费、专项维修资金，缴清并查验票据后方可领取钥匙。',
  '五、验房：工作人员陪同查验房屋，抄录水、电、燃气表底数；发现的问题登记在《房屋遗留问题登记表》，',
  '　　由服务中心书面提交开发商整改，整改进度可在小程序中查看。',
  '六、等候一般不超过15分钟，办理一般不超过30分钟。',
].join('\n');
