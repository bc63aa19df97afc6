import ExcelJS from 'exceljs';
import { Inject, Injectable } from '@nestjs/common';
import {
  COLLECTION_LEVEL_LABELS,
  fenToYuanString,
  localDate,
  localMonthRange,
  ratePct,
  REPAIR_KPI_TARGETS,
  repairKpis,
} from '@wy/shared';
import { badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import type { CollectionQuery, CollectionReportDto, CollectionRowDto, RepairKpisDto } from './reports.dto.js';
import { ReportsRepository } from './reports.repository.js';

/** Monthly service KPIs (R-REP-12 repair timeliness, R-REP-09 callbacks, satisfaction) for the dashboard and reports. */
@Injectable()
export class ReportsService {
  constructor(
    @Inject(ReportsRepository) private readonly repo: ReportsRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async repairKpis(p: Principal, projectId: number, month?: string): Promise<RepairKpisDto> {
    ensureProjectInScope(p, projectId, '项目');
    const tz = await this.repo.projectTimezone(projectId);
    if (!tz) throw notFound('项目');
    const now = this.clock.now();
    const m = month ?? localDate(now, tz).slice(0, 7);
    const { start, end } = localMonthRange(m, tz);
    const k = repairKpis(await this.repo.repairCounts(projectId, start, end, now));
    return { month: m, ...k, timelyTarget: REPAIR_KPI_TARGETS.timelyRate, callbackTarget: REPAIR_KPI_TARGETS.callbackRate };
  }

  /**
   * 收缴率 of a project's billed months [from, to] (default: this month), in total and by building (paged)
   * or fee item: server-side sums, one SQL per level.
   */
  async collection(p: Principal, q: CollectionQuery): Promise<CollectionReportDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const tz = await this.repo.projectTimezone(q.projectId);
    if (!tz) throw notFound('项目');
    const month = localDate(this.clock.now(), tz).slice(0, 7);
    const from = q.from ?? q.to ?? month;
    const to = q.to ?? q.from ?? month;
    if (from > to) throw badRequest('开始账期不能晚于结束账期');
    const by = q.by ?? 'project';
    const afterId = q.cursor === undefined ? 0 : Number(q.cursor);
    if (!Number.isSafeInteger(afterId) || afterId < 0) throw badRequest('翻页游标无效');
    const limit = q.limit ?? 50;
    const row = (
      r: { id: number | null; name: string | null; billed: number; collected: number; bills: number },
      name: string,
    ): CollectionRowDto => {
      const collected = Math.min(Math.max(r.collected, 0), r.billed);
      return {
        id: r.id,
        name,
        billedFen: r.billed,
        collectedFen: collected,
        owedFen: r.billed - collected,
        ratePct: ratePct(collected, r.billed),
        bills: r.bills,
      };
    };
    const [totals, rows] = await Promise.all([
      this.repo.collection(q.projectId, from, to, 'project'),
      by === 'project' ? Promise.resolve([]) : this.repo.collection(q.projectId, from, to, by, { afterId, limit: limit + 1 }),
    ]);
    const total = row(totals[0] ?? { id: q.projectId, name: null, billed: 0, collected: 0, bills: 0 }, '合计');
    const more = by === 'building' && rows.length > limit;
    const items = (more ? rows.slice(0, limit) : rows).map((r) => row(r, r.name ?? '其他（一次性收费）'));
    return { from, to, by, total, items, nextCursor: more ? String(items[items.length - 1]!.id) : null };
  }

  /**
   * The same report as an Excel sheet (every building, not one page): Chinese headers, money in yuan with two
   * decimals computed from fen, the rate as the report gives it, the project's total last.
   */
  async workbook(p: Principal, q: CollectionQuery): Promise<Buffer> {
    const first = await this.collection(p, { ...q, cursor: undefined, limit: 200 });
    const items = [...first.items];
    for (let cursor = first.nextCursor; cursor;) {
      const next = await this.collection(p, { ...q, cursor, limit: 200 });
      items.push(...next.items);
      cursor = next.nextCursor;
    }
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(`收缴率 ${first.from}${first.to === first.from ? '' : `至${first.to}`}`);
    const level = COLLECTION_LEVEL_LABELS[first.by as keyof typeof COLLECTION_LEVEL_LABELS];
    ws.addRow([first.by === 'project' ? '项目' : level, '账单数', '应收（元）', '实收（元）', '未收（元）', '收缴率（%）']);
    const yuan = (fen: number) => Number(fenToYuanString(fen));
    for (const r of [...items, first.total])
      ws.addRow([r.name, r.bills, yuan(r.billedFen), yuan(r.collectedFen), yuan(r.owedFen), r.ratePct ?? '—']);
    ws.getRow(1).font = { bold: true };
    ws.getRow(ws.rowCount).font = { bold: true };
    ws.getColumn(1).width = 24;
    for (const c of [2, 3, 4, 5, 6]) ws.getColumn(c).width = 14;
    for (const c of [3, 4, 5]) ws.getColumn(c).numFmt = '#,##0.00';
    ws.getColumn(6).numFmt = '0.0';
    ws.addRow([]);
    ws.addRow([`账期 ${first.from} 至 ${first.to}；实收已扣除退款；收缴率 = 实收 ÷ 应收，“—”表示没有应收`]);
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
}
