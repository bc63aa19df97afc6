import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  canMoveFeeChange,
  FEE_FIELD_LABELS,
  feeChangeTakesEffect,
  formatArea,
  localDate,
  ROOM_USES,
  ROOM_USE_LABELS,
  roomLabel,
  type FeeChangeStatus,
  type FeeField,
  type RoomUse,
} from '@wy/shared';
import { AppError, notFound } from '../../../common/app-error.js';
import type { Principal } from '../../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../../common/scope.js';
import { isUniqueViolation } from '../../../database/errors.js';
import { Clock } from '../../../infra/clock.js';
import { Jobs } from '../../../infra/jobs.js';
import { AuditService } from '../../audit/audit.service.js';
import type { RoomFeeChange } from '../entities.js';
import { OrgRepository } from '../org.repository.js';
import { RoomOccupancy } from '../room-occupancy.js';
import type { CreateFeeChangeDto, DeliverFeeChangeDto, FeeChangeDto, FeeChangeNoticeDto, FeeChangeQuery } from './records.dto.js';
import { RecordsRepository } from './records.repository.js';

const valueText = (field: string, v: string) =>
  field === 'area' ? `${formatArea(Number(v))}㎡` : (ROOM_USE_LABELS[v as RoomUse] ?? v);

/**
 * R-OWN-04 a change that affects fees (a room's area or use) is notified to the owner in writing before it
 * takes effect: asked with an effective date (customer service), approved by the project manager (R-OWN-03),
 * printed as a 变更通知书 and recorded as delivered (当面/邮寄/张贴); the room's value — what the bill run
 * reads — changes only then, once the effective date has come (at delivery, or by the periodic job).
 */
