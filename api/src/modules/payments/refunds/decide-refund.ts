import { Inject, Injectable } from '@nestjs/common';
import { AppError, conflict, notFound } from '../../../common/app-error.js';
import type { Principal } from '../../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../../common/scope.js';
import { Clock } from '../../../infra/clock.js';
import { AuditService } from '../../audit/audit.service.js';
import { PaymentsRepository } from '../payments.repository.js';
import type { DecideRefundDto, RefundDto, RejectRefundDto } from '../refunds.dto.js';
import { RefundView } from './refund-view.js';
import { SettleRefund } from './settle-refund.js';

/**
 * R-PAY-04 a second person decides a refund request: never the one who asked. Approving moves it from
 * 待审批 to 退款中 by one conditional update (two approvers at once: one wins, the other gets 409), then
 * the money goes back — WeChat Pay's refund, or the desk pays it back.
 */
@Injectable()
export class DecideRefund {
  constructor(
    @Inject(PaymentsRepository) private readonly repo: PaymentsRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(RefundView) private readonly view: RefundView,
    @Inject(SettleRefund) private readonly settle: SettleRefund,
  ) {}

  private async load(p: Principal, id: number) {
    const staff = asStaff(p);
    const r = await this.repo.refund(id);
    if (!r) throw notFound('退款申请');
    ensureProjectInScope(p, r.projectId, '退款申请');
    if (r.status !== 'requested') throw conflict('该退款申请已处理');
    if (r.requestedById === staff.id) throw new AppError('FORBIDDEN', '退款须由申请人以外的人审批');
    return { staff, r };
  }

  async approve(p: Principal, id: number, dto: DecideRefundDto): Promise<RefundDto> {
    const { staff, r } = await this.load(p, id);
    const now = this.clock.now();
    const won = await this.repo.moveRefund(id, ['requested'], {
      status: 'processing',
      decidedById: staff.id,
      decidedByName: staff.name,
      decidedAt: now,
      decisionNote: dto.note?.trim() || null,
    });
    if (!won) throw conflict('该退款申请已处理');
    await this.audit.record(p, {
      projectId: r.projectId,
      entity: 'refund',
      entityId: id,
      action: 'approve',
      note: dto.note ?? null,
    });
    await this.settle.submit((await this.repo.refund(id))!);
    return this.view.byId(id);
  }

  async reject(p: Principal, id: number, dto: RejectRefundDto): Promise<RefundDto> {
    const { staff, r } = await this.load(p, id);
    const won = await this.repo.moveRefund(id, ['requested'], {
      status: 'rejected',
      decidedById: staff.id,
      decidedByName: staff.name,
      decidedAt: this.clock.now(),
      decisionNote: dto.note.trim(),
    });
    if (!won) throw conflict('该退款申请已处理');
    await this.audit.record(p, { projectId: r.projectId, entity: 'refund', entityId: id, action: 'reject', note: dto.note });
    return this.view.byId(id);
  }
}
