import { Inject, Injectable } from '@nestjs/common';
import { MOVEIN_HALF_LABELS, moveInBookingProblem } from '@wy/shared';
import { AppError, badRequest } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { Clock } from '../../infra/clock.js';
import type { MoveIn } from './entities.js';
import type { BookMoveInDto } from './move-in.dto.js';
import { MoveInRepository } from './move-in.repository.js';
import { MoveInReader } from './reading.service.js';
import { MoveInProjects } from './settings.js';
import { MoveInTimeline } from './timeline.js';

/**
 * The buyer books the half-day they will come (optional, R-MOV-01/03 so the desk can plan and the wait stays
 * short): a morning or afternoon of the batch's period, today or later in the project's zone, until they have
 * arrived; booking again moves it. The desk sees it on the list; the step is on the timeline.
 */
@Injectable()
export class MoveInBooking {
  constructor(
    @Inject(MoveInRepository) private readonly repo: MoveInRepository,
    @Inject(MoveInReader) private readonly reader: MoveInReader,
    @Inject(MoveInProjects) private readonly projects: MoveInProjects,
    @Inject(MoveInTimeline) private readonly timeline: MoveInTimeline,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async book(p: Principal, id: number, b: BookMoveInDto): Promise<MoveIn> {
    const m = await this.reader.mineOne(p, id);
    if (m.status !== 'notified') throw new AppError('CONFLICT', '您已到场办理，无需预约');
    const [batch, project] = await Promise.all([this.repo.batch(m.batchId), this.projects.of(m.projectId)]);
    const now = this.clock.now();
    const problem = moveInBookingProblem(b.day, batch!, project.today(now));
    if (problem) throw badRequest(problem);
    const label = `${b.day} ${MOVEIN_HALF_LABELS[b.half]}`;
    await this.repo.transaction(async (em) => {
      if (!(await this.repo.move(em, m, { bookedOn: b.day, bookedHalf: b.half, updatedAt: now })))
        throw new AppError('CONFLICT', '入伙记录刚有变动，请刷新后重试');
      await this.timeline.write(em, m, {
        actor: { kind: 'owner', id: p.id, name: p.name || '业主' },
        action: 'book',
        from: m.status,
        to: m.status,
        at: now,
        note: `业主预约 ${label} 到场办理`,
        ownerNote: `已预约 ${label} 到服务中心办理入伙`,
      });
    });
    return m;
  }
}
