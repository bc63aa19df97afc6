/** Data steps that migrations run after their schema changes. */
import type { QueryRunner } from 'typeorm';
import type { PiiCipher } from '../../infra/pii.js';

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

/**
 * Data step of OwnerSatisfaction: the owner's own rating used to be written to `satisfaction` on
 * confirmation and overwritten by the callback. Where no callback was made, what is there is the
 * owner's; where one was, the owner's rating is read back from the owner's confirmation event.
 */
export async function backfillOwnerSatisfaction(qr: QueryRunner, labels: Record<string, string>): Promise<void> {
  await qr.query(
    `UPDATE service_request SET owner_satisfaction = satisfaction, satisfaction = NULL
      WHERE satisfaction IS NOT NULL AND NOT EXISTS (SELECT 1 FROM callback_record c WHERE c.request_id = service_request.id)`,
  );
  const byLabel = new Map(Object.entries(labels).map(([k, v]) => [v, k]));
  const confirms: { request_id: number; note: string | null }[] = await qr.query(
    "SELECT request_id, note FROM request_event WHERE action = 'confirm' AND actor_kind = 'owner' ORDER BY id",
  );
  for (const e of confirms) {
    const label = /评价：([^；]+)/.exec(e.note ?? '')?.[1];
    const key = label ? byLabel.get(label) : undefined;
    if (!key) continue;
    await qr.query('UPDATE service_request SET owner_satisfaction = ? WHERE id = ? AND owner_satisfaction IS NULL', [
      key,
      Number(e.request_id),
    ]);
  }
}

/**
 * Data step of TimelineAudience: every event gets its audience by action (the owner step names
 * in shared decide), and the owner-safe note of the steps whose note was already the owner's own
 * words or plain facts (what was reported, the result, the owner's confirmation, a payment; a
 * cancellation or reopening by the owner). Other owner steps keep no owner note: the step name alone.
 */
export async function backfillTimelineAudience(qr: QueryRunner, ownerActions: readonly string[]): Promise<void> {
  if (!ownerActions.length) return;
  const list = ownerActions.map(() => '?').join(',');
  await qr.query(`UPDATE request_event SET audience = 'owner' WHERE action IN (${list})`, [...ownerActions]);
  await qr.query(
    `UPDATE request_event SET owner_note = note
      WHERE audience = 'owner' AND (action IN ('intake', 'finish', 'confirm', 'payment') OR (action IN ('cancel', 'reopen') AND actor_kind = 'owner'))`,
  );
}

/**
 * Data step of UploadsAttached: files already taken by a request (its photos, its events' photos,
 * its signature) are attached since they were uploaded, so the sweep of unattached files keeps them.
 */
export async function backfillAttachedUploads(qr: QueryRunner): Promise<void> {
  await qr.query(
    `UPDATE upload SET attached_at = created_at
      WHERE id IN (SELECT upload_id FROM request_attachment)
         OR id IN (SELECT signature_upload_id FROM service_request WHERE signature_upload_id IS NOT NULL)`,
  );
}

/**
 * Data step of PaymentTransactionId: online payments credited before the column kept WeChat Pay's
 * transaction_id only in their note (`微信支付 <transaction_id>`); it moves to the column.
 */
export async function backfillPaymentTransactionIds(qr: QueryRunner): Promise<void> {
  const rows: { id: number; note: string | null }[] = await qr.query(
    "SELECT id, note FROM payment WHERE method = 'wechat_pay' AND transaction_id IS NULL AND note IS NOT NULL",
  );
  for (const r of rows) {
    const m = /^微信支付 ([0-9A-Za-z_-]{1,32})$/.exec(String(r.note).trim());
    if (m) await qr.query('UPDATE payment SET transaction_id = ? WHERE id = ?', [m[1], Number(r.id)]);
  }
}

/**
 * Data step of InvoiceContactsEncrypted (R-OWN-06): invoice requests' tax numbers and e-mails stored in clear
 * (tax_no, email) are written through the PII cipher into tax_no_enc and email_enc, before the clear columns go.
 */
export async function encryptInvoiceContacts(qr: QueryRunner, pii: () => PiiCipher): Promise<void> {
  const rows: { id: number; tax_no: string | null; email: string | null }[] = await qr.query(
    'SELECT id, tax_no, email FROM invoice_request WHERE email_enc IS NULL AND tax_no_enc IS NULL',
  );
  if (!rows.length) return;
  const c = pii();
  for (const r of rows)
    await qr.query('UPDATE invoice_request SET tax_no_enc = ?, email_enc = ? WHERE id = ?', [
      c.encrypt(r.tax_no),
      c.encrypt(r.email),
      Number(r.id),
    ]);
}

/** The way back (InvoiceContactsEncrypted's down): the clear columns are filled again from the encrypted ones. */
export async function decryptInvoiceContacts(qr: QueryRunner, pii: () => PiiCipher): Promise<void> {
  const rows: { id: number; tax_no_enc: string | null; email_enc: string | null }[] = await qr.query(
    'SELECT id, tax_no_enc, email_enc FROM invoice_request WHERE tax_no_enc IS NOT NULL OR email_enc IS NOT NULL',
  );
  if (!rows.length) return;
  const c = pii();
  for (const r of rows)
    await qr.query('UPDATE invoice_request SET tax_no = ?, email = ? WHERE id = ?', [
      c.decrypt(r.tax_no_enc),
      c.decrypt(r.email_enc) ?? '',
      Number(r.id),
    ]);
}
