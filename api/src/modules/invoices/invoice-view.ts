import { Inject, Injectable } from '@nestjs/common';
import { localDate, localDayStart } from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { PaidBills } from '../billing/paid-bills.service.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import type { InvoiceRequest } from './entities.js';
import type {
  InvoiceableBillsDto,
  InvoiceRequestDto,
  InvoiceRequestPageDto,
  InvoiceRequestQuery,
  MyInvoiceRequestPageDto,
} from './invoices.dto.js';
import { InvoicesRepository } from './invoices.repository.js';
import type { PageQuery } from '../../common/dto.js';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** What is left of a paid bill after refunds: what an invoice may cover. */
export const netFen = (b: { paidFen: number; refundedFen: number }) => Math.max(0, b.paidFen - b.refundedFen);

/** The owner's list, the bills they may ask an invoice for, and finance's queue. */
@Injectable()
export class InvoiceView {
  constructor(
    @Inject(InvoicesRepository) private readonly repo: InvoicesRepository,
    @Inject(PaidBills) private readonly bills: PaidBills,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
  ) {}

  dto(r: InvoiceRequest): InvoiceRequestDto {
    const refundedFen = Number(r.refundedFen);
    return {
      id: r.id,
      projectId: r.projectId,
      applicantName: r.applicantName,
      titleType: r.titleType,
      title: r.title,
      taxNo: this.pii.decrypt(r.taxNoEnc),
      email: this.pii.decrypt(r.emailEnc) ?? '',
      amountFen: Number(r.amountFen),
      lines: r.lines,
      status: r.status,
      createdAt: iso(r.createdAt)!,
      invoiceNo: r.invoiceNo,
      invoiceDate: r.invoiceDate,
      rejectReason: r.rejectReason,
      decidedByName: r.decidedByName,
      decidedAt: iso(r.decidedAt),
      refundedFen,
      refundedAt: iso(r.refundedAt),
      needsReversal: r.status === 'issued' && refundedFen > 0,
      mayWithdraw: r.status === 'pending',
    };
  }

  /** A request the staff member may see (another project's answers 404). */
  async load(p: Principal, id: number): Promise<InvoiceRequest> {
    const r = await this.repo.request(id);
    if (!r) throw notFound('开票申请');
    ensureProjectInScope(p, r.projectId, '开票申请');
    return r;
  }
  /** The owner's own request (anyone else's answers 404). */
  async loadMine(p: Principal, id: number): Promise<InvoiceRequest> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const r = await this.repo.request(id);
    if (!r || r.personId !== p.id) throw notFound('开票申请');
    return r;
  }
  async detail(p: Principal, id: number): Promise<InvoiceRequestDto> {
    return this.dto(p.kind === 'owner' ? await this.loadMine(p, id) : await this.load(p, id));
  }

  async mine(p: Principal, q: PageQuery): Promise<MyInvoiceRequestPageDto> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const page = await this.repo.mine(p.id, q);
    return { items: page.rows.map((r) => this.dto(r)), nextCursor: page.nextCursor };
  }

  /** The owner's paid bills, each with whether an invoice may still be asked for it. */
  async invoiceable(p: Principal): Promise<InvoiceableBillsDto> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const paid = await this.bills.paidOfPerson(p.id);
    const held = await this.repo.held(paid.map((b) => b.billId));
    return {
      items: paid.map((b) => {
        const fen = netFen(b);
        const why = held.has(b.billId) ? '已申请开票' : fen <= 0 ? '已全额退款' : null;
        return {
          billId: b.billId,
          projectId: b.projectId,
          title: b.title,
          period: b.period,
          roomLabel: b.roomLabel,
          receiptNo: b.receiptNo,
          paidAt: iso(b.paidAt),
          fen,
          available: !why,
          unavailableReason: why,
        };
      }),
    };
  }

  /** 开票申请 queue: a project's requests by status, date asked (the project's local dates) and refunds after asking. */
  async list(p: Principal, q: InvoiceRequestQuery): Promise<InvoiceRequestPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    if (q.from && q.to && q.from > q.to) throw badRequest('开始日期不能晚于结束日期');
    const tz = await this.org.projectTimezone(q.projectId);
    const page = await this.repo.page({
      ...q,
      from: q.from ? localDayStart(q.from, tz) : undefined,
      to: q.to ? new Date(localDayStart(q.to, tz).getTime() + 86_400_000) : undefined,
    });
    return {
      items: page.rows.map((r) => this.dto(r)),
      nextCursor: page.nextCursor,
      pendingCount: await this.repo.pendingCount(q.projectId),
      today: localDate(this.clock.now(), tz),
    };
  }
}
