import { roomLabel } from '@wy/shared';
import { Inject, Injectable } from '@nestjs/common';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { escapeLike, keysetPage } from '../../common/paging.js';
import { Person, RoomBinding, Vehicle } from './entities.js';

export interface RoomRef {
  roomId: number;
  projectId: number;
  propertyCode: string;
  roomNo: string;
  unit: string | null;
  buildingName: string;
  projectName: string;
  servicePhone: string | null;
  area: number;
  use: string;
  /** R-ORG-05 'draft' until the general manager approves the project's code table */
  codeStatus?: string;
}
export { roomLabel };

/**
 * Every query of persons, room bindings and vehicles. Views that show a room's label read the
 * org tables (room, building, project) in the same query, by table name and read-only.
 */
@Injectable()
export class PeopleRepository {
  constructor(@Inject(DATA_SOURCE) readonly ds: DataSource) {}

  person(id: number, em?: EntityManager) {
    return (em ?? this.ds.manager).getRepository(Person).findOne({ where: { id } });
  }
  personByPhoneHash(phoneHash: string, em?: EntityManager) {
    return (em ?? this.ds.manager).getRepository(Person).findOne({ where: { phoneHash } });
  }
  personsByIds(ids: number[]) {
    if (!ids.length) return Promise.resolve([] as Person[]);
    return this.ds.getRepository(Person).createQueryBuilder('p').where('p.id IN (:...ids)', { ids }).getMany();
  }
  async insertPerson(p: Omit<Person, 'id'>, em?: EntityManager): Promise<number> {
    const r = await (em ?? this.ds.manager).getRepository(Person).insert(p);
    return Number(r.identifiers[0]!.id);
  }
  async updatePerson(id: number, patch: Partial<Person>, em?: EntityManager): Promise<void> {
    await (em ?? this.ds.manager).getRepository(Person).update({ id }, patch);
  }

  /** Persons with any binding in the project, newest first; keyword = phone hash, room code/number or name. */
  ownerPage(
    q: { projectId: number; cursor?: string; limit?: number },
    k: { phoneHash?: string; roomPrefix?: string; name?: string },
  ) {
    const qb = this.ds.getRepository(Person).createQueryBuilder('p');
    const sub = this.ds
      .getRepository(RoomBinding)
      .createQueryBuilder('b')
      .select('1')
      .where('b.person_id = p.id')
      .andWhere('b.project_id = :projectId');
    if (k.roomPrefix) {
      sub.andWhere(
        `b.room_id IN (SELECT r.id FROM room r WHERE r.project_id = :projectId AND (r.property_code LIKE :roomPrefix ESCAPE '!' OR r.room_no LIKE :roomPrefix ESCAPE '!'))`,
      );
    }
    qb.where(`EXISTS (${sub.getQuery()})`, { projectId: q.projectId, roomPrefix: `${escapeLike(k.roomPrefix ?? '')}%` });
    if (k.phoneHash) qb.andWhere('p.phone_hash = :phoneHash', { phoneHash: k.phoneHash });
    if (k.name) qb.andWhere("p.name LIKE :name ESCAPE '!'", { name: `%${escapeLike(k.name)}%` });
    return keysetPage(qb, 'p', q, 'DESC');
  }

  /** Bindings of the given persons (optionally in one project) with their room labels. */
  async bindingsOf(personIds: number[], projectId?: number) {
    if (!personIds.length) return [];
    const qb = this.bindingRows().where('b.person_id IN (:...personIds)', { personIds });
    if (projectId) qb.andWhere('b.project_id = :projectId', { projectId });
    return this.mapBindingRows(await qb.orderBy('b.id', 'ASC').getRawMany());
  }

