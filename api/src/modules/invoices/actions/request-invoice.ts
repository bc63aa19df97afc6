import { Inject, Injectable } from '@nestjs/common';
import { invoiceRequestProblem } from '@wy/shared';
import { AppError, badRequest, conflict, notFound } from '../../../common/app-error.js';
import type { Principal } from '../../../common/principal.js';
import { isUniqueViolation } from '../../../database/errors.js';
import { Clock } from '../../../infra/clock.js';
import { PiiCipher } from '../../../infra/pii.js';
import { PaidBills } from '../../billing/paid-bills.service.js';
import type { CreateInvoiceRequestDto, InvoiceRequestDto } from '../invoices.dto.js';
import { InvoicesRepository } from '../invoices.repository.js';
import { InvoiceView, netFen } from '../invoice-view.js';

export const BILLS_HELD_MESSAGE = '所选账单已在开票申请中，请勿重复申请';

/**
 * The owner asks for an invoice for paid bills of rooms bound to them: not fully refunded, of one project,
 * none held by a pending or issued request. The amount is what was paid less what was refunded. The bills
 * are held by unique rows, so two requests at once for one bill: one is made, the other answers 409.
 */
@Injectable()
export class RequestInvoice {
  constructor(
    @Inject(InvoicesRepository) private readonly repo: InvoicesRepository,
    @Inject(PaidBills) private readonly bills: PaidBills,
    @Inject(InvoiceView) private readonly view: InvoiceView,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
  ) {}

  async run(p: Principal, b: CreateInvoiceRequestDto): Promise<InvoiceRequestDto> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const ids = [...new Set(b.billIds)];
    if (!ids.length) throw badRequest('请选择要开票的账单');
    const problem = invoiceRequestProblem(b);
    if (problem) throw badRequest(problem);
    const facts = await this.bills.ofPerson(p.id, ids);
    if (facts.length !== ids.length) throw notFound('账单');
    const unpaid = facts.find((f) => f.status !== 'paid');
    if (unpaid) throw badRequest(`账单「${unpaid.title}」尚未缴费，缴费后才能申请开票`);
    const refunded = facts.find((f) => netFen(f) <= 0);
    if (refunded) throw badRequest(`账单「${refunded.title}」已全额退款，不能申请开票`);
    if (new Set(facts.map((f) => f.projectId)).size > 1) throw badRequest('不同项目的账单请分开申请开票');
    if ((await this.repo.held(ids)).size) throw conflict(BILLS_HELD_MESSAGE);

    const lines = facts
      .sort((x, y) => x.billId - y.billId)
      .map((f) => ({
        billId: f.billId,
        title: f.title,
        period: f.period,
        roomLabel: f.roomLabel,
        receiptNo: f.receiptNo,
        fen: netFen(f),
      }));
    const taxNo = b.taxNo?.trim() || null;
    let id: number;
    try {
      id = await this.repo.transaction(async (em) => {
        const made = await this.repo.insert(em, {
          projectId: facts[0]!.projectId,
          personId: p.id,
          applicantName: p.name.slice(0, 50),
          titleType: b.titleType,
          title: b.title.trim(),
          // R-OWN-06 personal data at rest goes through the PII cipher
          taxNoEnc: this.pii.encrypt(taxNo),
          emailEnc: this.pii.encrypt(b.email.trim()),
          amountFen: lines.reduce((a, l) => a + l.fen, 0),
          lines,
          status: 'pending',
          createdAt: this.clock.now(),
          invoiceNo: null,
          invoiceDate: null,
          rejectReason: null,
          decidedByStaffId: null,
          decidedByName: null,
          decidedAt: null,
          refundedFen: 0,
          refundedAt: null,
        });
        await this.repo.hold(em, made, ids);
        return made;
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw conflict(BILLS_HELD_MESSAGE);
      throw e;
    }
    return this.view.detail(p, id);
  }
}
