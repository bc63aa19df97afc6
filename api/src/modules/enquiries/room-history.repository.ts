import { Injectable } from '@nestjs/common';
import { ENQUIRY_STATUS_LABELS, ENQUIRY_TYPE_LABELS, type EnquiryStatus, type EnquiryType } from '@wy/shared';
import { newestFirst, RoomHistorySourceBase, type RoomHistoryBefore, type RoomHistoryRow } from '../org/room-history.js';
import { Enquiry } from './entities.js';

/** R-OWN-08 a household's suggestions and inquiries, for its one history (the room sheet). */
@Injectable()
export class EnquiryRoomHistory extends RoomHistorySourceBase {
  readonly kind = 'enquiry' as const;

  async rows(roomId: number, before: RoomHistoryBefore | null, limit: number): Promise<RoomHistoryRow[]> {
    const qb = this.ds.getRepository(Enquiry).createQueryBuilder('e').where('e.room_id = :roomId', { roomId });
    return (await newestFirst(qb, 'e.received_at', 'e.id', before, limit)).map((e) => ({
      kind: 'enquiry',
      id: e.id,
      at: e.receivedAt,
      title: ENQUIRY_TYPE_LABELS[e.type as EnquiryType] ?? '建议/咨询',
      detail: e.content,
      status: ENQUIRY_STATUS_LABELS[e.status as EnquiryStatus] ?? e.status,
      ref: { type: 'enquiry', id: e.id },
    }));
  }
}
