import { Injectable } from '@nestjs/common';

/** The fee a request owes, as its detail shows it (billing's BillDto). */
export interface RequestBill {
  id: number;
  projectId: number;
  roomId: number;
  roomLabel: string;
  kind: string;
  title: string;
  sourceType: string;
  sourceId: number;
  amountFen: number;
  status: string;
  createdAt: string;
  paidAt: string | null;
  paymentId: number | null;
  receiptNo: string | null;
  payerName: string | null;
  sourceCode: string | null;
}
/** What the asker has read already (the request's code and requester, its room's label): not read again. */
export interface RequestBillKnown {
  requests?: { id: number; code: string | null; requesterName: string }[];
  roomLabels?: Map<number, { label: string }>;
}
export type RequestBillSource = (requestIds: number[], known?: RequestBillKnown) => Promise<Map<number, RequestBill>>;

/**
 * Bills belong to billing, which depends on service requests (it reads their codes and
 * requesters), so service requests do not import billing: billing hands its source in at start
 * and the request detail asks through here. No source (billing not loaded): no bill.
 */
@Injectable()
export class RequestBills {
  private source: RequestBillSource | null = null;

  provide(source: RequestBillSource): void {
    this.source = source;
  }
  async forRequest(requestId: number, known?: RequestBillKnown): Promise<RequestBill | null> {
    return (await this.source?.([requestId], known))?.get(requestId) ?? null;
  }
}
