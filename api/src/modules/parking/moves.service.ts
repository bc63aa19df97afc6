import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { can, PARKING_ACTIONS, PARKING_ACTION_LABELS, parkingActionAllowed, type ParkingAction } from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import type { ParkingContext, ParkingTools } from './actions/action.js';
import { PARKING_ACTION_DEFS } from './actions/index.js';
import type { ParkingApplication } from './entities.js';
import type { ApplicationDto, ParkingActionDto } from './parking.dto.js';
import { ParkingRepository } from './parking.repository.js';
import { ParkingBills } from './rent-bills.js';
import { ParkingReader } from './reading.service.js';
import { ParkingProjects, type ParkingProject } from './settings.js';
import { ParkingTimeline } from './timeline.js';
import { ParkingWaitlist } from './waitlist.js';

/**
 * Runs a step of a parking application (actions/*.ts): load, scope, the flow's state machine and the
 * step's permission, then one transaction — the step's own writes (a space taken, a rent bill), the
 * conditional update on the application's version (two at once: one wins, the other 409), the
 * timeline and the event.
 */
@Injectable()
export class ParkingMoves {
  constructor(
    @Inject(ParkingRepository) private readonly repo: ParkingRepository,
    @Inject(ParkingProjects) private readonly projects: ParkingProjects,
    @Inject(ParkingTimeline) private readonly timeline: ParkingTimeline,
    @Inject(ParkingWaitlist) private readonly waitlist: ParkingWaitlist,
    @Inject(ParkingReader) private readonly reader: ParkingReader,
    @Inject(ParkingBills) private readonly bills: ParkingBills,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async act(p: Principal, id: number, name: string, input: ParkingActionDto): Promise<ApplicationDto> {
    const s = asStaff(p);
    if (!(PARKING_ACTIONS as readonly string[]).includes(name)) throw badRequest(`未知的操作：${name}`);
    const action = name as ParkingAction;
    const a = await this.repo.application(id);
    if (!a) throw notFound('车位申请');
    ensureProjectInScope(p, a.projectId, '车位申请');
    const def = PARKING_ACTION_DEFS[action];
    if (!can(s.roles, def.perm)) throw new AppError('FORBIDDEN', `您没有权限${PARKING_ACTION_LABELS[action]}`);
    if (!parkingActionAllowed(a.kind, action, a.status)) throw new AppError('PRK_ILLEGAL_TRANSITION');
    const project = await this.projects.of(a.projectId);
    const now = this.clock.now();
    await this.repo.transaction(async (em) => {
      const ctx: ParkingContext = { p: s, a, input, now, em, project, tools: this.tools(em, a, project, now) };
      const out = await def.run(ctx);
      if (!(await this.repo.move(em, a, { ...out.patch, status: out.to, updatedAt: now })))
        throw new AppError('CONFLICT', '该申请刚被他人处理，请刷新后重试');
      await this.timeline.write(em, a, {
        actor: { kind: 'staff', id: s.id, name: s.name },
        action: out.event ?? action,
        from: a.status,
        to: out.to,
        at: now,
        note: out.note,
        ownerNote: out.ownerNote ?? null,
      });
    });
    return this.reader.detail(s, id);
  }

  private tools(em: EntityManager, a: ParkingApplication, project: ParkingProject, now: Date): ParkingTools {
    return {
      takeSpace: async (spaceId) => {
        if (!(await this.repo.takeSpace(em, spaceId, a.id, 'reserved', now))) throw new AppError('PRK_SPACE_TAKEN');
        return (await this.repo.space(spaceId, em))!;
      },
      takeAnyFree: async (kind) => {
        // a few candidates: another desk may take the first one at the same moment
        for (let round = 0; round < 3; round++) {
          const free = await this.repo.freeSpaces(em, a.projectId, kind, 20);
          if (!free.length) return null;
          for (const s of free)
            if (await this.repo.takeSpace(em, s.id, a.id, 'reserved', now)) return (await this.repo.space(s.id, em))!;
        }
        return null;
      },
      setHeld: async (spaceId, state) => {
        if (!(await this.repo.setHeldSpace(em, spaceId, a.id, state, now))) throw new AppError('PRK_SPACE_TAKEN');
      },
      release: (spaceId) => this.waitlist.release(em, spaceId, a.id, now),
      space: (spaceId) => this.repo.space(spaceId, em),
      price: (kind, term) => this.bills.price(em, a.projectId, kind, term),
      firstRent: (spaceNo) => {
        const startOn = project.today(now);
        return this.bills.billPeriod(em, a, { seq: 1, startOn, dueOn: startOn, title: `车位租金 ${spaceNo} ${a.plate}`, now });
      },
    };
  }
}
