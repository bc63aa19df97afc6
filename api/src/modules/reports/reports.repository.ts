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

  /**
   * 收缴率 one SQL per level: bills of the months [from, to] of a project (not void), grouped by the project,
   * a building (keyset paged by its id) or a fee item. Billed leaves out bills issued again after a refund
   * (the same charge); collected is what paid bills brought in less what refunds paid back (capped at the
   * bill, a late fee is not collected charge). A bill's charge counts its approved principal adjustments.
   */
  async collection(
    projectId: number,
    from: string,
    to: string,
    level: 'project' | 'building' | 'fee_item',
    page: { afterId: number; limit: number } = { afterId: 0, limit: 1000 },
  ): Promise<{ id: number | null; name: string | null; billed: number; collected: number; bills: number }[]> {
    // R-PAY-04 a bill's charge is its amount as its approved principal adjustments made it (减免 / 调增)
    const charge = '(b.amount_fen + COALESCE(a.fen, 0))';
    const sums = `SUM(CASE WHEN b.source_type <> 'reissue' THEN ${charge} ELSE 0 END) AS billed,
      SUM(CASE WHEN b.status = 'paid' THEN ${charge} - (CASE WHEN p.refunded_fen > ${charge} THEN ${charge} ELSE COALESCE(p.refunded_fen, 0) END) ELSE 0 END) AS collected,
      COUNT(*) AS bills`;
    const adjusted = `LEFT JOIN (SELECT bill_id, SUM(CASE WHEN kind = 'increase' THEN amount_fen ELSE -amount_fen END) AS fen
      FROM bill_adjustment WHERE status = 'approved' AND target = 'principal' GROUP BY bill_id) a ON a.bill_id = b.id`;
    const where = "b.project_id = ? AND b.status <> 'void' AND b.period >= ? AND b.period <= ?";
    const params: unknown[] = [projectId, from, to];
    let sql: string;
    if (level === 'project')
      sql = `SELECT b.project_id AS id, NULL AS name, ${sums} FROM bill b LEFT JOIN payment p ON p.bill_id = b.id
        ${adjusted} WHERE ${where} GROUP BY b.project_id`;
    else if (level === 'building') {
      sql = `SELECT r.building_id AS id, MAX(g.name) AS name, ${sums} FROM bill b JOIN room r ON r.id = b.room_id
        JOIN building g ON g.id = r.building_id LEFT JOIN payment p ON p.bill_id = b.id
        ${adjusted} WHERE ${where} AND r.building_id > ? GROUP BY r.building_id ORDER BY r.building_id LIMIT ?`;
      params.push(page.afterId, page.limit);
    } else
      sql = `SELECT b.fee_item_id AS id, MAX(f.name) AS name, ${sums} FROM bill b LEFT JOIN fee_item f ON f.id = b.fee_item_id
        LEFT JOIN payment p ON p.bill_id = b.id ${adjusted} WHERE ${where} GROUP BY b.fee_item_id ORDER BY b.fee_item_id`;
    const rows = (await this.ds.query(sql, params)) as Record<string, unknown>[];
    return rows.map((r) => ({
      id: r.id === null ? null : Number(r.id),
      name: r.name === null ? null : String(r.name),
      billed: Number(r.billed ?? 0),
      collected: Number(r.collected ?? 0),
      bills: Number(r.bills ?? 0),
    }));
  }
}
