import { Inject, Injectable } from '@nestjs/common';
import {
  ANNOUNCEMENT_ACTIONS,
  ANNOUNCEMENT_ACTION_LABELS,
  ANNOUNCEMENT_MACHINE,
  ANNOUNCEMENT_STATUS_LABELS,
  announcementMayTake,
  can,
  type AnnouncementAction,
  type AnnouncementStatus,
} from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal, StaffPrincipal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { ANNOUNCEMENT_ACTION_DEFS } from './actions/index.js';
import type { AnnouncementActionDto } from './announcements.dto.js';
import { AnnouncementsRepository } from './announcements.repository.js';
import type { Announcement } from './entities.js';

/**
 * Runs a step of an announcement (actions/*.ts): load, check the state machine and the permission, let
 * the step check its input and describe the move, then one transaction: the conditional UPDATE on the
 * version (two at once: one wins, the other 409) and the audit record.
 */
@Injectable()
export class AnnouncementMoves {
  constructor(
    @Inject(AnnouncementsRepository) private readonly repo: AnnouncementsRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async load(p: StaffPrincipal, id: number): Promise<Announcement> {
    const a = await this.repo.byId(id);
    if (!a) throw notFound('公告');
    ensureProjectInScope(p, a.projectId, '公告');
    return a;
  }

  async act(p: Principal, id: number, name: string, input: AnnouncementActionDto): Promise<void> {
    const s = asStaff(p);
    if (!(ANNOUNCEMENT_ACTIONS as readonly string[]).includes(name)) throw badRequest(`未知的操作：${name}`);
    const action = name as AnnouncementAction;
    const a = await this.load(s, id);
    const label = ANNOUNCEMENT_ACTION_LABELS[action];
    const status = a.status as AnnouncementStatus;
    if (!announcementMayTake(status, action))
      throw new AppError('CONFLICT', `${ANNOUNCEMENT_STATUS_LABELS[status] ?? status}的公告不能${label}`, { status, action });
    const def = ANNOUNCEMENT_ACTION_DEFS[action];
    if (!can(s.roles, def.perm)) throw new AppError('FORBIDDEN', `您不能执行“${label}”`);
    const now = this.clock.now();
    const out = def.run({ p: s, a, input, now });
    const to = ANNOUNCEMENT_MACHINE[action].to;
    await this.repo.transaction(async (em) => {
      if (!(await this.repo.move(em, a, { ...out.patch, status: to, updatedAt: now })))
        throw new AppError('CONFLICT', '该公告刚被其他人处理过，请刷新后重试');
      await this.audit.record(
        s,
        { projectId: a.projectId, entity: 'announcement', entityId: a.id, action, from: a.status, to, note: out.note },
        em,
      );
    });
  }

  /** The steps this staff member may take now (the console's buttons). */
  allowed(p: StaffPrincipal, a: Announcement): AnnouncementAction[] {
    return ANNOUNCEMENT_ACTIONS.filter(
      (x) =>
        announcementMayTake(a.status as AnnouncementStatus, x) &&
        can(p.roles, ANNOUNCEMENT_ACTION_DEFS[x].perm) &&
        (x !== 'approve' || (a.createdByStaffId !== p.id && a.submittedByStaffId !== p.id)),
    );
  }
}
