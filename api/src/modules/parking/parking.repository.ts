import { Inject, Injectable } from '@nestjs/common';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { listPage } from '../../common/paging.js';
import { WorkflowRows } from '../../database/workflow-rows.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import {
  ParkingApplication,
  ParkingArea,
  ParkingDocPhoto,
  ParkingEvent,
  ParkingPeriod,
  ParkingPlan,
  ParkingPrice,
  ParkingSpace,
} from './entities.js';

/** Every query of parking: areas, spaces, the plan and prices, applications, their periods and timeline, the ledger. */
@Injectable()
export class ParkingRepository extends WorkflowRows<ParkingApplication, ParkingEvent> {
  constructor(@Inject(DATA_SOURCE) ds: DataSource) {
    super(ds, { entity: ParkingApplication, event: ParkingEvent, eventKey: 'applicationId' });
  }

  // ---------- areas and spaces ----------
  areas(projectId: number) {
    return this.ds.getRepository(ParkingArea).find({ where: { projectId }, order: { sort: 'ASC', id: 'ASC' } });
  }
  area(id: number) {
    return this.ds.getRepository(ParkingArea).findOne({ where: { id } });
  }
  async insertArea(row: Omit<ParkingArea, 'id'>): Promise<number> {
    const r = await this.ds.getRepository(ParkingArea).insert(row);
    return Number(r.identifiers[0]!.id);
  }
  async insertSpaces(rows: Omit<ParkingSpace, 'id'>[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 500) await this.ds.getRepository(ParkingSpace).insert(rows.slice(i, i + 500));
  }
  space(id: number, em?: EntityManager) {
    return this.m(em).getRepository(ParkingSpace).findOne({ where: { id } });
  }
  spacesByIds(ids: number[]) {
    if (!ids.length) return Promise.resolve([] as ParkingSpace[]);
    return this.ds.getRepository(ParkingSpace).find({ where: { id: In(ids) } });
  }
  spaceNosTaken(projectId: number, nos: string[]) {
    if (!nos.length) return Promise.resolve([] as ParkingSpace[]);
    return this.ds.getRepository(ParkingSpace).find({ where: { projectId, no: In(nos) } });
  }
  /** A project's spaces, by area, kind, state or number, paged on the server in number order of creation. */
  spacePage(q: {
    projectId: number;
    areaId?: number;
    kind?: string;
    state?: string;
    keyword?: string;
    cursor?: string;
    limit?: number;
  }) {
    const qb = this.ds.getRepository(ParkingSpace).createQueryBuilder('s').where('s.projectId = :p', { p: q.projectId });
    return listPage(qb, 's', q, { equal: { areaId: q.areaId, kind: q.kind, state: q.state }, keywordIn: ['no'], order: 'ASC' });
  }
  /** Counts of a project's spaces by area, kind and state (the grid's legend, occupancy). */
  async spaceCounts(projectId: number): Promise<{ areaId: number; kind: string; state: string; n: number }[]> {
    const rows: { areaId: number; kind: string; state: string; n: number }[] = await this.ds.query(
      'SELECT area_id AS areaId, kind, state, COUNT(*) AS n FROM parking_space WHERE project_id = ? GROUP BY area_id, kind, state',
      [projectId],
    );
    return rows.map((r) => ({ areaId: Number(r.areaId), kind: r.kind, state: r.state, n: Number(r.n) }));
  }
  /** Free spaces of a kind in a project, lowest first: the candidates a contract takes one of. */
  freeSpaces(em: EntityManager, projectId: number, kind: string, limit: number) {
    return em.getRepository(ParkingSpace).find({ where: { projectId, kind, state: 'free' }, order: { id: 'ASC' }, take: limit });
  }
  /**
   * Takes a free space for an application: one conditional update from free (and the unique holder
   * column), so one space is never reserved for two applications whatever runs at once.
   */
  async takeSpace(em: EntityManager, spaceId: number, applicationId: number, state: string, now: Date): Promise<boolean> {
    const r = await em
      .createQueryBuilder()
      .update(ParkingSpace)
      .set({ state, holderApplicationId: applicationId, updatedAt: now, version: () => 'version + 1' })
      .where('id = :id AND state = :free AND holder_application_id IS NULL', { id: spaceId, free: 'free' })
      .execute();
    return (r.affected ?? 0) === 1;
  }
  /** The holder's space moves on (reserved → rented/fixed) or is let go (→ free); false when it is not theirs. */
  async setHeldSpace(em: EntityManager, spaceId: number, applicationId: number, state: string, now: Date): Promise<boolean> {
    const release = state === 'free';
    const r = await em
      .createQueryBuilder()
      .update(ParkingSpace)
      .set({ state, holderApplicationId: release ? null : applicationId, updatedAt: now, version: () => 'version + 1' })
      .where('id = :id AND holder_application_id = :a', { id: spaceId, a: applicationId })
      .execute();
    return (r.affected ?? 0) === 1;
  }
  /** Staff set an unheld space's state by hand (free, fixed sold, out of use). */
  async setUnheldSpaceState(spaceId: number, state: string, note: string | null, now: Date): Promise<boolean> {
    const r = await this.ds
      .createQueryBuilder()
      .update(ParkingSpace)
      .set({ state, note, updatedAt: now, version: () => 'version + 1' })
      .where('id = :id AND holder_application_id IS NULL', { id: spaceId })
      .execute();
    return (r.affected ?? 0) === 1;
  }

