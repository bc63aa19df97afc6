/**
 * R-REP-02 the published repair catalogue (categories, public or in-home, free or paid at a
 * published price) and R-REP-04 each category's round-robin rota. Data, edited per project.
 */
import { Body, Controller, Get, Inject, Injectable, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { REPAIR_SCOPES, REPAIR_SCOPE_LABELS } from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import { IdNameDto } from '../../common/dto.js';
import { Bool, Int, IntArray, OneOf, Str } from '../../common/validation.js';
import { Id, Me, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { isUniqueViolation } from '../../database/errors.js';
import { AuditService } from '../audit/audit.service.js';
import type { RepairCategory } from './entities.js';
import { RepairCategoryDto } from './sr.dto.js';
import { ServiceRequestRepository } from './sr.repository.js';
import { categoryDto, rotaTurn, ServiceRequestService } from './sr.service.js';

export class CatalogueQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
}
export class CatalogueItemDto extends RepairCategoryDto {
  @ApiProperty() sort: number;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: [Number], description: '轮派名单（技工ID，按顺序）；空 = 本项目全部技工' }) rota: number[];
  @ApiProperty({ type: [String], description: '轮派名单上的技工姓名' }) rotaNames: string[];
  @ApiProperty({ type: IdNameDto, nullable: true, description: '按类别轮派时下一单派给谁' }) rotaNext: IdNameDto | null;
}
export class UpdateCategoryDto {
  @Str('类别名称', { optional: true, max: 50 }) name?: string;
  @Bool('有偿', { optional: true }) paid?: boolean;
  @Int('收费标准（分）', { optional: true, nullable: true, min: 0, max: 100_000_000 }) priceFen?: number | null;
  @Str('收费说明', { optional: true, max: 100 }) priceNote?: string;
  @Int('排序', { optional: true, min: 0, max: 9999 }) sort?: number;
  @Bool('启用', { optional: true }) active?: boolean;
  @IntArray('轮派名单', { optional: true, max: 50 }) rota?: number[];
}
export class CreateCategoryDto extends UpdateCategoryDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Str('类别编码', { max: 20, pattern: /^[A-Z0-9-]+$/, patternMessage: '类别编码只能用大写字母、数字和连字符' }) code: string;
  @Str('类别名称', { max: 50 }) declare name: string;
  @OneOf('范围', REPAIR_SCOPES, { labels: REPAIR_SCOPE_LABELS }) scope: (typeof REPAIR_SCOPES)[number];
}

@Injectable()
export class CatalogueService {
  constructor(
    @Inject(ServiceRequestRepository) private readonly repo: ServiceRequestRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(ServiceRequestService) private readonly srv: ServiceRequestService,
  ) {}

  async list(p: Principal, projectId: number): Promise<CatalogueItemDto[]> {
    ensureProjectInScope(p, projectId, '项目');
    const rows = await this.repo.categoriesOf(projectId);
    const techs = await this.srv.technicians(p, projectId);
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
      const techs = (await this.srv.technicians(p, projectId)).map((t) => t.id);
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

@ApiTags('service-requests')
@Controller('repair-catalogue')
export class CatalogueController {
  constructor(@Inject(CatalogueService) private readonly cat: CatalogueService) {}

  @Get()
  @StaffOnly()
  @ApiOkResponse({ type: [CatalogueItemDto] })
  list(@Me() me: Principal, @Query() q: CatalogueQuery) {
    return this.cat.list(me, q.projectId);
  }
  @Post()
  @StaffOnly('catalogue.write')
  @ApiOkResponse({ type: CatalogueItemDto })
  create(@Me() me: Principal, @Body() b: CreateCategoryDto) {
    return this.cat.create(me, b);
  }
  @Put(':id')
  @StaffOnly('catalogue.write')
  @ApiOkResponse({ type: CatalogueItemDto })
  update(@Me() me: Principal, @Id() id: number, @Body() b: UpdateCategoryDto) {
    return this.cat.update(me, id, b);
  }
}
