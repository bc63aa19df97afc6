import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../../common/principal.js';
import { Clock } from '../../../infra/clock.js';
import type { InvoiceRequestDto } from '../invoices.dto.js';
import { InvoicesRepository } from '../invoices.repository.js';
import { InvoiceView } from '../invoice-view.js';
import { ensurePending, moveFromPending } from './closed.js';

/** The owner takes back their own request while it is 待开票; its bills may be asked for again. */
@Injectable()
export class WithdrawInvoice {
  constructor(
    @Inject(InvoicesRepository) private readonly repo: InvoicesRepository,
    @Inject(InvoiceView) private readonly view: InvoiceView,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async run(p: Principal, id: number): Promise<InvoiceRequestDto> {
    const r = await this.view.loadMine(p, id);
    ensurePending(r);
    await this.repo.transaction(async (em) => {
      await moveFromPending(this.repo, em, id, { status: 'withdrawn', decidedAt: this.clock.now() });
      await this.repo.release(em, id);
    });
    return this.view.detail(p, id);
  }
}
