import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { BINDING_STATUS_LABELS, OCCUPANT_KIND_LABELS, type BindingStatus, type OccupantKind } from '@wy/shared';
import { newestFirst, RoomHistorySourceBase, type RoomHistoryBefore, type RoomHistoryRow } from '../org/room-history.js';
import { Person, RoomBinding } from './entities.js';

/** R-OWN-08 who came to live in a household and who left (its bindings), for its one history (the room sheet). */
@Injectable()
export class BindingRoomHistory extends RoomHistorySourceBase {
  readonly kind = 'binding' as const;

  async rows(roomId: number, before: RoomHistoryBefore | null, limit: number): Promise<RoomHistoryRow[]> {
    const qb = this.ds.getRepository(RoomBinding).createQueryBuilder('b').where('b.room_id = :roomId', { roomId });
    const bindings = await newestFirst(qb, 'b.created_at', 'b.id', before, limit);
    const ids = [...new Set(bindings.map((b) => b.personId))];
    const names = new Map(
      (ids.length ? await this.ds.getRepository(Person).findBy({ id: In(ids) }) : []).map((p) => [p.id, p.name]),
    );
    return bindings.map((b) => ({
      kind: 'binding',
      id: b.id,
      at: b.createdAt,
      title: `${names.get(b.personId) ?? ''} 绑定为${OCCUPANT_KIND_LABELS[b.kind as OccupantKind] ?? b.kind}`.trim(),
      detail:
        [b.requestedBy === 'owner' ? '本人在小程序申请' : null, b.note, b.rejectReason && `驳回：${b.rejectReason}`]
          .filter(Boolean)
          .join('；') || null,
      status: BINDING_STATUS_LABELS[b.status as BindingStatus] ?? b.status,
      ref: null,
    }));
  }
}
