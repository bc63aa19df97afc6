import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RENTABLE_SPACE_KINDS } from '@wy/shared';
import { ParkingRepository } from './parking.repository.js';
import { ParkingProjects } from './settings.js';
import { ParkingTimeline } from './timeline.js';

/**
 * R-PRK-04 the waiting list: when a space is let go, the first in line of its kind is offered it for a
 * limited time (the project's offerHours), the space reserved for them; an offer not taken up in time
 * lapses and the space goes to the next.
 */
@Injectable()
export class ParkingWaitlist {
  constructor(
    @Inject(ParkingRepository) private readonly repo: ParkingRepository,
    @Inject(ParkingProjects) private readonly projects: ParkingProjects,
    @Inject(ParkingTimeline) private readonly timeline: ParkingTimeline,
  ) {}

  /** Lets the holder's space go and offers it to the next in line, in the caller's transaction. */
  async release(em: EntityManager, spaceId: number, holderId: number, now: Date): Promise<void> {
    await this.repo.setHeldSpace(em, spaceId, holderId, 'free', now);
    await this.offerNext(em, spaceId, now);
  }

  /** Offers a free space to the first in its kind's waiting list (nothing when nobody waits). */
  async offerNext(em: EntityManager, spaceId: number, now: Date): Promise<void> {
    const space = await this.repo.space(spaceId, em);
    if (!space || space.state !== 'free' || !(RENTABLE_SPACE_KINDS as readonly string[]).includes(space.kind)) return;
    const project = await this.projects.of(space.projectId, em);
    for (const next of await this.repo.waitingList(space.projectId, space.kind, em)) {
      if (!(await this.repo.takeSpace(em, space.id, next.id, 'reserved', now))) return; // someone took it meanwhile
      const until = new Date(now.getTime() + project.settings.offerHours * 3_600_000);
      if (!(await this.repo.move(em, next, { status: 'offered', spaceId: space.id, offerExpiresAt: until }))) {
        await this.repo.setHeldSpace(em, space.id, next.id, 'free', now);
        continue;
      }
      await this.timeline.write(em, next, {
        actor: { kind: 'system', id: null, name: '系统' },
        action: 'offer',
        from: 'waiting',
        to: 'offered',
        at: now,
        note: `排队到号，预留车位 ${space.no}`,
        ownerNote: `有车位可以租用了：${space.no}。已为您保留${project.settings.offerHours}小时，请在此期间到服务中心签订合同。`,
      });
      return;
    }
  }
}
