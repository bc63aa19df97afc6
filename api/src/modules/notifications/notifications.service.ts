import { Inject, Injectable } from '@nestjs/common';
import { IsNull, type DataSource } from 'typeorm';
import type { Principal } from '../../common/principal.js';
import { Clock } from '../../infra/clock.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { StaffNotification } from '../sla/entities.js';

/** The in-console notification list of a staff member. */
@Injectable()
export class NotificationsService {
  constructor(
    @Inject(DATA_SOURCE) private readonly ds: DataSource,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async list(p: Principal) {
    const rows = await this.ds
      .getRepository(StaffNotification)
      .find({ where: { staffId: p.id }, order: { id: 'DESC' }, take: 100 });
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
    await this.ds.getRepository(StaffNotification).update({ id, staffId: p.id, readAt: IsNull() }, { readAt: this.clock.now() });
  }
}