  private bindingRows() {
    return this.ds
      .getRepository(RoomBinding)
      .createQueryBuilder('b')
      .innerJoin('room', 'r', 'r.id = b.room_id')
      .innerJoin('building', 'bd', 'bd.id = r.building_id')
      .innerJoin('project', 'pj', 'pj.id = r.project_id')
      .innerJoin(Person, 'p', 'p.id = b.personId')
      .select([
        'b.id AS id',
        'b.project_id AS projectId',
        'b.room_id AS roomId',
        'b.person_id AS personId',
        'b.kind AS kind',
        'b.status AS status',
        'b.note AS note',
        'b.reject_reason AS rejectReason',
        'b.created_at AS createdAt',
        'b.reviewed_at AS reviewedAt',
        'r.property_code AS propertyCode',
        'r.room_no AS roomNo',
        'r.unit AS unit',
        'r.area AS area',
        'r.room_use AS roomUse',
        'bd.name AS buildingName',
        'pj.name AS projectName',
        'pj.service_phone AS servicePhone',
        'pj.timezone AS timeZone',
        'p.name AS personName',
        'p.phone_enc AS phoneEnc',
      ]);
  }
  private mapBindingRows(rows: Record<string, unknown>[]) {
    return rows.map((r) => ({
      id: Number(r.id),
      projectId: Number(r.projectId),
      roomId: Number(r.roomId),
      personId: Number(r.personId),
      kind: String(r.kind),
      status: String(r.status),
      note: (r.note as string | null) ?? null,
      rejectReason: (r.rejectReason as string | null) ?? null,
      createdAt: toDate(r.createdAt)!,
      reviewedAt: toDate(r.reviewedAt),
      propertyCode: String(r.propertyCode),
      roomNo: String(r.roomNo),
      unit: (r.unit as string | null) ?? null,
      area: Number(r.area),
      use: String(r.roomUse),
      buildingName: String(r.buildingName),
      projectName: String(r.projectName),
      servicePhone: (r.servicePhone as string | null) ?? null,
      timeZone: String(r.timeZone),
      personName: String(r.personName),
      phoneEnc: (r.phoneEnc as string | null) ?? null,
    }));
  }
  async bindingView(id: number) {
    const rows = await this.bindingRows().where('b.id = :id', { id }).getRawMany();
    return this.mapBindingRows(rows)[0] ?? null;
  }
  async bindingViews(where: { roomId?: number; personId?: number; statuses?: string[] }) {
    const qb = this.bindingRows().where('1 = 1');
    if (where.roomId) qb.andWhere('b.room_id = :roomId', { roomId: where.roomId });
    if (where.personId) qb.andWhere('b.person_id = :personId', { personId: where.personId });
    if (where.statuses) qb.andWhere('b.status IN (:...statuses)', { statuses: where.statuses });
    return this.mapBindingRows(await qb.orderBy('b.id', 'DESC').getRawMany());
  }
  async bindingPage(q: { projectId: number; status?: string; cursor?: string; limit?: number }) {
    const qb = this.ds
      .getRepository(RoomBinding)
      .createQueryBuilder('b')
      .where('b.project_id = :projectId', { projectId: q.projectId });
    if (q.status) qb.andWhere('b.status = :status', { status: q.status });
    const page = await keysetPage(qb, 'b', q, 'DESC');
    const ids = page.rows.map((r) => r.id);
    const views = ids.length
      ? this.mapBindingRows(await this.bindingRows().where('b.id IN (:...ids)', { ids }).orderBy('b.id', 'DESC').getRawMany())
      : [];
    return { rows: views, nextCursor: page.nextCursor };
  }
  binding(id: number, em?: EntityManager) {
    return (em ?? this.ds.manager).getRepository(RoomBinding).findOne({ where: { id } });
  }
  async insertBinding(b: Omit<RoomBinding, 'id'>, em?: EntityManager): Promise<number> {
    const r = await (em ?? this.ds.manager).getRepository(RoomBinding).insert(b);
    return Number(r.identifiers[0]!.id);
  }
  /** Moves a binding only if it is still in `from`: two reviewers cannot both decide. */
  async moveBinding(id: number, from: string, patch: Partial<RoomBinding>, em?: EntityManager): Promise<boolean> {
    const r = await (em ?? this.ds.manager).getRepository(RoomBinding).update({ id, status: from }, patch);
    return (r.affected ?? 0) === 1;
  }
  /**
   * R-MOV-02 a finished move-in makes the buyer the room's owner of record, in the move-in's transaction: the
   * person with that phone (created if none; an archived record is left alone), an approved owner binding —
   * a pending request of theirs for the room approved as owner, nothing added when they already hold it.
   */
  async recordMoveInOwner(
    em: EntityManager,
    e: { projectId: number; roomId: number; name: string; phoneEnc: string; phoneHash: string; staffId: number; at: Date },
  ): Promise<void> {
    const person = await this.personByPhoneHash(e.phoneHash, em);
    if (person?.archivedAt) return;
    const personId =
      person?.id ??
      (await this.insertPerson(
        {
          name: e.name,
          phoneEnc: e.phoneEnc,
          phoneHash: e.phoneHash,
          idNoEnc: null,
          idNoHash: null,
          openid: null,
          unionid: null,
          isKeyCustomer: false,
          note: null,
          createdAt: e.at,
          updatedAt: e.at,
          archivedAt: null,
        },
        em,
      ));
    const bindings = em.getRepository(RoomBinding);
    const open = await bindings.findOne({ where: { activeKey: `${e.roomId}:${personId}` } });
    if (open?.status === 'approved' && open.kind === 'owner') return;
    const review = { kind: 'owner', status: 'approved', rejectReason: null, reviewedByStaffId: e.staffId, reviewedByPersonId: null, reviewedAt: e.at };
    if (open) {
      await bindings.update({ id: open.id }, { ...review, note: '入伙办结，确认为业主' });
      return;
    }
    await this.insertBinding(
      {
        projectId: e.projectId,
        roomId: e.roomId,
        personId,
        activeKey: `${e.roomId}:${personId}`,
        requestedBy: 'staff',
        note: '入伙办结',
        createdAt: e.at,
        ...review,
      },
      em,
    );
  }

