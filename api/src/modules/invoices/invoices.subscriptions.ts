import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../events/event-bus.js';
import { InvoicesRepository } from './invoices.repository.js';

/** What invoice requests do when payments announce something. */
@Injectable()
export class InvoicesSubscriptions implements OnModuleInit {
  constructor(
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(InvoicesRepository) private readonly repo: InvoicesRepository,
  ) {}

  onModuleInit(): void {
    // a refund of a bill held by a pending or issued request counts against it (an issued invoice needs 红冲), in the refund's transaction
    this.events.on('payment.refunded', async (em, e) => {
      await this.repo.addRefund(em, e.billId, e.amountFen, e.at);
    });
  }
}
