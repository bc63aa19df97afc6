import ExcelJS from 'exceljs';
import { Inject, Injectable } from '@nestjs/common';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_RATE_LABELS,
  complaintMonthRates,
  EMPTY_MONTH_COUNTS,
  localDayStart,
  SATISFIED,
  type ComplaintCategory,
  type ComplaintMonthCounts,
  type ComplaintMonthRates,
} from '@wy/shared';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import type { ComplaintStatsDto } from './complaints.dto.js';
import { ComplaintsRepository } from './complaints.repository.js';

const nextMonth = (m: string) => {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
};

/**
 * R-RPT-01 R-CMP-22 the month's complaint statistics of a project, per category and in total: the
 * timely-handling, correct-handling, callback, satisfaction, valid-complaint and tracking rates and
 * the complaints per 100 households — counted in SQL in the project's month — and their Excel sheet.
 */
@Injectable()
export class ComplaintStats {
  constructor(
    @Inject(ComplaintsRepository) private readonly repo: ComplaintsRepository,
    @Inject(OrgLookup) private readonly org: OrgLookup,
  ) {}

  async month(p: Principal, projectId: number, month: string): Promise<ComplaintStatsDto> {
    ensureProjectInScope(p, projectId, '项目');
    const tz = await this.org.projectTimezone(projectId);
    const [counts, households] = await Promise.all([
      this.repo.monthCounts(projectId, localDayStart(`${month}-01`, tz), localDayStart(`${nextMonth(month)}-01`, tz), SATISFIED),
      this.org.households(projectId),
    ]);
    const total = { ...EMPTY_MONTH_COUNTS };
    for (const c of counts.values()) for (const k of Object.keys(total) as (keyof ComplaintMonthCounts)[]) total[k] += c[k];
    const byCategory = COMPLAINT_CATEGORIES.map((category) => {
      const c = counts.get(category) ?? EMPTY_MONTH_COUNTS;
      return { category, label: COMPLAINT_CATEGORY_LABELS[category], ...c, ...complaintMonthRates(c, households) };
    });
    return { month, households, total: { ...total, ...complaintMonthRates(total, households) }, byCategory };
  }

  /** The same figures as an Excel sheet (the monthly report's attachment). */
  async workbook(p: Principal, projectId: number, month: string): Promise<Buffer> {
    const s = await this.month(p, projectId, month);
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(`投诉统计 ${month}`);
    const rates = Object.keys(COMPLAINT_RATE_LABELS) as (keyof ComplaintMonthRates)[];
    ws.addRow([
      '类别',
      '受理',
      '有效',
      '处理完成',
      '按时处理',
      '结案',
      '回访应做',
      '回访已做',
      ...rates.map((r) => COMPLAINT_RATE_LABELS[r] + '(%)'),
    ]);
    const line = (label: string, r: ComplaintMonthCounts & ComplaintMonthRates) =>
      ws.addRow([
        label,
        r.received,
        r.valid,
        r.handled,
        r.handledInTime,
        r.closed,
        r.callbacksDue,
        r.callbacksDone,
        ...rates.map((k) => r[k] ?? '—'),
      ]);
    for (const r of s.byCategory) line(COMPLAINT_CATEGORY_LABELS[r.category as ComplaintCategory], r);
    line('合计', s.total);
    ws.addRow([]);
    ws.addRow([`户数 ${s.households}；比率按当月计算，“—”表示当月没有可计算的件数`]);
    ws.getRow(1).font = { bold: true };
    ws.columns.forEach((c) => (c.width = 12));
    return Buffer.from(await wb.xlsx.writeBuffer());
  }
}