  /** Is this person an approved owner of the room? */
  async isApprovedOwner(personId: number, roomId: number): Promise<boolean> {
    return (
      (await this.ds.getRepository(RoomBinding).count({ where: { personId, roomId, status: 'approved', kind: 'owner' } })) > 0
    );
  }
  async hasApprovedBinding(personId: number, roomId: number): Promise<boolean> {
    return (await this.ds.getRepository(RoomBinding).count({ where: { personId, roomId, status: 'approved' } })) > 0;
  }

  async roomRef(roomId: number): Promise<RoomRef | null> {
    const r = await this.ds
      .createQueryBuilder()
      .from('room', 'r')
      .innerJoin('building', 'bd', 'bd.id = r.building_id')
      .innerJoin('project', 'pj', 'pj.id = r.project_id')
      .select([
        'r.id AS roomId',
        'r.project_id AS projectId',
        'r.property_code AS propertyCode',
        'r.room_no AS roomNo',
        'r.unit AS unit',
        'r.area AS area',
        'r.room_use AS roomUse',
        'r.code_status AS codeStatus',
        'bd.name AS buildingName',
        'pj.name AS projectName',
        'pj.service_phone AS servicePhone',
      ])
      .where('r.id = :roomId AND r.archived_at IS NULL', { roomId })
      .getRawOne();
    if (!r) return null;
    return { ...r, roomId: Number(r.roomId), projectId: Number(r.projectId), area: Number(r.area), use: r.roomUse };
  }

  /** "A座 1203" labels (and property codes) of rooms, archived or not: what lists and receipts show. */
  async roomLabels(ids: number[]): Promise<Map<number, { label: string; propertyCode: string; projectId: number }>> {
    if (!ids.length) return new Map();
    const unique = [...new Set(ids)];
    // plain SQL: every request summary and detail labels its room (and a desk intake checks the room's project)
    const rows: {
      id: number;
      projectId: number;
      roomNo: string;
      unit: string | null;
      propertyCode: string;
      buildingName: string;
    }[] = await this.ds.query(
      `SELECT r.id AS id, r.project_id AS projectId, r.room_no AS roomNo, r.unit AS unit, r.property_code AS propertyCode, b.name AS buildingName
         FROM room r INNER JOIN building b ON b.id = r.building_id WHERE r.id IN (${unique.map(() => '?').join(', ')})`,
      unique,
    );
    return new Map(
      rows.map((r) => [
        Number(r.id),
        { label: roomLabel(r), propertyCode: String(r.propertyCode), projectId: Number(r.projectId) },
      ]),
    );
  }

