import { Inject, Injectable } from '@nestjs/common';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { OPEN_REPAIR_STATUSES, REPAIR_STAGES, type RepairStage } from '@wy/shared';
import { escapeLike, keysetPage } from '../../common/paging.js';
import { countRows } from '../../database/count.js';
import { effectiveDueSql, requestLateSql } from '../sla/clock-sql.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { Person, RoomBinding } from '../people/entities.js';
import { SlaClock } from '../sla/entities.js';
import { Staff, StaffProject } from '../staff/entities.js';
import {
  CallbackRecord,
  DutyLogEntry,
  RepairCategory,
  RequestAttachment,
  RequestEvent,
  ServiceRequest,
  Upload,
} from './entities.js';

/** A second callback is due only once the first of its cycle has been made (`alias` is an sla_clock row). */
const firstCallbackMade = (alias: string) =>
  `NOT (${alias}.kind = 'second_callback' AND EXISTS (SELECT 1 FROM sla_clock f WHERE f.request_id = ${alias}.request_id AND f.cycle = ${alias}.cycle AND f.kind = 'callback' AND f.met_at IS NULL))`;

/**
 * Every query of service requests and what hangs off them: the repair catalogue, timeline events,
 * attachments and uploads, callback records, the duty log, the desk's queues and counts, and the
 * staff of a project who take the work. Writes inside a move take the transaction's EntityManager.
 */
