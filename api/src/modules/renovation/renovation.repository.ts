import { Inject, Injectable } from '@nestjs/common';
import { In, IsNull, type DataSource, type EntityManager } from 'typeorm';
import { RENO_ACTIVE_STATUSES, RENO_REVIEW_STATUSES } from '@wy/shared';
import { dbValue } from '../../database/rows.js';
import { WorkflowRows } from '../../database/workflow-rows.js';
import { listPage } from '../../common/paging.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import {
  Renovation,
  RenovationEvent,
  RenovationFee,
  RenovationFile,
  RenovationInspection,
  RenovationNotice,
  RenovationWorker,
} from './entities.js';

/** Every query of renovations: the applications, workers, charges, files, the timeline, the desk's list. */
@Injectable()
export class RenovationRepository extends WorkflowRows<Renovation, RenovationEvent> {
  constructor(@Inject(DATA_SOURCE) ds: DataSource) {
    super(ds, { entity: Renovation, event: RenovationEvent, eventKey: 'renovationId' });
  }

  renovation(id: number, em?: EntityManager) {
    return this.one(id, em);
  }

  // ---------- workers and files ----------
  async replaceWorkers(em: EntityManager, r: { id: number; projectId: number }, rows: Omit<RenovationWorker, 'id' | 'renovationId' | 'projectId' | 'seq' | 'passCode'>[]) {
    await em.getRepository(RenovationWorker).delete({ renovationId: r.id });
    if (rows.length)
      await em
        .getRepository(RenovationWorker)
        .insert(rows.map((w, i) => ({ ...w, renovationId: r.id, projectId: r.projectId, seq: i + 1, passCode: null })));
  }
  workers(renovationId: number, em?: EntityManager) {
    return this.m(em).getRepository(RenovationWorker).find({ where: { renovationId }, order: { seq: 'ASC' } });
  }
  async setPassCode(em: EntityManager, workerId: number, passCode: string): Promise<void> {
    await em.getRepository(RenovationWorker).update({ id: workerId }, { passCode });
  }
  async replaceFiles(em: EntityManager, renovationId: number, uploadIds: number[]) {
    await em.getRepository(RenovationFile).delete({ renovationId, inspectionId: IsNull() });
    if (uploadIds.length)
      await em.getRepository(RenovationFile).insert(uploadIds.map((uploadId) => ({ renovationId, uploadId, inspectionId: null })));
  }
  /** The application's own photos and drawings (not the inspections'). */
  async files(renovationId: number): Promise<number[]> {
    return (
      await this.ds.getRepository(RenovationFile).find({ where: { renovationId, inspectionId: IsNull() }, order: { id: 'ASC' } })
    ).map((f) => f.uploadId);
  }
  /** Who holds an upload: the applications it is attached to (their project and applicant). */
  async fileHolders(uploadId: number): Promise<{ projectId: number; personId: number | null; roomId: number }[]> {
    const rows: { projectId: number; personId: number | null; roomId: number }[] = await this.ds.query(
      `SELECT r.project_id AS projectId, r.person_id AS personId, r.room_id AS roomId FROM renovation_file f
         JOIN renovation r ON r.id = f.renovation_id WHERE f.upload_id = ?`,
      [uploadId],
    );
    return rows.map((r) => ({ projectId: Number(r.projectId), personId: r.personId == null ? null : Number(r.personId), roomId: Number(r.roomId) }));
  }

  // ---------- charges ----------
  async insertFee(em: EntityManager, row: Omit<RenovationFee, 'id'>): Promise<number> {
    const r = await em.getRepository(RenovationFee).insert(row);
    return Number(r.identifiers[0]!.id);
  }
  async setFeeBill(em: EntityManager, id: number, billId: number): Promise<void> {
    await em.getRepository(RenovationFee).update({ id }, { billId });
  }
  fees(renovationId: number, em?: EntityManager) {
    return this.m(em).getRepository(RenovationFee).find({ where: { renovationId }, order: { id: 'ASC' } });
  }
  fee(id: number, em?: EntityManager) {
    return this.m(em).getRepository(RenovationFee).findOne({ where: { id } });
  }
  /** A charge's bill was paid: recorded once (false when it already was). */
  async payFee(em: EntityManager, id: number, at: Date, receiptNo: string): Promise<boolean> {
    const r = await em
      .createQueryBuilder()
      .update(RenovationFee)
      .set({ paidAt: at, receiptNo: receiptNo.slice(0, 30) })
      .where('id = :id AND paidAt IS NULL', { id })
      .execute();
    return (r.affected ?? 0) === 1;
  }

