import { Inject, Injectable } from '@nestjs/common';
import { localDate } from '@wy/shared';
import { badRequest, conflict } from '../../../common/app-error.js';
import type { Principal } from '../../../common/principal.js';
import { asStaff } from '../../../common/scope.js';
import { Clock } from '../../../infra/clock.js';
import { EventBus } from '../../../events/event-bus.js';
import { AuditService } from '../../audit/audit.service.js';
import { OrgLookup } from '../../org/org-lookup.service.js';
import type { InvoiceRequestDto, IssueInvoiceDto } from '../invoices.dto.js';
import { InvoicesRepository } from '../invoices.repository.js';
import { InvoiceView } from '../invoice-view.js';
import { ensurePending, moveFromPending } from './closed.js';

/**
 * Finance records the invoice issued for a pending request: its number and date (today in the project's zone
 * unless given; never later than today nor before the request). One conditional update from 待开票.
 * A request whose bills were all refunded meanwhile is not issued: finance rejects it. The owner is told by
 * invoice.issued (notifications sends the 开票 subscribe message).
 */
@Injectable()
export class IssueInvoice {
  constructor(
    @Inject(InvoicesRepository) private readonly repo: InvoicesRepository,
    @Inject(InvoiceView) private readonly view: InvoiceView,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(EventBus) private readonly events: EventBus,
  ) {}

  async run(p: Principal, id: number, b: IssueInvoiceDto): Promise<InvoiceRequestDto> {
    const staff = asStaff(p);
    const r = await this.view.load(p, id);
    ensurePending(r);
    if (Number(r.refundedFen) >= Number(r.amountFen)) throw conflict('申请的账单已全额退款，请驳回该申请');
    const tz = await this.org.projectTimezone(r.projectId);
    const now = this.clock.now();
    const today = localDate(now, tz);
    const day = b.invoiceDate ?? today;
    if (day > today) throw badRequest('开票日期不能晚于今天');
    if (day < localDate(r.createdAt, tz)) throw badRequest('开票日期不能早于申请日期');
    await this.repo.transaction(async (em) => {
      await moveFromPending(this.repo, em, id, {
        status: 'issued',
        invoiceNo: b.invoiceNo,
        invoiceDate: day,
        decidedByStaffId: staff.id,
        decidedByName: staff.name,
        decidedAt: now,
      });
      await this.audit.record(
        p,
        {
          projectId: r.projectId,
          entity: 'invoice_request',
          entityId: id,
          action: 'issue',
          from: 'pending',
          to: 'issued',
          note: b.invoiceNo,
        },
        em,
      );
      // the owner is told (a WeChat subscribe message, when they accepted one)
      await this.events.publish(em, 'invoice.issued', {
        requestId: id,
        projectId: r.projectId,
        personId: r.personId,
        invoiceNo: b.invoiceNo,
        invoiceDate: day,
        title: r.title,
        at: now,
        timeZone: tz,
        rid: p.rid,
      });
    });
    return this.view.detail(p, id);
  }
}
