import { Inject, Injectable } from '@nestjs/common';
import {
  PARKING_SPACE_KIND_LABELS,
  PARKING_TERM_LABELS,
  PARKING_TERMS,
  RENTABLE_SPACE_KINDS,
  requiredParkingDocs,
  PARKING_DOC_LABELS,
  type ParkingSpaceKind,
} from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { isUniqueViolation } from '../../database/errors.js';
import { Clock } from '../../infra/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import type {
  AreaDto,
  CreateAreaDto,
  CreateSpacesDto,
  PlanDto,
  SavePlanDto,
  SpaceCountDto,
  SpaceDto,
  SpacePageDto,
  SpaceQuery,
  SpaceStateDto,
} from './parking.dto.js';
import { ParkingRepository } from './parking.repository.js';
import { ParkingProjects } from './settings.js';
import type { ParkingSpace } from './entities.js';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

/**
 * A project's car park as the centre sets it up: areas, spaces (kind and state), and the parking-use
 * plan the owners' assembly approved with its prices (R-PRK-01), published to owners.
 */
@Injectable()
export class ParkingSetup {
  constructor(
    @Inject(ParkingRepository) private readonly repo: ParkingRepository,
    @Inject(ParkingProjects) private readonly projects: ParkingProjects,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  // ---------- areas ----------
  async areas(p: Principal, projectId: number): Promise<AreaDto[]> {
    ensureProjectInScope(p, projectId, '项目');
    return (await this.repo.areas(projectId)).map((a) => ({ id: a.id, projectId, code: a.code, name: a.name, sort: a.sort }));
  }
  async createArea(p: Principal, dto: CreateAreaDto): Promise<AreaDto> {
    ensureProjectInScope(p, dto.projectId, '项目');
    await this.projects.of(dto.projectId);
    try {
      const id = await this.repo.insertArea({ projectId: dto.projectId, code: dto.code, name: dto.name, sort: dto.sort ?? 0 });
      return { id, projectId: dto.projectId, code: dto.code, name: dto.name, sort: dto.sort ?? 0 };
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('CONFLICT', `区域编码 ${dto.code} 已存在`);
      throw e;
    }
  }

  // ---------- spaces ----------
  async createSpaces(p: Principal, dto: CreateSpacesDto): Promise<{ created: number }> {
    const area = await this.repo.area(dto.areaId);
    if (!area) throw notFound('区域');
    ensureProjectInScope(p, area.projectId, '区域');
    if (dto.to < dto.from) throw badRequest('结束编号不能小于起始编号');
    if (dto.to - dto.from >= 1000) throw badRequest('一次最多添加1000个车位');
    const prefix = dto.prefix ?? `${area.code}-`;
    const width = Math.max(3, String(dto.to).length);
    const nos = Array.from({ length: dto.to - dto.from + 1 }, (_, i) => `${prefix}${String(dto.from + i).padStart(width, '0')}`);
    if (nos.some((n) => n.length > 20)) throw badRequest('车位编号不能超过20个字符');
    const taken = await this.repo.spaceNosTaken(area.projectId, nos);
    if (taken.length)
      throw new AppError(
        'CONFLICT',
        `车位编号已存在：${taken
          .slice(0, 5)
          .map((s) => s.no)
          .join('、')}`,
      );
    const now = this.clock.now();
    try {
      await this.repo.insertSpaces(
        nos.map((no) => ({
          projectId: area.projectId,
          areaId: area.id,
          no,
          kind: dto.kind,
          state: 'free',
          holderApplicationId: null,
          note: null,
          version: 0,
          updatedAt: now,
        })),
      );
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('CONFLICT', '车位编号已存在，请刷新后重试');
      throw e;
    }
    await this.audit.record(p, {
      projectId: area.projectId,
      entity: 'parking_area',
      entityId: area.id,
      action: 'spaces_added',
      note: `${nos[0]}…${nos[nos.length - 1]} ${dto.kind}`,
    });
    return { created: nos.length };
  }

  async spaces(p: Principal, q: SpaceQuery): Promise<SpacePageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const page = await this.repo.spacePage(q);
    return { items: await this.spaceDtos(page.rows), nextCursor: page.nextCursor };
  }
  async spaceCounts(p: Principal, projectId: number): Promise<SpaceCountDto[]> {
    ensureProjectInScope(p, projectId, '项目');
    return this.repo.spaceCounts(projectId);
  }
  private async spaceDtos(rows: ParkingSpace[]): Promise<SpaceDto[]> {
    const [areas, apps] = await Promise.all([
      this.repo.areasByIds([...new Set(rows.map((s) => s.areaId))]),
      this.repo.applicationsByIds(rows.map((s) => s.holderApplicationId).filter((x): x is number => x !== null)),
    ]);
    return rows.map((s) => {
      const a = apps.find((x) => x.id === s.holderApplicationId);
      return {
        id: s.id,
        projectId: s.projectId,
        areaId: s.areaId,
        areaName: areas.find((x) => x.id === s.areaId)?.name ?? '',
        no: s.no,
        kind: s.kind,
        state: s.state,
        note: s.note,
        holderApplicationId: s.holderApplicationId,
        plate: a?.plate ?? null,
        holderName: a?.applicantName ?? null,
        endOn: a?.endOn ?? null,
      };
    });
  }
  /** Staff set a space that no application holds free, sold as fixed, or out of use. */
  async setSpaceState(p: Principal, id: number, dto: SpaceStateDto): Promise<SpaceDto> {
    const s = await this.repo.space(id);
    if (!s) throw notFound('车位');
    ensureProjectInScope(p, s.projectId, '车位');
    if (!(await this.repo.setUnheldSpaceState(id, dto.state, dto.note ?? null, this.clock.now())))
      throw new AppError('CONFLICT', '该车位正被租用或预留，不能直接改状态，请先处理对应的申请');
    await this.audit.record(p, {
      projectId: s.projectId,
      entity: 'parking_space',
      entityId: id,
      action: 'state',
      note: `${s.state} → ${dto.state}`,
    });
    return (await this.spaceDtos([(await this.repo.space(id))!]))[0]!;
  }

