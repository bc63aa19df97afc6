/**
 * Parking (R-PRK-*): areas and spaces, the parking-use plan with its prices, applications with their
 * documents, the contract and its approval, the rent bill, the card and the ledger (车位台帐).
 * Declared once here; the API, the console and the mini-program read these.
 */

/** What a space is for. */
export const PARKING_SPACE_KINDS = ['rental', 'vip', 'temporary', 'disabled', 'charging'] as const;
export type ParkingSpaceKind = (typeof PARKING_SPACE_KINDS)[number];
export const PARKING_SPACE_KIND_LABELS: Record<ParkingSpaceKind, string> = {
  rental: '月租车位',
  vip: '固定车位（VIP）',
  temporary: '临时车位',
  disabled: '无障碍车位',
  charging: '充电车位',
};
/** Kinds an owner may apply to rent (temporary spaces are for visitors at the gate). */
export const RENTABLE_SPACE_KINDS = ['rental', 'vip', 'disabled', 'charging'] as const satisfies readonly ParkingSpaceKind[];
export type RentableSpaceKind = (typeof RENTABLE_SPACE_KINDS)[number];

/** Where a space stands. */
export const PARKING_SPACE_STATES = ['free', 'reserved', 'rented', 'fixed', 'out_of_use'] as const;
export type ParkingSpaceState = (typeof PARKING_SPACE_STATES)[number];
export const PARKING_SPACE_STATE_LABELS: Record<ParkingSpaceState, string> = {
  free: '空闲',
  reserved: '已预留',
  rented: '已出租',
  fixed: '固定车位已售出',
  out_of_use: '停用',
};
/** States staff may set by hand; reserved and rented follow from applications only. */
export const MANUAL_SPACE_STATES = ['free', 'fixed', 'out_of_use'] as const satisfies readonly ParkingSpaceState[];

/** Rental terms and their months. */
export const PARKING_TERMS = ['month', 'quarter', 'year'] as const;
export type ParkingTerm = (typeof PARKING_TERMS)[number];
export const PARKING_TERM_LABELS: Record<ParkingTerm, string> = { month: '月租', quarter: '季租', year: '年租' };
export const PARKING_TERM_MONTHS: Record<ParkingTerm, number> = { month: 1, quarter: 3, year: 12 };

/** R-PRK-02 / R-PRK-07 the documents an application may need. */
export const PARKING_DOCS = [
  'driving_licence',
  'vehicle_licence',
  'insurance',
  'purchase',
  'id_card',
  'lease',
  'tenant_info',
] as const;
export type ParkingDoc = (typeof PARKING_DOCS)[number];
export const PARKING_DOC_LABELS: Record<ParkingDoc, string> = {
  driving_licence: '驾驶证',
  vehicle_licence: '行驶证',
  insurance: '车辆保险单',
  purchase: '购车合同或车辆产权证明',
  id_card: '身份证',
  lease: '房屋租赁合同',
  tenant_info: '联系方式、住址及工作单位证明',
};

/** Who applies: an owner (or a household member) or a tenant of the room. */
export type ParkingApplicantRole = 'owner' | 'member' | 'tenant';

/**
 * R-PRK-02 documents for a rented space: driving and vehicle licences, insurance, purchase contract or
 * title; a tenant also the lease and their contact, address and employer.
 * R-PRK-07 a fixed (VIP) space: ID card, vehicle and driving licences.
 */
export function requiredParkingDocs(kind: RentableSpaceKind, applicant: ParkingApplicantRole): ParkingDoc[] {
  if (kind === 'vip') return ['id_card', 'vehicle_licence', 'driving_licence'];
  const base: ParkingDoc[] = ['driving_licence', 'vehicle_licence', 'insurance', 'purchase'];
  return applicant === 'tenant' ? [...base, 'lease', 'tenant_info'] : base;
}

/** The clerk's finding on one document against its original. */
export const PARKING_DOC_VERDICTS = ['checked', 'missing', 'wrong'] as const;
export type ParkingDocVerdict = (typeof PARKING_DOC_VERDICTS)[number];
export const PARKING_DOC_VERDICT_LABELS: Record<ParkingDocVerdict, string> = {
  checked: '已核对',
  missing: '缺少',
  wrong: '不符',
};

/**
 * R-PRK-06 what the owner is told when documents are incomplete: politely, and exactly what is missing
 * or wrong (with the clerk's reason). Null when every required document was checked.
 */
export function parkingRefusalText(
  required: readonly ParkingDoc[],
  verdicts: Partial<Record<ParkingDoc, { verdict: ParkingDocVerdict; reason?: string | null }>>,
): string | null {
  const problems = required
    .map((d) => ({ d, v: verdicts[d] }))
    .filter((x) => x.v?.verdict !== 'checked')
    .map(({ d, v }) => {
      const what = v?.verdict === 'wrong' ? '与原件不符' : '缺少';
      return `${PARKING_DOC_LABELS[d]}${what}${v?.reason ? `（${v.reason}）` : ''}`;
    });
  if (!problems.length) return null;
  return `您好，您的车位申请资料尚不齐全：${problems.join('；')}。请补齐后重新提交，给您带来不便敬请谅解。`;
}

