import { Inject, Injectable } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { DATA_SOURCE } from '../../infra/tokens.js';

/** The 财务 home's reads of payments and handovers: sums made by the database, one SQL each. */
@Injectable()
export class FinanceFiguresRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  /** Payments of a project taken in [from, to), per method: how many and how much (fen). */
  async takings(projectId: number, from: Date, to: Date): Promise<{ method: string; count: number; fen: number }[]> {
    const rows: { method: string; n: unknown; fen: unknown }[] = await this.ds
      .createQueryBuilder()
      .select('p.method', 'method')
      .addSelect('COUNT(*)', 'n')
      .addSelect('COALESCE(SUM(p.amount_fen), 0)', 'fen')
      .from('payment', 'p')
      .where('p.project_id = :projectId AND p.at >= :from AND p.at < :to', { projectId, from, to })
      .groupBy('p.method')
      .getRawMany();
    return rows.map((r) => ({ method: String(r.method), count: Number(r.n), fen: Number(r.fen) }));
  }

  /** R-FEE-06 a project's 交款单 waiting for finance: how many, and the cash and total they hand over. */
  async handoversSubmitted(projectId: number): Promise<{ count: number; cashFen: number; totalFen: number }> {
    const r: { n: unknown; cash: unknown; total: unknown } | undefined = await this.ds
      .createQueryBuilder()
      .select('COUNT(*)', 'n')
      .addSelect('COALESCE(SUM(h.cash_fen), 0)', 'cash')
      .addSelect('COALESCE(SUM(h.total_fen), 0)', 'total')
      .from('cash_handover', 'h')
      .where("h.project_id = :projectId AND h.status = 'submitted'", { projectId })
      .getRawOne();
    return { count: Number(r?.n ?? 0), cashFen: Number(r?.cash ?? 0), totalFen: Number(r?.total ?? 0) };
  }

  /** The payment rows of these bills (at most one each): by which method and which WeChat Pay transaction. */
  async paymentsOfBills(billIds: number[]): Promise<{ billId: number; method: string; transactionId: string | null }[]> {
    if (!billIds.length) return [];
    const rows: { billId: unknown; method: string; transactionId: string | null }[] = await this.ds
      .createQueryBuilder()
      .select('p.bill_id', 'billId')
      .addSelect('p.method', 'method')
      .addSelect('p.transaction_id', 'transactionId')
      .from('payment', 'p')
      .where('p.bill_id IN (:...billIds)', { billIds })
      .getRawMany();
    return rows.map((r) => ({ billId: Number(r.billId), method: r.method, transactionId: r.transactionId }));
  }
}
