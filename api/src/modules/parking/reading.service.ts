import { Inject, Injectable } from '@nestjs/common';
import {
  can,
  PARKING_ACTIONS,
  PARKING_ACTION_LABELS,
  PARKING_APP_OWNER_LABELS,
  PARKING_APP_STATUS_LABELS,
  PARKING_DOC_LABELS,
  parkingActionAllowed,
  parkingHandling,
  requiredParkingDocs,
  type ParkingAppStatus,
  type ParkingApplicantRole,
  type ParkingDoc,
  type RentableSpaceKind,
} from '@wy/shared';
import { AppError, notFound } from '../../common/app-error.js';
import type { Principal, StaffPrincipal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { stepTimeline } from '../../events/events.js';
import { BillingService } from '../billing/billing.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { uploadUrls } from '../uploads/thumbnail.js';
import { PARKING_ACTION_DEFS } from './actions/index.js';
import type { ParkingApplication } from './entities.js';
import type {
  ApplicationDto,
  ApplicationPageDto,
  ApplicationQuery,
  ApplicationSummaryDto,
  LedgerPageDto,
  LedgerQuery,
} from './parking.dto.js';
import { ParkingRepository } from './parking.repository.js';
import { ParkingProjects } from './settings.js';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);
const STEP_LABELS: Record<string, string> = {
  ...PARKING_ACTION_LABELS,
  apply: '提交申请',
  resubmit: '补交资料',
  refuse_docs: '资料不全',
  waitlist: '登记排队',
  offer: '通知选位',
  lapse: '逾期未确认',
  paid: '缴费',
  card: '发放停车卡',
  renew: '续租',
  end: '租用结束',
  remind: '到期提醒',
};

/** Reading applications: the desk's queue and detail, the owner's own (owner words only), the parking ledger. */
@Injectable()
export class ParkingReader {
  constructor(
    @Inject(ParkingRepository) private readonly repo: ParkingRepository,
    @Inject(ParkingProjects) private readonly projects: ParkingProjects,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(BillingService) private readonly billing: BillingService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async list(p: Principal, q: ApplicationQuery): Promise<ApplicationPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const page = await this.repo.applicationPage(q);
    return { items: await this.summaries(page.rows), nextCursor: page.nextCursor };
  }

  async detail(p: Principal, id: number): Promise<ApplicationDto> {
    const s = asStaff(p);
    const a = await this.repo.application(id);
    if (!a) throw notFound('车位申请');
    ensureProjectInScope(p, a.projectId, '车位申请');
    return this.dto(a, s);
  }

