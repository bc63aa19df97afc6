import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { COMPLAINT_CLOCK_LABELS, formatLocal, type ComplaintClockKind } from '@wy/shared';
import { EventBus } from '../../events/event-bus.js';
import { Clock } from '../../infra/clock.js';
import { Jobs } from '../../infra/jobs.js';
import { dueInForce } from './clocks.js';
import { ComplaintsRepository } from './complaints.repository.js';
import { ComplaintSettings } from './settings.js';
import { ComplaintTimeline } from './timeline.js';

const SYSTEM = { kind: 'staff' as const, id: 0, name: '系统' };

/**
 * The complaint clocks' breach job (R-CMP-06…12), as the repair clocks have theirs: one conditional
 * UPDATE marks every running promise now past its due time in force (an approved extension counting),
 * tagged with this run's id; only the rows this run marked are announced (complaint.clock_breached,
 * which escalates to the supervisors, the manager and the handler) and written on the staff timeline,
 * each in its own transaction. Several API instances may run it at once: no promise is announced twice.
 */
@Injectable()
export class ComplaintBreaches implements OnModuleInit {
  private readonly logger = new Logger('ComplaintBreach');
  constructor(
    @Inject(ComplaintsRepository) private readonly repo: ComplaintsRepository,
    @Inject(ComplaintTimeline) private readonly timeline: ComplaintTimeline,
    @Inject(ComplaintSettings) private readonly settings: ComplaintSettings,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(Jobs) private readonly jobs: Jobs,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.jobs.register('complaint-breach', 10, () => this.tick());
  }

  async tick(now = this.clock.now()): Promise<number> {
    const run = randomUUID();
    await this.repo.markBreached(run, now);
    const marked = await this.repo.markedBy(run);
    for (const k of marked)
      await this.repo.transaction(async (em) => {
        const c = await this.repo.byId(k.complaintId, em);
        if (!c) return;
        const { calendar } = await this.settings.of(c.projectId);
        const due = dueInForce(k);
        const label = COMPLAINT_CLOCK_LABELS[k.kind as ComplaintClockKind] ?? k.kind;
        await this.timeline.write(em, {
          complaintId: c.id,
          projectId: c.projectId,
          actor: SYSTEM,
          action: 'overdue',
          from: c.status,
          to: c.status,
          at: now,
          note: `${label}承诺已超时（应于 ${formatLocal(due, calendar.timeZone)} 前）`,
          data: { clock: k.kind, dueAt: due.toISOString() },
        });
        await this.events.publish(em, 'complaint.clock_breached', {
          clockId: k.id,
          complaintId: c.id,
          projectId: c.projectId,
          code: c.code,
          importance: c.importance,
          kind: k.kind,
          handlerStaffId: c.handlerStaffId,
          dueAt: due,
          timeZone: calendar.timeZone,
        });
      });
    if (marked.length) this.logger.log(`marked ${marked.length} broken complaint promises (run ${run})`);
    return marked.length;
  }
}
