import { Injectable } from '@nestjs/common';
import type { ReadPart } from '../../database/rows.js';

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
/**
 * A request's bill as parts of the detail's own read (its timeline and clocks, one statement) and what
 * makes the bill of their rows.
 */
export interface RequestBillRead {
  parts: ReadPart<unknown>[];
  finish(read: unknown[]): Promise<RequestBill | null>;
}
export interface RequestBillSource {
  read(requestId: number, known?: RequestBillKnown): RequestBillRead;
}

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
  /** The request's bill, to be read with the caller's own parts; null: no bill can be read (billing not loaded). */
  readFor(requestId: number, known?: RequestBillKnown): RequestBillRead | null {
    return this.source?.read(requestId, known) ?? null;
  }
}
