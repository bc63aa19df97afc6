import { Inject, Injectable } from '@nestjs/common';
import {
  OCCUPANT_KIND_LABELS,
  PASS_ACTIONS,
  PASS_ACTION_LABELS,
  PASS_OWNER_LABELS,
  PASS_REASON_LABELS,
  passActionAllowed,
  passGateRefusal,
  passShownStatus,
  localDayStart,
  type OccupantKind,
  type PassAction,
  type PassReason,
  type PassStatus,
} from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { stepTimeline } from '../../events/events.js';
import { BillingService } from '../billing/billing.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { PASS_ACTION_DEFS } from './actions/index.js';
import type { ReleasePass } from './entities.js';
import { PassMoves } from './moves.service.js';
import type {
  DeskPassDetailDto,
  GatePassDto,
  PassDto,
  PassPageDto,
  PassQuery,
  PassSummaryDto,
  ReleaseLogQuery,
} from './passes.dto.js';
import { PassesRepository } from './passes.repository.js';
import { PassProjects } from './settings.js';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);
const STEP_LABELS: Record<string, string> = { ...PASS_ACTION_LABELS, apply: '提交申请' };
const roleLabel = (r: string) => (r === 'desk' ? '业主' : (OCCUPANT_KIND_LABELS[r as OccupantKind] ?? r));

/** Reading passes: the desk's queue and detail (with the room's arrears), the owner's own, the gate's look-up and log. */
@Injectable()
export class PassReader {
  constructor(
    @Inject(PassesRepository) private readonly repo: PassesRepository,
    @Inject(PassProjects) private readonly projects: PassProjects,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(BillingService) private readonly billing: BillingService,
    @Inject(PassMoves) private readonly moves: PassMoves,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async list(p: Principal, q: PassQuery): Promise<PassPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const page = await this.repo.page(q);
    return { items: await this.summaries(q.projectId, page.rows), nextCursor: page.nextCursor };
  }