  // ---------- lists ----------
  /** The owner's renovations: those they applied for and those of the rooms they own (to consent), newest first. */
  mine(personId: number, ownedRoomIds: number[]) {
    const qb = this.ds.getRepository(Renovation).createQueryBuilder('r').where('r.personId = :me', { me: personId });
    if (ownedRoomIds.length) qb.orWhere('r.roomId IN (:...rooms)', { rooms: ownedRoomIds });
    return qb.orderBy('r.id', 'DESC').limit(100).getMany();
  }
  /** The desk's list: a project's renovations, newest first, by status, room, keyword, late review; paged on the server. */
  page(q: {
    projectId: number;
    status?: string;
    roomId?: number;
    keyword?: string;
    overdueAt?: Date;
    cursor?: string;
    limit?: number;
  }) {
    const qb = this.ds.getRepository(Renovation).createQueryBuilder('r').where('r.projectId = :pr', { pr: q.projectId });
    if (q.overdueAt)
      qb.andWhere('r.status IN (:...rs) AND r.reviewDueAt < :now', { rs: [...RENO_REVIEW_STATUSES], now: q.overdueAt });
    return listPage(qb, 'r', q, {
      equal: { status: q.status, roomId: q.roomId },
      keywordIn: ['permitCode', 'applicantName', 'contractorCompany'],
    });
  }
  /** The count of each status of a project (the desk's tabs). */
  async counts(projectId: number, lateAt: Date): Promise<{ status: string; n: number; late: number }[]> {
    const rows: { status: string; n: number | string; late: number | string | null }[] = await this.ds.query(
      `SELECT status, COUNT(*) AS n, SUM(CASE WHEN review_due_at < ? AND status IN (?, ?) THEN 1 ELSE 0 END) AS late
         FROM renovation WHERE project_id = ? GROUP BY status`,
      [dbValue(this.ds.manager, Renovation, 'reviewDueAt', lateAt), ...RENO_REVIEW_STATUSES, projectId],
    );
    return rows.map((r) => ({ status: r.status, n: Number(r.n), late: Number(r.late ?? 0) }));
  }
  ofRooms(roomIds: number[]) {
    if (!roomIds.length) return Promise.resolve([]);
    return this.ds.getRepository(Renovation).find({ where: { roomId: In(roomIds) }, order: { id: 'DESC' }, take: 50 });
  }

