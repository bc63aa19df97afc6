import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { keysetPage } from '../../common/paging.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { BillAdjustment } from './entities.js';

/** Every query of bill adjustments (R-PAY-04). */
@Injectable()
export class AdjustmentsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }
  byId(id: number) {
    return this.ds.getRepository(BillAdjustment).findOne({ where: { id } });
  }
  /** A proposal; a second one waiting on the same bill breaks the unique pending_bill_id. */
  async insert(row: Omit<BillAdjustment, 'id'>): Promise<number> {
    return Number((await this.ds.getRepository(BillAdjustment).insert(row)).identifiers[0]!.id);
  }
  /** Approved adjustments of these bills, oldest first: what billOwed counts (through the caller's transaction when given). */
  approvedForBills(billIds: number[], em?: EntityManager): Promise<BillAdjustment[]> {
    if (!billIds.length) return Promise.resolve([]);
    return (em ?? this.ds.manager)
      .getRepository(BillAdjustment)
      .createQueryBuilder('a')
      .where('a.bill_id IN (:...billIds)', { billIds })
      .andWhere("a.status = 'approved'")
      .orderBy('a.id')
      .getMany();
  }
  /** Decides a waiting adjustment by one conditional update from 'pending': two deciders at once, one wins. */
  async decide(
    em: EntityManager,
    id: number,
    patch: Pick<BillAdjustment, 'status' | 'decidedById' | 'decidedByName' | 'decidedAt' | 'decisionNote'>,
  ): Promise<boolean> {
    const r = await em.getRepository(BillAdjustment).update({ id, status: 'pending' }, { ...patch, pendingBillId: null });
    return (r.affected ?? 0) === 1;
  }
  /** The adjustments waiting on these bills (at most one each: unique pending_bill_id): what 收银台 shows as 调整中. */
  pendingForBills(billIds: number[]): Promise<BillAdjustment[]> {
    if (!billIds.length) return Promise.resolve([]);
    return this.ds
      .getRepository(BillAdjustment)
      .createQueryBuilder('a')
      .where('a.pending_bill_id IN (:...billIds)', { billIds })
      .getMany();
  }
  page(q: { projectId: number; status?: string; billId?: number; roomId?: number; cursor?: string; limit?: number }) {
    const qb = this.ds
      .getRepository(BillAdjustment)
      .createQueryBuilder('a')
      .where('a.project_id = :projectId', { projectId: q.projectId });
    if (q.status) qb.andWhere('a.status = :status', { status: q.status });
    if (q.billId) qb.andWhere('a.bill_id = :billId', { billId: q.billId });
    if (q.roomId) qb.andWhere('a.bill_id IN (SELECT b.id FROM bill b WHERE b.room_id = :roomId)', { roomId: q.roomId });
    return keysetPage(qb, 'a', q, 'DESC');
  }
}
