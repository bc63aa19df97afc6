import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../../common/principal.js';
import { PaymentsRepository } from '../payments.repository.js';
import { RequestRefund } from './request-refund.js';

/** How a refund stands, for the module that asked for it. */
export interface RefundStanding {
  id: number;
  /** requested / processing / succeeded / rejected / failed (REFUND_STATUSES) */
  status: string;
  amountFen: number;
  decisionNote: string | null;
  lastError: string | null;
  finishedAt: Date | null;
}

/**
 * R-PAY-04 what payments offers other modules: asking for the refund of a paid bill's payment (all of it or
 * less, a deduction kept back) in the caller's transaction — it then waits for finance's second-person
 * decision and goes back by WeChat Pay or at the desk, announced as payment.refunded — and how it stands.
 */
@Injectable()
export class RefundRequests {
  constructor(
    @Inject(RequestRefund) private readonly request: RequestRefund,
    @Inject(PaymentsRepository) private readonly repo: PaymentsRepository,
  ) {}

  /** Returns the refund's id; 409 when the bill has no payment or its payment already has a request. */
  forBill(em: EntityManager, p: Principal, req: { billId: number; amountFen: number; reason: string }): Promise<number> {
    return this.request.inTransaction(em, p, req);
  }

  async standing(ids: number[]): Promise<Map<number, RefundStanding>> {
    const rows = await this.repo.refundsByIds([...new Set(ids)]);
    return new Map(
      rows.map((r) => [
        r.id,
        {
          id: r.id,
          status: r.status,
          amountFen: Number(r.amountFen),
          decisionNote: r.decisionNote,
          lastError: r.lastError,
          finishedAt: r.finishedAt,
        },
      ]),
    );
  }
}
