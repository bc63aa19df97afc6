import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../events/event-bus.js';
import { RequestBills } from '../service-requests/request-bills.js';
import { BillingService } from './billing.service.js';
import type { Bill, BillAdjustment } from './entities.js';

/** What billing does when other modules announce something (and what it hands the request detail). */
@Injectable()
export class BillingSubscriptions implements OnModuleInit {
  constructor(
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(BillingService) private readonly billing: BillingService,
    @Inject(RequestBills) private readonly requestBills: RequestBills,
  ) {}

  onModuleInit(): void {
    // R-REP-02/03: a paid in-home repair's fee becomes the room's bill when the work is finished (same transaction)
    this.events.on('repair.finished', async (em, e) => {
      if (e.chargeKind !== 'paid' || !e.roomId) return;
      await this.billing.chargeRepair(em, {
        projectId: e.projectId,
        roomId: e.roomId,
        requestId: e.requestId,
        code: e.code,
        categoryName: e.categoryName,
        feeFen: e.feeFen ?? 0,
      });
    });
    // R-PAY-01/02 a verified WeChat payment credits its bills in the transaction that marked the order paid
    this.events.on('payment.verified', (em, e) => this.billing.creditOnline(em, e));
    // the request detail shows its bill
    this.requestBills.provide({
      read: (id, known) => {
        const read = this.billing.forSourcesRead('repair', [id], known);
        return {
          parts: read.parts,
          finish: async (rows) => {
            const b = (await read.finish(rows as [Bill[], BillAdjustment[]])).get(id);
            return b ? { ...b, sourceId: b.sourceId ?? id } : null;
          },
        };
      },
    });
  }
}
