import { Injectable } from '@nestjs/common';
import { ARREARS_ACTION_KIND_LABELS, formatYuan, type ArrearsActionKind } from '@wy/shared';
import { newestFirst, RoomHistorySourceBase, type RoomHistoryBefore, type RoomHistoryRow } from '../org/room-history.js';
import { ArrearsAction } from './entities.js';

/** R-OWN-08 / R-ARR-* a household's collection actions, for its one history (the room sheet's 360° view). */
@Injectable()
export class ArrearsRoomHistory extends RoomHistorySourceBase {
  readonly kind = 'arrears' as const;

  async rows(roomId: number, before: RoomHistoryBefore | null, limit: number): Promise<RoomHistoryRow[]> {
    const qb = this.ds.getRepository(ArrearsAction).createQueryBuilder('a').where('a.room_id = :roomId', { roomId });
    const actions = await newestFirst(qb, 'a.created_at', 'a.id', before, limit);
    return actions.map((a) => ({
      kind: 'arrears',
      id: a.id,
      at: a.createdAt,
      title: `催缴 ${ARREARS_ACTION_KIND_LABELS[a.kind as ArrearsActionKind] ?? a.kind}`,
      detail:
        [
          `${a.doneOn} ${a.byName}`,
          a.note,
          a.signed ? '客户已签收' : null,
          a.trackingNo && `快递单号 ${a.trackingNo}`,
          a.promisedOn && `承诺 ${a.promisedOn} 缴费`,
        ]
          .filter(Boolean)
          .join(' · ') || null,
      status: `欠 ${formatYuan(Number(a.owedFen))} · ${a.ageMonths} 个月`,
      ref: null,
    }));
  }
}
