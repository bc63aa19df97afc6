import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { formatYuan, PAYMENT_METHOD_LABELS } from '@wy/shared';
import { newestFirst, RoomHistorySourceBase, type RoomHistoryBefore, type RoomHistoryRow } from '../org/room-history.js';
import { Bill, Payment } from './entities.js';

/** R-OWN-08 a household's fee payments (desk and WeChat Pay, refunds shown), for its one history (the room sheet). */
@Injectable()
export class PaymentRoomHistory extends RoomHistorySourceBase {
  readonly kind = 'payment' as const;

  async rows(roomId: number, before: RoomHistoryBefore | null, limit: number): Promise<RoomHistoryRow[]> {
    const qb = this.ds
      .getRepository(Payment)
      .createQueryBuilder('p')
      .innerJoin(Bill, 'b', 'b.id = p.bill_id')
      .where('b.room_id = :roomId', { roomId });
    const payments = await newestFirst(qb, 'p.at', 'p.id', before, limit);
    const bills = new Map(
      (payments.length ? await this.ds.getRepository(Bill).findBy({ id: In(payments.map((p) => p.billId)) }) : []).map((b) => [
        b.id,
        b,
      ]),
    );
    return payments.map((p) => ({
      kind: 'payment',
      id: p.id,
      at: p.at,
      title: `缴费 ${bills.get(p.billId)?.title ?? ''}`.trim(),
      detail: [
        `${PAYMENT_METHOD_LABELS[p.method as keyof typeof PAYMENT_METHOD_LABELS] ?? p.method} ${formatYuan(p.amountFen)}`,
        p.receiptNo && `收据 ${p.receiptNo}`,
      ]
        .filter(Boolean)
        .join(' · '),
      status: p.refundedFen <= 0 ? '已缴' : p.refundedFen >= p.amountFen ? '已退款' : `已退 ${formatYuan(p.refundedFen)}`,
      ref: null,
    }));
  }
}
