import { Inject, Injectable } from '@nestjs/common';
import {
  OCCUPANT_KIND_LABELS,
  RENO_ACTIONS,
  RENO_ACTION_LABELS,
  RENO_FEE_KINDS,
  RENO_FEE_LABELS,
  RENO_OWNER_LABELS,
  RENO_REFUSAL_GROUND_LABELS,
  RENO_STATUS_LABELS,
  RENO_DEPOSIT_KINDS,
  RENO_INSPECTION_RESULT_LABELS,
  RENO_REFUND_STATE_LABELS,
  RENO_VIOLATION_LABELS,
  isRenoRefusalGround,
  isRenoViolationKind,
  renoAcceptanceOverdue,
  renoIsActive,
  renoMissedDays,
  renoRefundLate,
  renoRefundStartLate,
  type RenoInspectionResult,
  type RenoRefundState,
  maskIdNumber,
  renoActionAllowed,
  renoReviewOverdue,
  type OccupantKind,
  type RenoAction,
  type RenoFeeKind,
  type RenoStatus,
} from '@wy/shared';
import { AppError, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { stepTimeline } from '../../events/events.js';
import { RefundRequests, type RefundStanding } from '../payments/refunds/refund-requests.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { uploadUrls } from '../uploads/thumbnail.js';
import { RENO_ACTION_DEFS } from './actions/index.js';
import type { RenoStepName } from './actions/action.js';
import type { Renovation, RenovationFee } from './entities.js';
import { inspectFromOf } from './inspections/inspection-list.js';
import { noticeDto } from './inspections/notice-view.js';
import { RenoMoves } from './moves.service.js';
import type {
  DeskRenoDetailDto,
  RenoDto,
  RenoGuideDto,
  RenoPageDto,
  RenoQuery,
  RenoSummaryDto,
} from './renovation.dto.js';
import { RenovationRepository } from './renovation.repository.js';
import { RenoProjects, type RenoProject } from './settings.js';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);
const STEP_LABELS: Record<string, string> = {
  ...RENO_ACTION_LABELS,
  apply: '提交申请',
  fee_paid: '缴费',
  inspect: '日常巡查',
  deposit_refunded: '保证金退还',
};
const isDeposit = (kind: string) => (RENO_DEPOSIT_KINDS as readonly string[]).includes(kind);
/** R-REN-08 how a deposit's refund stands: from the charge and payments' refund. */
function refundState(f: RenovationFee, refund: RefundStanding | undefined): RenoRefundState {
  if (f.refundedAt) return Number(f.refundedFen ?? 0) === 0 && Number(f.deductionFen) > 0 ? 'withheld' : 'refunded';
  if (!f.refundId) return 'not_started';
  const s = refund?.status;
  return s === 'processing' || s === 'rejected' || s === 'failed' ? s : s === 'succeeded' ? 'refunded' : 'requested';
}
const roleLabel = (r: string) => OCCUPANT_KIND_LABELS[r as OccupantKind] ?? r;

/** Reading renovations: the desk's list with counts and late reviews, the detail, the owner's own, the guide. */
@Injectable()
export class RenoReader {
  constructor(
    @Inject(RenovationRepository) private readonly repo: RenovationRepository,
    @Inject(RenoProjects) private readonly projects: RenoProjects,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(RenoMoves) private readonly moves: RenoMoves,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(RefundRequests) private readonly refunds: RefundRequests,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  guideOf(p: RenoProject): RenoGuideDto {
    return {
      projectId: p.projectId,
      guide: p.guide,
      isDefault: p.guideIsDefault,
      fees: RENO_FEE_KINDS.map((k) => ({ kind: k, label: RENO_FEE_LABELS[k], amountFen: p.fees[k] })),
      hours: p.hours,
      supervisionPhone: p.supervisionPhone,
      reviewWorkingDays: p.review.workingDays,
      reviewCalendarDays: p.review.calendarDays,
    };
  }

  async list(p: Principal, q: RenoQuery): Promise<RenoPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const now = this.clock.now();
    const [page, counts] = await Promise.all([
      this.repo.page({ ...q, overdueAt: q.overdue ? now : undefined }),
      this.repo.counts(q.projectId, now),
    ]);
    const rooms = await this.people.roomLabels(page.rows.map((x) => x.roomId));
    const items: RenoSummaryDto[] = page.rows.map((x) => ({
      id: x.id,
      roomLabel: rooms.get(x.roomId)?.label ?? '',
      applicantName: x.applicantName,
      applicantRoleLabel: roleLabel(x.applicantRole),
      startOn: x.startOn,
      endOn: x.endOn,
      contractorCompany: x.contractorCompany,
      status: x.status,
      statusLabel: RENO_STATUS_LABELS[x.status as RenoStatus] ?? x.status,
      reviewDueAt: iso(x.reviewDueAt),
      reviewOverdue: renoReviewOverdue(x.status, x.reviewDueAt, now),
      acceptanceDueAt: iso(x.acceptanceDueAt),
      acceptanceOverdue: renoAcceptanceOverdue(x.status, x.acceptanceDueAt, now),
      refundLate:
        x.status === 'accepted' &&
        (renoRefundStartLate(x.refundStartDueAt, x.refundStartedAt, now) || renoRefundLate(x.refundDueAt, x.refundedAt, now)),
      permitCode: x.permitCode,
      createdAt: iso(x.createdAt)!,
    }));
    return { items, nextCursor: page.nextCursor, counts };
  }

