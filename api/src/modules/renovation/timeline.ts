import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PERMISSIONS, type Permission } from '@wy/shared';
import { stepColumns, type TimelineStep } from '../../events/events.js';
import { EventBus } from '../../events/event-bus.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { StaffLookup } from '../staff/staff-lookup.service.js';
import type { Renovation } from './entities.js';
import { RenovationRepository } from './renovation.repository.js';

/** Who is rung when an application comes to wait for them (R-REN-04: the responsible person the same day; R-REN-07/08). */
const BELLS: Partial<Record<string, { perm: Permission; title: string; body: (r: Renovation) => string }>> = {
  submitted: {
    perm: 'renovation.review',
    title: '新的装修申请待审核',
    body: (r) => `${r.applicantName} 申请装修（${r.startOn} 至 ${r.endOn}），请工程审核`,
  },
  reviewed: {
    perm: 'renovation.approve',
    title: '装修申请待审批',
    body: (r) => `${r.applicantName} 的装修申请已通过工程审核，待经理审批`,
  },
  // R-REN-07 the acceptance inspection is due in 3 days
  acceptance_requested: {
    perm: 'renovation.inspect',
    title: '装修竣工验收待验收',
    body: (r) => `${r.applicantName} 申请竣工验收（许可证 ${r.permitCode ?? ''}），请在3天内上门验收`,
  },
  // R-REN-08 the deposits' refund is to be started within 1 day
  accepted: {
    perm: 'renovation.desk',
    title: '装修验收通过，请发起退还保证金',
    body: (r) => `${r.applicantName} 的装修已验收通过，请在1天内发起退还两项装修保证金`,
  },
};

/**
 * Writes a step of a renovation, in the step's transaction: the timeline row with its audience (owner
 * words and staff notes kept apart), the renovation.moved event, and the bell of whoever it now waits for.
 */
@Injectable()
export class RenoTimeline {
  constructor(
    @Inject(RenovationRepository) private readonly repo: RenovationRepository,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
    @Inject(StaffLookup) private readonly staff: StaffLookup,
  ) {}

  async write(em: EntityManager, r: Renovation, s: TimelineStep): Promise<void> {
    await this.repo.insertEvent(em, {
      renovationId: r.id,
      projectId: r.projectId,
      ...stepColumns(s),
    });
    await this.events.publish(em, 'renovation.moved', {
      renovationId: r.id,
      projectId: r.projectId,
      personId: r.personId,
      action: s.action,
      from: s.from,
      to: s.to,
      actor: s.actor,
      at: s.at,
    });
    const bell = s.from !== s.to ? BELLS[s.to] : undefined;
    if (bell)
      await this.notifications.notifyStaff(em, await this.staff.withRoles(r.projectId, PERMISSIONS[bell.perm]), {
        projectId: r.projectId,
        title: bell.title,
        body: bell.body(r),
        link: `/renovations?id=${r.id}`,
      });
  }
}
