import { Inject, Injectable } from '@nestjs/common';
import { NotificationsService } from '../notifications/notifications.service.js';
import { Clock } from '../../infra/clock.js';
import { ParkingRepository } from './parking.repository.js';
import { ParkingProjects } from './settings.js';
import { ParkingTimeline } from './timeline.js';

/** Days before a rental's last day that the owner is reminded to renew. */
export const EXPIRY_REMINDER_DAYS = [15, 3] as const;

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/**
 * Renewal reminders: 15 and 3 days before a rental's last day (in the project's zone) the owner gets an
 * SMS through the outbox, once per rental, term end and stage (the outbox's key), and the reminder shows on
 * their application. A stage missed while the job was not running is sent late, never twice; a rental
 * renewed and paid has a new last day, so its reminders start again for that day.
 */
@Injectable()
export class ParkingReminders {
  constructor(
    @Inject(ParkingRepository) private readonly repo: ParkingRepository,
    @Inject(ParkingProjects) private readonly projects: ParkingProjects,
    @Inject(ParkingTimeline) private readonly timeline: ParkingTimeline,
    @Inject(NotificationsService) private readonly notifications: NotificationsService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async run(): Promise<number> {
    const now = this.clock.now();
    let sent = 0;
    for (const a of await this.repo.endingWithin(now, EXPIRY_REMINDER_DAYS[0] + 1)) {
      const project = await this.projects.of(a.projectId);
      const left = daysBetween(project.today(now), a.endOn!);
      if (left < 0) continue;
      // the latest stage reached: 3 days covers 3…0, 15 covers 15…4
      const stage = EXPIRY_REMINDER_DAYS.filter((d) => left <= d).at(-1);
      if (stage === undefined) continue;
      const space = a.spaceId ? await this.repo.space(a.spaceId) : null;
      const no = space?.no ?? '';
      await this.repo.transaction(async (em) => {
        const fresh = await this.notifications.enqueue(em, `parking-expiry:${a.id}:${a.endOn}:${stage}`, 'sms', {
          personId: a.personId,
          template: 'parking_expiry',
          params: { space: no, date: a.endOn!, days: String(left) },
          text: `您租用的车位${no}将于${a.endOn}到期（还有${left}天），请在小程序“停车服务”中续租。`,
        });
        if (!fresh) return;
        await this.timeline.write(em, a, {
          actor: { kind: 'system', id: null, name: '系统' },
          action: 'remind',
          from: a.status,
          to: a.status,
          at: now,
          note: `已短信提醒业主：租期 ${a.endOn} 到期，还有 ${left} 天`,
          ownerNote: `您的车位 ${no} 将于 ${a.endOn} 到期（还有 ${left} 天），请及时续租`,
        });
        sent++;
      });
    }
    return sent;
  }
}
