import { Inject, Injectable } from '@nestjs/common';
import {
  RENO_INSPECTION_RESULT_LABELS,
  RENO_STATUS_LABELS,
  renoInspectFrom,
  renoInspectionDue,
  renoMissedDays,
  type RenoInspectionResult,
  type RenoStatus,
} from '@wy/shared';
import type { Principal } from '../../../common/principal.js';
import { ensureProjectInScope } from '../../../common/scope.js';
import { Clock } from '../../../infra/clock.js';
import { PeopleLookup } from '../../people/people-lookup.service.js';
import type { Renovation } from '../entities.js';
import type { RenoInspectionPageDto, RenoInspectionQuery } from '../renovation.dto.js';
import { RenovationRepository } from '../renovation.repository.js';
import { RenoProjects } from '../settings.js';
import { noticeDto } from './notice-view.js';

/** R-REN-06 the first day a renovation is inspected: the later of the permit's local day and the works' start. */
export function inspectFromOf(r: Renovation, timeZoneToday: (t: Date) => string): string | null {
  return r.permittedAt ? renoInspectFrom(timeZoneToday(new Date(r.permittedAt)), r.startOn) : null;
}

/**
 * R-REN-06 今日巡查: the project's active renovations (permitted, not yet accepted) for the day in its zone —
 * which are due and not yet inspected, today's result, the open notices (past their deadline flagged) to
 * re-inspect, the days missed so far. Filtered and paged on the server.
 */
@Injectable()
export class InspectionList {
  constructor(
    @Inject(RenovationRepository) private readonly repo: RenovationRepository,
    @Inject(RenoProjects) private readonly projects: RenoProjects,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async page(p: Principal, q: RenoInspectionQuery): Promise<RenoInspectionPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const project = await this.projects.of(q.projectId);
    const now = this.clock.now();
    const today = project.today(now);
    const [page, all, pendingAll] = await Promise.all([
      this.repo.activePage({ ...q, onDate: today }),
      this.repo.activeCount(q.projectId),
      this.repo.activeCount(q.projectId, today),
    ]);
    const ids = page.rows.map((r) => r.id);
    const froms = new Map(page.rows.map((r) => [r.id, inspectFromOf(r, project.today)]));
    const earliest = [...froms.values()].filter((x): x is string => !!x).sort()[0] ?? today;
    const [rooms, todays, days, open] = await Promise.all([
      this.people.roomLabels(page.rows.map((r) => r.roomId)),
      this.repo.inspectionsOn(ids, today),
      this.repo.inspectedDays(ids, earliest),
      this.repo.openNotices(ids),
    ]);
    return {
      today,
      active: all,
      pending: pendingAll,
      nextCursor: page.nextCursor,
      items: page.rows.map((r) => {
        const from = froms.get(r.id) ?? today;
        const t = todays.find((i) => i.renovationId === r.id);
        const missed = renoMissedDays(from, today, days.get(r.id) ?? []);
        const notices = open.filter((n) => n.renovationId === r.id).map((n) => noticeDto(n, today));
        return {
          id: r.id,
          roomLabel: rooms.get(r.roomId)?.label ?? '',
          applicantName: r.applicantName,
          contractorCompany: r.contractorCompany,
          contractorLeader: r.contractorLeader,
          permitCode: r.permitCode,
          startOn: r.startOn,
          endOn: r.endOn,
          status: r.status,
          statusLabel: RENO_STATUS_LABELS[r.status as RenoStatus] ?? r.status,
          inspectFrom: from,
          due: renoInspectionDue(r.status, from, today, !!t),
          todayResult: t?.result ?? null,
          todayResultLabel: t ? (RENO_INSPECTION_RESULT_LABELS[t.result as RenoInspectionResult] ?? t.result) : null,
          todayInspectorName: t?.inspectorName ?? null,
          openNotices: notices.length,
          overdueNotices: notices.filter((n) => n.overdue).length,
          notices,
          missedCount: missed.length,
          missedDays: missed.slice(0, 7),
        };
      }),
    };
  }
}
