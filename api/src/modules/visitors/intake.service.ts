import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { visitorDayProblem, visitorIdProblem } from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { EventBus } from '../../events/event-bus.js';
import type { EventActor } from '../../events/events.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { AuditService } from '../audit/audit.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import type { Visitor } from './entities.js';
import { VisitorMoves } from './moves.service.js';
import type { InviteVisitorDto, RegisterVisitorDto } from './visitors.dto.js';
import { VisitorsRepository } from './visitors.repository.js';

const blank = {
  code: null,
  registeredByStaffId: null,
  registeredByName: null,
  confirmedVia: null,
  confirmedByName: null,
  confirmedAt: null,
  answeredBy: null,
  refuseReason: null,
  enteredAt: null,
  enteredByName: null,
  leftAt: null,
  leftByName: null,
  version: 0,
} satisfies Partial<Visitor>;

/**
 * New visitors (R-PAS-05): the guard registers one at the gate for a room and a bound person of it (who then
 * confirms), or an occupant invites one in advance and gets a visitor code: eight random digits, unique (a
 * clash with another code is drawn again), valid on the visiting day only.
 */
@Injectable()
export class VisitorIntake {
  constructor(
    @Inject(VisitorsRepository) private readonly repo: VisitorsRepository,
    @Inject(VisitorMoves) private readonly moves: VisitorMoves,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async register(p: Principal, dto: RegisterVisitorDto): Promise<number> {
    const s = asStaff(p);
    const room = (await this.people.roomLabels([dto.roomId])).get(dto.roomId);
    if (!room) throw notFound('房屋');
    ensureProjectInScope(p, room.projectId, '房屋');
    const idProblem = visitorIdProblem(dto.idNumber);
    if (idProblem) throw badRequest(idProblem);
    const occupants = await this.people.roomOccupants(dto.roomId);
    if (!occupants.length) throw badRequest('该房屋没有已登记的住户，无法确认来访');
    const host = occupants.find((o) => o.personId === dto.hostPersonId);
    if (!host) throw badRequest('被访住户不是该房屋的已登记住户，请重新选择');
    const now = this.clock.now();
    const row: Omit<Visitor, 'id'> = {
      ...blank,
      projectId: room.projectId,
      roomId: dto.roomId,
      source: 'gate',
      hostPersonId: host.personId,
      hostName: host.name.slice(0, 50),
      name: dto.name.trim(),
      idNoEnc: this.pii.encrypt(dto.idNumber.trim().toUpperCase()),
      phoneEnc: null,
      peopleCount: dto.peopleCount,
      plate: dto.plate ? dto.plate.toUpperCase() : null,
      reason: dto.reason,
      reasonNote: dto.reasonNote?.trim() || null,
      visitOn: await this.moves.today(room.projectId, now),
      status: 'awaiting_host',
      registeredByStaffId: s.id,
      registeredByName: s.name.slice(0, 50),
      createdAt: now,
      updatedAt: now,
    };
    return (await this.insert(p, row, `${s.name} 现场登记访客，待住户确认`))!;
  }

  async invite(p: Principal, dto: InviteVisitorDto): Promise<number> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const binding = await this.people.approvedBinding(p.id, dto.roomId);
    if (!binding) throw notFound('房屋');
    const now = this.clock.now();
    const dayProblem = visitorDayProblem(dto.visitOn, await this.moves.today(binding.projectId, now));
    if (dayProblem) throw badRequest(dayProblem);
    const name = p.name.slice(0, 50) || '住户';
    const base: Omit<Visitor, 'id'> = {
      ...blank,
      projectId: binding.projectId,
      roomId: dto.roomId,
      source: 'invite',
      hostPersonId: p.id,
      hostName: name,
      name: dto.name.trim(),
      idNoEnc: null,
      phoneEnc: this.pii.encrypt(dto.phone),
      peopleCount: dto.peopleCount,
      plate: dto.plate ? dto.plate.toUpperCase() : null,
      reason: dto.reason ?? 'family',
      reasonNote: null,
      visitOn: dto.visitOn,
      status: 'invited',
      confirmedVia: 'invite',
      confirmedByName: name,
      confirmedAt: now,
      createdAt: now,
      updatedAt: now,
    };
    // a random code; the unique column refuses a clash (two invitations at once, or an old code): draw again
    for (let i = 0; i < 8; i++) {
      const code = String(randomInt(10_000_000, 100_000_000));
      const id = await this.insert(p, { ...base, code }, `${name} 预约访客，访客码 ${code}`);
      if (id) return id;
    }
    throw new AppError('CONFLICT', '访客码生成失败，请重试');
  }

  /** Inserts the visitor with its audit row and event, in one transaction; null when the code was taken. */
  private insert(p: Principal, row: Omit<Visitor, 'id'>, note: string): Promise<number | null> {
    const actor: EventActor = { kind: p.kind, id: p.id, name: p.name, rid: p.rid };
    const action = row.source === 'gate' ? 'register' : 'invite';
    return this.repo.insert(row, async (em, id) => {
      await this.audit.record(p, { projectId: row.projectId, entity: 'visitor', entityId: id, action, to: row.status, note }, em);
      await this.events.publish(em, 'visitor.moved', {
        visitorId: id,
        projectId: row.projectId,
        roomId: row.roomId,
        hostPersonId: row.hostPersonId,
        action,
        from: '',
        to: row.status,
        actor,
        at: row.createdAt,
      });
    });
  }
}
