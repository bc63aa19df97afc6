import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../../common/principal.js';
import { ensureProjectInScope } from '../../../common/scope.js';
import { BillingService } from '../../billing/billing.service.js';
import type { Refund } from '../entities.js';
import { PaymentsRepository } from '../payments.repository.js';
import type { RefundDto, RefundPageDto, RefundQuery } from '../refunds.dto.js';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** 退款审批's list and a refund as the console shows it (with its payment's receipt, item, room and payer). */
@Injectable()
export class RefundView {
  constructor(
    @Inject(PaymentsRepository) private readonly repo: PaymentsRepository,
    @Inject(BillingService) private readonly billing: BillingService,
  ) {}

  async dto(r: Refund): Promise<RefundDto> {
    const pay = await this.billing.paymentForRefund(r.paymentId);
    return {
      id: r.id,
      projectId: r.projectId,
      paymentId: r.paymentId,
      billId: r.billId,
      receiptNo: pay?.receiptNo ?? '',
      title: pay?.title ?? '',
      roomLabel: pay?.roomLabel ?? '',
      payerName: pay?.payerName ?? '',
      method: r.method,
      amountFen: Number(r.amountFen),
      reason: r.reason,
      reopen: Boolean(r.reopen),
      status: r.status,
      outRefundNo: r.outRefundNo,
      requestedById: r.requestedById,
      requestedByName: r.requestedByName,
      requestedAt: iso(r.requestedAt)!,
      decidedByName: r.decidedByName,
      decidedAt: iso(r.decidedAt),
      decisionNote: r.decisionNote,
      finishedAt: iso(r.finishedAt),
      lastError: r.lastError,
      reissuedBillId: r.reissuedBillId,
    };
  }

  async byId(id: number): Promise<RefundDto> {
    return this.dto((await this.repo.refund(id))!);
  }

  async list(p: Principal, q: RefundQuery): Promise<RefundPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const page = await this.repo.refundPage(q);
    return { items: await Promise.all(page.rows.map((r) => this.dto(r))), nextCursor: page.nextCursor };
  }
}
