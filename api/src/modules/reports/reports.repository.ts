import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { OPEN_REPAIR_STATUSES, type RepairKpiCounts } from '@wy/shared';
import { countRows } from '../../database/count.js';
import { requestLateSql } from '../sla/clock-sql.js';
import { DATA_SOURCE } from '../../infra/tokens.js';

/** KPI counts: plain aggregates over requests, SLA clocks and callback records (portable SQL). */
@Injectable()
export class ReportsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  private count(table: string, where: string, params: Record<string, unknown>): Promise<number> {
    return countRows(this.ds, table, where, params);
  }

  async repairCounts(projectId: number, start: Date, end: Date, now: Date): Promise<RepairKpiCounts> {
    const p = { projectId, start, end, now, open: OPEN_REPAIR_STATUSES, ok: ['very_satisfied', 'satisfied'] };
    const inProject = 't.project_id = :projectId';
    const resolve = `${inProject} AND t.kind = 'resolve' AND t.cancelled_at IS NULL AND t.met_at >= :start AND t.met_at < :end`;
    const callback = `${inProject} AND t.kind = 'callback' AND t.cancelled_at IS NULL AND t.due_at >= :start AND t.due_at < :end`;
    const record = `${inProject} AND t.kind = 'callback' AND t.at >= :start AND t.at < :end`;
    const [received, resolved, resolvedOnTime, callbacksDue, callbacksDone, callbacksOnTime, rated, satisfied, openOverdue] =
      await Promise.all([
        this.count(
          'service_request',
          `${inProject} AND t.type = 'repair' AND t.received_at >= :start AND t.received_at < :end`,
          p,
        ),
        this.count('sla_clock', resolve, p),
        this.count('sla_clock', `${resolve} AND t.breached_at IS NULL`, p),
        this.count('sla_clock', callback, p),
        this.count('sla_clock', `${callback} AND t.met_at IS NOT NULL`, p),
        this.count('sla_clock', `${callback} AND t.met_at IS NOT NULL AND t.breached_at IS NULL`, p),
        this.count('callback_record', record, p),
        this.count('callback_record', `${record} AND t.satisfaction IN (:...ok)`, p),
        this.count('service_request', `${inProject} AND t.status IN (:...open) AND ${requestLateSql('t')}`, p),
      ]);
    return { received, resolved, resolvedOnTime, callbacksDue, callbacksDone, callbacksOnTime, rated, satisfied, openOverdue };
  }

  projectTimezone(projectId: number): Promise<string | null> {
    return this.ds.query('SELECT timezone AS tz FROM project WHERE id = ?', [projectId]).then((r) => r[0]?.tz ?? null);
  }
}
