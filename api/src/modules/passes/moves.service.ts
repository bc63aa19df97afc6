import { Inject, Injectable } from '@nestjs/common';
import { can, PASS_ACTIONS, PASS_ACTION_LABELS, passActionAllowed, passCodePrefix, type PassAction } from '@wy/shared';
import { nextDailyCode } from '../../common/daily-code.js';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import type { EventActor } from '../../events/events.js';
import { Clock } from '../../infra/clock.js';
import { BillingService } from '../billing/billing.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import type { PassActionDef, PassContext } from './actions/action.js';
import { PASS_ACTION_DEFS } from './actions/index.js';
import type { ReleasePass } from './entities.js';
import type { PassActionDto } from './passes.dto.js';
import { PassesRepository } from './passes.repository.js';
import { PassProjects } from './settings.js';
import { PassTimeline } from './timeline.js';

/**
 * Runs a step of a pass (actions/*.ts): load, who may (the room's owner, the applicant, or the staff
 * permission in the project's scope), the shared state machine, then one transaction — the step's own
 * checks and code, the conditional update on the pass's version (two guards at once: one release is
 * recorded, the other is told it was released), the timeline and the event.
 */
@Injectable()
export class PassMoves {
  constructor(
    @Inject(PassesRepository) private readonly repo: PassesRepository,
    @Inject(PassProjects) private readonly projects: PassProjects,
    @Inject(PassTimeline) private readonly timeline: PassTimeline,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(BillingService) private readonly billing: BillingService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** May this person take this step on this pass (the state machine aside)? */
  async may(p: Principal, pass: ReleasePass, def: PassActionDef): Promise<boolean> {
    if (def.by === 'applicant') return p.kind === 'owner' && pass.personId === p.id;
    if (def.by === 'room_owner')
      return p.kind === 'owner' && (await this.people.approvedBinding(p.id, pass.roomId))?.kind === 'owner';
    return p.kind === 'staff' && can(p.roles, def.by);
  }

  async act(p: Principal, id: number, name: string, input: PassActionDto): Promise<ReleasePass> {
    if (!(PASS_ACTIONS as readonly string[]).includes(name)) throw badRequest(`未知的操作：${name}`);
    const pass = await this.repo.pass(id);
    if (!pass) throw notFound('放行申请');
    return this.run(p, pass, name as PassAction, input);
  }

  async run(p: Principal, pass: ReleasePass, action: PassAction, input: PassActionDto): Promise<ReleasePass> {
    const def = PASS_ACTION_DEFS[action];
    if (p.kind === 'staff') ensureProjectInScope(p, pass.projectId, '放行申请');
    // an owner who is neither the applicant nor an owner of the room does not see the pass at all
    else if (pass.personId !== p.id && (await this.people.approvedBinding(p.id, pass.roomId))?.kind !== 'owner')
      throw notFound('放行申请');
    if (!(await this.may(p, pass, def)))
      throw new AppError(
        'FORBIDDEN',
        def.by === 'room_owner' ? '只有该房屋的业主可以确认放行申请' : `您没有权限${PASS_ACTION_LABELS[action]}`,
      );
    const project = await this.projects.of(pass.projectId);
    const now = this.clock.now();
    if (!passActionAllowed(action, pass.status))
      throw new AppError('PAS_ILLEGAL_TRANSITION', def.illegal?.(pass, project.today(now)) ?? undefined);
    const arrears = def.readsArrears ? await this.billing.overdueOfRoom(pass.projectId, pass.roomId) : null;
    const prefix = passCodePrefix(project.code, project.today(now));
    if (def.takesCode) await this.repo.openDailyCounter(prefix);
    const actor: EventActor = { kind: p.kind, id: p.id, name: p.name || (p.kind === 'owner' ? '业主' : '员工') };
    await this.repo.transaction(async (em) => {
      const ctx: PassContext = { actor, pass, input, now, em, project, arrears, nextCode: () => nextDailyCode(em, prefix) };
      const out = await def.run(ctx);
      if (!(await this.repo.move(em, pass, { ...out.patch, status: out.to, updatedAt: now })))
        throw new AppError(
          'CONFLICT',
          action === 'release' ? '该放行条刚刚已被放行，不能重复放行' : '该放行申请刚被他人处理，请刷新后重试',
        );
      await this.timeline.write(
        em,
        pass,
        { actor, action, from: pass.status, to: out.to, at: now, note: out.note, ownerNote: out.ownerNote },
        out.patch.code ?? pass.code,
      );
    });
    return (await this.repo.pass(pass.id))!;
  }
}
