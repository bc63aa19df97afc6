import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrgModule } from '../org/org.module.js';
import { PeopleModule } from '../people/people.module.js';
import { ServiceRequestsModule } from '../service-requests/sr.module.js';
import { AdjustmentsController } from './adjustments.controller.js';
import { AdjustmentsRepository } from './adjustments.repository.js';
import { AdjustmentView } from './adjustments/adjustment-view.js';
import { DecideAdjustment } from './adjustments/decide-adjustment.js';
import { ProposeAdjustment } from './adjustments/propose-adjustment.js';
import { BillingController } from './billing.controller.js';
import { BillingRepository } from './billing.repository.js';
import { BillingService } from './billing.service.js';
import { BillingSubscriptions } from './billing.subscriptions.js';
import { BillRunService } from './bill-run.service.js';
import { FeesController } from './fees.controller.js';
import { HandoverController } from './handover.controller.js';
import { HandoverRepository } from './handover.repository.js';
import { ConfirmHandover } from './handovers/confirm-handover.js';
import { CreateHandover } from './handovers/create-handover.js';
import { HandoverView } from './handovers/handover-view.js';
import { WithdrawHandover } from './handovers/withdraw-handover.js';
import { FeesRepository } from './fees.repository.js';
import { FeesService } from './fees.service.js';
import { PaidBills } from './paid-bills.service.js';
import { FinanceFiguresRepository } from './finance-figures.repository.js';
import { FinanceFigures } from './finance-figures.service.js';
import { PaymentRoomHistory } from './room-history.repository.js';

/**
 * The one bill model: fee items and their publication, meter readings, the monthly bill run, one-off
 * charges, late fees (R-FEE-01…05), bills and desk payments with receipts (R-FEE-02, R-PAY-04), the cashier's
 * end-of-day cash handover to finance (R-FEE-06), bill adjustments with a second approver (R-PAY-04). A finished paid repair becomes the
 * room's bill (repair.finished); a payment is announced (bill.paid) for the request's timeline.
 */
@Module({
  imports: [AuditModule, OrgModule, PeopleModule, ServiceRequestsModule],
  controllers: [BillingController, FeesController, HandoverController, AdjustmentsController],
  providers: [
    PaymentRoomHistory,
    BillingRepository,
    BillingService,
    BillingSubscriptions,
    FeesRepository,
    FeesService,
    BillRunService,
    HandoverRepository,
    HandoverView,
    CreateHandover,
    ConfirmHandover,
    WithdrawHandover,
    PaidBills,
    FinanceFiguresRepository,
    FinanceFigures,
    AdjustmentsRepository,
    AdjustmentView,
    ProposeAdjustment,
    DecideAdjustment,
  ],
  exports: [BillingService, PaidBills, FinanceFigures],
})
export class BillingModule {}
