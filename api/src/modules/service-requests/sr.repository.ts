import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { IsNull } from 'typeorm';
import { OPEN_REPAIR_STATUSES, REPAIR_STAGES, type RepairStage } from '@wy/shared';
import { escapeLike, keysetPage } from '../../common/paging.js';
import { countRows } from '../../database/count.js';
import { transactionTakingCode } from '../../common/daily-code.js';
import {
  columnsOf,
  dbValue,
  hydrate,
  insertRow,
  insertRows,
  insertSelect,
  partColumns,
  readTogether,
  selectRows,
  updateRows,
  type ReadPart,
} from '../../database/rows.js';

import { APP_CONFIG, type AppConfig } from '../../config/env.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { transactionRetried } from '../../database/transactions.js';
import { effectiveDueSql, requestLateSql } from '../sla/clock-sql.js';
import {
  CallbackRecord,
  DutyLogEntry,
  RepairCategory,
  RequestAttachment,
  RequestEvent,
  RequestIntakeKey,
  ServiceRequest,
} from './entities.js';

/** What a request's detail shows besides its timeline, clocks and bill (`detailRow`, one query). */
export interface DetailRow {
  r: ServiceRequest;
  category: RepairCategory | null;
  room: { buildingName: string; unit: string | null; roomNo: string } | null;
  keyCustomer: boolean;
  staffNames: Map<number, string>;
}

/**
 * Every query of service requests and what hangs off them: the repair catalogue, timeline events,
 * attachments, callback records, the duty log and the desk's counts. Writes inside a move take
 * the transaction's EntityManager. The late-request filter reads sla_clock through sla's SQL
 * fragment (clock-sql.ts), read-only.
 */
@Injectable()
export class ServiceRequestRepository {
  constructor(
    @Inject(DATA_SOURCE) private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** a move's transaction: run again when a deadlock rolled it back (transactionRetried) */
  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return transactionRetried(this.ds, fn);
  }
  /** A transaction that takes a code of the day (`nextDailyCode`): the counter is opened before it (see daily-code.ts). */
  transactionTakingCode<T>(prefix: string, fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return transactionTakingCode(this.ds, prefix, fn);
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
  /** Plain SQL (rows.ts): the catalogue's edit reads the category it changes. */
  async category(id: number, em?: EntityManager): Promise<RepairCategory | null> {
    return (await selectRows(em ?? this.ds.manager, RepairCategory, 'id = ?', [id]))[0] ?? null;
  }
  /**
   * The category an intake files under (its project, whether it is published, its scope, paid flag, name and
   * price; not its rota, which a dispatch reads fresh), kept as the project's SLA settings are: an edit on this
   * instance forgets it at once, the others read it again within SETTINGS_CACHE_SECONDS. Every intake read it.
   */
  async categoryForIntake(id: number): Promise<RepairCategory | null> {
    const hit = this.intakeCategories.get(id);
    if (hit && hit.until > Date.now()) return hit.value; // infrastructure time, not a rule's clock
    const value = await this.category(id);
    if (!value) return null; // one made later gets this id: not kept as missing
    if (this.intakeCategories.size >= 10_000) this.intakeCategories.clear();
    this.intakeCategories.set(id, { until: Date.now() + this.config.settingsCacheSec * 1000, value });
    return value;
  }
  private readonly intakeCategories = new Map<number, { until: number; value: RepairCategory }>();
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
    this.intakeCategories.delete(id);
  }
  /** Takes the round-robin turn `cursor` of a category; false when a concurrent dispatch took it first. */
  async advanceRota(em: EntityManager, categoryId: number, cursor: number): Promise<boolean> {
    const moved = await em
      .getRepository(RepairCategory)
      .update({ id: categoryId, rotaCursor: cursor }, { rotaCursor: cursor + 1 });
    return (moved.affected ?? 0) === 1;
  }