  // ---------- plan and prices ----------
  plan(projectId: number) {
    return this.ds.getRepository(ParkingPlan).findOne({ where: { projectId } });
  }
  async savePlan(em: EntityManager, row: Omit<ParkingPlan, 'id'>): Promise<void> {
    const cur = await em.getRepository(ParkingPlan).findOne({ where: { projectId: row.projectId } });
    if (cur) await em.getRepository(ParkingPlan).update({ id: cur.id }, row);
    else await em.getRepository(ParkingPlan).insert(row);
  }
  prices(projectId: number, em?: EntityManager) {
    return this.m(em)
      .getRepository(ParkingPrice)
      .find({ where: { projectId }, order: { id: 'ASC' } });
  }
  async replacePrices(em: EntityManager, projectId: number, rows: Omit<ParkingPrice, 'id'>[]): Promise<void> {
    await em.getRepository(ParkingPrice).delete({ projectId });
    if (rows.length) await em.getRepository(ParkingPrice).insert(rows);
  }

  // ---------- applications ----------
  application(id: number, em?: EntityManager) {
    return this.one(id, em);
  }
  applicationsByIds(ids: number[]) {
    if (!ids.length) return Promise.resolve([] as ParkingApplication[]);
    return this.ds.getRepository(ParkingApplication).find({ where: { id: In(ids) } });
  }
  myApplications(personId: number) {
    return this.ds.getRepository(ParkingApplication).find({ where: { personId }, order: { id: 'DESC' }, take: 100 });
  }
  /** An open application of this plate in the project (one at a time). */
  openForPlate(projectId: number, plate: string) {
    return this.ds
      .getRepository(ParkingApplication)
      .createQueryBuilder('a')
      .where('a.projectId = :p AND a.plate = :plate', { p: projectId, plate })
      .andWhere('a.status NOT IN (:...done)', { done: ['rejected', 'cancelled', 'ended'] })
      .getOne();
  }
  /** The desk's queue: a project's applications, newest first, filtered and paged on the server. */
  applicationPage(q: {
    projectId: number;
    status?: string;
    kind?: string;
    keyword?: string;
    endsBy?: string;
    cursor?: string;
    limit?: number;
  }) {
    const qb = this.ds.getRepository(ParkingApplication).createQueryBuilder('a').where('a.projectId = :p', { p: q.projectId });
    if (q.endsBy) qb.andWhere("a.status = 'active' AND a.endOn <= :e", { e: q.endsBy });
    return listPage(qb, 'a', q, { equal: { status: q.status, kind: q.kind }, keywordIn: ['code', 'plate', 'applicantName'] });
  }
  /** R-PRK-04 the waiting list of a kind in a project, first in line first. */
  waitingList(projectId: number, kind: string, em?: EntityManager) {
    return this.m(em)
      .getRepository(ParkingApplication)
      .find({ where: { projectId, kind, status: 'waiting' }, order: { waitingSince: 'ASC', id: 'ASC' } });
  }
  /** The position of an application in its waiting list (1 = next). */
  async waitingPosition(a: ParkingApplication): Promise<number | null> {
    if (a.status !== 'waiting' || !a.waitingSince) return null;
    return this.ds
      .getRepository(ParkingApplication)
      .createQueryBuilder('a')
      .where("a.projectId = :p AND a.kind = :k AND a.status = 'waiting'", { p: a.projectId, k: a.kind })
      .andWhere('(a.waitingSince < :w OR (a.waitingSince = :w AND a.id <= :id))', { w: a.waitingSince, id: a.id })
      .getCount();
  }

  /** Offers whose time to confirm has passed. */
  lapsedOffers(now: Date) {
    return this.ds
      .getRepository(ParkingApplication)
      .createQueryBuilder('a')
      .where("a.status = 'offered' AND a.offerExpiresAt < :now", { now })
      .orderBy('a.id', 'ASC')
      .limit(500)
      .getMany();
  }
  /** Current rentals (any kind) whose last day is within `days` of now (a day of margin for every zone). */
  endingWithin(now: Date, days: number) {
    const from = new Date(now.getTime() - 86_400_000).toISOString().slice(0, 10);
    const to = new Date(now.getTime() + (days + 1) * 86_400_000).toISOString().slice(0, 10);
    return this.ds
      .getRepository(ParkingApplication)
      .createQueryBuilder('a')
      .where("a.status = 'active' AND a.endOn >= :from AND a.endOn <= :to", { from, to })
      .orderBy('a.id', 'ASC')
      .limit(2000)
      .getMany();
  }
  /** Rented (not fixed) spaces whose term has ended by some zone's today: the job checks each project's grace. */
  activeRentals(now: Date) {
    const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
    return this.ds
      .getRepository(ParkingApplication)
      .createQueryBuilder('a')
      .where("a.status = 'active' AND a.kind <> 'vip' AND a.endOn < :d", { d: tomorrow })
      .orderBy('a.id', 'ASC')
      .limit(500)
      .getMany();
  }