  /** R-PAS-03 the release log: every release, newest first; by the local day released when asked. */
  async releases(p: Principal, q: ReleaseLogQuery): Promise<PassPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    let from: Date | undefined;
    let to: Date | undefined;
    if (q.date) {
      const project = await this.projects.of(q.projectId);
      from = localDayStart(q.date, project.timeZone);
      const next = new Date(Date.parse(`${q.date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
      to = localDayStart(next, project.timeZone);
    }
    const page = await this.repo.releases({ ...q, from, to });
    return { items: await this.summaries(q.projectId, page.rows), nextCursor: page.nextCursor };
  }

  async deskDetail(p: Principal, id: number): Promise<DeskPassDetailDto> {
    const pass = await this.repo.pass(id);
    if (!pass) throw notFound('放行申请');
    ensureProjectInScope(p, pass.projectId, '放行申请');
    return this.deskDto(p, pass);
  }
  async deskDto(p: Principal, pass: ReleasePass): Promise<DeskPassDetailDto> {
    const [dto, arrears] = await Promise.all([
      this.dto(p, pass),
      this.billing.overdueOfRoom(pass.projectId, pass.roomId),
    ]);
    return { ...dto, arrears, personId: pass.personId };
  }

  /** R-PAS-03 the gate looks a pass up by its code (typed or scanned): the pass and why it may not go out. */
  async byCode(p: Principal, raw: string): Promise<GatePassDto> {
    const code = raw.trim().toUpperCase();
    if (!/^[A-Z0-9]{6,24}$/.test(code)) throw badRequest('放行条编号格式不正确');
    const pass = await this.repo.byCode(code);
    if (!pass || p.kind !== 'staff' || !(p.scope === 'all' || p.scope.includes(pass.projectId))) throw notFound('放行条');
    const project = await this.projects.of(pass.projectId);
    return { ...(await this.dto(p, pass)), refusal: passGateRefusal(pass, project.today(this.clock.now())) };
  }
  async gateRelease(p: Principal, raw: string, run: (pass: ReleasePass) => Promise<ReleasePass>): Promise<GatePassDto> {
    const found = await this.byCode(p, raw);
    const pass = await run((await this.repo.pass(found.id))!);
    return { ...(await this.dto(p, pass)), refusal: null };
  }

  /** The owner's passes: theirs and those of the rooms they own (to confirm). */
  async mine(p: Principal): Promise<PassDto[]> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const rows = await this.repo.mine(p.id, await this.people.ownedRoomIds(p.id));
    return Promise.all(rows.map((x) => this.dto(p, x)));
  }
  async myDetail(p: Principal, id: number): Promise<PassDto> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const pass = await this.repo.pass(id);
    if (!pass) throw notFound('放行申请');
    if (pass.personId !== p.id && (await this.people.approvedBinding(p.id, pass.roomId))?.kind !== 'owner')
      throw notFound('放行申请');
    return this.dto(p, pass);
  }

  /** Staff: every note, the carrier's phone and the steps they may take; owners: owner words and their own steps. */
  async dto(p: Principal, x: ReleasePass): Promise<PassDto> {
    const staff = p.kind === 'staff';
    const [rooms, events, project] = await Promise.all([
      this.people.roomLabels([x.roomId]),
      this.repo.events(x.id),
      this.projects.of(x.projectId),
    ]);
    const shown = passShownStatus(x.status, x.moveOn, project.today(this.clock.now()));
    const timeline = stepTimeline(events, staff, STEP_LABELS);
    const allowed: PassAction[] = [];
    for (const a of PASS_ACTIONS)
      if (passActionAllowed(a, x.status) && (await this.moves.may(p, x, PASS_ACTION_DEFS[a]))) allowed.push(a);
    return {
      id: x.id,
      projectId: x.projectId,
      code: x.code,
      roomId: x.roomId,
      roomLabel: rooms.get(x.roomId)?.label ?? '',
      applicantName: x.applicantName,
      applicantRole: x.applicantRole,
      applicantRoleLabel: roleLabel(x.applicantRole),
      moveOn: x.moveOn,
      fromTime: x.fromTime,
      toTime: x.toTime,
      items: x.items,
      plate: x.plate,
      carrierName: x.carrierName,
      carrierPhone: staff || x.personId === p.id ? this.pii.decrypt(x.carrierPhoneEnc) : null,
      reason: x.reason,
      reasonLabel: PASS_REASON_LABELS[x.reason as PassReason] ?? x.reason,
      reasonNote: x.reasonNote,
      status: x.status,
      shownStatus: shown.key,
      statusLabel: staff || shown.key === 'expired' ? shown.label : PASS_OWNER_LABELS[x.status as PassStatus],
      confirmedByName: x.confirmedByName,
      confirmedAt: iso(x.confirmedAt),
      confirmNote: x.confirmNote,
      issuedAt: iso(x.issuedAt),
      issuedByName: x.issuedByName,
      arrearsFen: staff ? Number(x.arrearsFen) : 0,
      arrearsReason: staff ? x.arrearsReason : null,
      refuseReason: x.refuseReason,
      releasedAt: iso(x.releasedAt),
      releasedByName: x.releasedByName,
      releaseNote: x.releaseNote,
      timeline,
      allowedActions: allowed,
      createdAt: iso(x.createdAt)!,
    };
  }

  private async summaries(projectId: number, rows: ReleasePass[]): Promise<PassSummaryDto[]> {
    const [rooms, project] = await Promise.all([this.people.roomLabels(rows.map((x) => x.roomId)), this.projects.of(projectId)]);
    const today = project.today(this.clock.now());
    return rows.map((x) => {
      const shown = passShownStatus(x.status, x.moveOn, today);
      return {
        id: x.id,
        code: x.code,
        roomLabel: rooms.get(x.roomId)?.label ?? '',
        applicantName: x.applicantName,
        applicantRoleLabel: roleLabel(x.applicantRole),
        moveOn: x.moveOn,
        fromTime: x.fromTime,
        toTime: x.toTime,
        itemCount: x.items.length,
        itemsText: x.items
          .map((i) => `${i.name}×${i.quantity}`)
          .join('、')
          .slice(0, 120),
        plate: x.plate,
        reasonLabel: PASS_REASON_LABELS[x.reason as PassReason] ?? x.reason,
        status: x.status,
        shownStatus: shown.key,
        statusLabel: shown.label,
        releasedAt: iso(x.releasedAt),
        releasedByName: x.releasedByName,
        createdAt: iso(x.createdAt)!,
      };
    });
  }
}
