import { Inject, Injectable } from '@nestjs/common';
import {
  can,
  localDate,
  WORK_REPORT_ACTIONS,
  WORK_REPORT_ACTION_LABELS,
  WORK_REPORT_MACHINE,
  WORK_REPORT_STATUS_LABELS,
  workReportDueAt,
  workReportLate,
  workReportMayTake,
  type WorkReportAction,
  type WorkReportFigures,
  type WorkReportStatus,
} from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal, StaffPrincipal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { ComplaintStats } from '../complaints/stats.service.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { ReportsService } from '../reports/reports.service.js';
import { WORK_REPORT_ACTION_DEFS } from './actions/index.js';
import type { WorkReport } from './entities.js';
import type {
  CreateWorkReportDto,
  MyWorkReportDetailDto,
  MyWorkReportPageDto,
  WorkReportActionDto,
  WorkReportDetailDto,
  WorkReportFormDto,
  WorkReportPageDto,
  WorkReportQuery,
  WorkReportSummaryDto,
} from './work-reports.dto.js';
import { WorkReportsRepository } from './work-reports.repository.js';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/**
 * 月度工作报告 (R-RPT-02): the project's monthly report for the owners' committee, written by the manager's
 * office beside the month's figures (repairs R-REP-12/R-REP-09, complaints R-RPT-01, 收缴率) read from the
 * modules that keep them; due by the end of the 28th; submitted (figures frozen), reviewed by the committee
 * (or sent back), then published to the project's owners. Steps are actions/*.ts, one file each, run here in
 * one conditional update with the audit record.
 */
@Injectable()
export class WorkReportsService {
  constructor(
    @Inject(WorkReportsRepository) private readonly repo: WorkReportsRepository,
    @Inject(ReportsService) private readonly reports: ReportsService,
    @Inject(ComplaintStats) private readonly complaints: ComplaintStats,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** Starts a month's report (a month that has begun, in the project's calendar); one per project and month. */
  async create(p: Principal, b: CreateWorkReportDto): Promise<number> {
    const s = asStaff(p);
    ensureProjectInScope(s, b.projectId, '项目');
    const tz = await this.timezone(b.projectId);
    const now = this.clock.now();
    if (b.month > localDate(now, tz).slice(0, 7)) throw badRequest('只能为已开始的月份编写工作报告');
    const id = await this.repo.insert({
      projectId: b.projectId,
      month: b.month,
      status: 'draft',
      summary: '',
      plan: '',
      figures: null,
      createdByName: s.name,
      submittedAt: null,
      submittedByName: null,
      returnReason: null,
      reviewerName: null,
      reviewedAt: null,
      reviewOpinion: null,
      publishedAt: null,
      publishedByName: null,
      version: 0,
      createdAt: now,
      updatedAt: now,
    });
    if (id === null) throw new AppError('CONFLICT', `${b.month} 的工作报告已经建立，请在列表中打开它`);
    await this.audit.record(s, {
      projectId: b.projectId,
      entity: 'work_report',
      entityId: id,
      action: 'create',
      to: 'draft',
      note: b.month,
    });
    return id;
  }

  /** 本月工作 and 下月计划, while a draft. */
  async update(p: Principal, id: number, b: WorkReportFormDto): Promise<void> {
    const r = await this.load(asStaff(p), id);
    if (r.status !== 'draft')
      throw new AppError('CONFLICT', `${WORK_REPORT_STATUS_LABELS[r.status as WorkReportStatus]}的报告不能修改`);
    const ok = await this.repo.move(null, r, {
      summary: b.summary ?? r.summary,
      plan: b.plan ?? r.plan,
      updatedAt: this.clock.now(),
    });
    if (!ok) throw new AppError('CONFLICT', '该报告刚被其他人修改过，请刷新后重试');
  }

  async act(p: Principal, id: number, name: string, input: WorkReportActionDto): Promise<void> {
    const s = asStaff(p);
    if (!(WORK_REPORT_ACTIONS as readonly string[]).includes(name)) throw badRequest(`未知的操作：${name}`);
    const action = name as WorkReportAction;
    const r = await this.load(s, id);
    const label = WORK_REPORT_ACTION_LABELS[action];
    const status = r.status as WorkReportStatus;
    if (!workReportMayTake(status, action))
      throw new AppError('CONFLICT', `${WORK_REPORT_STATUS_LABELS[status] ?? status}的报告不能${label}`, { status, action });
    const def = WORK_REPORT_ACTION_DEFS[action];
    if (!can(s.roles, def.perm)) throw new AppError('FORBIDDEN', `您不能执行“${label}”`);
    const now = this.clock.now();
    const tz = await this.timezone(r.projectId);
    const out = await def.run({ p: s, r, input, now, tz, figures: () => this.figures(s, r.projectId, r.month) });
    const to = WORK_REPORT_MACHINE[action].to;
    await this.repo.transaction(async (em) => {
      if (!(await this.repo.move(em, r, { ...out.patch, status: to, updatedAt: now })))
        throw new AppError('CONFLICT', '该报告刚被其他人处理过，请刷新后重试');
      await this.audit.record(
        s,
        { projectId: r.projectId, entity: 'work_report', entityId: r.id, action, from: r.status, to, note: out.note },
        em,
      );
    });
  }

