import { Inject, Injectable } from '@nestjs/common';
import { PAYMENT_METHODS } from '@wy/shared';
import { FinanceFiguresRepository } from './finance-figures.repository.js';

/**
 * What billing tells the 财务 home (payments reads it through this exported service): a day's takings per
 * method, the cash handovers waiting for finance (R-FEE-06), and which online payments never became a
 * bill's payment (R-PAY-02: a bill paid at the desk meanwhile is not paid twice; the money waits for a refund).
 */
@Injectable()
export class FinanceFigures {
  constructor(@Inject(FinanceFiguresRepository) private readonly repo: FinanceFiguresRepository) {}

  /** Every payment method in the declared order, with zeros where nothing came in. */
  async takings(projectId: number, from: Date, to: Date): Promise<{ method: string; count: number; fen: number }[]> {
    const rows = await this.repo.takings(projectId, from, to);
    return PAYMENT_METHODS.map((method) => rows.find((r) => r.method === method) ?? { method, count: 0, fen: 0 });
  }

  handoversSubmitted(projectId: number): Promise<{ count: number; cashFen: number; totalFen: number }> {
    return this.repo.handoversSubmitted(projectId);
  }

  /**
   * Of these paid online orders' bill lines, the orders with a line that is not that order's credit: its bill
   * has no payment, or one taken another way or by another transaction (creditOnline stores the transaction_id).
   */
  async uncredited(orders: { transactionId: string; billIds: number[] }[]): Promise<Set<string>> {
    const pays = new Map(
      (await this.repo.paymentsOfBills([...new Set(orders.flatMap((o) => o.billIds))])).map((p) => [p.billId, p]),
    );
    const out = new Set<string>();
    for (const o of orders)
      if (
        o.billIds.some((id) => {
          const p = pays.get(id);
          return !p || p.method !== 'wechat_pay' || p.transactionId !== o.transactionId;
        })
      )
        out.add(o.transactionId);
    return out;
  }
}
