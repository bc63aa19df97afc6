import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { keysetPage } from '../../common/paging.js';
import { openDailyCounter, transactionTakingCode } from '../../common/daily-code.js';
import { hydrate, insertRow, partColumns, readTogether, selectRows, type ReadPart } from '../../database/rows.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { Bill, BillAdjustment, Payment } from './entities.js';

/** Every query of bills and payments. */
@Injectable()
export class BillingRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }
  /** Opens a code prefix's day counter before a transaction that takes a code (see daily-code.ts). */
  openDailyCounter(prefix: string): Promise<void> {
    return openDailyCounter(this.ds, prefix);
  }
  /** A transaction that takes a code of the day (`nextDailyCode`): the counter is opened before it (see daily-code.ts). */
  transactionTakingCode<T>(prefix: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return transactionTakingCode(this.ds, prefix, fn);
  }
  bill(id: number, em?: EntityManager) {
    return (em ?? this.ds.manager).getRepository(Bill).findOne({ where: { id } });
  }
  /** The project's code and zone (org's table, read-only) through a transaction's connection. */
  async projectCodeZone(em: EntityManager, projectId: number): Promise<{ code: string; timezone: string }> {
    const [r] = await em.query('SELECT code, timezone FROM project WHERE id = ?', [projectId]);
    return { code: String(r.code), timezone: String(r.timezone || 'Asia/Shanghai') };
  }
  billsByIds(ids: number[]) {
    if (!ids.length) return Promise.resolve([] as Bill[]);
    return this.ds.getRepository(Bill).createQueryBuilder('b').where('b.id IN (:...ids)', { ids }).orderBy('b.id').getMany();
  }
  /** Plain SQL (rows.ts), like the next two: a repair's finish and every paid repair's detail read its bill. */
  async billForSource(sourceType: string, sourceId: number, em?: EntityManager): Promise<Bill | null> {
    const [b] = await selectRows(em ?? this.ds.manager, Bill, 'source_type = ? AND source_id = ? LIMIT 1', [
      sourceType,
      sourceId,
    ]);
    return b ?? null;
  }
  /**
   * The bills of another module's records with their adjustments (the approved ones and any still waiting)
   * as two parts of one statement (`readTogether`): every paid repair's detail reads its bill, which took
   * three, and reads these two with its timeline and clocks.
   */
  billsForSourcesParts(sourceType: string, ids: number[]): [ReadPart<Bill[]>, ReadPart<BillAdjustment[]>] {
    const em = this.ds.manager;
    const marks = ids.map(() => '?').join(', ');
    return [
      {
        columns: partColumns(em, Bill, 'b', 'b_'),
        from: `FROM bill b WHERE b.source_type = ? AND b.source_id IN (${marks})`,
        params: [sourceType, ...ids],
        order: 'b.id',
        read: (rows) => rows.map((r) => hydrate(em, Bill, r, 'b_')),
      },
      {
        columns: partColumns(em, BillAdjustment, 'a', 'a_'),
        // a waiting adjustment's pending_bill_id is its bill_id (null once decided)
        from: `FROM bill_adjustment a WHERE a.bill_id IN (SELECT s.id FROM bill s WHERE s.source_type = ? AND s.source_id IN (${marks})) AND (a.status = 'approved' OR a.pending_bill_id IS NOT NULL)`,
        params: [sourceType, ...ids],
        order: 'a.id',
        read: (rows) => rows.map((r) => hydrate(em, BillAdjustment, r, 'a_')),
      },
    ];
  }
  /** Parts read alone, in one statement. */
  readParts<T extends unknown[]>(...parts: { [K in keyof T]: ReadPart<T[K]> }): Promise<T> {
    return readTogether<T>(this.ds.manager, ...parts);
  }
  async insertBill(em: EntityManager, row: Omit<Bill, 'id'>): Promise<number> {
    return insertRow(em, Bill, row);
  }
  /** Changes an unpaid bill only: a paid bill is never edited (R-PAY-04). */
  async updateUnpaid(em: EntityManager, b: Bill, patch: Partial<Bill>): Promise<boolean> {
    const r = await em
      .getRepository(Bill)
      .update({ id: b.id, status: 'unpaid', version: b.version }, { ...patch, version: b.version + 1 });
    return (r.affected ?? 0) === 1;
  }
  page(q: { projectId: number; status?: string; roomId?: number; period?: string; cursor?: string; limit?: number }) {
    const qb = this.ds.getRepository(Bill).createQueryBuilder('b').where('b.project_id = :projectId', { projectId: q.projectId });
    if (q.status) qb.andWhere('b.status = :status', { status: q.status });
    if (q.roomId) qb.andWhere('b.room_id = :roomId', { roomId: q.roomId });
    if (q.period) qb.andWhere('b.period = :period', { period: q.period });
    return keysetPage(qb, 'b', q, 'DESC');
  }
  /** A room's unpaid bills (what the complaint desk's payment check counts through owed()). */
  unpaidBillsOfRoom(roomId: number): Promise<Bill[]> {
    return this.ds.getRepository(Bill).find({ where: { roomId, status: 'unpaid' } });
  }
  /** R-ARR-* a project's unpaid bills that fell due before `today` (local date), of these rooms when given. */
  overdueUnpaid(projectId: number, today: string, roomIds?: readonly number[]): Promise<Bill[]> {
    if (roomIds && !roomIds.length) return Promise.resolve([]);
    const qb = this.ds
      .getRepository(Bill)
      .createQueryBuilder('b')
      .where("b.project_id = :projectId AND b.status = 'unpaid' AND b.due_on IS NOT NULL AND b.due_on < :today", {
        projectId,
        today,
      });
    if (roomIds) qb.andWhere('b.room_id IN (:...roomIds)', { roomIds: [...roomIds] });
    return qb.orderBy('b.room_id').addOrderBy('b.due_on').addOrderBy('b.id').getMany();
  }
  /** Bills of the rooms a person is bound to (approved), newest first. */
  billsForPerson(personId: number, status?: string) {
    const qb = this.ds
      .getRepository(Bill)
      .createQueryBuilder('b')
      .where("b.room_id IN (SELECT x.room_id FROM room_binding x WHERE x.person_id = :personId AND x.status = 'approved')", {
        personId,
      })
      .andWhere("b.status <> 'void'");
    if (status) qb.andWhere('b.status = :status', { status });
    return qb.orderBy('b.id', 'DESC').take(200).getMany();
  }
  /** These bills when they are of rooms the person is bound to (approved), not void (invoice requests read them through PaidBills). */
  billsOfPersonByIds(personId: number, ids: readonly number[]) {
    if (!ids.length) return Promise.resolve([] as Bill[]);
    return this.ds
      .getRepository(Bill)
      .createQueryBuilder('b')
      .where('b.id IN (:...ids)', { ids: [...ids] })
      .andWhere("b.room_id IN (SELECT x.room_id FROM room_binding x WHERE x.person_id = :personId AND x.status = 'approved')", {
        personId,
      })
      .andWhere("b.status <> 'void'")
      .orderBy('b.id', 'DESC')
      .getMany();
  }
  paymentsForBills(ids: number[]) {
    if (!ids.length) return Promise.resolve([] as Payment[]);
    return selectRows(this.ds.manager, Payment, `bill_id IN (${ids.map(() => '?').join(', ')})`, ids);
  }
  /** A project's payments in [from, to) and of a method, newest first, with the total and count of them all. */
  async paymentPage(q: {
    projectId: number;
    from?: Date;
    to?: Date;
    method?: string;
    refund?: 'none' | 'partial' | 'full' | 'any';
    cursor?: string;
    limit?: number;
  }) {
    const filtered = () => {
      const qb = this.ds
        .getRepository(Payment)
        .createQueryBuilder('p')
        .where('p.project_id = :projectId', { projectId: q.projectId });
      if (q.from) qb.andWhere('p.at >= :from', { from: q.from });
      if (q.to) qb.andWhere('p.at < :to', { to: q.to });
      if (q.method) qb.andWhere('p.method = :method', { method: q.method });
      if (q.refund === 'none') qb.andWhere('p.refunded_fen = 0');
      else if (q.refund === 'any') qb.andWhere('p.refunded_fen > 0');
      else if (q.refund === 'partial') qb.andWhere('p.refunded_fen > 0 AND p.refunded_fen < p.amount_fen');
      else if (q.refund === 'full') qb.andWhere('p.refunded_fen > 0 AND p.refunded_fen >= p.amount_fen');
      return qb;
    };
    const [page, sum] = await Promise.all([
      keysetPage(filtered(), 'p', q, 'DESC'),
      filtered()
        .select('COALESCE(SUM(p.amount_fen), 0)', 'total')
        .addSelect('COALESCE(SUM(p.refunded_fen), 0)', 'refunded')
        .addSelect('COUNT(*)', 'n')
        .getRawOne<{ total: string; refunded: string; n: string }>(),
    ]);
    return {
      ...page,
      totalFen: Number(sum?.total ?? 0),
      refundedFen: Number(sum?.refunded ?? 0),
      count: Number(sum?.n ?? 0),
    };
  }
  /** R-PAY-04 a finished refund booked beside its payment (one conditional add, inside the refund's transaction). */
  async addRefunded(em: EntityManager, paymentId: number, fen: number, at: Date): Promise<void> {
    await em
      .createQueryBuilder()
      .update(Payment)
      .set({ refundedFen: () => 'refunded_fen + :fen', refundedAt: at })
      .setParameter('fen', fen)
      .where('id = :id', { id: paymentId })
      .execute();
  }
  payment(id: number) {
    return this.ds.getRepository(Payment).findOne({ where: { id } });
  }
  /** A bill's payment (one per bill), read in the caller's transaction when given. */
  paymentOfBill(billId: number, em?: EntityManager) {
    return (em ?? this.ds.manager).getRepository(Payment).findOne({ where: { billId } });
  }
  async insertPayment(em: EntityManager, row: Omit<Payment, 'id' | 'handoverId'>): Promise<number> {
    return Number((await em.getRepository(Payment).insert(row)).identifiers[0]!.id);
  }
}