  // ---------- the plan (R-PRK-01) ----------
  async savePlan(p: Principal, dto: SavePlanDto): Promise<PlanDto> {
    const s = asStaff(p);
    ensureProjectInScope(p, dto.projectId, '项目');
    const project = await this.projects.of(dto.projectId);
    const now = this.clock.now();
    if (dto.approvedOn > project.today(now)) throw badRequest('业主大会通过日期不能晚于今天');
    const seen = new Set<string>();
    for (const x of dto.prices) {
      const k = `${x.kind}:${x.term}`;
      if (seen.has(k)) throw badRequest(`${PARKING_SPACE_KIND_LABELS[x.kind]}的${PARKING_TERM_LABELS[x.term]}价格填了两次`);
      seen.add(k);
    }
    if (!dto.prices.length) throw badRequest('请至少填写一项价格');
    await this.repo.transaction(async (em) => {
      await this.repo.savePlan(em, {
        projectId: dto.projectId,
        title: dto.title,
        approvedOn: dto.approvedOn,
        approvalDocument: dto.approvalDocument,
        process: dto.process,
        publishedAt: now,
        updatedByStaffId: s.id,
        updatedAt: now,
      });
      await this.repo.replacePrices(
        em,
        dto.projectId,
        dto.prices.map((x) => ({ projectId: dto.projectId, kind: x.kind, term: x.term, amountFen: x.amountFen })),
      );
      await this.audit.record(
        p,
        {
          projectId: dto.projectId,
          entity: 'parking_plan',
          entityId: dto.projectId,
          action: 'publish',
          note: `${dto.approvalDocument} ${dto.approvedOn}`,
        },
        em,
      );
    });
    return (await this.plan(dto.projectId))!;
  }

  /** The published plan (R-PRK-01): the approval record, prices, documents per kind and the process. Null before one is published. */
  async plan(projectId: number): Promise<PlanDto | null> {
    const [plan, prices, project, header] = await Promise.all([
      this.repo.plan(projectId),
      this.repo.prices(projectId),
      this.projects.of(projectId),
      this.org.projectHeader(projectId),
    ]);
    if (!plan?.publishedAt) return null;
    const order = (k: string, t: string) =>
      RENTABLE_SPACE_KINDS.indexOf(k as 'rental') * 10 + PARKING_TERMS.indexOf(t as 'month');
    return {
      projectId,
      projectName: header.name,
      title: plan.title,
      approvedOn: plan.approvedOn,
      approvalDocument: plan.approvalDocument,
      process: plan.process,
      publishedAt: iso(plan.publishedAt),
      prices: prices
        .sort((a, b) => order(a.kind, a.term) - order(b.kind, b.term))
        .map((x) => ({
          kind: x.kind,
          kindLabel: PARKING_SPACE_KIND_LABELS[x.kind as ParkingSpaceKind],
          term: x.term,
          termLabel: PARKING_TERM_LABELS[x.term as 'month'],
          amountFen: Number(x.amountFen),
        })),
      documents: [...new Set(prices.map((x) => x.kind))].map((kind) => ({
        kind,
        kindLabel: PARKING_SPACE_KIND_LABELS[kind as ParkingSpaceKind],
        owner: requiredParkingDocs(kind as 'rental', 'owner').map((d) => PARKING_DOC_LABELS[d]),
        tenant: requiredParkingDocs(kind as 'rental', 'tenant').map((d) => PARKING_DOC_LABELS[d]),
      })),
      handlingMinutes: project.settings.handlingMinutes,
    };
  }
  async planForStaff(p: Principal, projectId: number): Promise<PlanDto | null> {
    ensureProjectInScope(p, projectId, '项目');
    return this.plan(projectId);
  }
  /** R-PRK-01 published to the owners of the project (an owner bound to a room there). */
  async planForOwner(p: Principal, projectId: number): Promise<PlanDto | null> {
    if (p.kind !== 'owner' || !(await this.people.isBoundInProject(p.id, projectId))) throw notFound('项目');
    return this.plan(projectId);
  }
}