  // ---------- requests ----------
  /** Plain SQL (rows.ts): every move and detail starts here. */
  async request(id: number, em?: EntityManager): Promise<ServiceRequest | null> {
    return (await selectRows(em ?? this.ds.manager, ServiceRequest, 'id = ?', [id]))[0] ?? null;
  }
  /**
   * What a request's detail shows besides its timeline, clocks and bill, in one query: the request,
   * its category, and (read-only, by table name) its room's label parts, whether its requester is a
   * key customer, and the names of its technician, first-contact staff member and countersigning clerk.
   */
  async detailRow(id: number): Promise<DetailRow | null> {
    const em = this.ds.manager;
    const [row]: Record<string, unknown>[] = await em.query(
      `SELECT ${columnsOf(em, ServiceRequest, 'r', 'r_')}, ${columnsOf(em, RepairCategory, 'c', 'c_')},
              rm.room_no AS rm_roomNo, rm.unit AS rm_unit, b.name AS rm_buildingName,
              pe.is_key_customer AS pe_key, sa.name AS sa_name, so.name AS so_name, sc.name AS sc_name
         FROM service_request r
         LEFT JOIN repair_category c ON c.id = r.category_id
         LEFT JOIN room rm ON rm.id = r.room_id
         LEFT JOIN building b ON b.id = rm.building_id
         LEFT JOIN person pe ON pe.id = r.requester_person_id
         LEFT JOIN staff sa ON sa.id = r.assignee_staff_id
         LEFT JOIN staff so ON so.id = r.owner_staff_id
         LEFT JOIN staff sc ON sc.id = r.countersigned_by_staff_id
        WHERE r.id = ?`,
      [id],
    );
    if (!row) return null;
    const r = hydrate(em, ServiceRequest, row, 'r_');
    const staffNames = new Map<number, string>();
    if (r.assigneeStaffId && row.sa_name !== null) staffNames.set(r.assigneeStaffId, String(row.sa_name));
    if (r.ownerStaffId && row.so_name !== null) staffNames.set(r.ownerStaffId, String(row.so_name));
    if (r.countersignedByStaffId && row.sc_name !== null) staffNames.set(r.countersignedByStaffId, String(row.sc_name));
    return {
      r,
      category: row.c_id === null || row.c_id === undefined ? null : hydrate(em, RepairCategory, row, 'c_'),
      room:
        row.rm_roomNo === null || row.rm_roomNo === undefined || row.rm_buildingName === null
          ? null
          : {
              buildingName: String(row.rm_buildingName),
              unit: (row.rm_unit as string | null) ?? null,
              roomNo: String(row.rm_roomNo),
            },
      keyCustomer: !!Number(row.pe_key ?? 0),
      staffNames,
    };
  }
  requestsByIds(ids: number[]) {
    if (!ids.length) return Promise.resolve([] as ServiceRequest[]);
    return this.ds.getRepository(ServiceRequest).createQueryBuilder('r').where('r.id IN (:...ids)', { ids }).getMany();
  }
  insertRequest(
    em: EntityManager,
    row: Omit<
      ServiceRequest,
      'id' | 'orderReturnedAt' | 'signatureUploadId' | 'leftAt' | 'countersignedByStaffId' | 'countersignedAt' | 'printedAt'
    >,
  ): Promise<number> {
    return insertRow(em, ServiceRequest, row);
  }
  /** Claims an intake's keys in its transaction; a key already claimed fails the insert (a unique violation). */
  async claimIntakeKeys(em: EntityManager, keys: string[], requestId: number, at: Date): Promise<void> {
    await insertRows(
      em,
      RequestIntakeKey,
      keys.map((key) => ({ key, requestId, at })),
    );
  }
  /** The request that claimed one of these keys first. */
  async intakeKeyOwner(keys: string[]): Promise<{ id: number; code: string | null; status: string } | null> {
    const k = await this.ds.getRepository(RequestIntakeKey).findOne({ where: keys.map((key) => ({ key })) });
    if (!k) return null;
    const r = await this.ds
      .getRepository(ServiceRequest)
      .findOne({ where: { id: k.requestId }, select: { id: true, code: true, status: true } });
    return r ? { id: r.id, code: r.code, status: r.status } : null;
  }
  /** A move: one conditional UPDATE on the version and status read; false when someone else moved it first. */
  async move(
    em: EntityManager,
    r: { id: number; version: number; status: string },
    patch: Partial<ServiceRequest>,
  ): Promise<boolean> {
    const done = await updateRows(
      em,
      ServiceRequest,
      { ...patch, version: r.version + 1 },
      'id = ? AND version = ? AND status = ?',
      [r.id, r.version, r.status],
    );
    return done === 1;
  }
  /** R-REP-04: the first print of the work order is kept (later prints are on the timeline only). */
  async markPrinted(em: EntityManager, id: number, at: Date): Promise<void> {
    await em.getRepository(ServiceRequest).update({ id, printedAt: IsNull() }, { printedAt: at });
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
    // plain SQL (rows.ts): every intake looks
    const open = OPEN_REPAIR_STATUSES.map(() => '?').join(', ');
    const [where, at] = q.roomId ? ['room_id = ?', q.roomId] : ['location = ?', q.location ?? null];
    return selectRows(
      this.ds.manager,
      ServiceRequest,
      `project_id = ? AND category_id = ? AND status IN (${open}) AND ${where} ORDER BY id DESC LIMIT 20`,
      [q.projectId, q.categoryId, ...OPEN_REPAIR_STATUSES, at],
    );
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
    return selectRows(this.ds.manager, RequestEvent, 'request_id = ? ORDER BY id ASC', [requestId]);
  }
  /** A request's timeline (in order) and another read of it (its clocks) in one statement. */
  eventsWith<T extends unknown[]>(
    requestId: number,
    ...others: { [K in keyof T]: ReadPart<T[K]> }
  ): Promise<[RequestEvent[], ...T]> {
    const em = this.ds.manager;
    return readTogether<[RequestEvent[], ...T]>(
      em,
      {
        columns: partColumns(em, RequestEvent, 'e', 'e_'),
        from: 'FROM request_event e WHERE e.request_id = ?',
        params: [requestId],
        order: 'e.id',
        read: (rows) => rows.map((r) => hydrate(em, RequestEvent, r, 'e_')),
      },
      ...others,
    );
  }
  insertEvent(e: Omit<RequestEvent, 'id'>, em?: EntityManager): Promise<number> {
    return insertRow(em ?? this.ds.manager, RequestEvent, e);
  }
  /** Uploads that belong to a request (readable by its project's staff and its requester); each once. */
  async attach(em: EntityManager, requestId: number, uploadIds: number[]): Promise<void> {
    for (const uploadId of new Set(uploadIds)) {
      const exists = await em.getRepository(RequestAttachment).findOne({ where: { requestId, uploadId } });
      if (!exists) await em.getRepository(RequestAttachment).insert({ requestId, uploadId });
    }
  }
  /**
   * R-REP-09/10 a callback's record, judged on time in the INSERT itself (one statement): made by the due time
   * in force of its promise (the latest round of that kind and cycle) and that promise not broken; no promise,
   * not on time.
   */
  async insertCallbackRecord(em: EntityManager, row: Omit<CallbackRecord, 'id' | 'onTime'>): Promise<void> {
    await insertSelect(
      em,
      CallbackRecord,
      row,
      {
        onTime: `COALESCE((SELECT CASE WHEN ? <= ${effectiveDueSql('c')} AND c.breached_at IS NULL THEN 1 ELSE 0 END
          FROM sla_clock c WHERE c.request_id = ? AND c.kind = ? AND c.cycle = ? ORDER BY c.dispatch_round DESC LIMIT 1), 0)`,
      },
      '(SELECT 1 AS one) one',
      [dbValue(em, CallbackRecord, 'at', row.at), row.requestId, row.kind, row.cycle],
    );
  }

