import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../../common/principal.js';
import { asStaff } from '../../../common/scope.js';
import { Clock } from '../../../infra/clock.js';
import { AuditService } from '../../audit/audit.service.js';
import type { InvoiceRequestDto, RejectInvoiceDto } from '../invoices.dto.js';
import { InvoicesRepository } from '../invoices.repository.js';
import { InvoiceView } from '../invoice-view.js';
import { ensurePending, moveFromPending } from './closed.js';

/** Finance rejects a pending request with a reason the owner reads; its bills may be asked for again. */
@Injectable()
export class RejectInvoice {
  constructor(
    @Inject(InvoicesRepository) private readonly repo: InvoicesRepository,
    @Inject(InvoiceView) private readonly view: InvoiceView,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async run(p: Principal, id: number, b: RejectInvoiceDto): Promise<InvoiceRequestDto> {
    const staff = asStaff(p);
    const r = await this.view.load(p, id);
    ensurePending(r);
    await this.repo.transaction(async (em) => {
      await moveFromPending(this.repo, em, id, {
        status: 'rejected',
        rejectReason: b.reason,
        decidedByStaffId: staff.id,
        decidedByName: staff.name,
        decidedAt: this.clock.now(),
      });
      await this.repo.release(em, id);
      await this.audit.record(
        p,
        {
          projectId: r.projectId,
          entity: 'invoice_request',
          entityId: id,
          action: 'reject',
          from: 'pending',
          to: 'rejected',
          note: b.reason,
        },
        em,
      );
    });
    return this.view.detail(p, id);
  }
}
