import { Inject, Injectable } from '@nestjs/common';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { BillingRepository } from './billing.repository.js';
import type { Bill } from './entities.js';

/** A bill as another module sees what was paid for it: its payment and what finished refunds gave back. */
export interface PaidBillFacts {
  billId: number;
  projectId: number;
  roomId: number;
  roomLabel: string;
  title: string;
  period: string | null;
  /** unpaid, paid (void bills are never returned) */
  status: string;
  paymentId: number | null;
  receiptNo: string | null;
  paidAt: Date | null;
  /** what the payment took (late fee included), 0 when unpaid */
  paidFen: number;
  /** of it paid back by finished refunds (R-PAY-04) */
  refundedFen: number;
}

/**
 * What was paid for bills, for modules that build on payments (invoice requests): read-only, no SQL of their
 * own on bill or payment. An owner reads only bills of rooms bound to them.
 */
@Injectable()
export class PaidBills {
  constructor(
    @Inject(BillingRepository) private readonly repo: BillingRepository,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
  ) {}

  /** The owner's paid bills (of rooms bound to them), newest first. */
  async paidOfPerson(personId: number): Promise<PaidBillFacts[]> {
    return this.facts(await this.repo.billsForPerson(personId, 'paid'));
  }
  /** These bills when they are of rooms bound to the person (any other is left out), newest first. */
  async ofPerson(personId: number, billIds: readonly number[]): Promise<PaidBillFacts[]> {
    return this.facts(await this.repo.billsOfPersonByIds(personId, billIds));
  }
  /** These bills as they stand now (for staff views and refund flags). */
  async byIds(billIds: readonly number[]): Promise<PaidBillFacts[]> {
    return this.facts((await this.repo.billsByIds([...new Set(billIds)])).filter((b) => b.status !== 'void'));
  }

  private async facts(bills: Bill[]): Promise<PaidBillFacts[]> {
    if (!bills.length) return [];
    const payments = new Map((await this.repo.paymentsForBills(bills.map((b) => b.id))).map((p) => [p.billId, p]));
    const rooms = await this.people.roomLabels([...new Set(bills.map((b) => b.roomId))]);
    return bills.map((b) => {
      const pay = b.status === 'paid' ? payments.get(b.id) : undefined;
      return {
        billId: b.id,
        projectId: b.projectId,
        roomId: b.roomId,
        roomLabel: rooms.get(b.roomId)?.label ?? '',
        title: b.title,
        period: b.period,
        status: b.status,
        paymentId: pay?.id ?? null,
        receiptNo: pay?.receiptNo ?? null,
        paidAt: pay?.at ?? null,
        paidFen: pay ? Number(pay.amountFen) : 0,
        refundedFen: pay ? Number(pay.refundedFen) : 0,
      };
    });
  }
}
