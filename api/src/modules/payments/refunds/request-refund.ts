import { Inject, Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { badRequest, conflict, notFound } from '../../../common/app-error.js';
import type { Principal } from '../../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../../common/scope.js';
import { isUniqueViolation } from '../../../database/errors.js';
import { Clock } from '../../../infra/clock.js';
import { AuditService } from '../../audit/audit.service.js';
import { BillingService } from '../../billing/billing.service.js';
import { PaymentsRepository } from '../payments.repository.js';
import type { CreateRefundDto, RefundDto } from '../refunds.dto.js';
import { RefundView } from './refund-view.js';

/** Who asked for a refund, why, and its decision fields (empty until a second person decides). */
type RefundAsked = {
  reason: string;
  reopen: boolean;
  status: string;
  requestedById: number;
  requestedByName: string;
  requestedAt: Date;
  decidedById: null;
  decidedByName: null;
  decidedAt: null;
  decisionNote: null;
};

/**
 * R-PAY-04 finance asks for a refund of a payment, with a reason: the whole payment, once (one refund per
 * payment, unique — two clerks at once get one request and a 409). A rejected request may be asked again.
 * Nothing moves money yet: a second person approves.
 */
@Injectable()
export class RequestRefund {
  constructor(
    @Inject(PaymentsRepository) private readonly repo: PaymentsRepository,
    @Inject(BillingService) private readonly billing: BillingService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(RefundView) private readonly view: RefundView,
  ) {}

  async run(p: Principal, dto: CreateRefundDto): Promise<RefundDto> {
    const staff = asStaff(p);
    const pay = await this.billing.paymentForRefund(dto.paymentId);
    if (!pay) throw notFound('收款记录');
    ensureProjectInScope(p, pay.projectId, '收款记录');
    const order = await this.orderOf(pay);
    const now = this.clock.now();
    const reason = dto.reason.trim();
    const fields = {
      reason,
      reopen: dto.reopen ?? false,
      status: 'requested',
      requestedById: staff.id,
      requestedByName: staff.name,
      requestedAt: now,
      decidedById: null,
      decidedByName: null,
      decidedAt: null,
      decisionNote: null,
    };
    let id: number;
    try {
      id = await this.repo.insertRefund(this.newRow(pay, order, pay.amountFen, now, fields));
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      const cur = await this.repo.refundByPayment(pay.paymentId);
      // asked again after a rejection: the same row (and out_refund_no) goes back to 待审批
      if (!cur || !(await this.repo.moveRefund(cur.id, ['rejected'], fields)))
        throw conflict('这笔收款已有退款申请，请勿重复申请');
      id = cur.id;
    }
    await this.audit.record(p, {
      projectId: pay.projectId,
      entity: 'refund',
      entityId: id,
      action: 'request',
      note: `${pay.receiptNo} ${pay.amountFen} ${reason}`,
    });
    return this.view.byId(id);
  }

  /**
   * R-PAY-04 a refund asked by the module that charged the bill (装修保证金 after the acceptance, R-REN-08),
   * in that module's transaction: the payment's money or part of it (a deduction kept back), once per
   * payment (409 when the payment already has a request). Waits for a second person's decision like any.
   */
  async inTransaction(
    em: EntityManager,
    p: Principal,
    req: { billId: number; amountFen: number; reason: string },
  ): Promise<number> {
    const staff = asStaff(p);
    const paymentId = await this.billing.paymentIdOfBill(req.billId, em);
    const pay = paymentId ? await this.billing.paymentForRefund(paymentId) : null;
    if (!pay) throw conflict('这笔费用没有收款记录，无法退款');
    ensureProjectInScope(p, pay.projectId, '收款记录');
    if (!Number.isSafeInteger(req.amountFen) || req.amountFen <= 0 || req.amountFen > pay.amountFen)
      throw badRequest('退款金额应大于0且不超过收款金额');
    const order = await this.orderOf(pay);
    const now = this.clock.now();
    const reason = req.reason.trim().slice(0, 200);
    let id: number;
    try {
      id = await this.repo.insertRefund(
        this.newRow(pay, order, req.amountFen, now, {
          reason,
          reopen: false,
          status: 'requested',
          requestedById: staff.id,
          requestedByName: staff.name,
          requestedAt: now,
          decidedById: null,
          decidedByName: null,
          decidedAt: null,
          decisionNote: null,
        }),
        em,
      );
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(`${pay.title}（收据 ${pay.receiptNo}）已有退款申请，请勿重复申请`);
      throw e;
    }
    await this.audit.record(
      p,
      {
        projectId: pay.projectId,
        entity: 'refund',
        entityId: id,
        action: 'request',
        note: `${pay.receiptNo} ${req.amountFen} ${reason}`,
      },
      em,
    );
    return id;
  }

  /** A WeChat Pay payment's order (its refund goes back the way it came); none for a desk payment. */
  private async orderOf(pay: { method: string; billId: number }) {
    if (pay.method !== 'wechat_pay') return null;
    const o = await this.repo.paidOrderForBill(pay.billId);
    if (!o) throw conflict('找不到这笔收款对应的微信支付订单，无法原路退款');
    return { outTradeNo: o.outTradeNo, transactionId: o.transactionId, totalFen: Number(o.totalFen) };
  }

  /** A new refund row of a payment: its own out_refund_no, nothing sent yet. */
  private newRow(
    pay: { projectId: number; paymentId: number; billId: number; method: string },
    order: { outTradeNo: string; transactionId: string | null; totalFen: number } | null,
    amountFen: number,
    now: Date,
    fields: RefundAsked,
  ) {
    return {
      projectId: pay.projectId,
      paymentId: pay.paymentId,
      billId: pay.billId,
      method: pay.method,
      amountFen,
      outTradeNo: order?.outTradeNo ?? null,
      transactionId: order?.transactionId ?? null,
      orderTotalFen: order?.totalFen ?? null,
      outRefundNo: `RF${now.toISOString().replace(/\D/g, '').slice(2, 14)}${randomBytes(6).toString('hex').toUpperCase()}`,
      providerRefundId: null,
      acceptedAt: null,
      attempts: 0,
      lastError: null,
      finishedAt: null,
      reissuedBillId: null,
      ...fields,
    };
  }
}