  personByOpenid(openid: string) {
    return this.ds.getRepository(Person).findOne({ where: { openid } });
  }
  async hasBindings(personId: number): Promise<boolean> {
    return (await this.ds.getRepository(RoomBinding).count({ where: { personId } })) > 0;
  }
  /** Moves a WeChat identity from a blank person to the registered one, in one transaction. */
  async moveOpenid(fromId: number, toId: number, openid: string, unionid: string | null, at: Date): Promise<void> {
    await this.ds.transaction(async (em) => {
      await em
        .getRepository(Person)
        .update(
          { id: fromId },
          { openid: null, unionid: null, archivedAt: at, note: `微信身份已合并到档案 ${toId}`, updatedAt: at },
        );
      await em.getRepository(Person).update({ id: toId }, { openid, unionid, updatedAt: at });
    });
  }
  /** Is the person an approved occupant in the project (of this room when one is given)? */
  async isBoundInProject(personId: number, projectId: number, roomId?: number): Promise<boolean> {
    const where = { personId, projectId, status: 'approved', ...(roomId ? { roomId } : {}) };
    return (await this.ds.getRepository(RoomBinding).count({ where })) > 0;
  }
  /**
   * `isBoundInProject` and whether the person is a key customer, in one query: null when the
   * person has no approved binding in the project (to this room when one is given).
   */
  async boundInProject(personId: number, projectId: number, roomId?: number): Promise<{ keyCustomer: boolean } | null> {
    const [row]: { k: unknown }[] = await this.ds.query(
      `SELECT p.is_key_customer AS k FROM room_binding b INNER JOIN person p ON p.id = b.person_id
        WHERE b.person_id = ? AND b.project_id = ? AND b.status = 'approved'${roomId ? ' AND b.room_id = ?' : ''} LIMIT 1`,
      roomId ? [personId, projectId, roomId] : [personId, projectId],
    );
    return row ? { keyCustomer: !!Number(row.k) } : null;
  }
  async approvedRooms(personId: number): Promise<{ projectId: number; roomId: number; buildingId: number }[]> {
    const rows: { projectId: unknown; roomId: unknown; buildingId: unknown }[] = await this.ds.query(
      `SELECT r.project_id AS projectId, r.id AS roomId, r.building_id AS buildingId FROM room_binding b
        INNER JOIN room r ON r.id = b.room_id
        WHERE b.person_id = ? AND b.status = 'approved' AND r.archived_at IS NULL`,
      [personId],
    );
    return rows.map((r) => ({ projectId: Number(r.projectId), roomId: Number(r.roomId), buildingId: Number(r.buildingId) }));
  }
  approvedBinding(personId: number, roomId: number) {
    return this.ds.getRepository(RoomBinding).findOne({ where: { roomId, personId, status: 'approved' } });
  }
  /** The rooms a person is the approved owner of (a member's or tenant's release pass waits for them). */
  async ownedRoomIds(personId: number): Promise<number[]> {
    const rows = await this.ds.getRepository(RoomBinding).find({ where: { personId, status: 'approved', kind: 'owner' } });
    return rows.map((r) => r.roomId);
  }
  /** Binding requests of the project waiting for review. */
  pendingBindings(projectId: number): Promise<number> {
    return this.ds.getRepository(RoomBinding).count({ where: { projectId, status: 'pending' } });
  }
  /** Which of these persons are key customers. */
  async keyCustomers(ids: number[]): Promise<Set<number>> {
    if (!ids.length) return new Set();
    const unique = [...new Set(ids)];
    const rows: { id: number }[] = await this.ds.query(
      `SELECT id FROM person WHERE id IN (${unique.map(() => '?').join(', ')}) AND is_key_customer = 1`,
      unique,
    );
    return new Set(rows.map((p) => Number(p.id)));
  }
  /** Approved and pending occupants of the given rooms, with the person's name and encrypted phone. */
  async occupants(roomIds: number[], onlyApproved = false) {
    if (!roomIds.length) return [];
    const qb = this.ds
      .getRepository(RoomBinding)
      .createQueryBuilder('b')
      .innerJoin(Person, 'p', 'p.id = b.personId')
      .select([
        'b.id AS bindingId',
        'b.room_id AS roomId',
        'b.person_id AS personId',
        'b.kind AS kind',
        'b.status AS status',
        'p.name AS name',
        'p.phone_enc AS phoneEnc',
      ])
      .where('b.room_id IN (:...roomIds)', { roomIds })
      .orderBy('b.id', 'ASC');
    qb.andWhere(onlyApproved ? "b.status = 'approved'" : "b.status IN ('approved','pending')");
    const rows = await qb.getRawMany();
    return rows.map((r) => ({ ...r, bindingId: Number(r.bindingId), roomId: Number(r.roomId), personId: Number(r.personId) }));
  }