  async list(p: Principal, q: WorkReportQuery): Promise<WorkReportPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const tz = await this.timezone(q.projectId);
    const { rows, nextCursor } = await this.repo.page(q);
    const now = this.clock.now();
    return { items: rows.map((r) => this.summaryOf(r, tz, now)), nextCursor };
  }

  async detail(p: Principal, id: number): Promise<WorkReportDetailDto> {
    const s = asStaff(p);
    const r = await this.load(s, id);
    const [tz, [project]] = await Promise.all([this.timezone(r.projectId), this.org.projectsByIds([r.projectId])]);
    return {
      ...this.summaryOf(r, tz, this.clock.now()),
      projectName: project?.name ?? '',
      summary: r.summary,
      plan: r.plan,
      figures: r.figures ?? (await this.figures(s, r.projectId, r.month)),
      figuresFrozen: !!r.figures,
      submittedByName: r.submittedByName,
      returnReason: r.returnReason,
      reviewerName: r.reviewerName,
      reviewedAt: iso(r.reviewedAt),
      reviewOpinion: r.reviewOpinion,
      publishedByName: r.publishedByName,
      allowedActions: WORK_REPORT_ACTIONS.filter(
        (a) => workReportMayTake(r.status as WorkReportStatus, a) && can(s.roles, WORK_REPORT_ACTION_DEFS[a].perm),
      ),
    };
  }

  /** The owners' list: published reports of the projects where they hold a room. */
  async mine(p: Principal, q: { cursor?: string; limit?: number }): Promise<MyWorkReportPageDto> {
    const { rows, nextCursor } = await this.repo.published(await this.ownerProjects(p), q);
    const names = await this.projectNames(rows);
    return {
      items: rows.map((r) => ({
        id: r.id,
        projectName: names.get(r.projectId) ?? '',
        month: r.month,
        publishedAt: iso(r.publishedAt)!,
      })),
      nextCursor,
    };
  }

  async myDetail(p: Principal, id: number): Promise<MyWorkReportDetailDto> {
    const r = await this.repo.byId(id);
    // not published, or not of a project where they hold a room: as if it did not exist
    if (!r || r.status !== 'published' || !(await this.ownerProjects(p)).includes(r.projectId)) throw notFound('工作报告');
    const names = await this.projectNames([r]);
    return {
      id: r.id,
      projectName: names.get(r.projectId) ?? '',
      month: r.month,
      publishedAt: iso(r.publishedAt)!,
      summary: r.summary,
      plan: r.plan,
      figures: r.figures!,
      reviewedAt: iso(r.reviewedAt)!,
      reviewOpinion: r.reviewOpinion ?? '',
    };
  }

  /** The month's figures, read from the modules that keep them (the caller's scope applies). */
  private async figures(p: StaffPrincipal, projectId: number, month: string): Promise<WorkReportFigures> {
    const [repairs, complaints, collection] = await Promise.all([
      this.reports.repairKpis(p, projectId, month),
      this.complaints.month(p, projectId, month),
      this.reports.collection(p, { projectId, from: month, to: month }),
    ]);
    return {
      repairs: {
        received: repairs.received,
        resolved: repairs.resolved,
        timelyRate: repairs.timelyRate,
        callbackRate: repairs.callbackRate,
        satisfactionRate: repairs.satisfactionRate,
      },
      complaints: {
        received: complaints.total.received,
        timelyRate: complaints.total.timelyRate,
        callbackRate: complaints.total.callbackRate,
        satisfactionRate: complaints.total.satisfactionRate,
      },
      collection: {
        billedFen: collection.total.billedFen,
        collectedFen: collection.total.collectedFen,
        ratePct: collection.total.ratePct,
      },
    };
  }

  private summaryOf(r: WorkReport, tz: string, now: Date): WorkReportSummaryDto {
    const dueAt = workReportDueAt(r.month, tz);
    return {
      id: r.id,
      projectId: r.projectId,
      month: r.month,
      status: r.status as WorkReportStatus,
      dueAt: dueAt.toISOString(),
      late: workReportLate(dueAt, r.submittedAt, now),
      submittedAt: iso(r.submittedAt),
      publishedAt: iso(r.publishedAt),
      createdByName: r.createdByName,
    };
  }

  private async load(p: StaffPrincipal, id: number): Promise<WorkReport> {
    const r = await this.repo.byId(id);
    if (!r) throw notFound('工作报告');
    ensureProjectInScope(p, r.projectId, '工作报告');
    return r;
  }
  private async timezone(projectId: number): Promise<string> {
    const [project] = await this.org.projectsByIds([projectId]);
    if (!project) throw notFound('项目');
    return project.timezone ?? 'Asia/Shanghai';
  }
  private async ownerProjects(p: Principal): Promise<number[]> {
    return [...new Set((await this.people.approvedRooms(p.id)).map((r) => r.projectId))];
  }
  private async projectNames(rows: WorkReport[]): Promise<Map<number, string>> {
    const projects = await this.org.projectsByIds([...new Set(rows.map((r) => r.projectId))]);
    return new Map(projects.map((x) => [x.id, x.name]));
  }
}
