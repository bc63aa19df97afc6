import { Inject, Injectable } from '@nestjs/common';
import { billAdjustmentLine, billAdjustmentProblem } from '@wy/shared';
import { badRequest, conflict, notFound } from '../../../common/app-error.js';
import type { Principal } from '../../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../../common/scope.js';
import { isUniqueViolation } from '../../../database/errors.js';
import { Clock } from '../../../infra/clock.js';
import { AuditService } from '../../audit/audit.service.js';
import type { AdjustmentDto, ProposeAdjustmentDto } from '../adjustments.dto.js';
import { AdjustmentsRepository } from '../adjustments.repository.js';
import { BillingRepository } from '../billing.repository.js';
import { BillingService } from '../billing.service.js';
import { AdjustmentView } from './adjustment-view.js';

/**
 * R-PAY-04 a cashier, clerk or finance proposes an adjustment of an unpaid bill — a waiver (减免) of its
 * principal or late fee, or an increase (调增) — with a reason. It changes nothing until another person
 * approves it. A paid bill is never adjusted (a refund corrects it); a waiver never takes the bill below 0;
 * a bill has at most one adjustment waiting (unique pending_bill_id: two proposals at once, one 409).
 */
@Injectable()
export class ProposeAdjustment {
  constructor(
    @Inject(AdjustmentsRepository) private readonly repo: AdjustmentsRepository,
    @Inject(BillingRepository) private readonly bills: BillingRepository,
    @Inject(BillingService) private readonly billing: BillingService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AdjustmentView) private readonly view: AdjustmentView,
  ) {}

  async run(p: Principal, dto: ProposeAdjustmentDto): Promise<AdjustmentDto> {
    const staff = asStaff(p);
    const bill = await this.bills.bill(dto.billId);
    if (!bill) throw notFound('账单');
    ensureProjectInScope(p, bill.projectId, '账单');
    if (bill.status === 'paid') throw conflict('该账单已缴清，不能再调整；如需退还请走退款审批');
    if (bill.status !== 'unpaid') throw conflict('该账单已作废，不能调整');
    const reason = dto.reason.trim();
    if (reason.length < 2) throw badRequest('请填写调整原因（至少 2 个字）');
    const problem = billAdjustmentProblem(dto, await this.billing.owedNow(bill));
    if (problem) throw badRequest(problem);
    let id: number;
    try {
      id = await this.repo.insert({
        projectId: bill.projectId,
        billId: bill.id,
        pendingBillId: bill.id,
        kind: dto.kind,
        target: dto.target,
        amountFen: dto.amountFen,
        reason,
        status: 'pending',
        proposedById: staff.id,
        proposedByName: staff.name,
        proposedAt: this.clock.now(),
        decidedById: null,
        decidedByName: null,
        decidedAt: null,
        decisionNote: null,
      });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      throw conflict('该账单已有一笔调整在等待审批，请先审批或驳回它');
    }
    await this.audit.record(p, {
      projectId: bill.projectId,
      entity: 'bill',
      entityId: bill.id,
      action: 'adjustment_proposed',
        note: `${billAdjustmentLine(dto)}（调整单 ${id}）${reason}`,
    });
    return this.view.byId(id);
  }
}