@Injectable()
export class FeeChangesService implements OnModuleInit {
  constructor(
    @Inject(RecordsRepository) private readonly repo: RecordsRepository,
    @Inject(OrgRepository) private readonly org: OrgRepository,
    @Inject(RoomOccupancy) private readonly occupancy: RoomOccupancy,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Jobs) private readonly jobs: Jobs,
  ) {}

  onModuleInit(): void {
    this.jobs.register('fee-changes', 50, () => this.applyDue());
  }

  private async dtos(rows: RoomFeeChange[]): Promise<FeeChangeDto[]> {
    const rooms = await this.repo.roomsByIds(rows.map((r) => r.roomId));
    const owners = await this.occupancy.occupants(
      rows.map((r) => r.roomId),
      true,
    );
    const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
    return rows.map((c) => {
      const room = rooms.get(c.roomId);
      return {
        id: c.id,
        projectId: c.projectId,
        roomId: c.roomId,
        propertyCode: room?.propertyCode ?? '',
        roomLabel: room ? roomLabel(room) : '',
        field: c.field,
        fromValue: c.fromValue,
        toValue: c.toValue,
        fromText: valueText(c.field, c.fromValue),
        toText: valueText(c.field, c.toValue),
        effectiveOn: c.effectiveOn,
        reason: c.reason,
        status: c.status,
        requestedByName: c.requestedByName,
        requestedAt: new Date(c.requestedAt).toISOString(),
        decidedByName: c.decidedByName,
        decidedAt: iso(c.decidedAt),
        rejectReason: c.rejectReason,
        deliveredHow: c.deliveredHow,
        deliveredAt: iso(c.deliveredAt),
        deliveredByName: c.deliveredByName,
        deliveryNote: c.deliveryNote,
        effectiveAt: iso(c.effectiveAt),
        ownerNames: owners.filter((o) => o.roomId === c.roomId && o.kind === 'owner').map((o) => o.name),
      };
    });
  }
  private async one(id: number): Promise<FeeChangeDto> {
    return (await this.dtos([(await this.repo.change(id))!]))[0]!;
  }
  private async inScope(me: Principal, id: number): Promise<RoomFeeChange> {
    const c = await this.repo.change(id);
    if (!c) throw notFound('收费资料变更');
    ensureProjectInScope(me, c.projectId, '收费资料变更');
    return c;
  }
  private async timeZone(projectId: number): Promise<string> {
    return (await this.org.project(projectId))?.timezone ?? 'Asia/Shanghai';
  }

  async list(me: Principal, q: FeeChangeQuery): Promise<FeeChangeDto[]> {
    ensureProjectInScope(me, q.projectId, '项目');
    return this.dtos(await this.repo.changes(q.projectId, q.status));
  }
  async get(me: Principal, id: number): Promise<FeeChangeDto> {
    await this.inScope(me, id);
    return this.one(id);
  }

  async create(me: Principal, dto: CreateFeeChangeDto): Promise<FeeChangeDto> {
    const s = asStaff(me);
    const room = await this.repo.room(dto.roomId);
    if (!room || room.archivedAt) throw notFound('房屋');
    ensureProjectInScope(me, room.projectId, '房屋');
    // R-OWN-02 an unchecked record is not used: no written notice is sent to an owner from it
    if ((room.recordStatus ?? 'verified') !== 'verified')
      throw new AppError(
        'VALIDATION_FAILED',
        '该房屋基础资料尚未对照原件核对，不能据此发出收费变更通知；未核对前可直接更正房屋资料',
      );
    const field = dto.field as FeeField;
    const toValue = this.parse(field, dto.toValue);
    const fromValue = String(field === 'area' ? room.area : room.use);
    if (toValue === fromValue) throw new AppError('VALIDATION_FAILED', `变更后的${FEE_FIELD_LABELS[field]}与现在相同`);
    const today = localDate(this.clock.now(), await this.timeZone(room.projectId));
    if (dto.effectiveOn < today) throw new AppError('VALIDATION_FAILED', '生效日期不能早于今天：变更须先书面通知业主');
    const now = this.clock.now();
    let id: number;
    try {
      id = await this.repo.insertChange({
        projectId: room.projectId,
        roomId: room.id,
        field,
        fromValue,
        toValue,
        effectiveOn: dto.effectiveOn,
        reason: dto.reason,
        status: 'pending',
        activeKey: `${room.id}:${field}`,
        requestedBy: s.id,
        requestedByName: s.name,
        requestedAt: now,
        decidedBy: null,
        decidedByName: null,
        decidedAt: null,
        rejectReason: null,
        deliveredHow: null,
        deliveredAt: null,
        deliveredByName: null,
        deliveryNote: null,
        effectiveAt: null,
      });
    } catch (e) {
      if (isUniqueViolation(e))
        throw new AppError('CONFLICT', `该房屋的${FEE_FIELD_LABELS[field]}已有一项未完成的变更，请先办结`);
      throw e;
    }
    await this.audit.record(me, {
      projectId: room.projectId,
      entity: 'room_fee_change',
      entityId: id,
      action: 'create',
      to: 'pending',
      note: `${room.propertyCode} ${field} ${fromValue}→${toValue} 生效${dto.effectiveOn}`,
    });
    return this.one(id);
  }

  private parse(field: FeeField, v: string): string {
    const t = v.trim();
    if (field === 'area') {
      if (!/^\d{1,8}$/.test(t) || Number(t) < 1)
        throw new AppError('VALIDATION_FAILED', '建筑面积应为大于0的整数（单位0.01平方米）');
      return String(Number(t));
    }
    if (!(ROOM_USES as readonly string[]).includes(t)) throw new AppError('VALIDATION_FAILED', '房屋用途无效');
    return t;
  }

  private async move(
    me: Principal,
    c: RoomFeeChange,
    to: FeeChangeStatus,
    patch: Partial<RoomFeeChange>,
    note?: string,
  ): Promise<void> {
    const verb = { approved: '审批', rejected: '驳回', delivered: '登记送达', effective: '生效', pending: '' }[to];
    if (!canMoveFeeChange(c.status as FeeChangeStatus, to)) throw new AppError('CONFLICT', `该变更当前状态不能${verb}`);
    const done = await this.repo.moveChange(c.id, c.status, { status: to, ...patch });
    if (!done) throw new AppError('CONFLICT', `该变更当前状态不能${verb}`);
    await this.audit.record(me, {
      projectId: c.projectId,
      entity: 'room_fee_change',
      entityId: c.id,
      action: to,
      from: c.status,
      to,
      note,
    });
  }

  /** R-OWN-03 the project manager approves (never their own request); the notice can then be printed. */
  async approve(me: Principal, id: number): Promise<FeeChangeDto> {
    const s = asStaff(me);
    const c = await this.inScope(me, id);
    if (c.requestedBy === s.id) throw new AppError('FORBIDDEN', '不能审批自己提交的变更申请');
    await this.move(me, c, 'approved', { decidedBy: s.id, decidedByName: s.name, decidedAt: this.clock.now() });
    return this.one(id);
  }
  async reject(me: Principal, id: number, reason: string): Promise<FeeChangeDto> {
    const s = asStaff(me);
    const c = await this.inScope(me, id);
    await this.move(
      me,
      c,
      'rejected',
      { decidedBy: s.id, decidedByName: s.name, decidedAt: this.clock.now(), rejectReason: reason, activeKey: null },
      reason,
    );
    return this.one(id);
  }

  /** The printed 变更通知书: only once approved (an unapproved change is not notified). */
  async notice(me: Principal, id: number): Promise<FeeChangeNoticeDto> {
    const c = await this.inScope(me, id);
    if (c.status === 'pending' || c.status === 'rejected')
      throw new AppError('CONFLICT', '变更经管理处经理审批后才能打印变更通知书');
    const header = await this.org.projectHeader(c.projectId);
    return {
      ...(await this.one(id)),
      projectName: header.name,
      servicePhone: header.servicePhone,
      companyName: header.companyName,
      timezone: await this.timeZone(c.projectId),
    };
  }

  /** The written notice delivered (how, when, by whom); the change takes effect at once when its date has come. */
  async deliver(me: Principal, id: number, dto: DeliverFeeChangeDto): Promise<FeeChangeDto> {
    const s = asStaff(me);
    const c = await this.inScope(me, id);
    const now = this.clock.now();
    const at = dto.deliveredAt ? new Date(dto.deliveredAt) : now;
    if (at.getTime() > now.getTime() + 60_000) throw new AppError('VALIDATION_FAILED', '送达时间不能晚于现在');
    if (c.decidedAt && at.getTime() < new Date(c.decidedAt).getTime())
      throw new AppError('VALIDATION_FAILED', '送达时间不能早于审批时间');
    await this.move(
      me,
      c,
      'delivered',
      { deliveredHow: dto.how, deliveredAt: at, deliveredByName: s.name, deliveryNote: dto.note ?? null },
      dto.note,
    );
    await this.applyOne((await this.repo.change(id))!);
    return this.one(id);
  }

  /** The job: every delivered change whose effective date has come in its project's zone. */
  async applyDue(): Promise<number> {
    // the furthest-ahead zone's date: each candidate is then checked in its own project's zone
    const ahead = new Date(this.clock.now().getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
    let n = 0;
    for (const c of await this.repo.dueChanges(ahead)) if (await this.applyOne(c)) n++;
    return n;
  }

  /** One conditional move delivered → effective with the room's new value, in one transaction. */
  private async applyOne(c: RoomFeeChange): Promise<boolean> {
    const now = this.clock.now();
    if (
      !feeChangeTakesEffect(
        { status: c.status as FeeChangeStatus, effectiveOn: c.effectiveOn },
        now,
        await this.timeZone(c.projectId),
      )
    )
      return false;
    return this.repo.transaction(async (em) => {
      if (!(await this.repo.moveChange(c.id, 'delivered', { status: 'effective', effectiveAt: now, activeKey: null }, em)))
        return false;
      await this.repo.updateRoom(c.roomId, c.field === 'area' ? { area: Number(c.toValue) } : { use: c.toValue }, em);
      await this.audit.record(
        { kind: 'system' },
        {
          projectId: c.projectId,
          entity: 'room',
          entityId: c.roomId,
          action: 'fee_change_effective',
          from: c.fromValue,
          to: c.toValue,
          note: `${c.field} 变更通知已送达，${c.effectiveOn}生效`,
        },
        em,
      );
      return true;
    });
  }
}