  // ---- vehicles ----
  async vehicleDtos(where: { roomId?: number; personId?: number; ids?: number[] }) {
    const qb = this.ds
      .getRepository(Vehicle)
      .createQueryBuilder('v')
      .innerJoin(Person, 'p', 'p.id = v.personId')
      .leftJoin('room', 'r', 'r.id = v.room_id')
      .leftJoin('building', 'bd', 'bd.id = r.building_id')
      .select([
        'v.id AS id',
        'v.project_id AS projectId',
        'v.person_id AS personId',
        'p.name AS personName',
        'v.room_id AS roomId',
        'bd.name AS buildingName',
        'r.unit AS unit',
        'r.room_no AS roomNo',
        'v.plate AS plate',
        'v.model AS model',
        'v.color AS color',
        'v.space_no AS spaceNo',
      ])
      .where('v.archived_at IS NULL');
    if (where.roomId) qb.andWhere('v.room_id = :roomId', { roomId: where.roomId });
    if (where.personId) qb.andWhere('v.person_id = :personId', { personId: where.personId });
    if (where.ids) {
      if (!where.ids.length) return [];
      qb.andWhere('v.id IN (:...ids)', { ids: where.ids });
    }
    const rows = await qb.orderBy('v.id', 'DESC').getRawMany();
    return rows.map((r) => ({
      id: Number(r.id),
      projectId: Number(r.projectId),
      personId: Number(r.personId),
      personName: r.personName,
      roomId: r.roomId === null ? null : Number(r.roomId),
      roomLabel: r.roomNo ? roomLabel(r) : null,
      plate: r.plate,
      model: r.model ?? null,
      color: r.color ?? null,
      spaceNo: r.spaceNo ?? null,
    }));
  }
  vehiclePage(q: { projectId: number; keyword?: string; cursor?: string; limit?: number }) {
    const qb = this.ds
      .getRepository(Vehicle)
      .createQueryBuilder('v')
      .where('v.project_id = :projectId AND v.archived_at IS NULL', { projectId: q.projectId });
    if (q.keyword) qb.andWhere("v.plate LIKE :k ESCAPE '!'", { k: `%${escapeLike(q.keyword.toUpperCase())}%` });
    return keysetPage(qb, 'v', q, 'DESC');
  }
  vehicle(id: number) {
    return this.ds.getRepository(Vehicle).findOne({ where: { id, archivedAt: IsNull() } });
  }
  async insertVehicle(v: Omit<Vehicle, 'id'>): Promise<number> {
    const r = await this.ds.getRepository(Vehicle).insert(v);
    return Number(r.identifiers[0]!.id);
  }
  /**
   * R-OWN-01 / R-PRK-03 a rented space goes into the vehicle's record (the vehicle is recorded for the
   * renter when it was not yet), in the rental's transaction; an ended rental takes it out again.
   */
  async recordParking(
    em: EntityManager,
    v: {
      projectId: number;
      personId: number;
      roomId: number;
      plate: string;
      spaceNo: string | null;
      contractNo: string | null;
      at: Date;
    },
  ): Promise<void> {
    const key = `${v.projectId}:${v.plate}`;
    const repo = em.getRepository(Vehicle);
    const cur = await repo.findOne({ where: { activeKey: key } });
    if (cur) {
      if (v.spaceNo === null && cur.spaceNo === null) return;
      await repo.update({ id: cur.id }, { spaceNo: v.spaceNo, parkingContractNo: v.contractNo });
      return;
    }
    if (v.spaceNo === null) return;
    await repo.insert({
      projectId: v.projectId,
      personId: v.personId,
      roomId: v.roomId,
      plate: v.plate,
      activeKey: key,
      model: null,
      color: null,
      spaceNo: v.spaceNo,
      parkingContractNo: v.contractNo,
      createdAt: v.at,
      archivedAt: null,
    });
  }
  async archiveVehicle(id: number, at: Date): Promise<void> {
    await this.ds.getRepository(Vehicle).update({ id }, { archivedAt: at, activeKey: null });
  }
}

function toDate(v: unknown): Date | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  const s = String(v);
  // SQLite returns "YYYY-MM-DD HH:MM:SS(.sss)" in UTC
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : s.replace(' ', 'T') + 'Z');
}
