import { Inject, Injectable } from '@nestjs/common';
import { FEE_BASIS_LABELS, lateFeeRuleText, periodDueOn, tieredAmountFen, tierProblem, type FeeTier } from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { isUniqueViolation } from '../../database/errors.js';
import { Clock } from '../../infra/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import type { FeeItem, MeterReading } from './entities.js';
import type {
  CreateFeeItemDto,
  FeeItemDto,
  FeeStandardsDto,
  MeterReadingDto,
  MeterReadingInputDto,
  MeterReadingPageDto,
  MeterReadingQuery,
  OneOffChargeDto,
  UpdateFeeItemDto,
} from './fees.dto.js';
import { FeesRepository } from './fees.repository.js';

const iso = (d: Date) => new Date(d).toISOString();

export function lateFeeRuleOf(f: Pick<FeeItem, 'lateFeePerTenThousand' | 'lateFeeGraceDays' | 'lateFeeCapPercent'> | null) {
  if (!f || f.lateFeePerTenThousand <= 0) return null;
  return { perTenThousandPerDay: f.lateFeePerTenThousand, graceDays: f.lateFeeGraceDays, capPercent: f.lateFeeCapPercent };
}

/**
 * Fee items and their publication (R-FEE-01), meter readings priced by tiers when entered, and one-off
 * charges. Money is integer fen throughout (R-FEE-03).
 */
@Injectable()
export class FeesService {
  constructor(
    @Inject(FeesRepository) private readonly repo: FeesRepository,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
  ) {}

  dto(f: FeeItem): FeeItemDto {
    return {
      id: f.id,
      projectId: f.projectId,
      code: f.code,
      name: f.name,
      category: f.category,
      basis: f.basis,
      unitFen: Number(f.unitFen),
      tiers: f.tiers ?? [],
      meterUnit: f.meterUnit,
      roomUse: f.roomUse,
      dueDay: f.dueDay,
      lateFeePerTenThousand: f.lateFeePerTenThousand,
      lateFeeGraceDays: f.lateFeeGraceDays,
      lateFeeCapPercent: f.lateFeeCapPercent,
      lateFeeRule: lateFeeRuleText(lateFeeRuleOf(f)),
      basisNote: f.basisNote,
      active: Boolean(f.active),
    };
  }

  async list(p: Principal, projectId: number): Promise<{ items: FeeItemDto[] }> {
    ensureProjectInScope(p, projectId, '项目');
    return { items: (await this.repo.feeItems([projectId])).map((f) => this.dto(f)) };
  }

  private checkPricing(basis: string, unitFen: number, tiers: FeeTier[] | null): void {
    if (basis === 'metered') {
      const why = tierProblem(tiers ?? []);
      if (why) throw badRequest(`计量收费需要阶梯价：${why}`);
    } else if (basis !== 'one_off' && unitFen <= 0) throw badRequest(`${FEE_BASIS_LABELS[basis as 'area']}需要大于 0 的单价`);
  }