  // ---------- R-REN-06 inspections and notices ----------
  /** A day's inspection; throws a unique violation when the renovation was inspected that day already. */
  async insertInspection(em: EntityManager, row: Omit<RenovationInspection, 'id'>, uploadIds: number[]): Promise<number> {
    const id = Number((await em.getRepository(RenovationInspection).insert(row)).identifiers[0]!.id);
    if (uploadIds.length)
      await em
        .getRepository(RenovationFile)
        .insert(uploadIds.map((uploadId) => ({ renovationId: row.renovationId, uploadId, inspectionId: id })));
    return id;
  }
  inspections(renovationId: number, limit = 200) {
    return this.ds.getRepository(RenovationInspection).find({ where: { renovationId }, order: { onDate: 'DESC' }, take: limit });
  }
  /** The inspections' photos, by inspection. */
  async inspectionFiles(renovationId: number): Promise<Map<number, number[]>> {
    const rows = await this.ds
      .getRepository(RenovationFile)
      .createQueryBuilder('f')
      .where('f.renovationId = :r AND f.inspectionId IS NOT NULL', { r: renovationId })
      .orderBy('f.id', 'ASC')
      .getMany();
    const out = new Map<number, number[]>();
    for (const f of rows) out.set(f.inspectionId!, [...(out.get(f.inspectionId!) ?? []), f.uploadId]);
    return out;
  }
  /** The days inspected of some renovations since a local date. */
  async inspectedDays(renovationIds: number[], since: string): Promise<Map<number, string[]>> {
    const out = new Map<number, string[]>();
    if (!renovationIds.length) return out;
    const rows = await this.ds
      .getRepository(RenovationInspection)
      .createQueryBuilder('i')
      .select(['i.renovationId', 'i.onDate', 'i.result', 'i.inspectorName'])
      .where('i.renovationId IN (:...ids) AND i.onDate >= :since', { ids: renovationIds, since })
      .getMany();
    for (const r of rows) out.set(r.renovationId, [...(out.get(r.renovationId) ?? []), r.onDate]);
    return out;
  }
  inspectionsOn(renovationIds: number[], onDate: string) {
    if (!renovationIds.length) return Promise.resolve([]);
    return this.ds.getRepository(RenovationInspection).find({ where: { renovationId: In(renovationIds), onDate } });
  }
  async insertNotice(em: EntityManager, row: Omit<RenovationNotice, 'id'>): Promise<number> {
    return Number((await em.getRepository(RenovationNotice).insert(row)).identifiers[0]!.id);
  }
  notices(renovationId: number, em?: EntityManager) {
    return this.m(em).getRepository(RenovationNotice).find({ where: { renovationId }, order: { id: 'DESC' } });
  }
  notice(id: number) {
    return this.ds.getRepository(RenovationNotice).findOne({ where: { id } });
  }
  /** Open notices of some renovations. */
  openNotices(renovationIds: number[]) {
    if (!renovationIds.length) return Promise.resolve([]);
    return this.ds.getRepository(RenovationNotice).find({ where: { renovationId: In(renovationIds), status: 'open' } });
  }
  /** A notice closed by a re-inspection: once (false when it was closed already). */
  async closeNotice(em: EntityManager, id: number, patch: Partial<RenovationNotice>): Promise<boolean> {
    const r = await em.getRepository(RenovationNotice).update({ id, status: 'open' }, patch);
    return (r.affected ?? 0) === 1;
  }
  /**
   * R-REN-06 today's inspection list: a project's active renovations (permitted, not yet accepted), oldest
   * first; `pending` only those due and not inspected on the day, `done` only those inspected.
   */
  activePage(q: { projectId: number; onDate: string; state?: 'pending' | 'done'; keyword?: string; cursor?: string; limit?: number }) {
    const qb = this.ds
      .getRepository(Renovation)
      .createQueryBuilder('r')
      .where('r.projectId = :pr AND r.status IN (:...st)', { pr: q.projectId, st: [...RENO_ACTIVE_STATUSES] });
    const inspected = 'SELECT 1 FROM renovation_inspection i WHERE i.renovation_id = r.id AND i.on_date = :day';
    // due: the works have started (the permit's day is never later than today) and not inspected today
    if (q.state === 'pending') qb.andWhere(`r.startOn <= :day AND NOT EXISTS (${inspected})`, { day: q.onDate });
    if (q.state === 'done') qb.andWhere(`EXISTS (${inspected})`, { day: q.onDate });
    return listPage(qb, 'r', q, { keywordIn: ['permitCode', 'applicantName', 'contractorCompany'], order: 'ASC' });
  }

  /** The count of a project's active renovations; with a day: those due and not inspected on it. */
  async activeCount(projectId: number, notInspectedOn?: string): Promise<number> {
    const qb = this.ds
      .getRepository(Renovation)
      .createQueryBuilder('r')
      .where('r.projectId = :pr AND r.status IN (:...st)', { pr: projectId, st: [...RENO_ACTIVE_STATUSES] });
    if (notInspectedOn)
      qb.andWhere('r.startOn <= :day AND NOT EXISTS (SELECT 1 FROM renovation_inspection i WHERE i.renovation_id = r.id AND i.on_date = :day)', {
        day: notInspectedOn,
      });
    return qb.getCount();
  }

  // ---------- R-REN-08 deposit refunds ----------
  async patchFee(em: EntityManager, id: number, patch: Partial<RenovationFee>): Promise<void> {
    await em.getRepository(RenovationFee).update({ id }, patch);
  }
  feeByRefund(refundId: number, em?: EntityManager) {
    return this.m(em).getRepository(RenovationFee).findOne({ where: { refundId } });
  }
  /** A deposit's money came back: recorded once (false when it already was). */
  async feeRefunded(em: EntityManager, id: number, fen: number, at: Date): Promise<boolean> {
    const r = await em
      .createQueryBuilder()
      .update(RenovationFee)
      .set({ refundedFen: fen, refundedAt: at })
      .where('id = :id AND refundedAt IS NULL', { id })
      .execute();
    return (r.affected ?? 0) === 1;
  }
  async patchRenovation(em: EntityManager, id: number, patch: Partial<Renovation>): Promise<void> {
    await em.getRepository(Renovation).update({ id }, patch);
  }
}
