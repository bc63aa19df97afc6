import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { REPAIR_STATUS_LABELS, REQUEST_TYPE_LABELS, type RepairStatus, type RequestType } from '@wy/shared';
import { newestFirst, RoomHistorySourceBase, type RoomHistoryBefore, type RoomHistoryRow } from '../org/room-history.js';
import { RepairCategory, ServiceRequest } from './entities.js';

/** R-OWN-08 a household's service requests, for its one history (the room sheet). */
@Injectable()
export class RequestRoomHistory extends RoomHistorySourceBase {
  readonly kind = 'request' as const;

  async rows(roomId: number, before: RoomHistoryBefore | null, limit: number): Promise<RoomHistoryRow[]> {
    const qb = this.ds.getRepository(ServiceRequest).createQueryBuilder('r').where('r.room_id = :roomId', { roomId });
    const rows = await newestFirst(qb, 'r.received_at', 'r.id', before, limit);
    const ids = [...new Set(rows.map((r) => r.categoryId))];
    const names = new Map(
      (ids.length ? await this.ds.getRepository(RepairCategory).findBy({ id: In(ids) }) : []).map((c) => [c.id, c.name]),
    );
    return rows.map((r) => ({
      kind: 'request',
      id: r.id,
      at: r.receivedAt,
      title: [REQUEST_TYPE_LABELS[r.type as RequestType] ?? '报修', r.code, names.get(r.categoryId)].filter(Boolean).join(' '),
      detail: r.description,
      status: REPAIR_STATUS_LABELS[r.status as RepairStatus] ?? r.status,
      ref: { type: 'request', id: r.id },
    }));
  }
}