  async deskDetail(p: Principal, id: number): Promise<DeskRenoDetailDto> {
    const r = await this.repo.renovation(id);
    if (!r) throw notFound('装修申请');
    ensureProjectInScope(p, r.projectId, '装修申请');
    return this.deskDto(p, r);
  }
  async deskDto(p: Principal, r: Renovation): Promise<DeskRenoDetailDto> {
    const project = await this.projects.of(r.projectId);
    return { ...(await this.dto(p, r)), hours: project.hours, supervisionPhone: project.supervisionPhone, personId: r.personId };
  }

  async mine(p: Principal): Promise<RenoDto[]> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const rows = await this.repo.mine(p.id, await this.people.ownedRoomIds(p.id));
    return Promise.all(rows.map((x) => this.dto(p, x)));
  }
  async myDetail(p: Principal, id: number): Promise<RenoDto> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const r = await this.repo.renovation(id);
    if (!r) throw notFound('装修申请');
    await this.moves.ensureSees(p, r);
    return this.dto(p, r);
  }

  /** Staff: every note, phones, ID numbers masked, the steps they may take; owners: owner words and their own steps. */
  async dto(p: Principal, x: Renovation): Promise<RenoDto> {
    const staff = p.kind === 'staff';
    const mineApp = x.personId === p.id && p.kind === 'owner';
    const [rooms, events, workers, fees, files, inspections, inspectionFiles, notices, project] = await Promise.all([
      this.people.roomLabels([x.roomId]),
      this.repo.events(x.id),
      this.repo.workers(x.id),
      this.repo.fees(x.id),
      this.repo.files(x.id),
      this.repo.inspections(x.id),
      this.repo.inspectionFiles(x.id),
      this.repo.notices(x.id),
      this.projects.of(x.projectId),
    ]);
    const now = this.clock.now();
    const today = project.today(now);
    const refunds = await this.refunds.standing(fees.map((f) => f.refundId).filter((id): id is number => !!id));
    const inspectFrom = inspectFromOf(x, project.today);
    const endedOn = x.acceptedAt ? project.today(new Date(x.acceptedAt)) : null;
    const inspectedToday = inspections.some((i) => i.onDate === today);
    const timeline = stepTimeline(events, staff, STEP_LABELS);
    const allowed: RenoAction[] = [];
    for (const a of RENO_ACTIONS) {
      if (a === 'resubmit') {
        if (mineApp && renoActionAllowed(a, x.status)) allowed.push(a);
        continue;
      }
      const def = RENO_ACTION_DEFS[a as RenoStepName];
      if (a === 'refund_deposits' && x.refundStartedAt) continue;
      if (renoActionAllowed(a, x.status) && (await this.moves.may(p, x, def))) allowed.push(a);
    }
    const seesPhones = staff || mineApp;
    const grounds = (x.refuseGrounds ?? []).filter(isRenoRefusalGround);
    const charges = fees.map((f) => {
      const refund = f.refundId ? refunds.get(f.refundId) : undefined;
      const state = isDeposit(f.kind) ? refundState(f, refund) : 'not_started';
      return {
        kind: f.kind,
        label: RENO_FEE_LABELS[f.kind as RenoFeeKind] ?? f.kind,
        amountFen: Number(f.amountFen),
        billId: f.billId,
        paidAt: iso(f.paidAt),
        receiptNo: f.receiptNo,
        deductionFen: Number(f.deductionFen ?? 0),
        deductionReason: f.deductionReason,
        refundFen: isDeposit(f.kind) && x.refundStartedAt ? Number(f.amountFen) - Number(f.deductionFen ?? 0) : null,
        refundState: state,
        refundStateLabel: isDeposit(f.kind) ? RENO_REFUND_STATE_LABELS[state] : '',
        refundProblem: state === 'rejected' ? refund?.decisionNote ?? null : state === 'failed' || state === 'processing' ? refund?.lastError ?? null : null,
        refundRequestedAt: iso(f.refundRequestedAt),
        refundedAt: iso(f.refundedAt),
      };
    });
    return {
      id: x.id,
      projectId: x.projectId,
      roomId: x.roomId,
      roomLabel: rooms.get(x.roomId)?.label ?? '',
      applicantName: x.applicantName,
      applicantRole: x.applicantRole,
      applicantRoleLabel: roleLabel(x.applicantRole),
      startOn: x.startOn,
      endOn: x.endOn,
      contractorCompany: x.contractorCompany,
      contractorLeader: x.contractorLeader,
      contractorPhone: seesPhones ? this.pii.decrypt(x.contractorPhoneEnc) : null,
      items: x.items,
      changesWater: !!x.changesWater,
      changesPower: !!x.changesPower,
      changesGas: !!x.changesGas,
      changesNote: x.changesNote,
      rubbleByCentre: !!x.rubbleByCentre,
      workers: workers.map((w) => ({
        seq: w.seq,
        name: w.name,
        phone: seesPhones ? this.pii.decrypt(w.phoneEnc) : null,
        idNo: seesPhones ? maskIdNumber(this.pii.decrypt(w.idNoEnc)) : null,
        passCode: w.passCode,
      })),
      photos: files.map((id) => ({ id, ...uploadUrls(id) })),
      status: x.status,
      statusLabel: (staff ? RENO_STATUS_LABELS : RENO_OWNER_LABELS)[x.status as RenoStatus] ?? x.status,
      confirmedByName: x.confirmedByName,
      confirmedAt: iso(x.confirmedAt),
      submittedAt: iso(x.submittedAt),
      reviewDueAt: iso(x.reviewDueAt),
      reviewOverdue: renoReviewOverdue(x.status, x.reviewDueAt, now),
      returnReason: x.returnReason,
      reviewedAt: iso(x.reviewedAt),
      reviewedByName: staff ? x.reviewedByName : null,
      refuseGrounds: grounds,
      refuseGroundLabels: grounds.map((g) => RENO_REFUSAL_GROUND_LABELS[g]),
      refuseReason: x.refuseReason,
      approvedAt: iso(x.approvedAt),
      approvedByName: staff ? x.approvedByName : null,
      charges,
      allPaid: charges.length > 0 && charges.every((c) => !!c.paidAt),
      permitCode: x.permitCode,
      permittedAt: iso(x.permittedAt),
      permittedByName: staff ? x.permittedByName : null,
      inspectFrom,
      inspectedToday,
      missedDays: inspectFrom && (renoIsActive(x.status) || endedOn) ? renoMissedDays(inspectFrom, today, inspections.map((i) => i.onDate), endedOn, 30) : [],
      inspections: inspections.slice(0, 60).map((i) => {
        const kinds = (i.violations ?? []).filter(isRenoViolationKind);
        return {
          id: i.id,
          onDate: i.onDate,
          result: i.result,
          resultLabel: RENO_INSPECTION_RESULT_LABELS[i.result as RenoInspectionResult] ?? i.result,
          violations: kinds,
          violationLabels: kinds.map((k) => RENO_VIOLATION_LABELS[k]),
          note: staff ? i.note : null,
          inspectorName: staff ? i.inspectorName : '服务中心',
          at: iso(i.at)!,
          photos: (inspectionFiles.get(i.id) ?? []).map((id) => ({ id, ...uploadUrls(id) })),
        };
      }),
      notices: notices.map((n) => {
        const d = noticeDto(n, today);
        return staff ? d : { ...d, issuedByName: '服务中心', closedByName: d.closedByName ? '服务中心' : null, reportedByName: d.reportedByName ? '服务中心' : null, reportNote: null };
      }),
      acceptanceRequestedAt: iso(x.acceptanceRequestedAt),
      acceptanceDueAt: iso(x.acceptanceDueAt),
      acceptanceOverdue: renoAcceptanceOverdue(x.status, x.acceptanceDueAt, now),
      acceptanceCount: x.acceptanceCount,
      acceptanceRequirements: x.acceptanceRequirements,
      acceptanceRectifyBy: x.acceptanceRectifyBy,
      acceptanceFailedAt: iso(x.acceptanceFailedAt),
      acceptanceFailedByName: staff ? x.acceptanceFailedByName : null,
      acceptedAt: iso(x.acceptedAt),
      acceptedByName: staff ? x.acceptedByName : null,
      collectedPasses: x.collectedPasses ?? [],
      refundStartDueAt: iso(x.refundStartDueAt),
      refundDueAt: iso(x.refundDueAt),
      refundStartedAt: iso(x.refundStartedAt),
      refundStartedByName: staff ? x.refundStartedByName : null,
      refundedAt: iso(x.refundedAt),
      refundStartLate: renoRefundStartLate(x.refundStartDueAt, x.refundStartedAt, now),
      refundLate: renoRefundLate(x.refundDueAt, x.refundedAt, now),
      timeline,
      allowedActions: allowed,
      createdAt: iso(x.createdAt)!,
    };
  }
}
