import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { OPEN_REPAIR_STATUSES, SATISFIED, type RepairKpiCounts } from '@wy/shared';
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
    const p = { projectId, start, end, now, open: OPEN_REPAIR_STATUSES, ok: SATISFIED };
    const inProject = 't.project_id = :projectId';
    const resolve = `${inProject} AND t.kind = 'resolve' AND t.cancelled_at IS NULL AND t.met_at >= :start AND t.met_at < :end`;
    const callback = `${inProject} AND t.kind = 'callback' AND t.cancelled_at IS NULL AND t.due_at >= :start AND t.due_at < :end`;
    // a round superseded before it was due left the KPIs; one broken first stays a breach
    const contact = `${inProject} AND t.kind = 'contact' AND t.due_at >= :start AND t.due_at < :end AND ((t.met_at IS NOT NULL AND t.cancelled_at IS NULL) OR t.breached_at IS NOT NULL)`;
    const record = `${inProject} AND t.kind = 'callback' AND t.at >= :start AND t.at < :end`;
    const counts = {
      received: this.count(
        'service_request',
        `${inProject} AND t.type = 'repair' AND t.received_at >= :start AND t.received_at < :end`,
        p,
      ),
      resolved: this.count('sla_clock', resolve, p),
      resolvedOnTime: this.count('sla_clock', `${resolve} AND t.breached_at IS NULL`, p),
      callbacksDue: this.count('sla_clock', callback, p),
      callbacksDone: this.count('sla_clock', `${callback} AND t.met_at IS NOT NULL`, p),
      callbacksOnTime: this.count('sla_clock', `${callback} AND t.met_at IS NOT NULL AND t.breached_at IS NULL`, p),
      contactsDue: this.count('sla_clock', contact, p),
      contactsOnTime: this.count('sla_clock', `${contact} AND t.breached_at IS NULL`, p),
      rated: this.count('callback_record', record, p),
      // the owner's own rating where given, else the callback's answer
      satisfied: this.count('callback_record', `${record} AND COALESCE(t.owner_satisfaction, t.satisfaction) IN (:...ok)`, p),
      satisfactionOwnerRated: this.count('callback_record', `${record} AND t.owner_satisfaction IS NOT NULL`, p),
      openOverdue: this.count('service_request', `${inProject} AND t.status IN (:...open) AND ${requestLateSql('t')}`, p),
    };
    const c = Object.fromEntries(
      await Promise.all(Object.entries(counts).map(async ([k, v]) => [k, await v] as const)),
    ) as Record<keyof typeof counts, number>;
    return { ...c, satisfactionCallbackRated: c.rated - c.satisfactionOwnerRated };
  }

  projectTimezone(projectId: number): Promise<string | null> {
    return this.ds.query('SELECT timezone AS tz FROM project WHERE id = ?', [projectId]).then((r) => r[0]?.tz ?? null);
  }
}
