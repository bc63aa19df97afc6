import { Inject, Injectable } from '@nestjs/common';
import {
  SURVEY_AREAS,
  SURVEY_AREA_LABELS,
  annualSatisfactionIndex,
  quarterBounds,
  quarterLabel,
  quarterOf,
  surveyListStatus,
  surveyQuarterProblem,
  surveyScores,
  type SurveyStatus,
} from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import type { Survey } from './entities.js';
import type {
  CreateSurveyDto,
  MySurveyDto,
  SurveyAnswerDto,
  SurveyDetailDto,
  SurveyRowDto,
  SurveyYearDto,
} from './surveys.dto.js';
import { SurveysRepository, type SurveySums } from './surveys.repository.js';

const NONE: SurveySums = { responses: 0, sums: { service: 0, repair: 0, cleaning: 0, security: 0, greening: 0 } };

/**
 * R-RPT-03 quarterly satisfaction surveys: 品质 (or the manager) opens the quarter's survey; owners answer
 * once per room (a unique key: two taps at once record one) while the quarter lasts in the project's zone;
 * the console shows the count, the per-area means and the index; the year's index from its quarters
 * (shared annualSatisfactionIndex: the formula is written there once).
 */
@Injectable()
export class SurveysService {
  constructor(
    @Inject(SurveysRepository) private readonly repo: SurveysRepository,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async create(p: Principal, b: CreateSurveyDto): Promise<number> {
    const s = asStaff(p);
    ensureProjectInScope(s, b.projectId, '项目');
    const now = this.clock.now();
    const timeZone = await this.org.projectTimezone(b.projectId);
    const problem = surveyQuarterProblem(b.quarter, timeZone, now);
    if (problem) throw badRequest(problem);
    const title = b.title?.trim() || `${quarterLabel(b.quarter)}业主满意度调查`;
    const id = await this.repo.insert({
      projectId: b.projectId,
      quarter: b.quarter,
      title,
      status: 'open',
      createdByName: s.name,
      createdAt: now,
      closedAt: null,
    });
    if (id === null) throw new AppError('CONFLICT', `${quarterLabel(b.quarter)}的满意度调查已经创建`);
    await this.audit.record(s, { projectId: b.projectId, entity: 'survey', entityId: id, action: 'create', note: title });
    return id;
  }

  private async load(p: Principal, id: number): Promise<Survey> {
    const sv = await this.repo.byId(id);
    if (!sv) throw notFound('调查');
    ensureProjectInScope(p, sv.projectId, '调查');
    return sv;
  }

  async close(p: Principal, id: number): Promise<void> {
    const sv = await this.load(p, id);
    if (!(await this.repo.close(sv.id, this.clock.now()))) throw new AppError('CONFLICT', '该调查已经结束');
    await this.audit.record(asStaff(p), { projectId: sv.projectId, entity: 'survey', entityId: sv.id, action: 'close' });
  }

  private row(sv: Survey, sums: SurveySums, timeZone: string, now: Date): SurveyRowDto {
    const sc = surveyScores(sums.responses, sums.sums);
    const { from, to } = quarterBounds(sv.quarter, timeZone);
    return {
      id: sv.id,
      projectId: sv.projectId,
      quarter: sv.quarter,
      quarterLabel: quarterLabel(sv.quarter),
      title: sv.title,
      status: surveyListStatus(sv.status as SurveyStatus, sv.quarter, timeZone, now),
      responses: sc.responses,
      areas: SURVEY_AREAS.map((a) => ({ area: a, label: SURVEY_AREA_LABELS[a], average: sc.areas[a] })),
      score: sc.score,
      index: sc.index,
      opensAt: from.toISOString(),
      closesAt: to.toISOString(),
    };
  }

  /** The year: its quarters' surveys with their figures, and the annual customer-satisfaction index. */
  async year(p: Principal, projectId: number, year: number): Promise<SurveyYearDto> {
    ensureProjectInScope(p, projectId, '项目');
    const now = this.clock.now();
    const [surveys, timeZone] = await Promise.all([this.repo.ofYear(projectId, year), this.org.projectTimezone(projectId)]);
    const sums = await this.repo.sums(surveys.map((s) => s.id));
    const rows = surveys.map((s) => this.row(s, sums.get(s.id) ?? NONE, timeZone, now));
    const annual = annualSatisfactionIndex(
      surveys.map((s) => {
        const x = sums.get(s.id) ?? NONE;
        return { quarter: s.quarter, responses: x.responses, total: SURVEY_AREAS.reduce((t, a) => t + x.sums[a], 0) };
      }),
    );
    const cur = quarterOf(now, timeZone);
    const next = quarterOf(quarterBounds(cur, timeZone).to, timeZone);
    const taken = new Set(surveys.map((s) => s.quarter));
    return {
      year,
      surveys: rows,
      annualIndex: annual.index,
      quartersSurveyed: annual.quarters,
      complete: annual.complete,
      creatable: [cur, next].filter((q) => q.startsWith(String(year)) && !taken.has(q)),
    };
  }

  async detail(p: Principal, id: number): Promise<SurveyDetailDto> {
    const sv = await this.load(p, id);
    const [sums, timeZone, comments, households] = await Promise.all([
      this.repo.sums([sv.id]),
      this.org.projectTimezone(sv.projectId),
      this.repo.comments(sv.id, 50),
      this.org.households(sv.projectId),
    ]);
    const labels = await this.people.roomLabels(comments.map((c) => c.roomId));
    return {
      ...this.row(sv, sums.get(sv.id) ?? NONE, timeZone, this.clock.now()),
      comments: comments.map((c) => ({
        roomLabel: labels.get(c.roomId)?.label ?? '',
        comment: c.comment!,
        createdAt: c.createdAt.toISOString(),
      })),
      households,
    };
  }

  // ---------- owners ----------
  /** The surveys open now for the projects of my rooms, with which of my rooms answered. */
  async mine(p: Principal): Promise<MySurveyDto[]> {
    const rooms = await this.people.approvedRooms(p.id);
    const now = this.clock.now();
    const surveys = await this.repo.openOf([...new Set(rooms.map((r) => r.projectId))]);
    if (!surveys.length) return [];
    const projects = new Map((await this.org.projectsByIds([...new Set(surveys.map((s) => s.projectId))])).map((x) => [x.id, x]));
    const live = surveys.filter((s) => {
      const tz = projects.get(s.projectId)?.timezone ?? 'Asia/Shanghai';
      return surveyListStatus('open', s.quarter, tz, now) === 'open';
    });
    const roomIds = rooms.map((r) => r.roomId);
    const [answered, labels] = await Promise.all([
      this.repo.answered(
        live.map((s) => s.id),
        roomIds,
      ),
      this.people.roomLabels(roomIds),
    ]);
    const done = new Set(answered.map((x) => `${x.surveyId}:${x.roomId}`));
    return live.map((s) => {
      const pj = projects.get(s.projectId);
      const tz = pj?.timezone ?? 'Asia/Shanghai';
      return {
        id: s.id,
        title: s.title,
        quarterLabel: quarterLabel(s.quarter),
        projectName: pj?.name ?? '',
        closesAt: quarterBounds(s.quarter, tz).to.toISOString(),
        timeZone: tz,
        rooms: rooms
          .filter((r) => r.projectId === s.projectId)
          .map((r) => ({
            roomId: r.roomId,
            label: labels.get(r.roomId)?.label ?? '',
            answered: done.has(`${s.id}:${r.roomId}`),
          })),
      };
    });
  }

  /** R-RPT-03 a room's answer, once per quarter's survey. */
  async answer(p: Principal, id: number, b: SurveyAnswerDto): Promise<void> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const sv = await this.repo.byId(id);
    const rooms = await this.people.approvedRooms(p.id);
    if (!sv || !rooms.some((r) => r.projectId === sv.projectId)) throw notFound('调查');
    const timeZone = await this.org.projectTimezone(sv.projectId);
    const now = this.clock.now();
    const status = surveyListStatus(sv.status as SurveyStatus, sv.quarter, timeZone, now);
    if (status !== 'open') throw new AppError('CONFLICT', status === 'upcoming' ? '该调查尚未开始' : '该调查已结束，感谢关注');
    if (!rooms.some((r) => r.roomId === b.roomId && r.projectId === sv.projectId)) throw badRequest('请选择您在本项目的房屋');
    const ok = await this.repo.answer({
      surveyId: sv.id,
      roomId: b.roomId,
      personId: p.id,
      scoreService: b.service,
      scoreRepair: b.repair,
      scoreCleaning: b.cleaning,
      scoreSecurity: b.security,
      scoreGreening: b.greening,
      comment: b.comment?.trim() || null,
      createdAt: now,
    });
    if (!ok) throw new AppError('CONFLICT', '这套房屋本季度已经参与过调查，感谢您的反馈');
  }
}
