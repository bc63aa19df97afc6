import { Inject, Injectable } from '@nestjs/common';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../../../infra/tokens.js';
import { Building, Room, RoomFeeChange } from '../entities.js';

export type RoomWithBuilding = Room & { buildingName: string };

/** Every query of 业户资料 governance: base-record checks, fee information, fee-relevant changes, the code table. */
@Injectable()
export class RecordsRepository {
  constructor(@Inject(DATA_SOURCE) readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  private async withBuildings(rooms: Room[]): Promise<RoomWithBuilding[]> {
    const ids = [...new Set(rooms.map((r) => r.buildingId))];
    const names = new Map(
      (ids.length ? await this.ds.getRepository(Building).find({ where: { id: In(ids) } }) : []).map((b) => [b.id, b.name]),
    );
    return rooms.map((r) => ({ ...r, buildingName: names.get(r.buildingId) ?? '' }));
  }

  /** R-OWN-02 the worklist: rooms in use whose record is unchecked, or was entered late; oldest first, at most 200. */
  async worklist(projectId: number, list: 'unverified' | 'late'): Promise<RoomWithBuilding[]> {
    const qb = this.ds
      .getRepository(Room)
      .createQueryBuilder('r')
      .where('r.project_id = :projectId AND r.archived_at IS NULL', { projectId });
    if (list === 'unverified') qb.andWhere("r.record_status = 'entered'");
    else qb.andWhere('r.record_late = :late', { late: true });
    return this.withBuildings(await qb.orderBy('r.id', 'ASC').limit(200).getMany());
  }

  async room(id: number, em?: EntityManager): Promise<RoomWithBuilding | null> {
    const r = await (em ?? this.ds.manager).getRepository(Room).findOne({ where: { id } });
    return r ? (await this.withBuildings([r]))[0]! : null;
  }
  async roomsByIds(ids: number[]): Promise<Map<number, RoomWithBuilding>> {
    if (!ids.length) return new Map();
    const rooms = await this.ds.getRepository(Room).find({ where: { id: In([...new Set(ids)]) } });
    return new Map((await this.withBuildings(rooms)).map((r) => [r.id, r]));
  }

  /** One conditional update: of two people checking at once, one wins. */
  async verify(id: number, patch: Partial<Room>): Promise<boolean> {
    const r = await this.ds
      .createQueryBuilder()
      .update(Room)
      .set(patch)
      .where("id = :id AND record_status = 'entered'", { id })
      .execute();
    return (r.affected ?? 0) > 0;
  }
  async updateRoom(id: number, patch: Partial<Room>, em?: EntityManager): Promise<void> {
    await (em ?? this.ds.manager).getRepository(Room).update(id, patch);
  }

  // ---- the code table (R-ORG-05) ----
  async codeCounts(projectId: number): Promise<{ approved: number; draft: number }> {
    const rows: { s: string; n: string | number }[] = await this.ds
      .getRepository(Room)
      .createQueryBuilder('r')
      .select(['r.code_status AS s', 'COUNT(*) AS n'])
      .where('r.project_id = :projectId AND r.archived_at IS NULL', { projectId })
      .groupBy('r.code_status')
      .getRawMany();
    const n = (s: string) => Number(rows.find((r) => r.s === s)?.n ?? 0);
    return { approved: n('approved'), draft: n('draft') };
  }
  async drafts(projectId: number): Promise<RoomWithBuilding[]> {
    const rooms = await this.ds
      .getRepository(Room)
      .createQueryBuilder('r')
      .where("r.project_id = :projectId AND r.archived_at IS NULL AND r.code_status = 'draft'", { projectId })
      .orderBy('r.property_code', 'ASC')
      .limit(200)
      .getMany();
    return this.withBuildings(rooms);
  }
  async lastApproval(projectId: number): Promise<{ by: string | null; at: Date | null } | null> {
    const r = await this.ds
      .getRepository(Room)
      .createQueryBuilder('r')
      .where('r.project_id = :projectId AND r.code_approved_at IS NOT NULL', { projectId })
      .orderBy('r.code_approved_at', 'DESC')
      .getOne();
    return r ? { by: r.codeApprovedByName ?? null, at: r.codeApprovedAt ?? null } : null;
  }
  /** Approve every draft code of the project at once; answers how many. */
  async approveCodes(projectId: number, by: { id: number; name: string }, at: Date, em: EntityManager): Promise<number> {
    const r = await em
      .createQueryBuilder()
      .update(Room)
      .set({ codeStatus: 'approved', codeApprovedBy: by.id, codeApprovedByName: by.name, codeApprovedAt: at })
      .where("project_id = :projectId AND code_status = 'draft'", { projectId })
      .execute();
    return r.affected ?? 0;
  }

  // ---- fee-relevant changes (R-OWN-04) ----
  insertChange(row: Omit<RoomFeeChange, 'id'>): Promise<number> {
    return this.ds
      .getRepository(RoomFeeChange)
      .insert(row)
      .then((r) => Number(r.identifiers[0]!.id));
  }
  change(id: number, em?: EntityManager): Promise<RoomFeeChange | null> {
    return (em ?? this.ds.manager).getRepository(RoomFeeChange).findOne({ where: { id } });
  }
  changes(projectId: number, status?: string): Promise<RoomFeeChange[]> {
    return this.ds
      .getRepository(RoomFeeChange)
      .find({ where: { projectId, ...(status ? { status } : {}) }, order: { id: 'DESC' }, take: 200 });
  }
  /** One conditional update per move: of two people acting at once, one wins. */
  async moveChange(id: number, from: string, patch: Partial<RoomFeeChange>, em?: EntityManager): Promise<boolean> {
    const r = await (em ?? this.ds.manager)
      .createQueryBuilder()
      .update(RoomFeeChange)
      .set(patch)
      .where('id = :id AND status = :from', { id, from })
      .execute();
    return (r.affected ?? 0) > 0;
  }
  /** Delivered changes whose effective date has come (on or before `today`, the latest zone's date). */
  dueChanges(today: string): Promise<RoomFeeChange[]> {
    return this.ds
      .getRepository(RoomFeeChange)
      .createQueryBuilder('c')
      .where("c.status = 'delivered' AND c.effective_on <= :today", { today })
      .orderBy('c.id', 'ASC')
      .limit(500)
      .getMany();
  }
}
