import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../common/principal.js';
import { Clock } from '../../infra/clock.js';
import { NotificationsRepository } from './notifications.repository.js';

/** The in-console notification list of a staff member. */
@Injectable()
export class NotificationsService {
  constructor(
    @Inject(NotificationsRepository) private readonly repo: NotificationsRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async list(p: Principal) {
    const rows = await this.repo.staffNotifications(p.id);
    return rows.map((n) => ({
      id: n.id,
      title: n.title,
      body: n.body,
      link: n.link,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    }));
  }
  async read(p: Principal, id: number): Promise<void> {
    await this.repo.markRead(id, p.id, this.clock.now());
  }
}
