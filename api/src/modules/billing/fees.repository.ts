import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { keysetPage } from '../../common/paging.js';
import { dbKind } from '../../database/data-source.js';
import { isUniqueViolation } from '../../database/errors.js';
import { transactionRetried } from '../../database/transactions.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { Bill, BillRun, FeeItem, MeterReading } from './entities.js';

/** A DATETIME parameter both dialects store as the same UTC wall time. */
const sqlInstant = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');

export interface RunChunk {
  projectId: number;
  period: string;
  /** rooms with afterId < id <= toId (toId null: to the end) */
  afterId: number;
  toId: number | null;
  now: Date;
}

/**
 * Fee items, meter readings and the bill run's set-based SQL (R-FEE-04). Reads room (org) and
 * room_binding (people) by name, read-only: the bill run charges every room in one statement per chunk.
 */
@Injectable()
export class FeesRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  /** run again when a deadlock rolled it back (a bill run's chunk meeting another writer of `bill`) */
  transaction<T>(fn: (em: EntityManager) => Promise<T>, attempts?: number): Promise<T> {
    return transactionRetried(this.ds, fn, attempts);
  }

  // ---- fee items ----
  feeItem(id: number) {
    return this.ds.getRepository(FeeItem).findOne({ where: { id } });
  }
  feeItems(projectIds: number[], onlyActive = false) {
    if (!projectIds.length) return Promise.resolve([] as FeeItem[]);
    const qb = this.ds.getRepository(FeeItem).createQueryBuilder('f').where('f.project_id IN (:...projectIds)', { projectIds });
    if (onlyActive) qb.andWhere('f.active = 1');
    return qb.orderBy('f.project_id').addOrderBy('f.id').getMany();
  }
  async insertFeeItem(row: Omit<FeeItem, 'id'>): Promise<number> {
    return Number((await this.ds.getRepository(FeeItem).insert(row)).identifiers[0]!.id);
  }
  async updateFeeItem(id: number, patch: Partial<FeeItem>): Promise<void> {
    await this.ds.getRepository(FeeItem).update({ id }, patch);
  }
  /** Projects where the person holds an approved room. */
  async ownerProjectIds(personId: number): Promise<number[]> {
    const rows: { id: number }[] = await this.ds.query(
      "SELECT DISTINCT r.project_id AS id FROM room_binding x JOIN room r ON r.id = x.room_id WHERE x.person_id = ? AND x.status = 'approved'",
      [personId],
    );
    return rows.map((r) => Number(r.id));
  }

  // ---- meter readings ----
  reading(roomId: number, feeItemId: number, period: string) {
    return this.ds.getRepository(MeterReading).findOne({ where: { roomId, feeItemId, period } });
  }
  /** The latest earlier reading of the room's meter (its current is this month's previous). */
  lastReadingBefore(roomId: number, feeItemId: number, period: string) {
    return this.ds
      .getRepository(MeterReading)
      .createQueryBuilder('m')
      .where('m.room_id = :roomId AND m.fee_item_id = :feeItemId AND m.period < :period', { roomId, feeItemId, period })
      .orderBy('m.period', 'DESC')
      .limit(1)
      .getOne();
  }
  /** Enters or corrects a reading; false when the month is billed already (the reading is then final). */
  async upsertReading(row: Omit<MeterReading, 'id'>): Promise<number> {
    return this.ds.transaction(async (em) => {
      const cur = await em
        .getRepository(MeterReading)
        .findOne({ where: { roomId: row.roomId, feeItemId: row.feeItemId, period: row.period } });
      if (cur) {
        await em.getRepository(MeterReading).update({ id: cur.id }, row);
        return cur.id;
      }
      return Number((await em.getRepository(MeterReading).insert(row)).identifiers[0]!.id);
    });
  }
  readingsPage(q: { projectId: number; period: string; feeItemId?: number; roomIds?: string; cursor?: string; limit?: number }) {
    const qb = this.ds
      .getRepository(MeterReading)
      .createQueryBuilder('m')
      .where('m.project_id = :projectId AND m.period = :period', { projectId: q.projectId, period: q.period });
    if (q.feeItemId) qb.andWhere('m.fee_item_id = :feeItemId', { feeItemId: q.feeItemId });
    if (q.roomIds) qb.andWhere('m.room_id IN (:...roomIds)', { roomIds: q.roomIds.split(',').map(Number) });
    return keysetPage(qb, 'm', q, 'DESC');
  }

  // ---- bills of fee items ----
  feeBill(roomId: number, feeItemId: number, period: string, em?: EntityManager) {
    return (em ?? this.ds.manager).getRepository(Bill).findOne({ where: { roomId, feeItemId, period } });
  }
  async billedKeys(keys: { roomId: number; feeItemId: number; period: string }[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    const rows: { room_id: number; fee_item_id: number; period: string }[] = await this.ds.query(
      `SELECT room_id, fee_item_id, period FROM bill WHERE ${keys.map(() => '(room_id = ? AND fee_item_id = ? AND period = ?)').join(' OR ')}`,
      keys.flatMap((k) => [k.roomId, k.feeItemId, k.period]),
    );
    return new Set(rows.map((r) => `${r.room_id}:${r.fee_item_id}:${r.period}`));
  }
  async insertBill(row: Omit<Bill, 'id'>): Promise<number> {
    return Number((await this.ds.getRepository(Bill).insert(row)).identifiers[0]!.id);
  }

  // ---- the bill run (R-FEE-04) ----
  billRun(projectId: number, period: string) {
    return this.ds.getRepository(BillRun).findOne({ where: { projectId, period } });
  }
  billRuns(projectId: number) {
    return this.ds.getRepository(BillRun).find({ where: { projectId }, order: { period: 'DESC' }, take: 36 });
  }
  /** The run's row, made on its first start (two starts at once: one row). */
  async openRun(row: Omit<BillRun, 'id'>): Promise<BillRun> {
    try {
      await this.ds.getRepository(BillRun).insert(row);
    } catch (e) {
      if (!isUniqueViolation(e)) throw e; // started by someone else a moment ago
    }
    return (await this.billRun(row.projectId, row.period))!;
  }
  async updateRun(id: number, patch: Partial<BillRun>, em?: EntityManager): Promise<void> {
    await (em ?? this.ds.manager).getRepository(BillRun).update({ id }, patch);
  }
  /** One more start of the run, counted in the database (two starts at once both count). */
  async countRunStart(id: number): Promise<void> {
    await this.ds.query('UPDATE bill_run SET runs = runs + 1 WHERE id = ?', [id]);
  }
  /**
   * Holds the run's row for the rest of the chunk's transaction, so that runs of one project's month started
   * together bill their chunks one after another instead of interleaving INSERT … SELECTs on `bill` (on
   * MariaDB those deadlock on gap and AUTO-INC locks). SQLite writes one transaction at a time anyway.
   */
  async lockRun(em: EntityManager, id: number): Promise<void> {
    if (dbKind(this.ds) === 'mysql') await em.query('SELECT id FROM bill_run WHERE id = ? FOR UPDATE', [id]);
  }
  /** The id of the room that ends the chunk of `size` rooms after `afterId` (null: the rest). */
  async chunkEnd(projectId: number, afterId: number, size: number): Promise<number | null> {
    const rows: { id: number }[] = await this.ds.query(
      'SELECT id FROM room WHERE project_id = ? AND id > ? ORDER BY id LIMIT 1 OFFSET ?',
      [projectId, afterId, size - 1],
    );
    return rows.length ? Number(rows[0]!.id) : null;
  }

  private concatTitle(): string {
    return dbKind(this.ds) === 'mysql' ? "CONCAT(f.name, ' ', ?)" : "f.name || ' ' || ?";
  }
  /** fen × hundredths → whole fen, half up, in integers (R-FEE-03): the same as shared `hundredthsToFen`. */
  private roundHundredths(expr: string): string {
    return dbKind(this.ds) === 'mysql' ? `((${expr}) + 50) DIV 100` : `((${expr}) + 50) / 100`;
  }
  private dueOn(): string {
    // the due day clamped to the month's end: the service passes the month's last day
    return dbKind(this.ds) === 'mysql'
      ? "CONCAT(?, '-', LPAD(LEAST(f.due_day, ?), 2, '0'))"
      : "? || '-' || substr('0' || min(f.due_day, ?), -2)";
  }

  /**
   * The rows a chunk would bill, as one SELECT: every active area/fixed item × every room of the
   * project it applies to (R-ORG-05: a room whose code is still a draft is not billed), and every reading of a metered item for the period. `fresh` keeps only
   * (room, item, period) not billed yet.
   */
  private chunkSelect(c: RunChunk, lastDay: number, fresh: boolean): { sql: string; params: unknown[] } {
    const range = c.toId === null ? 'r.id > ?' : 'r.id > ? AND r.id <= ?';
    const rangeParams = c.toId === null ? [c.afterId] : [c.afterId, c.toId];
    const notBilled = fresh
      ? ' AND NOT EXISTS (SELECT 1 FROM bill b WHERE b.room_id = r.id AND b.fee_item_id = f.id AND b.period = ?)'
      : '';
    const now = sqlInstant(c.now);
    const periodic = `SELECT r.project_id, r.id AS room_id, f.category AS kind, ${this.concatTitle()} AS title, 'fee' AS source_type, NULL AS source_id,
        f.id AS fee_item_id, ? AS period, ${this.dueOn()} AS due_on,
        CASE WHEN f.basis = 'area' THEN ${this.roundHundredths('r.area * f.unit_fen')} ELSE f.unit_fen END AS amount_fen,
        'unpaid' AS status, ? AS created_at, NULL AS paid_at, 0 AS version
      FROM room r JOIN fee_item f ON f.project_id = r.project_id
      WHERE r.project_id = ? AND ${range} AND r.archived_at IS NULL AND r.code_status = 'approved' AND f.active = 1 AND f.basis IN ('area', 'fixed')
        AND (f.room_use IS NULL OR f.room_use = r.room_use) AND (f.basis <> 'area' OR r.area > 0) AND f.unit_fen > 0${notBilled}`;
    const metered = `SELECT r.project_id, r.id AS room_id, f.category AS kind, ${this.concatTitle()} AS title, 'fee' AS source_type, NULL AS source_id,
        f.id AS fee_item_id, ? AS period, ${this.dueOn()} AS due_on, m.amount_fen, 'unpaid' AS status, ? AS created_at, NULL AS paid_at, 0 AS version
      FROM meter_reading m JOIN room r ON r.id = m.room_id JOIN fee_item f ON f.id = m.fee_item_id
      WHERE m.project_id = ? AND m.period = ? AND ${range} AND r.archived_at IS NULL AND r.code_status = 'approved' AND f.active = 1 AND f.basis = 'metered' AND m.amount_fen > 0${notBilled}`;
    return {
      sql: `${periodic} UNION ALL ${metered}`,
      params: [
        c.period,
        c.period,
        c.period,
        lastDay,
        now,
        c.projectId,
        ...rangeParams,
        ...(fresh ? [c.period] : []),
        c.period,
        c.period,
        c.period,
        lastDay,
        now,
        c.projectId,
        c.period,
        ...rangeParams,
        ...(fresh ? [c.period] : []),
      ],
    };
  }

  /**
   * One chunk of the run: INSERT … SELECT of every bill the chunk's rooms owe for the period, in one
   * statement; a (room, item, period) billed before — by an earlier run or one running at the same
   * time — is skipped by the unique key. Returns the rows added.
   */
  async runChunk(em: EntityManager, c: RunChunk, lastDay: number): Promise<number> {
    // NOT EXISTS skips what is billed (a rerun reads and writes nothing); the unique key catches a run at the same time
    const { sql, params } = this.chunkSelect(c, lastDay, true);
    const cols =
      '(project_id, room_id, kind, title, source_type, source_id, fee_item_id, period, due_on, amount_fen, status, created_at, paid_at, version)';
    if (dbKind(this.ds) !== 'mysql') {
      const insert = `INSERT INTO bill ${cols} SELECT * FROM (${sql}) WHERE true ON CONFLICT (room_id, fee_item_id, period) DO NOTHING`;
      return Number((await em.queryRunner!.query(insert, params, true)).affected ?? 0);
    }
    // INSERT IGNORE, not ON DUPLICATE KEY UPDATE: with mysql2's FOUND_ROWS flag a row another run inserted a moment
    // ago counts as affected there, so runs at once reported more bills added than there are (R-FEE-04). IGNORE
    // also turns other errors into warnings: any warning that is not one of the skipped duplicates rolls the chunk back.
    const res = await em.queryRunner!.query(`INSERT IGNORE INTO bill ${cols} SELECT * FROM (${sql}) AS x`, params, true);
    const raw = res.raw as { affectedRows?: number; warningStatus?: number; info?: string };
    const duplicates = Number(/Duplicates:\s*(\d+)/.exec(raw.info ?? '')?.[1] ?? 0);
    if ((raw.warningStatus ?? 0) > duplicates)
      throw new Error(`bill run chunk: ${raw.warningStatus} warnings for ${duplicates} duplicates (${raw.info})`);
    return Number(raw.affectedRows ?? res.affected ?? 0);
  }

  /** The period's fee bills and their total: what the run's record shows. */
  async periodTotals(projectId: number, period: string): Promise<{ bills: number; amountFen: number }> {
    const [r] = await this.ds.query(
      "SELECT COUNT(*) AS n, COALESCE(SUM(amount_fen), 0) AS s FROM bill WHERE project_id = ? AND period = ? AND source_type = 'fee'",
      [projectId, period],
    );
    return { bills: Number(r.n), amountFen: Number(r.s) };
  }

  /** The preview: what a run would add now, per fee item, without writing anything. */
  async preview(c: RunChunk, lastDay: number): Promise<{ feeItemId: number; bills: number; amountFen: number }[]> {
    const { sql, params } = this.chunkSelect(c, lastDay, true);
    const rows: { fee_item_id: number; n: number; s: number }[] = await this.ds.query(
      `SELECT fee_item_id, COUNT(*) AS n, SUM(amount_fen) AS s FROM (${sql}) x GROUP BY fee_item_id`,
      params,
    );
    return rows.map((r) => ({ feeItemId: Number(r.fee_item_id), bills: Number(r.n), amountFen: Number(r.s) }));
  }
  async countBills(projectId: number, period: string): Promise<number> {
    const [r] = await this.ds.query(
      "SELECT COUNT(*) AS n FROM bill WHERE project_id = ? AND period = ? AND source_type = 'fee'",
      [projectId, period],
    );
    return Number(r.n);
  }
  /** Rooms the metered items apply to that have no reading for the period. */
  async missingReadings(projectId: number, period: string): Promise<number> {
    const [r] = await this.ds.query(
      `SELECT COUNT(*) AS n FROM room r JOIN fee_item f ON f.project_id = r.project_id
       WHERE r.project_id = ? AND r.archived_at IS NULL AND f.active = 1 AND f.basis = 'metered' AND (f.room_use IS NULL OR f.room_use = r.room_use)
         AND NOT EXISTS (SELECT 1 FROM meter_reading m WHERE m.room_id = r.id AND m.fee_item_id = f.id AND m.period = ?)`,
      [projectId, period],
    );
    return Number(r.n);
  }
}
