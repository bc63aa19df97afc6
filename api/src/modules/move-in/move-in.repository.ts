import { Inject, Injectable } from '@nestjs/common';
import { type DataSource, type EntityManager } from 'typeorm';
import { keysetPage, listPage } from '../../common/paging.js';
import { WorkflowRows } from '../../database/workflow-rows.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { MoveIn, MoveInBatch, MoveInDefect, MoveInEvent } from './entities.js';

/** Every query of move-ins: batches, the rooms' move-ins, their defects and timeline, the month's figure. */
@Injectable()
export class MoveInRepository extends WorkflowRows<MoveIn, MoveInEvent> {
  constructor(@Inject(DATA_SOURCE) ds: DataSource) {
    super(ds, { entity: MoveIn, event: MoveInEvent, eventKey: 'moveInId' });
  }

  // ---- batches ----
  async insertBatch(em: EntityManager, row: Omit<MoveInBatch, 'id'>): Promise<number> {
    const r = await em.getRepository(MoveInBatch).insert(row);
    return Number(r.identifiers[0]!.id);
  }
  batch(id: number, em?: EntityManager) {
    return this.m(em).getRepository(MoveInBatch).findOne({ where: { id } });
  }
  batchesByIds(ids: number[]) {
    if (!ids.length) return Promise.resolve([] as MoveInBatch[]);
    return this.ds.getRepository(MoveInBatch).createQueryBuilder('b').where('b.id IN (:...ids)', { ids: [...new Set(ids)] }).getMany();
  }
  async updateBatch(em: EntityManager, id: number, patch: Partial<MoveInBatch>): Promise<void> {
    await em.getRepository(MoveInBatch).update({ id }, patch);
  }
  batchPage(q: { projectId: number; cursor?: string; limit?: number }) {
    const qb = this.ds.getRepository(MoveInBatch).createQueryBuilder('b').where('b.projectId = :pr', { pr: q.projectId });
    return keysetPage(qb, 'b', q, 'DESC');
  }
  /** Each batch's rooms and how many have moved in. */
  async batchCounts(ids: number[]): Promise<Map<number, { rooms: number; done: number }>> {
    if (!ids.length) return new Map();
    const rows: { batchId: number; rooms: string | number; done: string | number }[] = await this.ds
      .getRepository(MoveIn)
      .createQueryBuilder('m')
      .select('m.batchId', 'batchId')
      .addSelect('COUNT(*)', 'rooms')
      .addSelect("SUM(CASE WHEN m.status = 'done' THEN 1 ELSE 0 END)", 'done')
      .where('m.batchId IN (:...ids)', { ids })
      .groupBy('m.batchId')
      .getRawMany();
    return new Map(rows.map((r) => [Number(r.batchId), { rooms: Number(r.rooms), done: Number(r.done ?? 0) }]));
  }

  // ---- a room's move-in ----
  async insertMoveIns(em: EntityManager, rows: Omit<MoveIn, 'id'>[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 200) await em.getRepository(MoveIn).insert(rows.slice(i, i + 200));
  }
  /** Of these rooms, those already in a move-in (a room is handed over once). */
  async roomsTaken(roomIds: number[], em?: EntityManager): Promise<number[]> {
    if (!roomIds.length) return [];
    const rows = await this.m(em)
      .getRepository(MoveIn)
      .createQueryBuilder('m')
      .select('m.roomId', 'roomId')
      .where('m.roomId IN (:...roomIds)', { roomIds })
      .getRawMany<{ roomId: number }>();
    return rows.map((r) => Number(r.roomId));
  }
  moveIn(id: number, em?: EntityManager) {
    return this.one(id, em);
  }
  /** The desk's list: a project's move-ins by batch, status and buyer name, paged on the server. */
  page(q: { projectId: number; batchId?: number; status?: string; roomId?: number; keyword?: string; cursor?: string; limit?: number }) {
    const qb = this.ds.getRepository(MoveIn).createQueryBuilder('m').where('m.projectId = :pr', { pr: q.projectId });
    return listPage(qb, 'm', q, { equal: { batchId: q.batchId, status: q.status, roomId: q.roomId }, keywordIn: ['buyerName'] });
  }
  /** The owner's move-ins: theirs by the buyer's phone, or of rooms they hold; published batches only. */
  mine(phoneHash: string | null, roomIds: number[]) {
    const qb = this.ds
      .getRepository(MoveIn)
      .createQueryBuilder('m')
      .innerJoin(MoveInBatch, 'b', 'b.id = m.batchId AND b.publishedAt IS NOT NULL')
      .where('1 = 0');
    if (phoneHash) qb.orWhere('m.buyerPhoneHash = :h', { h: phoneHash });
    if (roomIds.length) qb.orWhere('m.roomId IN (:...rooms)', { rooms: roomIds });
    return qb.orderBy('m.id', 'DESC').limit(50).getMany();
  }
  /**
   * R-MOV-03 a month's finished move-ins (keys handed over within [from, to)) with their three instants, for the
   * figure of how many were within both limits.
   */
  finishedBetween(projectId: number, from: Date, to: Date) {
    return this.ds
      .getRepository(MoveIn)
      .createQueryBuilder('m')
      .select(['m.id', 'm.arrivedAt', 'm.startedAt', 'm.finishedAt'])
      .where("m.projectId = :pr AND m.status = 'done' AND m.finishedAt >= :from AND m.finishedAt < :to", { pr: projectId, from, to })
      .getMany();
  }
  /** Is this upload a signature or defect photo of a move-in of these projects (or of this buyer)? */
  async uploadProjects(uploadId: number): Promise<{ projectId: number; buyerPhoneHash: string; roomId: number }[]> {
    const direct = await this.ds
      .getRepository(MoveIn)
      .createQueryBuilder('m')
      .select(['m.projectId', 'm.buyerPhoneHash', 'm.roomId'])
      .where('m.inspectionSignatureId = :u OR m.keysSignatureId = :u', { u: uploadId })
      .getMany();
    const viaDefect = await this.ds
      .getRepository(MoveIn)
      .createQueryBuilder('m')
      .select(['m.projectId', 'm.buyerPhoneHash', 'm.roomId'])
      .innerJoin(MoveInDefect, 'd', 'd.moveInId = m.id')
      .where('d.photoId = :u', { u: uploadId })
      .getMany();
    return [...direct, ...viaDefect];
  }

  // ---- defects ----
  async insertDefects(em: EntityManager, rows: Omit<MoveInDefect, 'id'>[]): Promise<void> {
    if (rows.length) await em.getRepository(MoveInDefect).insert(rows);
  }
  defects(moveInId: number, em?: EntityManager) {
    return this.m(em).getRepository(MoveInDefect).find({ where: { moveInId }, order: { id: 'ASC' } });
  }
  defectsOf(moveInIds: number[]) {
    if (!moveInIds.length) return Promise.resolve([] as MoveInDefect[]);
    return this.ds
      .getRepository(MoveInDefect)
      .createQueryBuilder('d')
      .where('d.moveInId IN (:...ids)', { ids: moveInIds })
      .orderBy('d.id', 'ASC')
      .getMany();
  }
  defect(id: number) {
    return this.ds.getRepository(MoveInDefect).findOne({ where: { id } });
  }
  /** A defect's move: false when someone moved it first. */
  async moveDefect(em: EntityManager, d: MoveInDefect, patch: Partial<MoveInDefect>): Promise<boolean> {
    const r = await em.getRepository(MoveInDefect).update({ id: d.id, version: d.version }, { ...patch, version: d.version + 1 });
    return (r.affected ?? 0) === 1;
  }
}
