import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { In, LessThan } from 'typeorm';
import { keysetPage } from '../../common/paging.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { PayNotice, PayOrder, ReconDay, ReconDiff, Refund } from './entities.js';

/** Every query of payment orders and notices. */
@Injectable()
export class PaymentsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }
  order(id: number) {
    return this.ds.getRepository(PayOrder).findOne({ where: { id } });
  }
  orderByNo(outTradeNo: string) {
    return this.ds.getRepository(PayOrder).findOne({ where: { outTradeNo } });
  }
  /** The person's open orders (to give a double click the same order). */
  openOrders(personId: number) {
    return this.ds.getRepository(PayOrder).find({ where: { personId, status: 'created' }, order: { id: 'DESC' }, take: 20 });
  }
  /** A project's orders still payable at `now` (created, not expired), through the caller's transaction. */
  payableOrders(em: EntityManager, projectId: number, now: Date) {
    return em
      .getRepository(PayOrder)
      .createQueryBuilder('o')
      .where("o.project_id = :projectId AND o.status = 'created' AND o.expires_at > :now", { projectId, now })
      .getMany();
  }
  async insertOrder(row: Omit<PayOrder, 'id'>): Promise<number> {
    return Number((await this.ds.getRepository(PayOrder).insert(row)).identifiers[0]!.id);
  }
  async setProvider(id: number, patch: Pick<PayOrder, 'prepayId' | 'h5Url'>): Promise<void> {
    await this.ds.getRepository(PayOrder).update({ id }, patch);
  }
  /**
   * R-PAY-02 the one write that makes an order paid: from created (or closed here while the payer was
   * paying) to paid, conditional — of any number of notifies and queries at once, one changes the row.
   */
  async markPaid(em: EntityManager, id: number, transactionId: string, at: Date, by: 'notify' | 'query'): Promise<boolean> {
    const r = await em
      .getRepository(PayOrder)
      .update({ id, status: In(['created', 'closed']) }, { status: 'paid', transactionId, paidAt: at, paidBy: by });
    return (r.affected ?? 0) === 1;
  }
  async markClosed(id: number, at: Date): Promise<boolean> {
    const r = await this.ds.getRepository(PayOrder).update({ id, status: 'created' }, { status: 'closed', closedAt: at });
    return (r.affected ?? 0) === 1;
  }
  expired(now: Date, limit = 100) {
    return this.ds
      .getRepository(PayOrder)
      .find({ where: { status: 'created', expiresAt: LessThan(now) }, order: { id: 'ASC' }, take: limit });
  }
  async notice(row: Omit<PayNotice, 'id'>, em?: EntityManager): Promise<void> {
    await (em ?? this.ds.manager).getRepository(PayNotice).insert(row);
  }

  /** The paid order that credited a bill (its lines are JSON: `{"billId":N,…}`). */
  async paidOrderForBill(billId: number): Promise<PayOrder | null> {
    const rows = await this.ds
      .getRepository(PayOrder)
      .createQueryBuilder('o')
      .where("o.status = 'paid'")
      .andWhere('o.bills LIKE :pat', { pat: `%"billId":${Math.trunc(billId)},%` })
      .orderBy('o.id', 'ASC')
      .getMany();
    return rows[0] ?? null;
  }

  refund(id: number) {
    return this.ds.getRepository(Refund).findOne({ where: { id } });
  }
  refundByPayment(paymentId: number) {
    return this.ds.getRepository(Refund).findOne({ where: { paymentId } });
  }
  refundByOutNo(outRefundNo: string) {
    return this.ds.getRepository(Refund).findOne({ where: { outRefundNo } });
  }
  /** A new request; throws a unique violation when the payment already has one (see isUniqueViolation). */
  async insertRefund(row: Omit<Refund, 'id'>, em?: EntityManager): Promise<number> {
    return Number((await (em ?? this.ds.manager).getRepository(Refund).insert(row)).identifiers[0]!.id);
  }
  /** The refunds' status, last error and decision note (another module shows how its refund stands). */
  refundsByIds(ids: number[]) {
    if (!ids.length) return Promise.resolve([]);
    return this.ds.getRepository(Refund).find({ where: { id: In(ids) } });
  }
  /** Moves a refund from one status to the next, only if it is still in `from`: of two at once, one wins. */
  async moveRefund(id: number, from: string[], patch: Partial<Refund>, em?: EntityManager): Promise<boolean> {
    const r = await (em ?? this.ds.manager).getRepository(Refund).update({ id, status: In(from) }, patch);
    return (r.affected ?? 0) === 1;
  }
  async patchRefund(id: number, patch: Partial<Refund>, em?: EntityManager): Promise<void> {
    await (em ?? this.ds.manager).getRepository(Refund).update({ id }, patch);
  }
  processingRefunds(limit = 50) {
    return this.ds.getRepository(Refund).find({ where: { status: 'processing' }, order: { id: 'ASC' }, take: limit });
  }
  refundPage(q: { projectId: number; status?: string; cursor?: string; limit?: number }) {
    const qb = this.ds
      .getRepository(Refund)
      .createQueryBuilder('r')
      .where('r.project_id = :projectId', { projectId: q.projectId });
    if (q.status) qb.andWhere('r.status = :status', { status: q.status });
    return keysetPage(qb, 'r', q, 'DESC');
  }

  /** R-PAY-03 our orders paid in [from, to). */
  paidOrdersBetween(from: Date, to: Date) {
    return this.ds
      .getRepository(PayOrder)
      .createQueryBuilder('o')
      .where("o.status = 'paid'")
      .andWhere('o.paid_at >= :from AND o.paid_at < :to', { from, to })
      .getMany();
  }
  ordersByNos(nos: string[]) {
    if (!nos.length) return Promise.resolve([] as PayOrder[]);
    return this.ds.getRepository(PayOrder).find({ where: { outTradeNo: In(nos) } });
  }
  reconDay(billDate: string) {
    return this.ds.getRepository(ReconDay).findOne({ where: { billDate } });
  }
  async saveReconDay(em: EntityManager, row: Omit<ReconDay, 'id' | 'runs'>): Promise<void> {
    const repo = em.getRepository(ReconDay);
    const cur = await repo.findOne({ where: { billDate: row.billDate } });
    if (cur) await repo.update({ id: cur.id }, { ...row, runs: cur.runs + 1 });
    else await repo.insert({ ...row, runs: 1 });
  }
  reconDays(q: { cursor?: string; limit?: number }) {
    return keysetPage(this.ds.getRepository(ReconDay).createQueryBuilder('d'), 'd', q, 'DESC');
  }
  diffsOf(em: EntityManager, billDate: string) {
    return em.getRepository(ReconDiff).find({ where: { billDate } });
  }
  /**
   * Open differences of this kind on any day of these orders (missing_there) or refunds (refund_unlisted):
   * listed later by WeChat Pay, they are no longer differences.
   */
  openDiffsOf(em: EntityManager, kind: 'missing_there' | 'refund_unlisted', nos: string[]) {
    if (!nos.length) return Promise.resolve([] as ReconDiff[]);
    const where = kind === 'missing_there' ? { outTradeNo: In(nos) } : { outRefundNo: In(nos) };
    return em.getRepository(ReconDiff).find({ where: { ...where, kind, status: 'open' } });
  }
  /** R-PAY-04 our WeChat Pay refunds that WeChat Pay accepted in [from, to). */
  refundsAcceptedBetween(from: Date, to: Date) {
    return this.ds
      .getRepository(Refund)
      .createQueryBuilder('r')
      .where("r.method = 'wechat_pay'")
      .andWhere('r.accepted_at >= :from AND r.accepted_at < :to', { from, to })
      .getMany();
  }
  refundsByOutNos(nos: string[]) {
    if (!nos.length) return Promise.resolve([] as Refund[]);
    return this.ds.getRepository(Refund).find({ where: { outRefundNo: In(nos) } });
  }
  /** The moment WeChat Pay accepted a refund, written once (the answer, the notify or a query, whichever first). */
  async markRefundAccepted(id: number, at: Date): Promise<void> {
    await this.ds
      .createQueryBuilder()
      .update(Refund)
      .set({ acceptedAt: at })
      .where('id = :id AND accepted_at IS NULL', { id })
      .execute();
  }
  async insertDiff(em: EntityManager, row: Omit<ReconDiff, 'id'>): Promise<void> {
    await em.getRepository(ReconDiff).insert(row);
  }
  async updateDiff(em: EntityManager, id: number, patch: Partial<ReconDiff>): Promise<void> {
    await em.getRepository(ReconDiff).update({ id }, patch);
  }
  reconDiff(id: number) {
    return this.ds.getRepository(ReconDiff).findOne({ where: { id } });
  }
  /** Resolves an open difference (of two at once, one wins). */
  async resolveDiff(id: number, patch: Pick<ReconDiff, 'resolvedAt' | 'resolvedByName' | 'resolution'>): Promise<boolean> {
    const r = await this.ds.getRepository(ReconDiff).update({ id, status: 'open' }, { ...patch, status: 'resolved' });
    return (r.affected ?? 0) === 1;
  }
  /** Differences, newest first; a project-scoped clerk sees those of the projects and those no project owns. */
  diffPage(q: { billDate?: string; status?: string; cursor?: string; limit?: number }, scope: 'all' | number[]) {
    const qb = this.ds.getRepository(ReconDiff).createQueryBuilder('x').where('1 = 1');
    if (q.billDate) qb.andWhere('x.bill_date = :billDate', { billDate: q.billDate });
    if (q.status) qb.andWhere('x.status = :status', { status: q.status });
    if (scope !== 'all')
      qb.andWhere(scope.length ? '(x.project_id IS NULL OR x.project_id IN (:...scope))' : 'x.project_id IS NULL', { scope });
    return keysetPage(qb, 'x', q, 'DESC');
  }

  /* ---------------------------------------------------------------- the 财务 home's reads */
  /** Unpaid orders of a project past their expiry that the close job has not closed yet: how many, how much. */
  async openPastExpiry(projectId: number, now: Date): Promise<{ count: number; fen: number }> {
    const r: { n: unknown; fen: unknown } | undefined = await this.ds
      .getRepository(PayOrder)
      .createQueryBuilder('o')
      .select('COUNT(*)', 'n')
      .addSelect('COALESCE(SUM(o.total_fen), 0)', 'fen')
      .where("o.project_id = :projectId AND o.status = 'created' AND o.expires_at < :now", { projectId, now })
      .getRawOne();
    return { count: Number(r?.n ?? 0), fen: Number(r?.fen ?? 0) };
  }
  /** A project's orders paid since a moment (newest first, at most `limit`). */
  paidOrdersSince(projectId: number, since: Date, limit: number) {
    return this.ds
      .getRepository(PayOrder)
      .createQueryBuilder('o')
      .where("o.project_id = :projectId AND o.status = 'paid' AND o.paid_at >= :since", { projectId, since })
      .orderBy('o.id', 'DESC')
      .take(limit)
      .getMany();
  }
  /** R-PAY-03 open differences a project's finance sees (its own and those no project owns): all days, and of one day. */
  async openDiffCounts(projectId: number, billDate: string): Promise<{ all: number; ofDay: number }> {
    const r: { n: unknown; day: unknown } | undefined = await this.ds
      .getRepository(ReconDiff)
      .createQueryBuilder('x')
      .select('COUNT(*)', 'n')
      .addSelect('COALESCE(SUM(CASE WHEN x.bill_date = :billDate THEN 1 ELSE 0 END), 0)', 'day')
      .where("x.status = 'open' AND (x.project_id = :projectId OR x.project_id IS NULL)", { projectId, billDate })
      .getRawOne();
    return { all: Number(r?.n ?? 0), ofDay: Number(r?.day ?? 0) };
  }
  /** R-PAY-04 a project's refunds waiting for a decision: how many, how much. */
  async refundsRequested(projectId: number): Promise<{ count: number; fen: number }> {
    const r: { n: unknown; fen: unknown } | undefined = await this.ds
      .getRepository(Refund)
      .createQueryBuilder('r')
      .select('COUNT(*)', 'n')
      .addSelect('COALESCE(SUM(r.amount_fen), 0)', 'fen')
      .where("r.project_id = :projectId AND r.status = 'requested'", { projectId })
      .getRawOne();
    return { count: Number(r?.n ?? 0), fen: Number(r?.fen ?? 0) };
  }
}
