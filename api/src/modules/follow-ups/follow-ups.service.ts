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
  localDate,
  MAX_PAGE_SIZE,
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
  FollowUpCountsDto,
  FollowUpItemDto,
  FollowUpListQuery,
  FollowUpPageDto,
  FollowUpRecordDto,
} from './follow-ups.dto.js';
import { FollowUpsRepository, type SubjectRow } from './follow-ups.repository.js';

const DAY = 86_400_000;
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
    return { now, today: localDate(now, tz), closedSince: new Date(now.getTime() - CLOSURE_VERIFY_WINDOW_DAYS * DAY) };
  }

  async list(p: Principal, q: FollowUpListQuery): Promise<FollowUpPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    let afterId: number | undefined;
    if (q.cursor) {
      const c = decodeCursor(q.cursor);
      if (!c || typeof c[0] !== 'number') throw badRequest('翻页游标无效，请从第一页重新加载');
      afterId = c[0];
    }
    const limit = Math.min(q.limit ?? DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
    const rows = await this.repo.list({
      projectId: q.projectId,
      subject: q.subject,
      kind: q.kind,
      ...(await this.window(q.projectId)),
      pending: q.pending,
      overdue: q.overdue,
      afterId,
      limit: limit + 1,
    });
    const more = rows.length > limit;
    if (more) rows.pop();
    const last = new Map((await this.repo.byIds(rows.flatMap((r) => (r.lastId ? [r.lastId] : [])))).map((f) => [f.id, f]));
    return {
      items: rows.map((r) => this.item(q.subject, r, r.lastId ? (last.get(r.lastId) ?? null) : null)),
      nextCursor: more ? encodeCursor([rows[rows.length - 1]!.id]) : null,
    };
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
    const problem = followUpProblem(b.kind, b.checks, b.result, b.note);
    if (problem) throw badRequest(problem);
    const open = (FOLLOW_UP_OPEN[b.subjectKind] as readonly string[]).includes(s.status);
    const closed = (FOLLOW_UP_CLOSED[b.subjectKind] as readonly string[]).includes(s.status);
    const what = `该${FOLLOW_UP_SUBJECT_LABELS[b.subjectKind]}`;
    if (b.kind === 'daily' && !open)
      throw conflict(closed ? `${what}已关闭，请改做验证关闭` : `${what}已取消或无效，不需要每日跟进`);
    if (b.kind === 'closure' && !closed) throw conflict(`${what}尚未关闭，不能验证关闭`);
    const now = this.clock.now();
    const occasion = b.kind === 'daily' ? localDate(now, await this.zone(s.projectId)) : `closure:${s.cycle}`;
    let row: FollowUp;
    try {
      row = await this.repo.insert({
        projectId: s.projectId,
        subjectKind: b.subjectKind,
        subjectId: b.subjectId,
        kind: b.kind,
        occasion,
        cycle: s.cycle,
        checks: [...new Set(b.checks)],
        result: b.result,
        note: b.note?.trim() || null,
        staffId: staff.id,
        staffName: staff.name,
        at: now,
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(b.kind === 'daily' ? '今天已跟进过，明天再跟进' : '这次关闭已验证过');
      throw e;
    }
    await this.audit.record(p, {
      projectId: s.projectId,
      entity: b.subjectKind === 'repair' ? 'service_request' : 'complaint',
      entityId: b.subjectId,
      action: b.kind === 'daily' ? 'follow_up' : 'verify_closure',
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
      overdue: r.overdue,
      done: r.done,
      last: last ? this.record(last) : null,
    };
  }
}
