import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { BillingModule } from '../billing/billing.module.js';
import { OrgModule } from '../org/org.module.js';
import { IssueInvoice } from './actions/issue-invoice.js';
import { RejectInvoice } from './actions/reject-invoice.js';
import { RequestInvoice } from './actions/request-invoice.js';
import { WithdrawInvoice } from './actions/withdraw-invoice.js';
import { InvoiceView } from './invoice-view.js';
import { InvoicesController } from './invoices.controller.js';
import { InvoicesRepository } from './invoices.repository.js';
import { InvoicesSubscriptions } from './invoices.subscriptions.js';

/**
 * Invoice requests (开票申请): an owner asks for a fapiao for paid bills (through billing's PaidBills, never
 * its tables); finance issues (records the number and date) or rejects; the owner may withdraw while pending.
 * A finished refund of a held bill (payment.refunded) flags the request.
 */
@Module({
  imports: [AuditModule, OrgModule, BillingModule],
  controllers: [InvoicesController],
  providers: [
    InvoicesRepository,
    InvoiceView,
    InvoicesSubscriptions,
    RequestInvoice,
    WithdrawInvoice,
    IssueInvoice,
    RejectInvoice,
  ],
})
export class InvoicesModule {}