  async mine(p: Principal): Promise<ApplicationDto[]> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const apps = await this.repo.myApplications(p.id);
    return Promise.all(apps.map((a) => this.dto(a, null)));
  }
  async myDetail(p: Principal, id: number): Promise<ApplicationDto> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const a = await this.repo.application(id);
    if (!a || a.personId !== p.id) throw notFound('车位申请');
    return this.dto(a, null);
  }

  /** staff: every note and the actions this person may take; owner (staff null): owner words and owner steps only. */
  async dto(a: ParkingApplication, staff: StaffPrincipal | null): Promise<ApplicationDto> {
    const [rooms, space, events, periods, project, position] = await Promise.all([
      this.people.roomLabels([a.roomId]),
      a.spaceId ? this.repo.space(a.spaceId) : Promise.resolve(null),
      this.repo.events(a.id),
      this.repo.periodsOf([a.id]),
      this.projects.of(a.projectId),
      this.repo.waitingPosition(a),
    ]);
    const [area, bills] = await Promise.all([
      space ? this.repo.area(space.areaId) : Promise.resolve(null),
      this.billing.forSources(
        'parking',
        periods.map((x) => x.id),
      ),
    ]);
    const required = requiredParkingDocs(a.kind as RentableSpaceKind, a.applicantRole as ParkingApplicantRole);
    const docKeys = [...new Set([...required, ...(Object.keys(a.docs) as ParkingDoc[])])];
    const timeline = stepTimeline(events, !!staff, STEP_LABELS);
    const current = periods[periods.length - 1];
    const handling = parkingHandling(
      a.firstCheckedAt ? new Date(a.firstCheckedAt) : null,
      a.cardIssuedAt ? new Date(a.cardIssuedAt) : null,
      project.settings.handlingMinutes,
    );
    return {
      id: a.id,
      projectId: a.projectId,
      code: a.code,
      applicantName: a.applicantName,
      applicantRole: a.applicantRole,
      roomId: a.roomId,
      roomLabel: rooms.get(a.roomId)?.label ?? '',
      plate: a.plate,
      kind: a.kind,
      term: a.term,
      status: a.status,
      statusLabel: (staff ? PARKING_APP_STATUS_LABELS : PARKING_APP_OWNER_LABELS)[a.status as ParkingAppStatus] ?? a.status,
      docs: docKeys.map((d) => {
        const e = a.docs[d];
        return {
          doc: d,
          label: PARKING_DOC_LABELS[d],
          required: required.includes(d),
          uploadIds: e?.uploadIds ?? [],
          thumbUrls: (e?.uploadIds ?? []).map((u) => uploadUrls(u).thumbUrl),
          verdict: e?.verdict ?? null,
          reason: e?.reason ?? null,
        };
      }),
      refusal: a.status === 'incomplete' ? a.refusal : null,
      spaceId: a.spaceId,
      spaceNo: space?.no ?? null,
      areaName: area?.name ?? null,
      contractNo: a.contractNo,
      refuseReason: a.refuseReason,
      waitReason: a.status === 'waiting' ? a.waitReason : null,
      waitingPosition: position,
      offerExpiresAt: a.status === 'offered' ? iso(a.offerExpiresAt) : null,
      cardNo: a.cardNo,
      cardIssuedAt: iso(a.cardIssuedAt),
      startOn: a.startOn,
      endOn: a.endOn,
      rentFen: current ? Number(current.amountFen) : 0,
      handling: handling && { ...handling, limitMinutes: project.settings.handlingMinutes },
      periods: periods.map((x) => {
        const b = bills.get(x.id);
        return {
          seq: x.seq,
          startOn: x.startOn,
          endOn: x.endOn,
          amountFen: Number(x.amountFen),
          billId: x.billId,
          billStatus: b?.status ?? null,
          paidAt: iso(x.paidAt),
          receiptNo: b?.receiptNo ?? null,
        };
      }),
      timeline,
      allowedActions: staff
        ? PARKING_ACTIONS.filter(
            (x) => parkingActionAllowed(a.kind, x, a.status) && can(staff.roles, PARKING_ACTION_DEFS[x].perm),
          )
        : [],
      createdAt: iso(a.createdAt)!,
    };
  }

  private async summaries(rows: ParkingApplication[]): Promise<ApplicationSummaryDto[]> {
    const [rooms, spaces, positions] = await Promise.all([
      this.people.roomLabels(rows.map((a) => a.roomId)),
      this.repo.spacesByIds(rows.map((a) => a.spaceId).filter((x): x is number => x !== null)),
      // R-PRK-04 each waiting application's place in its kind's line
      Promise.all(rows.map((a) => this.repo.waitingPosition(a))),
    ]);
    return rows.map((a, i) => ({
      id: a.id,
      code: a.code,
      applicantName: a.applicantName,
      roomLabel: rooms.get(a.roomId)?.label ?? '',
      plate: a.plate,
      kind: a.kind,
      term: a.term,
      status: a.status,
      spaceNo: spaces.find((s) => s.id === a.spaceId)?.no ?? null,
      contractNo: a.contractNo,
      cardNo: a.cardNo,
      endOn: a.endOn,
      waitingPosition: positions[i]!,
      createdAt: iso(a.createdAt)!,
    }));
  }

  /** R-PRK-03 the parking ledger (车位台帐): every rental with a card, its space, holder, contract, card, term and rent. */
  async ledger(p: Principal, q: LedgerQuery): Promise<LedgerPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    // 即将到期: current rentals whose last day is within the days asked, in the project's zone
    let endBy: string | undefined;
    if (q.expiringWithin) {
      const t = new Date(`${(await this.projects.of(q.projectId)).today(this.clock.now())}T00:00:00Z`);
      t.setUTCDate(t.getUTCDate() + q.expiringWithin);
      endBy = t.toISOString().slice(0, 10);
    }
    const page = await this.repo.ledgerPage({ ...q, endBy });
    const rows = page.rows;
    const [rooms, spaces, periods] = await Promise.all([
      this.people.roomLabels(rows.map((a) => a.roomId)),
      this.repo.spacesByIds(rows.map((a) => a.spaceId).filter((x): x is number => x !== null)),
      this.repo.periodsOf(rows.map((a) => a.id)),
    ]);
    const areas = await this.repo.areasByIds([...new Set(spaces.map((s) => s.areaId))]);
    return {
      items: rows.map((a) => {
        const s = spaces.find((x) => x.id === a.spaceId);
        const mine = periods.filter((x) => x.applicationId === a.id);
        return {
          applicationId: a.id,
          spaceNo: s?.no ?? '',
          areaName: areas.find((x) => x.id === s?.areaId)?.name ?? '',
          kind: a.kind,
          holderName: a.applicantName,
          roomLabel: rooms.get(a.roomId)?.label ?? '',
          plate: a.plate,
          contractNo: a.contractNo,
          cardNo: a.cardNo,
          startOn: a.startOn,
          endOn: a.endOn,
          rentFen: Number(mine[mine.length - 1]?.amountFen ?? 0),
          paidFen: mine.filter((x) => x.paidAt).reduce((n, x) => n + Number(x.amountFen), 0),
          status: a.status,
        };
      }),
      nextCursor: page.nextCursor,
    };
  }
}
