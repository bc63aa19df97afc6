import { Inject, Injectable } from '@nestjs/common';
import {
  CLOSURE_VERIFY_WINDOW_DAYS,
  COMPLAINT_CATEGORY_LABELS,
  decodeCursor,
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  FOLLOW_UP_CLOSED,
  FOLLOW_UP_OPEN,
  FOLLOW_UP_SUBJECT_LABELS,
  followUpProblem,
  addCalendarDays,
  localDate,
  localDayStart,
  MAX_PAGE_SIZE,
  needsDepthReview,
  weeklyOccasion,
  weekStartOf,
  type WeeklyDepth,
  type ComplaintCategory,
  type FollowUpCheck,
  type FollowUpKind,
  type FollowUpResult,
  type FollowUpSubject,
} from '@wy/shared';
import { badRequest, conflict, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { isUniqueViolation } from '../../database/errors.js';
import { Clock } from '../../infra/clock.js';
import { AuditService } from '../audit/audit.service.js';
import type { FollowUp } from './entities.js';
import type {
  CreateFollowUpDto,
  CreateWeeklyReviewDto,
  FollowUpCountsDto,
  FollowUpItemDto,
  FollowUpListQuery,
  FollowUpPageDto,
  FollowUpRecordDto,
  WeeklyReviewPageDto,
  WeeklyReviewQuery,
} from './follow-ups.dto.js';
import { FollowUpsRepository, type SubjectBrief, type SubjectRow } from './follow-ups.repository.js';

const DAY = 86_400_000;
const DUPLICATE: Record<FollowUpKind, string> = {
  daily: '今天已跟进过，明天再跟进',
  closure: '这次关闭已验证过',
  weekly: '这件投诉本周已回顾过',
};
const AUDIT_ACTION: Record<FollowUpKind, string> = { daily: 'follow_up', closure: 'verify_closure', weekly: 'weekly_review' };
const SUMMARY_CHARS = 60;

/**
 * R-REP-17 the customer-service supervisor follows up open repairs and complaints every day and verifies
 * each closure (验证关闭); what was checked is recorded — once a day per item, once per closure.
 */
@Injectable()
export class FollowUpsService {
  constructor(
    @Inject(FollowUpsRepository) private readonly repo: FollowUpsRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  private async zone(projectId: number): Promise<string> {
    const tz = await this.repo.projectTimezone(projectId);
    if (!tz) throw notFound('项目');
    return tz;
  }
  private async window(projectId: number) {
    const now = this.clock.now();
    const tz = await this.zone(projectId);
    const today = localDate(now, tz);
    return {
      now,
      today,
      dayEnd: localDayStart(addCalendarDays(today, 1), tz),
      closedSince: new Date(now.getTime() - CLOSURE_VERIFY_WINDOW_DAYS * DAY),
    };
  }
  /** R-CMP-18 the week (Monday to Sunday, in the project's zone) a date falls in, by default this week; never a future week. */
  private async weekOf(projectId: number, day?: string) {
    const w = await this.window(projectId);
    const tz = await this.zone(projectId);
    const current = weekStartOf(w.today);
    const start = weekStartOf(day ?? w.today);
    if (start > current) throw badRequest('不能回顾还没到的周，请选择本周或以前的周');
    return {
      ...w,
      weekStart: start,
      weekEnd: addCalendarDays(start, 6),
      week: { from: localDayStart(start, tz), to: localDayStart(addCalendarDays(start, 7), tz), occasion: weeklyOccasion(start) },
    };
  }
  private cursor(raw: string | undefined): number | undefined {
    if (!raw) return undefined;
    const c = decodeCursor(raw);
    if (!c || typeof c[0] !== 'number') throw badRequest('翻页游标无效，请从第一页重新加载');
    return c[0];
  }

  async list(p: Principal, q: FollowUpListQuery): Promise<FollowUpPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const afterId = this.cursor(q.cursor);
    const limit = Math.min(q.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const rows = await this.repo.list({
      projectId: q.projectId,
      subject: q.subject,
      kind: q.kind,
      ...(await this.window(q.projectId)),
      pending: q.pending,
      overdue: q.overdue,
      promiseDue: q.promiseDue,
      afterId,
      limit: limit + 1,
    });
    return this.page(q.subject, rows, limit);
  }
  private async page(subject: FollowUpSubject, rows: SubjectRow[], limit: number): Promise<FollowUpPageDto> {
    const more = rows.length > limit;
    if (more) rows.pop();
    const last = new Map((await this.repo.byIds(rows.flatMap((r) => (r.lastId ? [r.lastId] : [])))).map((f) => [f.id, f]));
    return {
      items: rows.map((r) => this.item(subject, r, r.lastId ? (last.get(r.lastId) ?? null) : null)),
      nextCursor: more ? encodeCursor([rows[rows.length - 1]!.id]) : null,
    };
  }

  /** R-CMP-18 the quality supervisor's weekly review: the week's complaints, each reviewed once, class A in depth. */
  async weekly(p: Principal, q: WeeklyReviewQuery): Promise<WeeklyReviewPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const afterId = this.cursor(q.cursor);
    const limit = Math.min(q.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const w = await this.weekOf(q.projectId, q.week);
    const base = { projectId: q.projectId, subject: 'complaint' as const, kind: 'weekly' as const, ...w };
    const [rows, pendingCount] = await Promise.all([
      this.repo.list({ ...base, pending: q.pending, classA: q.classA, afterId, limit: limit + 1 }),
      this.repo.countPending(base),
    ]);
    return { weekStart: w.weekStart, weekEnd: w.weekEnd, pendingCount, ...(await this.page('complaint', rows, limit)) };
  }

  async createWeekly(p: Principal, b: CreateWeeklyReviewDto): Promise<FollowUpRecordDto> {
    const staff = asStaff(p);
    const s = await this.repo.subject('complaint', b.complaintId);
    if (!s) throw notFound('投诉');
    ensureProjectInScope(p, s.projectId, '投诉');
    const depth = { cause: b.cause?.trim() ?? '', measures: b.measures?.trim() ?? '', prevention: b.prevention?.trim() ?? '' };
    const problem = followUpProblem('weekly', b.checks, b.result, b.note, {
      depthNeeded: needsDepthReview(s.importance),
      depth,
    });
    if (problem) throw badRequest(problem);
    const w = await this.weekOf(s.projectId, b.week);
    const inWeek = (t: Date | null) => !!t && t >= w.week.from && t < w.week.to;
    if (!inWeek(s.receivedAt) && !inWeek(s.closedAt))
      throw conflict(`该投诉不是 ${w.weekStart} 至 ${w.weekEnd} 这一周受理或结案的，请在对应的周回顾`);
    const hasDepth = depth.cause || depth.measures || depth.prevention;
    return this.insert(p, staff, s, {
      subjectKind: 'complaint',
      subjectId: b.complaintId,
      kind: 'weekly',
      occasion: w.week.occasion,
      checks: b.checks,
      result: b.result,
      note: b.note,
      depth: hasDepth ? (depth satisfies WeeklyDepth) : null,
    });
  }

  async counts(p: Principal, projectId: number): Promise<FollowUpCountsDto> {
    ensureProjectInScope(p, projectId, '项目');
    const w = await this.window(projectId);
    const n = (subject: FollowUpSubject, kind: FollowUpKind) => this.repo.countPending({ projectId, subject, kind, ...w });
    const [repairDaily, complaintDaily, repairClosure, complaintClosure] = await Promise.all([
      n('repair', 'daily'),
      n('complaint', 'daily'),
      n('repair', 'closure'),
      n('complaint', 'closure'),
    ]);
    return { repairDaily, complaintDaily, repairClosure, complaintClosure };
  }

  async history(p: Principal, subjectKind: FollowUpSubject, subjectId: number): Promise<FollowUpRecordDto[]> {
    const s = await this.repo.subject(subjectKind, subjectId);
    if (!s) throw notFound('工单');
    ensureProjectInScope(p, s.projectId, '工单');
    return (await this.repo.history(subjectKind, subjectId)).map((f) => this.record(f));
  }

  async create(p: Principal, b: CreateFollowUpDto): Promise<FollowUpRecordDto> {
    const staff = asStaff(p);
    const s = await this.repo.subject(b.subjectKind, b.subjectId);
    if (!s) throw notFound('工单');
    ensureProjectInScope(p, s.projectId, '工单');
    // R-CMP-18 a complaint with a promise due today or past: the check says whether it was kept
    const promiseDue =
      b.kind === 'daily' && b.subjectKind === 'complaint'
        ? await this.repo.complaintPromiseDue(b.subjectId, (await this.window(s.projectId)).dayEnd)
        : false;
    const problem = followUpProblem(b.kind, b.checks, b.result, b.note, { promiseDue });
    if (problem) throw badRequest(problem);
    const open = (FOLLOW_UP_OPEN[b.subjectKind] as readonly string[]).includes(s.status);
    const closed = (FOLLOW_UP_CLOSED[b.subjectKind] as readonly string[]).includes(s.status);
    const what = `该${FOLLOW_UP_SUBJECT_LABELS[b.subjectKind]}`;
    if (b.kind === 'daily' && !open)
      throw conflict(closed ? `${what}已关闭，请改做验证关闭` : `${what}已取消或无效，不需要每日跟进`);
    if (b.kind === 'closure' && !closed) throw conflict(`${what}尚未关闭，不能验证关闭`);
    const occasion = b.kind === 'daily' ? localDate(this.clock.now(), await this.zone(s.projectId)) : `closure:${s.cycle}`;
    return this.insert(p, staff, s, { ...b, occasion, depth: null });
  }

  private async insert(
    p: Principal,
    staff: { id: number; name: string },
    s: SubjectBrief,
    b: {
      subjectKind: FollowUpSubject;
      subjectId: number;
      kind: FollowUpKind;
      occasion: string;
      checks: FollowUpCheck[];
      result: FollowUpResult;
      note?: string;
      depth: WeeklyDepth | null;
    },
  ): Promise<FollowUpRecordDto> {
    let row: FollowUp;
    try {
      row = await this.repo.insert({
        projectId: s.projectId,
        subjectKind: b.subjectKind,
        subjectId: b.subjectId,
        kind: b.kind,
        occasion: b.occasion,
        cycle: s.cycle,
        checks: [...new Set(b.checks)],
        result: b.result,
        note: b.note?.trim() || null,
        depth: b.depth,
        staffId: staff.id,
        staffName: staff.name,
        at: this.clock.now(),
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(DUPLICATE[b.kind]);
      throw e;
    }
    await this.audit.record(p, {
      projectId: s.projectId,
      entity: b.subjectKind === 'repair' ? 'service_request' : 'complaint',
      entityId: b.subjectId,
      action: AUDIT_ACTION[b.kind],
      note: b.result,
    });
    return this.record(row);
  }

  private record(f: FollowUp): FollowUpRecordDto {
    return {
      id: f.id,
      subjectKind: f.subjectKind as FollowUpSubject,
      subjectId: f.subjectId,
      kind: f.kind as FollowUpKind,
      checks: f.checks as FollowUpCheck[],
      result: f.result as FollowUpResult,
      note: f.note,
      depth: f.depth ? { cause: f.depth.cause ?? '', measures: f.depth.measures ?? '', prevention: f.depth.prevention ?? '' } : null,
      staffName: f.staffName,
      at: new Date(f.at).toISOString(),
    };
  }
  private item(subjectKind: FollowUpSubject, r: SubjectRow, last: FollowUp | null): FollowUpItemDto {
    const summary = r.summary.length > SUMMARY_CHARS ? `${r.summary.slice(0, SUMMARY_CHARS)}…` : r.summary;
    return {
      subjectKind,
      id: r.id,
      projectId: r.projectId,
      code: r.code,
      status: r.status,
      title: subjectKind === 'complaint' ? (COMPLAINT_CATEGORY_LABELS[r.title as ComplaintCategory] ?? '未分类') : r.title,
      summary,
      person: r.person,
      receivedAt: r.receivedAt.toISOString(),
      dueAt: r.dueAt?.toISOString() ?? null,
      closedAt: r.closedAt?.toISOString() ?? null,
      important: r.important,
      importance: r.importance,
      promiseDue: r.promiseDue,
      overdue: r.overdue,
      done: r.done,
      last: last ? this.record(last) : null,
    };
  }
}