/** An application's life. */
export const PARKING_APP_STATUSES = [
  'submitted',
  'incomplete',
  'checked',
  'waiting',
  'offered',
  'pending_approval',
  'approved',
  'awaiting_payment',
  'paid',
  'card_made',
  'tested',
  'active',
  'rejected',
  'cancelled',
  'ended',
] as const;
export type ParkingAppStatus = (typeof PARKING_APP_STATUSES)[number];
/** Staff words. */
export const PARKING_APP_STATUS_LABELS: Record<ParkingAppStatus, string> = {
  submitted: '待核对资料',
  incomplete: '资料不全',
  checked: '资料已核对',
  waiting: '排队等候',
  offered: '已通知选位',
  pending_approval: '待经理审批',
  approved: '已审批待选位',
  awaiting_payment: '待缴费',
  paid: '已缴费待制卡',
  card_made: '已制卡待测试',
  tested: '已测试待交付',
  active: '租用中',
  rejected: '未批准',
  cancelled: '已取消',
  ended: '已结束',
};
/** Owner words. */
export const PARKING_APP_OWNER_LABELS: Record<ParkingAppStatus, string> = {
  submitted: '资料审核中',
  incomplete: '请补齐资料',
  checked: '资料审核通过，正在安排车位',
  waiting: '排队等候车位',
  offered: '有车位可租，请确认',
  pending_approval: '合同审批中',
  approved: '审批通过，正在安排车位',
  awaiting_payment: '待缴费',
  paid: '已缴费，停车卡制作中',
  card_made: '停车卡制作中',
  tested: '停车卡制作中',
  active: '已开通',
  rejected: '未获批准',
  cancelled: '已取消',
  ended: '已结束',
};

export const PARKING_ACTIONS = ['check', 'contract', 'approve', 'refuse', 'make_card', 'test', 'hand_over', 'cancel'] as const;
export type ParkingAction = (typeof PARKING_ACTIONS)[number];
export const PARKING_ACTION_LABELS: Record<ParkingAction, string> = {
  check: '核对资料',
  contract: '签订合同',
  approve: '经理审批通过',
  refuse: '经理不批准',
  make_card: '制卡与车位牌',
  test: '测试',
  hand_over: '交付',
  cancel: '取消申请',
};

/**
 * The flows as data: from which statuses each action may be taken, per kind of space.
 * R-PRK-03 a rented space: check → contract (space chosen, or the waiting list, R-PRK-04) → the
 * manager's approval → rent bill → paid → card issued, active.
 * R-PRK-07 a fixed (VIP) space: check → approval → choose the space with the service agreement →
 * pay → card and plate made → tested → handed over.
 */
export const PARKING_MACHINE: Record<'rental' | 'vip', Partial<Record<ParkingAction, readonly ParkingAppStatus[]>>> = {
  rental: {
    check: ['submitted'],
    contract: ['checked', 'offered'],
    approve: ['pending_approval'],
    refuse: ['pending_approval'],
    cancel: ['submitted', 'incomplete', 'checked', 'waiting', 'offered', 'pending_approval', 'awaiting_payment'],
  },
  vip: {
    check: ['submitted'],
    approve: ['checked'],
    refuse: ['checked'],
    contract: ['approved'],
    make_card: ['paid'],
    test: ['card_made'],
    hand_over: ['tested'],
    cancel: ['submitted', 'incomplete', 'checked', 'approved', 'awaiting_payment'],
  },
};
export const parkingFlowOf = (kind: string): 'rental' | 'vip' => (kind === 'vip' ? 'vip' : 'rental');

export function parkingActionAllowed(kind: string, action: ParkingAction, status: string): boolean {
  return (PARKING_MACHINE[parkingFlowOf(kind)][action] ?? []).includes(status as ParkingAppStatus);
}

/** Per-project parking settings with their defaults. */
export interface ParkingSettings {
  /** R-PRK-05 handling at the desk, first document check to card, in minutes */
  handlingMinutes: number;
  /** hours an offered space waits for the first in line before the next is offered */
  offerHours: number;
  /** days after an unpaid expiry before the rental ends and the space frees */
  graceDays: number;
}
export const DEFAULT_PARKING_SETTINGS: ParkingSettings = { handlingMinutes: 20, offerHours: 48, graceDays: 7 };

/**
 * R-PRK-05 how long the desk took from the first document check to the card, and whether it kept to
 * the standard. Null while the card is not issued.
 */
export function parkingHandling(
  firstCheckedAt: Date | null,
  cardIssuedAt: Date | null,
  limitMinutes: number,
): { minutes: number; late: boolean } | null {
  if (!firstCheckedAt || !cardIssuedAt) return null;
  const minutes = Math.ceil((cardIssuedAt.getTime() - firstCheckedAt.getTime()) / 60_000);
  return { minutes, late: minutes > limitMinutes };
}

/** The local date (YYYY-MM-DD) `months` months after `from` (a local date), the day before the same day: a term's last day. */
export function parkingTermEnd(from: string, months: number): string {
  const [y, m, d] = from.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ey = Math.floor(total / 12);
  const em = total % 12;
  const last = new Date(Date.UTC(ey, em + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(ey, em, Math.min(d, last)));
  end.setUTCDate(end.getUTCDate() - 1);
  return end.toISOString().slice(0, 10);
}

/** An application's number of the day: TC + project code + yymmdd (+ 4-digit serial). */
export function parkingAppCodePrefix(projectCode: string, localDate: string): string {
  return `TC${projectCode}${localDate.slice(2, 4)}${localDate.slice(5, 7)}${localDate.slice(8, 10)}`;
}
/** The rental contract's number follows its application's: TC… → HT…. */
export const parkingContractNo = (appCode: string) => `HT${appCode.slice(2)}`;
/** The parking card's number: project code + the application's id. */
export const parkingCardNo = (projectCode: string, appId: number) => `K${projectCode}${String(appId).padStart(7, '0')}`;
