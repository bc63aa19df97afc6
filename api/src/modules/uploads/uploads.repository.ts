import { Inject, Injectable } from '@nestjs/common';
import { In, IsNull, LessThan, type DataSource, type EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { Upload } from './entities.js';

/** Every query of uploads. */
@Injectable()
export class UploadsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  async insert(row: Omit<Upload, 'id' | 'attachedAt'>): Promise<number> {
    return Number((await this.ds.getRepository(Upload).insert(row)).identifiers[0]!.id);
  }
  upload(id: number) {
    return this.ds.getRepository(Upload).findOne({ where: { id } });
  }
  /** Who uploaded each of these files (missing ids are simply absent). */
  async owners(ids: number[]): Promise<{ id: number; ownerKind: string; ownerId: number }[]> {
    const rows: { id: number; k: string; o: number }[] = await this.ds.query(
      `SELECT id, owner_kind AS k, owner_id AS o FROM upload WHERE id IN (${ids.map(() => '?').join(',')})`,
      ids,
    );
    return rows.map((r) => ({ id: Number(r.id), ownerKind: r.k, ownerId: Number(r.o) }));
  }
  /** Marks files as taken by a record (in the record's transaction); files already taken keep their time. */
  async markAttached(em: EntityManager, ids: number[], at: Date): Promise<void> {
    if (ids.length) await em.getRepository(Upload).update({ id: In(ids), attachedAt: IsNull() }, { attachedAt: at });
  }
  /** How many files, and how many bytes, an uploader has that no record has taken yet. */
  async unattachedOf(ownerKind: string, ownerId: number): Promise<{ files: number; bytes: number }> {
    const [r] = await this.ds.query(
      'SELECT COUNT(*) AS n, COALESCE(SUM(size), 0) AS b FROM upload WHERE owner_kind = ? AND owner_id = ? AND attached_at IS NULL',
      [ownerKind, ownerId],
    );
    return { files: Number(r.n), bytes: Number(r.b) };
  }
  /** Files nobody took, uploaded before `before` (the sweep's next batch). */
  strays(before: Date, limit: number) {
    return this.ds.getRepository(Upload).find({
      where: { attachedAt: IsNull(), createdAt: LessThan(before) },
      order: { id: 'ASC' },
      take: limit,
    });
  }
  /** Deletes the row of a file no record took; false when something took it meanwhile. */
  async deleteStray(id: number): Promise<boolean> {
    const r = await this.ds.getRepository(Upload).delete({ id, attachedAt: IsNull() });
    return (r.affected ?? 0) === 1;
  }
}
