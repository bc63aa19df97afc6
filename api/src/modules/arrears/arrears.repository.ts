import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { isUniqueViolation } from '../../database/errors.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { ArrearsAction, ArrearsLargeCustomer } from './entities.js';

/** Every query of the arrears module's own tables (bills are read through billing's service). */
@Injectable()
export class ArrearsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  /** The actions of these rooms recorded on or after `since` (a local date), oldest first. */
  actionsSince(roomIds: readonly number[], since: string): Promise<ArrearsAction[]> {
    if (!roomIds.length) return Promise.resolve([]);
    return this.ds
      .getRepository(ArrearsAction)
      .createQueryBuilder('a')
      .where('a.room_id IN (:...roomIds) AND a.done_on >= :since', { roomIds: [...roomIds], since })
      .orderBy('a.done_on')
      .addOrderBy('a.id')
      .getMany();
  }

  /** A room's latest actions, newest first. */
  latestOfRoom(roomId: number, limit: number): Promise<ArrearsAction[]> {
    return this.ds.getRepository(ArrearsAction).find({ where: { roomId }, order: { doneOn: 'DESC', id: 'DESC' }, take: limit });
  }

  /** Whether the room has an action of one of these kinds on or after `since`. */
  async hasKindSince(roomId: number, kinds: readonly string[], since: string): Promise<boolean> {
    const n = await this.ds
      .getRepository(ArrearsAction)
      .createQueryBuilder('a')
      .where('a.room_id = :roomId AND a.kind IN (:...kinds) AND a.done_on >= :since', { roomId, kinds: [...kinds], since })
      .getCount();
    return n > 0;
  }

  /**
   * Records an action; a document of the month (its `onceKey` taken) is not recorded twice: null when it
   * already was (the unique key decides, so two at once record one).
   */
  async insertAction(row: Omit<ArrearsAction, 'id'>, em?: EntityManager): Promise<number | null> {
    try {
      const r = await (em ?? this.ds.manager).getRepository(ArrearsAction).insert(row);
      return Number(r.identifiers[0]!.id);
    } catch (e) {
      if (row.onceKey && isUniqueViolation(e)) return null;
      throw e;
    }
  }
  action(id: number) {
    return this.ds.getRepository(ArrearsAction).findOne({ where: { id } });
  }
  actionByOnceKey(onceKey: string) {
    return this.ds.getRepository(ArrearsAction).findOne({ where: { onceKey } });
  }

  // ---- R-ARR-04 large customers ----
  async largeRooms(projectId: number): Promise<Set<number>> {
    const rows = await this.ds.getRepository(ArrearsLargeCustomer).find({ where: { projectId } });
    return new Set(rows.map((r) => r.roomId));
  }
  async setLarge(projectId: number, roomId: number, large: boolean, byStaffId: number, at: Date): Promise<void> {
    const repo = this.ds.getRepository(ArrearsLargeCustomer);
    if (!large) {
      await repo.delete({ roomId });
      return;
    }
    try {
      await repo.insert({ projectId, roomId, byStaffId, createdAt: at });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e; // flagged already (or by another at once): stays flagged
    }
  }
}
