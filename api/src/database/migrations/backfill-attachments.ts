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
