import { Injectable } from '@nestjs/common';
import { COMPLAINT_STATUS_LABELS, type ComplaintStatus } from '@wy/shared';
import { newestFirst, RoomHistorySourceBase, type RoomHistoryBefore, type RoomHistoryRow } from '../org/room-history.js';
import { Complaint } from './entities.js';

/** R-OWN-08 a household's complaints, for its one history (the room sheet). */
@Injectable()
export class ComplaintRoomHistory extends RoomHistorySourceBase {
  readonly kind = 'complaint' as const;

  async rows(roomId: number, before: RoomHistoryBefore | null, limit: number): Promise<RoomHistoryRow[]> {
    const qb = this.ds.getRepository(Complaint).createQueryBuilder('c').where('c.room_id = :roomId', { roomId });
    return (await newestFirst(qb, 'c.received_at', 'c.id', before, limit)).map((c) => ({
      kind: 'complaint',
      id: c.id,
      at: c.receivedAt,
      title: c.code ? `投诉 ${c.code}` : '投诉',
      detail: c.problem,
      status: COMPLAINT_STATUS_LABELS[c.status as ComplaintStatus] ?? c.status,
      ref: { type: 'complaint', id: c.id },
    }));
  }
}
