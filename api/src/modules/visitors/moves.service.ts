import { Inject, Injectable } from '@nestjs/common';
import { can, localDate, VISITOR_ACTIONS, VISITOR_ACTION_LABELS, visitorActionAllowed, type VisitorAction } from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { EventBus } from '../../events/event-bus.js';
import type { EventActor } from '../../events/events.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { AuditService } from '../audit/audit.service.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import type { VisitorActionDef } from './actions/action.js';
import { VISITOR_ACTION_DEFS } from './actions/index.js';
import type { Visitor } from './entities.js';
import type { VisitorActionDto } from './visitors.dto.js';
import { VisitorsRepository } from './visitors.repository.js';

/**
 * Runs a step of a visitor (actions/*.ts): load, who may (the host or the room's owner, the inviting
 * occupant, or the staff permission in the project's scope), the shared state machine, then one
 * transaction — the conditional update on the visitor's version (two guards letting one code in at once:
 * one entry, the other is told it was used), the audit row and visitor.moved.
 */
@Injectable()
export class VisitorMoves {
  constructor(
    @Inject(VisitorsRepository) private readonly repo: VisitorsRepository,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async today(projectId: number, now = this.clock.now()): Promise<string> {
    return localDate(now, await this.org.projectTimezone(projectId));
  }

  /** May this person take this step on this visitor (the state machine aside)? */
  async may(p: Principal, v: Visitor, def: VisitorActionDef): Promise<boolean> {
    if (def.by === 'inviter') return p.kind === 'owner' && v.source === 'invite' && v.hostPersonId === p.id;
    if (def.by === 'host') {
      if (p.kind !== 'owner') return false;
      if (v.hostPersonId === p.id) return true;
      return (await this.people.approvedBinding(p.id, v.roomId))?.kind === 'owner';
    }
    return p.kind === 'staff' && can(p.roles, def.by);
  }

  /** The steps this person may take now (the buttons of both apps). */
  async allowed(p: Principal, v: Visitor): Promise<VisitorAction[]> {
    const out: VisitorAction[] = [];
    for (const a of VISITOR_ACTIONS)
      if (visitorActionAllowed(a, v.status) && (await this.may(p, v, VISITOR_ACTION_DEFS[a]))) out.push(a);
    return out;
  }

  /** An occupant sees the visitors of the rooms they hold (approved); anyone else: as if it did not exist. */
  async ensureVisible(p: Principal, v: Visitor): Promise<void> {
    if (p.kind === 'staff') ensureProjectInScope(p, v.projectId, '访客');
    else if (v.hostPersonId !== p.id && !(await this.people.hasApprovedBinding(p.id, v.roomId))) throw notFound('访客');
  }

  async act(p: Principal, id: number, name: string, input: VisitorActionDto): Promise<Visitor> {
    if (!(VISITOR_ACTIONS as readonly string[]).includes(name)) throw badRequest(`未知的操作：${name}`);
    const v = await this.repo.byId(id);
    if (!v) throw notFound('访客');
    return this.run(p, v, name as VisitorAction, input);
  }

  async run(p: Principal, v: Visitor, action: VisitorAction, input: VisitorActionDto): Promise<Visitor> {
    const def = VISITOR_ACTION_DEFS[action];
    await this.ensureVisible(p, v);
    if (!(await this.may(p, v, def)))
      throw new AppError(
        'FORBIDDEN',
        def.by === 'host'
          ? '只有被访住户或该房屋的业主可以确认来访'
          : def.by === 'inviter'
            ? '只有预约人可以取消预约'
            : `您没有权限${VISITOR_ACTION_LABELS[action]}`,
      );
    const now = this.clock.now();
    const today = await this.today(v.projectId, now);
    if (!visitorActionAllowed(action, v.status))
      throw new AppError('VIS_ILLEGAL_TRANSITION', def.illegal?.(v, today) ?? undefined);
    const actor: EventActor = { kind: p.kind, id: p.id, name: p.name || (p.kind === 'owner' ? '住户' : '员工'), rid: p.rid };
    const out = def.run({ actor, v, input, now, today, encrypt: (x) => this.pii.encrypt(x) });
    await this.repo.transaction(async (em) => {
      if (!(await this.repo.move(em, v, { ...out.patch, status: out.to, updatedAt: now })))
        throw new AppError(
          'CONFLICT',
          action === 'enter' ? '该访客刚刚已登记进入，访客码不能重复使用' : '该访客刚被他人处理，请刷新后重试',
        );
      await this.audit.record(
        p,
        { projectId: v.projectId, entity: 'visitor', entityId: v.id, action, from: v.status, to: out.to, note: out.note },
        em,
      );
      await this.events.publish(em, 'visitor.moved', {
        visitorId: v.id,
        projectId: v.projectId,
        roomId: v.roomId,
        hostPersonId: v.hostPersonId,
        action,
        from: v.status,
        to: out.to,
        actor,
        at: now,
      });
    });
    return (await this.repo.byId(v.id))!;
  }
}
