import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { keysetPage } from '../../common/paging.js';
import { insertRow, insertRows } from '../../database/rows.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { InvoiceRequest, InvoiceRequestBill } from './entities.js';

/** Every query of invoice requests and the bills they hold. */
@Injectable()
export class InvoicesRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }
  insert(em: EntityManager, row: Omit<InvoiceRequest, 'id'>): Promise<number> {
    return insertRow(em, InvoiceRequest, row);
  }
  /** Holds these bills for a request; a bill already held by another throws a unique violation (the caller answers 409). */
  async hold(em: EntityManager, requestId: number, billIds: readonly number[]): Promise<void> {
    await insertRows(
      em,
      InvoiceRequestBill,
      billIds.map((billId) => ({ requestId, billId })),
    );
  }
  /** A rejected or withdrawn request lets its bills go (they may be asked for again). */
  async release(em: EntityManager, requestId: number): Promise<void> {
    await em.createQueryBuilder().delete().from(InvoiceRequestBill).where('request_id = :requestId', { requestId }).execute();
  }
  /** Of these bills, the ones a pending or issued request holds. */
  async held(billIds: readonly number[]): Promise<Set<number>> {
    if (!billIds.length) return new Set();
    const rows = await this.ds
      .getRepository(InvoiceRequestBill)
      .createQueryBuilder('x')
      .where('x.bill_id IN (:...ids)', { ids: [...billIds] })
      .getMany();
    return new Set(rows.map((r) => r.billId));
  }
  request(id: number, em?: EntityManager): Promise<InvoiceRequest | null> {
    return (em ?? this.ds.manager).getRepository(InvoiceRequest).findOne({ where: { id } });
  }
  /** Moves a request from one of `from` (one conditional update: two people at once, one wins). */
  async move(em: EntityManager, id: number, from: readonly string[], patch: Partial<InvoiceRequest>): Promise<boolean> {
    const r = await em
      .createQueryBuilder()
      .update(InvoiceRequest)
      .set(patch)
      .where('id = :id', { id })
      .andWhere('status IN (:...from)', { from })
      .execute();
    return (r.affected ?? 0) === 1;
  }
  /** A finished refund of a bill counts against the pending or issued request holding it (at most one). */
  async addRefund(em: EntityManager, billId: number, fen: number, at: Date): Promise<number | null> {
    const held = await em.getRepository(InvoiceRequestBill).findOne({ where: { billId } });
    if (!held) return null;
    await em
      .createQueryBuilder()
      .update(InvoiceRequest)
      .set({ refundedFen: () => `refunded_fen + ${Math.trunc(fen)}`, refundedAt: at })
      .where('id = :id', { id: held.requestId })
      .execute();
    return held.requestId;
  }
  mine(personId: number, q: { cursor?: string; limit?: number }) {
    const qb = this.ds.getRepository(InvoiceRequest).createQueryBuilder('r').where('r.person_id = :personId', { personId });
    return keysetPage(qb, 'r', q, 'DESC');
  }
  page(q: { projectId: number; status?: string; from?: Date; to?: Date; refunded?: boolean; cursor?: string; limit?: number }) {
    const qb = this.ds
      .getRepository(InvoiceRequest)
      .createQueryBuilder('r')
      .where('r.project_id = :projectId', { projectId: q.projectId });
    if (q.status) qb.andWhere('r.status = :status', { status: q.status });
    if (q.from) qb.andWhere('r.created_at >= :from', { from: q.from });
    if (q.to) qb.andWhere('r.created_at < :to', { to: q.to });
    if (q.refunded) qb.andWhere('r.refunded_fen > 0');
    return keysetPage(qb, 'r', q, 'DESC');
  }
  /** How many requests of a project wait for an invoice (the queue's badge). */
  async pendingCount(projectId: number): Promise<number> {
    return this.ds.getRepository(InvoiceRequest).count({ where: { projectId, status: 'pending' } });
  }
}
