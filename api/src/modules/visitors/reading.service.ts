import { Inject, Injectable } from '@nestjs/common';
import {
  OCCUPANT_KIND_LABELS,
  VISITOR_OWNER_LABELS,
  VISITOR_SOURCE_LABELS,
  VISIT_REASON_LABELS,
  isVisitorCode,
  maskIdNumber,
  maskPhone,
  mayRevealPersonalData,
  normalizeVisitorCode,
  visitorEntryRefusal,
  visitorShownStatus,
  type OccupantKind,
  type VisitorSource,
  type VisitorStatus,
  type VisitReason,
} from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { PiiCipher } from '../../infra/pii.js';
import { AuditService } from '../audit/audit.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import type { Visitor } from './entities.js';
import { VisitorMoves } from './moves.service.js';
import type {
  GateVisitorDto,
  VisitorDto,
  VisitorHostDto,
  VisitorPageDto,
  VisitorQuery,
  VisitorRevealDto,
} from './visitors.dto.js';
import { VisitorsRepository } from './visitors.repository.js';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

/**
 * Reading visitors: the guard's list of a day (today by default) and a visitor by code with why they may
 * not go in; an occupant's visitors of their rooms (pending ones first on the phone). ID numbers are always
 * masked in answers (R-OWN-06); the roles that need the full number reveal it, and each view is logged.
 */
@Injectable()
export class VisitorReader {
  constructor(
    @Inject(VisitorsRepository) private readonly repo: VisitorsRepository,
    @Inject(VisitorMoves) private readonly moves: VisitorMoves,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
  ) {}

  async list(p: Principal, q: VisitorQuery): Promise<VisitorPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const today = await this.moves.today(q.projectId);
    const page = await this.repo.page({ ...q, visitOn: q.date ?? today });
    return { items: await this.dtos(p, page.rows, today), nextCursor: page.nextCursor };
  }

  async detail(p: Principal, id: number): Promise<VisitorDto> {
    const v = await this.repo.byId(id);
    if (!v) throw notFound('访客');
    await this.moves.ensureVisible(p, v);
    return this.dto(p, v);
  }

  /** R-PAS-05 the gate looks an invitation up by its code: the visitor, and why they may not go in now. */
  async byCode(p: Principal, raw: string): Promise<GateVisitorDto> {
    const s = asStaff(p);
    const code = normalizeVisitorCode(raw);
    if (!isVisitorCode(code)) throw badRequest('访客码应为8位数字');
    const v = await this.repo.byCode(code);
    if (!v || !(s.scope === 'all' || s.scope.includes(v.projectId))) throw notFound('访客码');
    const today = await this.moves.today(v.projectId);
    return { ...(await this.dto(p, v, today)), refusal: visitorEntryRefusal(v, today) };
  }

  /** Whom a visitor may come to see in a room: its approved occupants (the guard picks one). */
  async hosts(p: Principal, roomId: number): Promise<VisitorHostDto[]> {
    const room = (await this.people.roomLabels([roomId])).get(roomId);
    if (!room) throw notFound('房屋');
    ensureProjectInScope(p, room.projectId, '房屋');
    return (await this.people.roomOccupants(roomId)).map((o) => ({
      personId: o.personId,
      name: o.name,
      kindLabel: OCCUPANT_KIND_LABELS[o.kind as OccupantKind] ?? o.kind,
    }));
  }

  /** R-OWN-06 the full ID number and phone, for the roles that need them; every view logged. */
  async reveal(p: Principal, id: number): Promise<VisitorRevealDto> {
    const s = asStaff(p);
    if (!mayRevealPersonalData(s.roles)) throw new AppError('FORBIDDEN', '您的角色无权查看完整个人信息');
    const v = await this.repo.byId(id);
    if (!v) throw notFound('访客');
    ensureProjectInScope(p, v.projectId, '访客');
    await this.audit.record(p, {
      projectId: v.projectId,
      entity: 'visitor',
      entityId: id,
      action: 'reveal_pii',
      note: '查看访客完整证件号码和手机号',
    });
    return { idNumber: this.pii.decrypt(v.idNoEnc), phone: this.pii.decrypt(v.phoneEnc) };
  }

  /** An occupant's visitors: those of the rooms they hold and those they invited. */
  async mine(p: Principal): Promise<VisitorDto[]> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const rooms = (await this.people.approvedRooms(p.id)).map((r) => r.roomId);
    return this.dtos(p, await this.repo.ofRooms(rooms));
  }

  async dto(p: Principal, v: Visitor, today?: string): Promise<VisitorDto> {
    return (await this.dtos(p, [v], today))[0]!;
  }

  private async dtos(p: Principal, rows: Visitor[], today?: string): Promise<VisitorDto[]> {
    if (!rows.length) return [];
    const staff = p.kind === 'staff';
    const rooms = await this.people.roomLabels(rows.map((x) => x.roomId));
    const todays = new Map<number, string>();
    for (const pid of new Set(rows.map((x) => x.projectId))) todays.set(pid, today ?? (await this.moves.today(pid)));
    return Promise.all(
      rows.map(async (v) => {
        const shown = visitorShownStatus(v.status, v.visitOn, todays.get(v.projectId)!);
        const inviter = v.source === 'invite' && v.hostPersonId === p.id;
        const phone = this.pii.decrypt(v.phoneEnc);
        return {
          id: v.id,
          projectId: v.projectId,
          roomId: v.roomId,
          roomLabel: rooms.get(v.roomId)?.label ?? '',
          source: v.source,
          sourceLabel: VISITOR_SOURCE_LABELS[v.source as VisitorSource] ?? v.source,
          hostName: v.hostName,
          name: v.name,
          idNumberMasked: maskIdNumber(this.pii.decrypt(v.idNoEnc)),
          phone: inviter ? phone : maskPhone(phone),
          peopleCount: v.peopleCount,
          plate: v.plate,
          reason: v.reason,
          reasonLabel: VISIT_REASON_LABELS[v.reason as VisitReason] ?? v.reason,
          reasonNote: v.reasonNote,
          visitOn: v.visitOn,
          code: staff || inviter ? v.code : null,
          status: v.status,
          shownStatus: shown.key,
          statusLabel: staff || shown.key === 'expired' ? shown.label : VISITOR_OWNER_LABELS[v.status as VisitorStatus],
          registeredByName: staff ? v.registeredByName : null,
          confirmedVia: v.confirmedVia,
          confirmedByName: v.confirmedByName,
          confirmedAt: iso(v.confirmedAt),
          answeredBy: v.answeredBy,
          refuseReason: v.refuseReason,
          enteredAt: iso(v.enteredAt),
          enteredByName: staff ? v.enteredByName : null,
          leftAt: iso(v.leftAt),
          leftByName: staff ? v.leftByName : null,
          allowedActions: shown.key === 'expired' ? [] : await this.moves.allowed(p, v),
          createdAt: iso(v.createdAt)!,
        };
      }),
    );
  }
}
