import { Inject, Injectable } from '@nestjs/common';
import { ASSIGNABLE_ROLES, localDate } from '@wy/shared';
import { AppError } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { SlaService } from '../sla/sla.service.js';
import { StaffLookup } from '../staff/staff-lookup.service.js';
import { RequestReader } from './reading.service.js';
import type { RequestSummaryDto, TechnicianDto, TechStatsDto } from './sr.dto.js';
import { ServiceRequestRepository } from './sr.repository.js';

const WORKERS = ASSIGNABLE_ROLES as readonly string[];
/** What a technician's own list shows: dispatched to them up to finished (awaiting confirmation). */
const TECH_LIST_STATUSES = ['dispatched', 'accepted', 'arrived', 'paused', 'finished'] as const;

/** The technicians of a project (who can be dispatched) and a technician's own orders and day. */
@Injectable()
export class TechnicianService {
  constructor(
    @Inject(ServiceRequestRepository) private readonly repo: ServiceRequestRepository,
    @Inject(RequestReader) private readonly reader: RequestReader,
    @Inject(StaffLookup) private readonly staff: StaffLookup,
    @Inject(SlaService) private readonly sla: SlaService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Active technicians of the project with their open orders (the dispatch form's list). */
  async list(p: Principal, projectId: number): Promise<TechnicianDto[]> {
    ensureProjectInScope(p, projectId, '项目');
    const techs = await this.technicians(projectId);
    if (!techs.length) return [];
    const counts = await this.repo.openOrderCounts(projectId);
    return techs.map((t) => ({ ...t, openOrders: counts.get(t.id) ?? 0 }));
  }

  /** Active staff of the project who can be dispatched a work order. */
  async technicians(projectId: number): Promise<{ id: number; name: string }[]> {
    return (await this.staff.ofProject(projectId))
      .filter((s) => !s.archivedAt && s.roles.some((x) => WORKERS.includes(x)))
      .map((s) => ({ id: s.id, name: s.name }));
  }
  memberOfProject(staffId: number, projectId: number) {
    return this.staff.memberOfProject(staffId, projectId);
  }

  async orders(p: Principal, scope: 'mine' | 'pool'): Promise<RequestSummaryDto[]> {
    if (p.kind !== 'staff') throw new AppError('FORBIDDEN');
    if (scope === 'mine') return this.reader.summaries(await this.repo.assignedTo(p.id, TECH_LIST_STATUSES));
    if (p.scope !== 'all' && !p.scope.length) return [];
    return this.reader.summaries(await this.repo.inPool(p.scope));
  }

  async stats(p: Principal): Promise<TechStatsDto> {
    const mine = await this.orders(p, 'mine');
    const { calendar } =
      p.kind === 'staff' && p.scope !== 'all' && p.scope[0]
        ? await this.sla.settings(p.scope[0])
        : { calendar: { timeZone: 'Asia/Shanghai' } };
    const today = localDate(this.clock.now(), calendar.timeZone);
    return {
      toAccept: mine.filter((o) => o.status === 'dispatched').length + (await this.orders(p, 'pool')).length,
      inProgress: mine.filter((o) => ['accepted', 'arrived', 'paused'].includes(o.status)).length,
      todayAppointments: mine.filter(
        (o) => o.appointmentStart && localDate(new Date(o.appointmentStart), calendar.timeZone) === today,
      ).length,
      overdue: mine.filter((o) => o.overdue).length,
    };
  }
}
