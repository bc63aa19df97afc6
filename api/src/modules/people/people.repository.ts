import { Inject, Injectable } from '@nestjs/common';
import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { escapeLike, keysetPage } from '../../common/paging.js';
import { Building, Project, Room } from '../org/entities.js';
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
}
export const roomLabel = (r: { buildingName: string; unit: string | null; roomNo: string }) =>
  `${r.buildingName} ${r.unit ? r.unit + ' ' : ''}${r.roomNo}`;

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
      .innerJoin(Room, 'r', 'r.id = b.roomId')
      .innerJoin(Building, 'bd', 'bd.id = r.buildingId')
      .innerJoin(Project, 'pj', 'pj.id = r.projectId')
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
      .getRepository(Room)
      .createQueryBuilder('r')
      .innerJoin(Building, 'bd', 'bd.id = r.buildingId')
      .innerJoin(Project, 'pj', 'pj.id = r.projectId')
      .select([
        'r.id AS roomId',
        'r.project_id AS projectId',
        'r.property_code AS propertyCode',
        'r.room_no AS roomNo',
        'r.unit AS unit',
        'r.area AS area',
        'r.room_use AS roomUse',
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
  async roomLabels(ids: number[]): Promise<Map<number, { label: string; propertyCode: string }>> {
    if (!ids.length) return new Map();
    const rows = await this.ds
      .getRepository(Room)
      .createQueryBuilder('r')
      .innerJoin(Building, 'b', 'b.id = r.buildingId')
      .select([
        'r.id AS id',
        'r.room_no AS roomNo',
        'r.unit AS unit',
        'r.property_code AS propertyCode',
        'b.name AS buildingName',
      ])
      .where('r.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getRawMany();
    return new Map(rows.map((r) => [Number(r.id), { label: roomLabel(r), propertyCode: String(r.propertyCode) }]));
  }

  // ---- vehicles ----
  async vehicleDtos(where: { roomId?: number; personId?: number; ids?: number[] }) {
    const qb = this.ds
      .getRepository(Vehicle)
      .createQueryBuilder('v')
      .innerJoin(Person, 'p', 'p.id = v.personId')
      .leftJoin(Room, 'r', 'r.id = v.roomId')
      .leftJoin(Building, 'bd', 'bd.id = r.buildingId')
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