  // ---------- periods ----------
  async insertPeriod(em: EntityManager, row: Omit<ParkingPeriod, 'id'>): Promise<number> {
    const r = await em.getRepository(ParkingPeriod).insert(row);
    return Number(r.identifiers[0]!.id);
  }
  setPeriodBill(em: EntityManager, id: number, billId: number) {
    return em.getRepository(ParkingPeriod).update({ id }, { billId });
  }
  period(id: number, em?: EntityManager) {
    return this.m(em).getRepository(ParkingPeriod).findOne({ where: { id } });
  }
  periodsOf(applicationIds: number[], em?: EntityManager) {
    if (!applicationIds.length) return Promise.resolve([] as ParkingPeriod[]);
    return (em ?? this.ds.manager)
      .getRepository(ParkingPeriod)
      .find({ where: { applicationId: In(applicationIds) }, order: { applicationId: 'ASC', seq: 'ASC' } });
  }
  /** Marks a period paid once; false when it already was. */
  async payPeriod(em: EntityManager, id: number, at: Date): Promise<boolean> {
    const r = await em
      .createQueryBuilder()
      .update(ParkingPeriod)
      .set({ paidAt: at })
      .where('id = :id AND paid_at IS NULL', { id })
      .execute();
    return (r.affected ?? 0) === 1;
  }

  // ---------- document photos ----------
  async linkPhotos(em: EntityManager, rows: Omit<ParkingDocPhoto, 'id'>[]): Promise<void> {
    if (rows.length) await em.getRepository(ParkingDocPhoto).createQueryBuilder().insert().values(rows).orIgnore().execute();
  }
  /** The applications an upload is a document photo of (project and owner decide who reads it). */
  async photoHolders(uploadId: number): Promise<{ projectId: number; personId: number }[]> {
    const rows: { projectId: number; personId: number }[] = await this.ds.query(
      `SELECT a.project_id AS projectId, a.person_id AS personId FROM parking_doc_photo p
         JOIN parking_application a ON a.id = p.application_id WHERE p.upload_id = ?`,
      [uploadId],
    );
    return rows.map((r) => ({ projectId: Number(r.projectId), personId: Number(r.personId) }));
  }

  // ---------- the gate system ----------
  /**
   * Rentals for the gate: all current ones (no `since`), or every one with a card changed since then —
   * ended ones included, so the gate drops their plates. Bounded: one project's car park.
   */
  gateRentals(projectId: number, since: Date | null) {
    const qb = this.ds
      .getRepository(ParkingApplication)
      .createQueryBuilder('a')
      .where('a.projectId = :p', { p: projectId })
      .andWhere('a.cardNo IS NOT NULL');
    if (since) qb.andWhere('a.updatedAt >= :since', { since });
    else qb.andWhere("a.status = 'active'");
    return qb.orderBy('a.id', 'ASC').limit(20_000).getMany();
  }

  // ---------- the ledger (车位台帐) ----------
  /**
   * The parking ledger: every rental that has a space (current and ended), newest first, with its
   * space and area; filtered by area, state, kind or a plate/number/name, paged on the server.
   */
  async ledgerPage(q: {
    projectId: number;
    areaId?: number;
    kind?: string;
    status?: string;
    keyword?: string;
    /** current rentals ending on or before this local date */
    endBy?: string;
    cursor?: string;
    limit?: number;
  }) {
    const qb = this.ds
      .getRepository(ParkingApplication)
      .createQueryBuilder('a')
      .where('a.projectId = :p', { p: q.projectId })
      .andWhere('a.cardNo IS NOT NULL');
    if (q.endBy) qb.andWhere("a.status = 'active' AND a.endOn <= :endBy", { endBy: q.endBy });
    if (q.areaId) qb.andWhere('a.spaceId IN (SELECT s.id FROM parking_space s WHERE s.area_id = :area)', { area: q.areaId });
    return listPage(qb, 'a', q, {
      equal: { status: q.status, kind: q.kind },
      keywordIn: ['plate', 'applicantName', 'contractNo', 'cardNo'],
    });
  }
  areasByIds(ids: number[]) {
    if (!ids.length) return Promise.resolve([] as ParkingArea[]);
    return this.ds.getRepository(ParkingArea).find({ where: { id: In(ids) } });
  }
}
