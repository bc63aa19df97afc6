import { Inject, Injectable } from '@nestjs/common';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { isUniqueViolation } from '../../database/errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { CatalogueItemDto, CreateCategoryDto, UpdateCategoryDto } from './catalogue.dto.js';
import { rotaTurn } from './domain/rota.js';
import type { RepairCategory } from './entities.js';
import type { RepairCategoryDto } from './sr.dto.js';
import { ServiceRequestRepository } from './sr.repository.js';
import { TechnicianService } from './tech.service.js';

/** A category as the catalogue publishes it (R-REP-02). */
export const categoryDto = (c: RepairCategory): RepairCategoryDto => ({
  id: c.id,
  projectId: c.projectId,
  code: c.code,
  name: c.name,
  scope: c.scope,
  paid: !!c.paid,
  priceFen: c.priceFen === null ? null : Number(c.priceFen),
  priceNote: c.priceNote,
});

/**
 * R-REP-02 the published repair catalogue (categories, public or in-home, free or paid at a
 * published price) and R-REP-04 each category's round-robin rota. Data, edited per project.
 */
@Injectable()
export class CatalogueService {
  constructor(
    @Inject(ServiceRequestRepository) private readonly repo: ServiceRequestRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(TechnicianService) private readonly tech: TechnicianService,
  ) {}

  /** The published (active) categories of a project (R-REP-02: with their prices, before an owner files). */
  async published(projectId: number): Promise<RepairCategoryDto[]> {
    return (await this.repo.activeCategories(projectId)).map(categoryDto);
  }

  async list(p: Principal, projectId: number): Promise<CatalogueItemDto[]> {
    ensureProjectInScope(p, projectId, '项目');
    const rows = await this.repo.categoriesOf(projectId);
    const techs = await this.tech.technicians(projectId);
    return rows.map((c) => this.dto(c, techs));
  }

  private dto(c: RepairCategory, techs: { id: number; name: string }[]): CatalogueItemDto {
    const rota = c.rota ?? [];
    return {
      ...categoryDto(c),
      sort: c.sort,
      active: !!c.active,
      rota,
      rotaNames: rota.map((id) => techs.find((t) => t.id === id)?.name ?? `#${id}（已不在本项目）`),
      rotaNext: ((id) => (id === null ? null : { id, name: techs.find((t) => t.id === id)!.name }))(
        rotaTurn(
          c,
          techs.map((t) => t.id),
        ),
      ),
    };
  }

  private async check(
    p: Principal,
    projectId: number,
    c: { paid: boolean; priceFen: number | null; priceNote: string | null; scope: string; rota?: number[] | null },
  ) {
    if (c.paid && c.scope === 'public') throw badRequest('公共区域报修是免费的，不能设为有偿（R-REP-03）');
    // R-REP-02: a paid service shows its published fee before it is accepted
    if (c.paid && c.priceFen === null && !c.priceNote?.trim()) throw badRequest('有偿类别必须公布收费标准（金额或收费说明）');
    if (c.rota?.length) {
      const techs = (await this.tech.technicians(projectId)).map((t) => t.id);
      if (new Set(c.rota).size !== c.rota.length) throw badRequest('轮派名单中有重复的技工');
      const bad = c.rota.filter((id) => !techs.includes(id));
      if (bad.length) throw badRequest(`轮派名单中有不是本项目技工的员工：${bad.join('、')}`);
    }
  }

  async create(p: Principal, b: CreateCategoryDto): Promise<CatalogueItemDto> {
    ensureProjectInScope(p, b.projectId, '项目');
    const row = {
      projectId: b.projectId,
      code: b.code,
      name: b.name,
      scope: b.scope,
      paid: b.paid ?? false,
      priceFen: b.priceFen ?? null,
      priceNote: b.priceNote?.trim() || null,
      sort: b.sort ?? 100,
      active: b.active ?? true,
      rota: b.rota ?? null,
      rotaCursor: 0,
    };
    await this.check(p, b.projectId, row);
    let id: number;
    try {
      id = await this.repo.insertCategory(row);
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('CONFLICT', `类别编码${b.code}已被使用`);
      throw e;
    }
    await this.audit.record(p, {
      projectId: b.projectId,
      entity: 'repair_category',
      entityId: id,
      action: 'create',
      note: JSON.stringify(row),
    });
    return (await this.list(p, b.projectId)).find((c) => c.id === id)!;
  }

  async update(p: Principal, id: number, b: UpdateCategoryDto): Promise<CatalogueItemDto> {
    const cur = await this.repo.category(id);
    if (!cur) throw notFound('报修类别');
    ensureProjectInScope(p, cur.projectId, '报修类别');
    const next = {
      name: b.name ?? cur.name,
      paid: b.paid ?? !!cur.paid,
      priceFen: b.priceFen === undefined ? (cur.priceFen === null ? null : Number(cur.priceFen)) : b.priceFen,
      priceNote: b.priceNote === undefined ? cur.priceNote : b.priceNote.trim() || null,
      sort: b.sort ?? cur.sort,
      active: b.active ?? !!cur.active,
      rota: b.rota ?? cur.rota,
    };
    await this.check(p, cur.projectId, { ...next, scope: cur.scope, rota: b.rota });
    await this.repo.updateCategory(id, next);
    await this.audit.record(p, {
      projectId: cur.projectId,
      entity: 'repair_category',
      entityId: id,
      action: 'update',
      note: JSON.stringify(b),
    });
    return (await this.list(p, cur.projectId)).find((c) => c.id === id)!;
  }
}
