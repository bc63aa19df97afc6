import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PERMISSIONS } from '@wy/shared';
import { stepColumns, type TimelineStep } from '../../events/events.js';
import { EventBus } from '../../events/event-bus.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { StaffLookup } from '../staff/staff-lookup.service.js';
import type { ReleasePass } from './entities.js';
import { PassesRepository } from './passes.repository.js';

export type PassStep = TimelineStep;

/**
 * Writes a step of a pass, in the step's transaction: the timeline row with its audience (owner words and
 * staff notes kept apart), the pass.moved event, and the desk's bell when a pass comes to wait for it.
 */
@Injectable()
export class PassTimeline {
  constructor(
    @Inject(PassesRepository) private readonly repo: PassesRepository,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
    @Inject(StaffLookup) private readonly staff: StaffLookup,
  ) {}

  async write(em: EntityManager, p: ReleasePass, s: PassStep, code: string | null = p.code): Promise<void> {
    await this.repo.insertEvent(em, {
      passId: p.id,
      projectId: p.projectId,
      ...stepColumns(s),
    });
    await this.events.publish(em, 'pass.moved', {
      passId: p.id,
      projectId: p.projectId,
      personId: p.personId,
      code,
      action: s.action,
      from: s.from,
      to: s.to,
      actor: s.actor,
      at: s.at,
    });
    // an owner's application (confirmed) now waits for the desk: its bell rings
    if (s.to === 'submitted' && s.actor.kind === 'owner')
      await this.notifications.notifyStaff(em, await this.staff.withRoles(p.projectId, PERMISSIONS['pass.desk']), {
        projectId: p.projectId,
        title: '新的放行申请',
        body: `${p.applicantName} 申请 ${p.moveOn} 搬出物品，待签发放行条`,
        link: `/passes?id=${p.id}`,
      });
  }
}
