import { Inject, Injectable } from '@nestjs/common';
import { billAdjustmentLine, billAdjustmentProblem } from '@wy/shared';
import { conflict, forbidden, notFound } from '../../../common/app-error.js';
import type { Principal } from '../../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../../common/scope.js';
import { EventBus } from '../../../events/event-bus.js';
import { Clock } from '../../../infra/clock.js';
import { AuditService } from '../../audit/audit.service.js';
import type { AdjustmentDto, ApproveAdjustmentDto, RejectAdjustmentDto } from '../adjustments.dto.js';
import { AdjustmentsRepository } from '../adjustments.repository.js';
import { BillingRepository } from '../billing.repository.js';
import { BillingService, owedAdjustment } from '../billing.service.js';
import { AdjustmentView } from './adjustment-view.js';

/**
 * R-PAY-04 a second person (billing.adjust_approve: the manager) approves or rejects a proposed adjustment —
 * never the one who proposed it. Approving is one transaction: the bill moves on by a conditional update
 * from unpaid at the version read (paid meanwhile, or adjusted by another approval: 409, nothing written),
 * the adjustment from pending (two approvers at once: one wins), and bill.adjusting lets a module holding
 * an open charge at the old amount refuse (payments: an owner's open WeChat Pay order for the bill), so the
 * owner never pays another amount than the bill owes.
 */
@Injectable()
export class DecideAdjustment {
  constructor(
    @Inject(AdjustmentsRepository) private readonly repo: AdjustmentsRepository,
    @Inject(BillingRepository) private readonly bills: BillingRepository,
    @Inject(BillingService) private readonly billing: BillingService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AdjustmentView) private readonly view: AdjustmentView,
  ) {}

  private async load(p: Principal, id: number) {
    const staff = asStaff(p);
    const a = await this.repo.byId(id);
    if (!a) throw notFound('账单调整');
    ensureProjectInScope(p, a.projectId, '账单调整');
    if (a.status !== 'pending') throw conflict('该调整已处理');
    if (a.proposedById === staff.id) throw forbidden('调整须由提出人以外的人审批');
    const line = billAdjustmentLine(owedAdjustment(a));
    return { staff, a, line };
  }

  async approve(p: Principal, id: number, dto: ApproveAdjustmentDto): Promise<AdjustmentDto> {
    const { staff, a, line } = await this.load(p, id);
    const bill = await this.bills.bill(a.billId);
    if (!bill) throw notFound('账单');
    if (bill.status === 'paid') throw conflict('该账单已缴清，不能再调整；请驳回此调整，如需退还请走退款审批');
    if (bill.status !== 'unpaid') throw conflict('该账单已作废，不能调整；请驳回此调整');
    // checked again against what the bill owes now: other adjustments or the late fee may have moved since
    const problem = billAdjustmentProblem(owedAdjustment(a), await this.billing.owedNow(bill));
    if (problem) throw conflict(`${problem}，请驳回此调整后重新提出`);
    const now = this.clock.now();
    await this.repo.transaction(async (em) => {
      if (!(await this.bills.updateUnpaid(em, bill, {})))
        throw conflict(
          (await this.bills.bill(bill.id, em))?.status === 'paid'
            ? '该账单刚被缴清，不能再调整；请驳回此调整，如需退还请走退款审批'
            : '该账单刚有变动，请刷新后重试',
        );
      const won = await this.repo.decide(em, id, {
        status: 'approved',
        decidedById: staff.id,
        decidedByName: staff.name,
        decidedAt: now,
        decisionNote: dto.note?.trim() || null,
      });
      if (!won) throw conflict('该调整已处理');
      await this.events.publish(em, 'bill.adjusting', { billId: bill.id, projectId: bill.projectId, at: now });
      await this.audit.record(
        p,
        { projectId: a.projectId, entity: 'bill', entityId: a.billId, action: 'adjustment_approved', note: `${line}（调整单 ${id}）` },
        em,
      );
    });
    return this.view.byId(id);
  }

  async reject(p: Principal, id: number, dto: RejectAdjustmentDto): Promise<AdjustmentDto> {
    const { staff, a, line } = await this.load(p, id);
    const note = dto.note.trim();
    await this.repo.transaction(async (em) => {
      const won = await this.repo.decide(em, id, {
        status: 'rejected',
        decidedById: staff.id,
        decidedByName: staff.name,
        decidedAt: this.clock.now(),
        decisionNote: note,
      });
      if (!won) throw conflict('该调整已处理');
      await this.audit.record(
        p,
        {
          projectId: a.projectId,
          entity: 'bill',
          entityId: a.billId,
          action: 'adjustment_rejected',
          note: `${line}（调整单 ${id}）驳回：${note}`,
        },
        em,
      );
    });
    return this.view.byId(id);
  }
}
