import type { EntityManager } from 'typeorm';
import { INVOICE_STATUS_LABELS, type InvoiceStatus } from '@wy/shared';
import { conflict } from '../../../common/app-error.js';
import type { InvoiceRequest } from '../entities.js';
import type { InvoicesRepository } from '../invoices.repository.js';

/** Why a request that is no longer pending cannot be issued, rejected or withdrawn (409). */
export function invoiceClosedMessage(status: string): string {
  return `该开票申请${INVOICE_STATUS_LABELS[status as InvoiceStatus] ?? '已处理'}，不能再处理`;
}
/** Only a pending request is issued, rejected or withdrawn: anything else answers 409. */
export function ensurePending(r: InvoiceRequest): void {
  if (r.status !== 'pending') throw conflict(invoiceClosedMessage(r.status));
}
/** The one conditional update from 待开票 (two at once: one wins, the other answers 409 with what happened). */
export async function moveFromPending(
  repo: InvoicesRepository,
  em: EntityManager,
  id: number,
  patch: Partial<InvoiceRequest>,
): Promise<void> {
  if (!(await repo.move(em, id, ['pending'], patch))) throw conflict(invoiceClosedMessage((await repo.request(id, em))!.status));
}
