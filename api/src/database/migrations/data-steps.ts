/** Data steps that migrations run after their schema changes. */
import type { QueryRunner } from 'typeorm';

/** Data step of RepairsBilling: photos already on requests and their events become the request's attachments. */
export async function backfillAttachments(qr: QueryRunner): Promise<void> {
  const rows: { request_id: number; photo_ids: string | null }[] = [
    ...(await qr.query('SELECT id AS request_id, photo_ids FROM service_request WHERE photo_ids IS NOT NULL')),
    ...(await qr.query('SELECT request_id, photo_ids FROM request_event WHERE photo_ids IS NOT NULL')),
  ];
  const seen = new Set<string>();
  for (const r of rows) {
    let ids: unknown;
    try {
      ids = JSON.parse(String(r.photo_ids));
    } catch {
      continue;
    }
    if (!Array.isArray(ids)) continue;
    for (const u of ids) {
      const key = `${r.request_id}:${u}`;
      if (!Number.isInteger(u) || seen.has(key)) continue;
      seen.add(key);
      await qr.query('INSERT INTO request_attachment (request_id, upload_id) VALUES (?, ?)', [Number(r.request_id), u]);
    }
  }
}

/** Data step of DailyCounter: today's (and every day's) last serial, from the codes already given out. */
export async function backfillDailyCounters(qr: QueryRunner): Promise<void> {
  for (const [table, column] of [
    ['service_request', 'code'],
    ['payment', 'receipt_no'],
  ] as const) {
    const rows: { p: string; m: string }[] = await qr.query(
      `SELECT SUBSTR(${column}, 1, LENGTH(${column}) - 4) AS p, MAX(${column}) AS m FROM ${table} WHERE ${column} IS NOT NULL GROUP BY SUBSTR(${column}, 1, LENGTH(${column}) - 4)`,
    );
    for (const r of rows) {
      const serial = Number(String(r.m).slice(-4));
      if (Number.isInteger(serial))
        await qr.query('INSERT INTO daily_counter (prefix, last_serial) VALUES (?, ?)', [r.p, serial]);
    }
  }
}