  // ---------- attachments ----------
  /** The requests a photo is attached to, with what decides who may read them. */
  async attachedRequests(uploadId: number) {
    const rows: {
      project_id: number;
      requester_person_id: number | null;
      requester_staff_id: number | null;
      assignee_staff_id: number | null;
      in_pool: number | boolean;
    }[] = await this.ds.query(
      `SELECT r.project_id, r.requester_person_id, r.requester_staff_id, r.assignee_staff_id, r.in_pool
         FROM request_attachment a JOIN service_request r ON r.id = a.request_id WHERE a.upload_id = ?`,
      [uploadId],
    );
    const n = (v: number | null) => (v === null ? null : Number(v));
    return rows.map((r) => ({
      projectId: Number(r.project_id),
      requesterPersonId: n(r.requester_person_id),
      requesterStaffId: n(r.requester_staff_id),
      assigneeStaffId: n(r.assignee_staff_id),
      inPool: !!Number(r.in_pool),
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
  insertDutyEntry(row: Omit<DutyLogEntry, 'id'>, em?: EntityManager): Promise<number> {
    return insertRow(em ?? this.ds.manager, DutyLogEntry, row);
  }

  /** The request counts on the clerk's 工作台 (callbacks, extensions and bindings are counted by their modules). */
  async requestCounts(projectId: number, now: Date) {
    const c = (where: string, params: Record<string, unknown> = {}) =>
      countRows(this.ds, 'service_request', `t.project_id = :projectId AND ${where}`, {
        projectId,
        now,
        open: OPEN_REPAIR_STATUSES,
        ...params,
      });
    const [toDispatch, inPool, inProgress, overdue] = await Promise.all([
      c("t.status = 'received'"),
      c("t.status = 'dispatched' AND t.in_pool = :t", { t: true }),
      c('t.status IN (:...inProgress)', { inProgress: REPAIR_STAGES.in_progress }),
      c(`t.status IN (:...open) AND ${requestLateSql('t')}`),
    ]);
    return { toDispatch, inPool, inProgress, overdue };
  }

  /** Code, requester, status and technician of requests (what other modules show of them). */
  async briefs(ids: number[], em?: EntityManager) {
    if (!ids.length) return [];
    const rows: Record<string, unknown>[] = await (em ?? this.ds.manager).query(
      `SELECT id, project_id, code, status, requester_name, assignee_staff_id FROM service_request WHERE id IN (${ids.map(() => '?').join(',')})`,
      ids,
    );
    return rows.map((r) => ({
      id: Number(r.id),
      projectId: Number(r.project_id),
      code: (r.code as string | null) ?? String(r.id),
      status: String(r.status),
      requesterName: String(r.requester_name),
      assigneeStaffId: r.assignee_staff_id === null ? null : Number(r.assignee_staff_id),
    }));
  }

  /** Who reported a request and where (R-REP-08 the reporter of a public-area repair is thanked). */
  async reporter(id: number, em?: EntityManager) {
    const rows: Record<string, unknown>[] = await (em ?? this.ds.manager).query(
      'SELECT scope, location, requester_staff_id, requester_phone_enc FROM service_request WHERE id = ?',
      [id],
    );
    const r = rows[0];
    if (!r) return null;
    return {
      scope: String(r.scope),
      location: (r.location as string | null) ?? null,
      requesterStaffId: r.requester_staff_id === null ? null : Number(r.requester_staff_id),
      requesterPhoneEnc: (r.requester_phone_enc as string | null) ?? null,
    };
  }

  // ---------- technicians ----------
  /** Open repairs per technician in the project. */
  async openOrderCounts(projectId: number): Promise<Map<number, number>> {
    const counts: { id: number; n: number }[] = await this.ds.query(
      `SELECT assignee_staff_id AS id, COUNT(*) AS n FROM service_request WHERE project_id = ? AND status IN (${OPEN_REPAIR_STATUSES.map(() => '?').join(',')}) AND assignee_staff_id IS NOT NULL GROUP BY assignee_staff_id`,
      [projectId, ...OPEN_REPAIR_STATUSES],
    );
    return new Map(counts.map((c) => [Number(c.id), Number(c.n)]));
  }
}