@Injectable()
export class ServiceRequestRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  // ---------- catalogue ----------
  /** The published (active) categories of a project, in catalogue order. */
  activeCategories(projectId: number) {
    return this.ds.getRepository(RepairCategory).find({ where: { projectId, active: true }, order: { sort: 'ASC', id: 'ASC' } });
  }
  /** Every category of a project, active or not, in catalogue order. */
  categoriesOf(projectId: number) {
    return this.ds.getRepository(RepairCategory).find({ where: { projectId }, order: { sort: 'ASC', id: 'ASC' } });
  }
  category(id: number, em?: EntityManager) {
    return (em ?? this.ds.manager).getRepository(RepairCategory).findOne({ where: { id } });
  }
  categoriesByIds(ids: number[]) {
    if (!ids.length) return Promise.resolve([] as RepairCategory[]);
    return this.ds
      .getRepository(RepairCategory)
      .createQueryBuilder('c')
      .where('c.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getMany();
  }
  async insertCategory(row: Omit<RepairCategory, 'id'>): Promise<number> {
    return Number((await this.ds.getRepository(RepairCategory).insert(row)).identifiers[0]!.id);
  }
  async updateCategory(id: number, patch: Partial<RepairCategory>): Promise<void> {
    await this.ds.getRepository(RepairCategory).update({ id }, patch);
  }
  /** Takes the round-robin turn `cursor` of a category; false when a concurrent dispatch took it first. */
  async advanceRota(em: EntityManager, categoryId: number, cursor: number): Promise<boolean> {
    const moved = await em
      .getRepository(RepairCategory)
      .update({ id: categoryId, rotaCursor: cursor }, { rotaCursor: cursor + 1 });
    return (moved.affected ?? 0) === 1;
  }

  // ---------- requests ----------
  request(id: number, em?: EntityManager) {
    return (em ?? this.ds.manager).getRepository(ServiceRequest).findOne({ where: { id } });
  }
  requestsByIds(ids: number[]) {
    if (!ids.length) return Promise.resolve([] as ServiceRequest[]);
    return this.ds.getRepository(ServiceRequest).createQueryBuilder('r').where('r.id IN (:...ids)', { ids }).getMany();
  }
  async insertRequest(em: EntityManager, row: Omit<ServiceRequest, 'id' | 'orderReturnedAt' | 'signatureUploadId'>) {
    return Number((await em.getRepository(ServiceRequest).insert(row)).identifiers[0]!.id);
  }
  /** A move: one conditional UPDATE on the version and status read; false when someone else moved it first. */
  async move(
    em: EntityManager,
    r: { id: number; version: number; status: string },
    patch: Partial<ServiceRequest>,
  ): Promise<boolean> {
    const done = await em
      .getRepository(ServiceRequest)
      .update({ id: r.id, version: r.version, status: r.status }, { ...patch, version: r.version + 1 });
    return (done.affected ?? 0) === 1;
  }
  async setOwnerStaff(em: EntityManager, id: number, ownerStaffId: number, at: Date): Promise<void> {
    await em.getRepository(ServiceRequest).update({ id }, { ownerStaffId, updatedAt: at });
  }

  /** The desk's list: filters, keyword on code / requester / property code, keyset paging newest first. */
  page(
    q: {
      projectId: number;
      status?: string;
      categoryId?: number;
      assigneeId?: number;
      type?: string;
      stage?: RepairStage;
      inPool?: boolean;
      overdue?: boolean;
      keyword?: string;
      cursor?: string;
      limit?: number;
    },
    now: Date,
  ) {
    const qb = this.ds
      .getRepository(ServiceRequest)
      .createQueryBuilder('r')
      .where('r.project_id = :projectId', { projectId: q.projectId });
    if (q.type) qb.andWhere('r.type = :type', { type: q.type });
    if (q.stage) qb.andWhere('r.status IN (:...stage)', { stage: REPAIR_STAGES[q.stage] });
    if (q.inPool) qb.andWhere("r.in_pool = :pool AND r.status = 'dispatched'", { pool: true });
    if (q.status) qb.andWhere('r.status = :status', { status: q.status });
    if (q.categoryId) qb.andWhere('r.category_id = :categoryId', { categoryId: q.categoryId });
    if (q.assigneeId) qb.andWhere('r.assignee_staff_id = :assigneeId', { assigneeId: q.assigneeId });
    if (q.overdue) {
      qb.andWhere(requestLateSql('r'), { now });
    }
    if (q.keyword) {
      const k = escapeLike(q.keyword.trim());
      qb.andWhere(
        "(r.code LIKE :pre ESCAPE '!' OR r.requester_name LIKE :any ESCAPE '!' OR r.room_id IN (SELECT x.id FROM room x WHERE x.project_id = :projectId AND x.property_code LIKE :pre ESCAPE '!'))",
        { pre: `${k}%`, any: `%${k}%` },
      );
    }
    return keysetPage(qb, 'r', q, 'DESC');
  }

  /** Open requests of the same category at the same room or public location (R-SRV-05), newest first. */
  duplicates(q: { projectId: number; categoryId: number; roomId?: number; location?: string }) {
    const qb = this.ds
      .getRepository(ServiceRequest)
      .createQueryBuilder('r')
      .where('r.project_id = :projectId AND r.category_id = :categoryId', q)
      .andWhere('r.status IN (:...open)', { open: OPEN_REPAIR_STATUSES });
    if (q.roomId) qb.andWhere('r.room_id = :roomId', { roomId: q.roomId });
    else qb.andWhere('r.location = :location', { location: q.location });
    return qb.orderBy('r.id', 'DESC').take(20).getMany();
  }

  /** Every open repair of a project, oldest first (the handover list). */
  openRequests(projectId: number) {
    return this.ds
      .getRepository(ServiceRequest)
      .createQueryBuilder('r')
      .where('r.project_id = :projectId AND r.status IN (:...open)', { projectId, open: OPEN_REPAIR_STATUSES })
      .orderBy('r.id', 'ASC')
      .take(1000)
      .getMany();
  }

  /** A technician's own orders in the given statuses, newest first. */
  assignedTo(staffId: number, statuses: readonly string[]) {
    return this.ds
      .getRepository(ServiceRequest)
      .createQueryBuilder('r')
      .where('r.assignee_staff_id = :me AND r.status IN (:...open)', { me: staffId, open: statuses })
      .orderBy('r.id', 'DESC')
      .take(200)
      .getMany();
  }
  /** Dispatched orders waiting in the grab pool of the given projects, newest first. */
  inPool(projects: 'all' | number[]) {
    const qb = this.ds
      .getRepository(ServiceRequest)
      .createQueryBuilder('r')
      .where("r.in_pool = :t AND r.status = 'dispatched'", { t: true });
    if (projects !== 'all') qb.andWhere('r.project_id IN (:...projects)', { projects });
    return qb.orderBy('r.id', 'DESC').take(200).getMany();
  }
  /** What an owner has filed, newest first. */
  requestsOf(personId: number) {
    return this.ds
      .getRepository(ServiceRequest)
      .find({ where: { requesterPersonId: personId }, order: { id: 'DESC' }, take: 200 });
  }

  // ---------- timeline, attachments, callbacks ----------
  events(requestId: number) {
    return this.ds.getRepository(RequestEvent).find({ where: { requestId }, order: { id: 'ASC' } });
  }
  async insertEvent(e: Omit<RequestEvent, 'id'>, em?: EntityManager): Promise<number> {
    return Number((await (em ?? this.ds.manager).getRepository(RequestEvent).insert(e as never)).identifiers[0]!.id);
  }
  /** Uploads that belong to a request (readable by its project's staff and its requester); each once. */
  async attach(em: EntityManager, requestId: number, uploadIds: number[]): Promise<void> {
    for (const uploadId of new Set(uploadIds)) {
      const exists = await em.getRepository(RequestAttachment).findOne({ where: { requestId, uploadId } });
      if (!exists) await em.getRepository(RequestAttachment).insert({ requestId, uploadId });
    }
  }
  async insertCallbackRecord(em: EntityManager, row: Omit<CallbackRecord, 'id'>): Promise<void> {
    await em.getRepository(CallbackRecord).insert(row);
  }

  // ---------- uploads ----------
  async insertUpload(row: Omit<Upload, 'id'>): Promise<number> {
    return Number((await this.ds.getRepository(Upload).insert(row)).identifiers[0]!.id);
  }
  upload(id: number) {
    return this.ds.getRepository(Upload).findOne({ where: { id } });
  }
  /** Who uploaded each of these files (missing ids are simply absent). */
  async uploadOwners(ids: number[]): Promise<{ id: number; ownerKind: string; ownerId: number }[]> {
    const rows: { id: number; k: string; o: number }[] = await this.ds.query(
      `SELECT id, owner_kind AS k, owner_id AS o FROM upload WHERE id IN (${ids.map(() => '?').join(',')})`,
      ids,
    );
    return rows.map((r) => ({ id: Number(r.id), ownerKind: r.k, ownerId: Number(r.o) }));
  }
  /** The requests an upload is attached to: their project and requester. */
  async attachedRequests(uploadId: number): Promise<{ projectId: number; requesterPersonId: number | null }[]> {
    const rows: { project_id: number; requester_person_id: number | null }[] = await this.ds.query(
      'SELECT r.project_id, r.requester_person_id FROM request_attachment a JOIN service_request r ON r.id = a.request_id WHERE a.upload_id = ?',
      [uploadId],
    );
    return rows.map((r) => ({
      projectId: Number(r.project_id),
      requesterPersonId: r.requester_person_id === null ? null : Number(r.requester_person_id),
    }));
  }

  // ---------- duty log ----------
  dutyEntries(projectId: number, start: Date, end: Date) {
    return this.ds
      .getRepository(DutyLogEntry)
      .createQueryBuilder('d')
      .where('d.project_id = :projectId AND d.at >= :start AND d.at < :end', { projectId, start, end })
      .orderBy('d.at', 'ASC')
      .addOrderBy('d.id', 'ASC')
      .getMany();
  }
  async insertDutyEntry(row: Omit<DutyLogEntry, 'id'>, em?: EntityManager): Promise<number> {
    return Number((await (em ?? this.ds.manager).getRepository(DutyLogEntry).insert(row)).identifiers[0]!.id);
  }

  // ---------- SLA clocks as the desk reads them ----------
  /** Running clocks of these requests (any cycle). */
  runningClocks(requestIds: number[]) {
    if (!requestIds.length) return Promise.resolve([] as SlaClock[]);
    return this.ds
      .getRepository(SlaClock)
      .createQueryBuilder('c')
      .where('c.request_id IN (:...ids) AND c.met_at IS NULL', { ids: requestIds })
      .getMany();
  }
  /** A running clock of this kind on the request, whatever its cycle. */
  runningClock(requestId: number, kind: string) {
    return this.ds.getRepository(SlaClock).findOne({ where: { requestId, kind, metAt: IsNull() } });
  }
  /** The clock of this kind and cycle, running or not. */
  clock(em: EntityManager, requestId: number, kind: string, cycle: number) {
    return em.getRepository(SlaClock).findOne({ where: { requestId, kind, cycle } });
  }

  /** Callbacks to make (R-REP-09/10), soonest due first; `dueFrom`/`dueBefore` bound the due time. */
  callbacksDue(projectId: number, w: { dueFrom?: Date; dueBefore?: Date }) {
    const qb = this.ds
      .getRepository(SlaClock)
      .createQueryBuilder('c')
      .where("c.project_id = :projectId AND c.kind IN ('callback','second_callback') AND c.met_at IS NULL", { projectId })
      .andWhere(firstCallbackMade('c'));
    if (w.dueFrom) qb.andWhere(`${effectiveDueSql('c')} >= :dueFrom`, { dueFrom: w.dueFrom });
    if (w.dueBefore) qb.andWhere(`${effectiveDueSql('c')} < :dueBefore`, { dueBefore: w.dueBefore });
    return qb.orderBy(effectiveDueSql('c'), 'ASC').take(500).getMany();
  }

  /** The counts on the clerk's 工作台. */
  async deskCounts(projectId: number, now: Date) {
    const c = (table: string, where: string, params: Record<string, unknown> = {}) =>
      countRows(this.ds, table, `t.project_id = :projectId AND ${where}`, {
        projectId,
        now,
        open: OPEN_REPAIR_STATUSES,
        ...params,
      });
    const due = `t.kind IN ('callback', 'second_callback') AND t.met_at IS NULL AND ${firstCallbackMade('t')}`;
    const [toDispatch, inPool, inProgress, overdue, callbacksDue, callbacksOverdue, pendingExtensions, pendingBindings] =
      await Promise.all([
        c('service_request', "t.status = 'received'"),
        c('service_request', "t.status = 'dispatched' AND t.in_pool = :t", { t: true }),
        c('service_request', 't.status IN (:...inProgress)', { inProgress: REPAIR_STAGES.in_progress }),
        c('service_request', `t.status IN (:...open) AND ${requestLateSql('t')}`),
        c('sla_clock', due),
        c('sla_clock', `${due} AND ${effectiveDueSql('t')} < :now`),
        c('sla_extension', "t.status = 'pending'"),
        c('room_binding', "t.status = 'pending'"),
      ]);
    return { toDispatch, inPool, inProgress, overdue, callbacksDue, callbacksOverdue, pendingExtensions, pendingBindings };
  }

  /** Code and technician of a request, read inside the breach job's transaction. */
  async breachSubject(em: EntityManager, requestId: number): Promise<{ code: string | null; assigneeStaffId: number | null }> {
    const req = (await em.query('SELECT code, assignee_staff_id AS a FROM service_request WHERE id = ?', [requestId]))[0];
    return { code: req?.code ?? null, assigneeStaffId: req?.a ? Number(req.a) : null };
  }

  // ---------- people, staff ----------
  /** Is the person an approved occupant in the project (of this room when one is given)? */
  async isBoundInProject(personId: number, projectId: number, roomId?: number): Promise<boolean> {
    const where = { personId, projectId, status: 'approved', ...(roomId ? { roomId } : {}) };
    return (await this.ds.getRepository(RoomBinding).count({ where })) > 0;
  }
  approvedBinding(personId: number, roomId: number) {
    return this.ds.getRepository(RoomBinding).findOne({ where: { roomId, personId, status: 'approved' } });
  }
  /** Which of these persons are key customers. */
  async keyCustomers(ids: number[]): Promise<Set<number>> {
    if (!ids.length) return new Set();
    const rows = await this.ds
      .getRepository(Person)
      .createQueryBuilder('p')
      .where('p.id IN (:...ids) AND p.is_key_customer = :t', { ids: [...new Set(ids)], t: true })
      .getMany();
    return new Set(rows.map((p) => p.id));
  }
  async staffNames(ids: number[]): Promise<Map<number, string>> {
    if (!ids.length) return new Map();
    const rows = await this.ds
      .getRepository(Staff)
      .createQueryBuilder('s')
      .where('s.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getMany();
    return new Map(rows.map((s) => [s.id, s.name]));
  }
  /** The staff member if they work in the project (archived or not), else null. */
  async staffOfProject(staffId: number, projectId: number): Promise<Staff | null> {
    const link = await this.ds.getRepository(StaffProject).findOne({ where: { staffId, projectId } });
    return link ? this.ds.getRepository(Staff).findOne({ where: { id: staffId } }) : null;
  }
  /** Everyone who works in the project (archived or not, any role). */
  async projectStaff(projectId: number, em?: EntityManager): Promise<Staff[]> {
    const m = em ?? this.ds.manager;
    const links = await m.getRepository(StaffProject).find({ where: { projectId } });
    if (!links.length) return [];
    return m
      .getRepository(Staff)
      .createQueryBuilder('s')
      .where('s.id IN (:...ids)', { ids: links.map((l) => l.staffId) })
      .getMany();
  }
  /** Open repairs per technician in the project. */
  async openOrderCounts(projectId: number): Promise<Map<number, number>> {
    const counts: { id: number; n: number }[] = await this.ds.query(
      `SELECT assignee_staff_id AS id, COUNT(*) AS n FROM service_request WHERE project_id = ? AND status IN (${OPEN_REPAIR_STATUSES.map(() => '?').join(',')}) AND assignee_staff_id IS NOT NULL GROUP BY assignee_staff_id`,
      [projectId, ...OPEN_REPAIR_STATUSES],
    );
    return new Map(counts.map((c) => [Number(c.id), Number(c.n)]));
  }
}