  async create(p: Principal, dto: CreateFeeItemDto): Promise<FeeItemDto> {
    ensureProjectInScope(p, dto.projectId, '项目');
    const tiers = dto.basis === 'metered' ? (dto.tiers ?? []).map((t) => ({ upTo: t.upTo ?? null, unitFen: t.unitFen })) : null;
    this.checkPricing(dto.basis, dto.unitFen ?? 0, tiers);
    const now = this.clock.now();
    let id: number;
    try {
      id = await this.repo.insertFeeItem({
        projectId: dto.projectId,
        code: dto.code,
        name: dto.name,
        category: dto.category,
        basis: dto.basis,
        unitFen: dto.basis === 'metered' ? 0 : (dto.unitFen ?? 0),
        tiers,
        meterUnit: dto.basis === 'metered' ? (dto.meterUnit ?? null) : null,
        roomUse: dto.roomUse ?? null,
        dueDay: dto.dueDay ?? 25,
        lateFeePerTenThousand: dto.lateFeePerTenThousand ?? 0,
        lateFeeGraceDays: dto.lateFeeGraceDays ?? 0,
        lateFeeCapPercent: dto.lateFeeCapPercent ?? 100,
        basisNote: dto.basisNote ?? null,
        active: true,
        createdAt: now,
        updatedAt: now,
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('CONFLICT', `编码 ${dto.code} 已被本项目的其他收费项目使用`);
      throw e;
    }
    await this.audit.record(p, { projectId: dto.projectId, entity: 'fee_item', entityId: id, action: 'create', note: dto.name });
    return this.dto((await this.repo.feeItem(id))!);
  }

  /** A price change applies to the bills run after it; bills already made keep their amounts (a paid bill is never edited). */
  async update(p: Principal, id: number, dto: UpdateFeeItemDto): Promise<FeeItemDto> {
    const f = await this.repo.feeItem(id);
    if (!f) throw notFound('收费项目');
    ensureProjectInScope(p, f.projectId, '收费项目');
    const tiers = dto.tiers ? dto.tiers.map((t) => ({ upTo: t.upTo ?? null, unitFen: t.unitFen })) : f.tiers;
    this.checkPricing(f.basis, dto.unitFen ?? Number(f.unitFen), tiers);
    const patch: Partial<FeeItem> = { updatedAt: this.clock.now() };
    for (const k of [
      'name',
      'unitFen',
      'dueDay',
      'lateFeePerTenThousand',
      'lateFeeGraceDays',
      'lateFeeCapPercent',
      'basisNote',
      'active',
    ] as const)
      if (dto[k] !== undefined) (patch as Record<string, unknown>)[k] = dto[k];
    if (dto.tiers && f.basis === 'metered') patch.tiers = tiers;
    await this.repo.updateFeeItem(id, patch);
    await this.audit.record(p, {
      projectId: f.projectId,
      entity: 'fee_item',
      entityId: id,
      action: 'update',
      note: JSON.stringify(dto),
    });
    return this.dto((await this.repo.feeItem(id))!);
  }

  /** R-FEE-01 the fee standards an owner reads: the active items of every project where they hold a room. */
  async standards(p: Principal): Promise<FeeStandardsDto> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const projectIds = await this.repo.ownerProjectIds(p.id);
    const [items, projects] = await Promise.all([this.repo.feeItems(projectIds, true), this.org.projectsByIds(projectIds)]);
    return {
      projects: projectIds.map((id) => ({
        projectId: id,
        projectName: projects.find((x) => x.id === id)?.name ?? '',
        items: items.filter((f) => f.projectId === id).map((f) => this.dto(f)),
      })),
    };
  }

  // ---- meter readings (R-FEE-04 metered by readings entered by the cashier) ----

  async enterReading(p: Principal, dto: MeterReadingInputDto): Promise<MeterReadingDto> {
    const staff = asStaff(p);
    const [room, item] = await Promise.all([this.org.room(dto.roomId), this.repo.feeItem(dto.feeItemId)]);
    if (!room) throw notFound('房屋');
    ensureProjectInScope(p, room.projectId, '房屋');
    if (!item || item.projectId !== room.projectId) throw notFound('收费项目');
    if (item.basis !== 'metered') throw badRequest('该收费项目不是按表计量的，不需要抄表');
    if (dto.current < dto.previous) throw badRequest('本期读数不能小于上期读数');
    if (await this.repo.feeBill(dto.roomId, dto.feeItemId, dto.period))
      throw new AppError('CONFLICT', '本期账单已生成，读数不能再改；如有差错请做调整');
    const usage = dto.current - dto.previous;
    const id = await this.repo.upsertReading({
      projectId: room.projectId,
      roomId: dto.roomId,
      feeItemId: dto.feeItemId,
      period: dto.period,
      previous: dto.previous,
      current: dto.current,
      usage,
      amountFen: tieredAmountFen(item.tiers ?? [], usage),
      readByStaffId: staff.id,
      readByName: staff.name,
      at: this.clock.now(),
    });
    await this.audit.record(p, {
      projectId: room.projectId,
      entity: 'meter_reading',
      entityId: id,
      action: 'enter',
      note: `${dto.previous}→${dto.current}`,
    });
    return (await this.readingDtos([(await this.repo.reading(dto.roomId, dto.feeItemId, dto.period))!]))[0]!;
  }

  async readings(p: Principal, q: MeterReadingQuery): Promise<MeterReadingPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const page = await this.repo.readingsPage(q);
    return { items: await this.readingDtos(page.rows), nextCursor: page.nextCursor };
  }

  private async readingDtos(rows: MeterReading[]): Promise<MeterReadingDto[]> {
    if (!rows.length) return [];
    const [labels, items, billed] = await Promise.all([
      this.people.roomLabels(rows.map((r) => r.roomId)),
      this.repo.feeItems([...new Set(rows.map((r) => r.projectId))]),
      this.repo.billedKeys(rows.map((r) => ({ roomId: r.roomId, feeItemId: r.feeItemId, period: r.period }))),
    ]);
    return rows.map((r) => ({
      id: r.id,
      roomId: r.roomId,
      roomLabel: labels.get(r.roomId)?.label ?? '',
      feeItemId: r.feeItemId,
      feeItemName: items.find((f) => f.id === r.feeItemId)?.name ?? '',
      period: r.period,
      previous: Number(r.previous),
      current: Number(r.current),
      usage: Number(r.usage),
      amountFen: Number(r.amountFen),
      readByName: r.readByName,
      at: iso(r.at),
      billed: billed.has(`${r.roomId}:${r.feeItemId}:${r.period}`),
    }));
  }

  /** A one-off charge (a deposit, garbage removal) on a room: one bill per room, item and period. */
  async chargeOneOff(p: Principal, dto: OneOffChargeDto): Promise<{ billId: number }> {
    const [room, item] = await Promise.all([this.org.room(dto.roomId), this.repo.feeItem(dto.feeItemId)]);
    if (!room) throw notFound('房屋');
    ensureProjectInScope(p, room.projectId, '房屋');
    if (!item || item.projectId !== room.projectId) throw notFound('收费项目');
    if (item.basis !== 'one_off') throw badRequest('只有一次性收费项目可以单独收取，周期性费用由月度账单生成');
    if (!item.active) throw badRequest('该收费项目已停用');
    const amountFen = dto.amountFen ?? Number(item.unitFen);
    if (amountFen <= 0) throw badRequest('请填写金额');
    const title = `${item.name}${dto.note ? ` ${dto.note}` : ''}`.slice(0, 100);
    try {
      const billId = await this.repo.insertBill({
        projectId: room.projectId,
        roomId: room.id,
        kind: item.category,
        title,
        sourceType: 'fee',
        sourceId: null,
        feeItemId: item.id,
        period: dto.period,
        dueOn: periodDueOn(dto.period, item.dueDay),
        amountFen,
        status: 'unpaid',
        createdAt: this.clock.now(),
        paidAt: null,
        version: 0,
      });
      await this.audit.record(p, {
        projectId: room.projectId,
        entity: 'bill',
        entityId: billId,
        action: 'one_off',
        note: `${title} ${amountFen}`,
      });
      return { billId };
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('CONFLICT', '该房屋本期已有此项收费的账单，请勿重复收取');
      throw e;
    }
  }
}
