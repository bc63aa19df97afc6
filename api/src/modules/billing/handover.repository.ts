import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { transactionTakingCode } from '../../common/daily-code.js';
import { keysetPage } from '../../common/paging.js';
import { insertRow } from '../../database/rows.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { CashHandover, Payment } from './entities.js';

/** Every query of cash handovers (R-FEE-06) and of the payments they cover. */
@Injectable()
export class HandoverRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }
  transactionTakingCode<T>(prefix: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return transactionTakingCode(this.ds, prefix, fn);
  }
  /** A cashier's desk payments in a project not handed over yet, oldest first (online payments are never handed over). */
  pending(projectId: number, staffId: number): Promise<Payment[]> {
    return this.ds
      .getRepository(Payment)
      .createQueryBuilder('p')
      .where('p.received_by_staff_id = :staffId', { staffId })
      .andWhere('p.handover_id IS NULL')
      .andWhere('p.project_id = :projectId', { projectId })
      .andWhere("p.method <> 'wechat_pay'")
      .orderBy('p.at', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .take(2000)
      .getMany();
  }
  paymentsByIds(ids: readonly number[]): Promise<Payment[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.ds.getRepository(Payment).createQueryBuilder('p').where('p.id IN (:...ids)', { ids }).orderBy('p.id').getMany();
  }
  paymentsOf(handoverId: number): Promise<Payment[]> {
    return this.ds
      .getRepository(Payment)
      .createQueryBuilder('p')
      .where('p.handover_id = :handoverId', { handoverId })
      .orderBy('p.at', 'ASC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
  }
  insert(em: EntityManager, row: Omit<CashHandover, 'id'>): Promise<number> {
    return insertRow(em, CashHandover, row);
  }
  /**
   * Puts these payments into a handover: one conditional update from "not handed over", so a payment is in
   * at most one handover however many are made at once. Answers how many it took.
   */
  async claim(em: EntityManager, handoverId: number, ids: readonly number[]): Promise<number> {
    const r = await em
      .createQueryBuilder()
      .update(Payment)
      .set({ handoverId })
      .where('id IN (:...ids)', { ids: [...ids] })
      .andWhere('handover_id IS NULL')
      .execute();
    return r.affected ?? 0;
  }
  /** A withdrawn handover's payments are free to be handed over again. */
  async release(em: EntityManager, handoverId: number): Promise<void> {
    await em
      .createQueryBuilder()
      .update(Payment)
      .set({ handoverId: null })
      .where('handover_id = :handoverId', { handoverId })
      .execute();
  }
  handover(id: number, em?: EntityManager): Promise<CashHandover | null> {
    return (em ?? this.ds.manager).getRepository(CashHandover).findOne({ where: { id } });
  }
  /** Moves a handover from one of `from` (one conditional update: two people at once, one wins). */
  async move(em: EntityManager | null, id: number, from: readonly string[], patch: Partial<CashHandover>): Promise<boolean> {
    const r = await (em ?? this.ds.manager)
      .createQueryBuilder()
      .update(CashHandover)
      .set(patch)
      .where('id = :id', { id })
      .andWhere('status IN (:...from)', { from })
      .execute();
    return (r.affected ?? 0) === 1;
  }
  page(q: {
    projectId: number;
    from?: string;
    to?: string;
    cashierId?: number;
    status?: string;
    cursor?: string;
    limit?: number;
  }) {
    const qb = this.ds
      .getRepository(CashHandover)
      .createQueryBuilder('h')
      .where('h.project_id = :projectId', { projectId: q.projectId });
    if (q.from) qb.andWhere('h.business_day >= :from', { from: q.from });
    if (q.to) qb.andWhere('h.business_day <= :to', { to: q.to });
    if (q.cashierId) qb.andWhere('h.cashier_staff_id = :cashierId', { cashierId: q.cashierId });
    if (q.status) qb.andWhere('h.status = :status', { status: q.status });
    return keysetPage(qb, 'h', q, 'DESC');
  }
  /** Who has handed over in a project (the queue's cashier filter). */
  async cashiers(projectId: number): Promise<{ id: number; name: string }[]> {
    const rows: { id: number; name: string }[] = await this.ds.query(
      'SELECT cashier_staff_id AS id, MAX(cashier_name) AS name FROM cash_handover WHERE project_id = ? GROUP BY cashier_staff_id ORDER BY cashier_staff_id',
      [projectId],
    );
    return rows.map((r) => ({ id: Number(r.id), name: String(r.name) }));
  }
}
