// The bench's baseline: a bare Fastify + mysql2 server writing what the API writes, hand-written.
//   POST /intake            the open duplicates looked up (R-SRV-05), then the request, its code, the
//                           timeline event, the duty-log line, three SLA clocks (one transaction; the
//                           intake ratio's baseline)
//   POST /life/intake       the same for an owner's in-home repair (its category read, the owner's 受理 message)
//   POST /life/:id/:action  each later step of a repair's life (life.mjs): the request read (with its
//                           category), then one transaction: the conditional UPDATE on the version, the
//                           timeline event, the clock changes (an in-home repair's contact promise started
//                           at dispatch and kept on arrival), the owner's message / the technician's
//                           notification / the bill / the callback record where the step has one
// Answers are the id and status only (the API answers with the whole detail).
import Fastify from 'fastify';
import mysql from 'mysql2/promise';

const pool = mysql.createPool({ uri: process.env.BARE_DB_URL, connectionLimit: 20, timezone: 'Z' });
const bare = Fastify({ logger: false });
const HOUR = 3600_000;

async function inTransaction(fn) {
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    const out = await fn(conn);
    await conn.commit();
    return out;
  } catch (e) {
    await conn.rollback();
    throw e;
  } finally {
    conn.release();
  }
}

const event = (conn, r, at, action, from, to, note, audience = 'owner') =>
  conn.query(
    "INSERT INTO request_event (request_id, project_id, at, actor_kind, actor_id, actor_name, action, from_status, to_status, note, audience, owner_note) VALUES (?, ?, ?, 'staff', 1, 'bench', ?, ?, ?, ?, ?, ?)",
    [r.id, r.projectId, at, action, from, to, note, audience, audience === 'owner' ? note : null],
  );
const ownerMessage = (conn, r, template, at) =>
  conn.query(
    "INSERT INTO outbox (channel, dedupe_key, payload, created_at, next_attempt_at, attempts) VALUES ('wechat', ?, ?, ?, ?, 0)",
    [
      `req:${r.id}:${template}:${at.getTime()}`,
      JSON.stringify({ personId: r.personId, template, data: { code: r.code, category: r.categoryName } }),
      at,
      at,
    ],
  );

/**
 * BARE_ANSWER_READ=1: after a move, the bare server reads what the API's answer holds (timeline, clocks, bill) in one
 * statement and sends the rows back, so both sides issue the same statements (the "the same statements on
 * the bare server"); 0: it answers the id and status only, reading nothing after the move.
 */
const ANSWER_READ = process.env.BARE_ANSWER_READ !== '0';
const ANSWER_PARTS = [
  'SELECT 0 AS part, id, at, action, actor_name, note, from_status, to_status, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM request_event WHERE request_id = ?',
  'SELECT 1, id, NULL, NULL, NULL, NULL, NULL, NULL, kind, started_at, due_at, met_at, breached_at, NULL, NULL FROM sla_clock WHERE request_id = ?',
  "SELECT 2, id, created_at, NULL, NULL, title, NULL, NULL, kind, NULL, NULL, paid_at, NULL, amount_fen, status FROM bill WHERE source_type = 'repair' AND source_id = ?",
  "SELECT 3, a.id, a.proposed_at, NULL, NULL, a.reason, NULL, NULL, NULL, NULL, NULL, NULL, NULL, a.amount_fen, a.status FROM bill_adjustment a WHERE a.bill_id IN (SELECT s.id FROM bill s WHERE s.source_type = 'repair' AND s.source_id = ?) AND (a.status = 'approved' OR a.pending_bill_id IS NOT NULL)",
];
const ANSWER_SQL = ANSWER_PARTS.slice(0, 2).join(' UNION ALL ');
const ANSWER_SQL_PAID = ANSWER_PARTS.join(' UNION ALL ');

const OPEN = ['received', 'dispatched', 'accepted', 'arrived', 'paused', 'finished'];

async function intake(b, category) {
  const now = new Date();
  // R-SRV-05: the open requests of the same category at the same room or spot (the API looks too)
  const [open] = await pool.query(
    `SELECT id, code FROM service_request WHERE project_id = ? AND category_id = ? AND status IN (${OPEN.map(() => '?').join(',')}) AND ${b.roomId ? 'room_id' : 'location'} = ? ORDER BY id DESC LIMIT 20`,
    [b.projectId, b.categoryId, ...OPEN, b.roomId ?? b.location],
  );
  if (open.length && !b.notDuplicate) throw new Error('duplicate');
  return inTransaction(async (conn) => {
    const [r] = await conn.query(
      "INSERT INTO service_request (project_id, type, channel, room_id, location, requester_person_id, requester_name, category_id, scope, charge_kind, urgency, description, status, received_at, entered_at, updated_at, cycle, version, is_important, in_pool) VALUES (?, 'repair', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'received', ?, ?, ?, 0, 0, 0, 0)",
      [
        b.projectId,
        b.channel,
        b.roomId ?? null,
        b.location ?? null,
        b.requesterPersonId ?? null,
        b.requesterName,
        b.categoryId,
        category?.scope ?? 'public',
        category ? (category.paid ? 'paid' : 'free') : 'free',
        b.urgency,
        b.description,
        now,
        now,
        now,
      ],
    );
    const id = r.insertId;
    const code = `BXB${id}`;
    await conn.query('UPDATE service_request SET code = ? WHERE id = ?', [code, id]);
    await conn.query(
      "INSERT INTO request_event (request_id, project_id, at, actor_kind, actor_id, actor_name, action, to_status, note) VALUES (?, ?, ?, 'staff', 1, 'bench', 'intake', 'received', ?)",
      [id, b.projectId, now, b.description],
    );
    await conn.query(
      "INSERT INTO duty_log_entry (project_id, at, staff_id, staff_name, kind, request_id, content) VALUES (?, ?, 1, 'bench', 'request', ?, ?)",
      [b.projectId, now, id, b.description],
    );
    for (const kind of ['entry', 'dispatch', 'resolve']) {
      await conn.query(
        'INSERT INTO sla_clock (request_id, project_id, kind, cycle, started_at, due_at) VALUES (?, ?, ?, 0, ?, ?)',
        [id, b.projectId, kind, now, new Date(now.getTime() + HOUR)],
      );
    }
    if (b.requesterPersonId)
      await ownerMessage(conn, { id, code, personId: b.requesterPersonId, categoryName: category?.name ?? '' }, 'accepted', now);
    return { id };
  });
}

bare.post('/intake', async (req, reply) => reply.code(201).send(await intake(req.body)));
bare.post('/life/intake', async (req, reply) => {
  const [[category]] = await pool.query('SELECT id, name, scope, paid FROM repair_category WHERE id = ?', [req.body.categoryId]);
  return reply.code(201).send(await intake(req.body, category));
});

/** A clock kept now (broken if kept after its due time). */
const meet = (conn, r, kinds, at) =>
  conn.query(
    `UPDATE sla_clock SET met_at = ?, breached_at = COALESCE(breached_at, CASE WHEN ? > due_at THEN ? END) WHERE request_id = ? AND cycle = ? AND kind IN (${kinds.map(() => '?').join(',')}) AND met_at IS NULL`,
    [at, at, at, r.id, r.cycle, ...kinds],
  );

const MOVES = {
  dispatch: {
    from: 'received',
    to: 'dispatched',
    async before(r, b) {
      const [[tech]] = await pool.query(
        'SELECT s.id, s.name FROM staff s JOIN staff_project sp ON sp.staff_id = s.id AND sp.project_id = ? WHERE s.id = ? AND s.archived_at IS NULL',
        [r.projectId, b.assigneeStaffId],
      );
      if (!tech) throw new Error('not a technician of the project');
      return tech;
    },
    set: (b, now) => ['assignee_staff_id = ?, dispatched_at = ?', [b.assigneeStaffId, now]],
    async within(conn, r, b, now, tech) {
      await meet(conn, r, ['dispatch'], now);
      // R-REP-16: an in-home repair's contact promise starts with the technician's order (kept on arrival)
      if (r.scope === 'in_home')
        await conn.query(
          "INSERT INTO sla_clock (request_id, project_id, kind, cycle, dispatch_round, started_at, due_at) VALUES (?, ?, 'contact', ?, 0, ?, ?)",
          [r.id, r.projectId, r.cycle, now, new Date(now.getTime() + HOUR / 2)],
        );
      await ownerMessage(conn, r, 'dispatched', now);
      await conn.query(
        'INSERT INTO staff_notification (staff_id, project_id, title, body, link, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        [tech.id, r.projectId, `新工单 ${r.code}`, r.categoryName, `/requests/${r.id}`, now],
      );
    },
  },
  accept: { from: 'dispatched', to: 'accepted', set: (b, now) => ['accepted_at = ?', [now]] },
  arrive: {
    from: 'accepted',
    to: 'arrived',
    set: (b, now) => ['arrived_at = ?', [now]],
    // arriving is contacting the owner: an in-home repair's contact promise is kept (R-REP-16)
    within: (conn, r, b, now) => (r.scope === 'in_home' ? meet(conn, r, ['contact'], now) : undefined),
  },
  finish: {
    from: 'arrived',
    to: 'finished',
    set: (b, now) => [
      'finished_at = ?, result = ?, materials = ?, fee_fen = ?',
      [now, b.result, JSON.stringify(b.materials ?? []), b.feeFen],
    ],
    async within(conn, r, b, now) {
      await meet(conn, r, ['resolve', 'completion_entry'], now);
      await conn.query(
        "INSERT INTO sla_clock (request_id, project_id, kind, cycle, started_at, due_at) VALUES (?, ?, 'callback', ?, ?, ?)",
        [r.id, r.projectId, r.cycle, now, new Date(now.getTime() + 24 * HOUR)],
      );
      await ownerMessage(conn, r, 'finished', now);
      if (r.chargeKind === 'paid')
        await conn.query(
          "INSERT INTO bill (project_id, room_id, kind, title, source_type, source_id, amount_fen, status, created_at, version) VALUES (?, ?, 'repair', ?, 'repair', ?, ?, 'unpaid', ?, 0)",
          [r.projectId, r.roomId, `有偿维修 ${r.categoryName}（${r.code}）`, r.id, b.feeFen, now],
        );
    },
  },
  confirm: {
    from: 'finished',
    to: 'confirmed',
    set: (b, now) => ['confirmed_at = ?, owner_satisfaction = ?', [now, b.satisfaction ?? null]],
  },
  callback: {
    from: 'confirmed',
    to: 'closed',
    set: (b, now) => ['satisfaction = ?, closed_at = ?', [b.satisfaction, now]],
    async within(conn, r, b, now) {
      const [[clock]] = await conn.query(
        "SELECT due_at, breached_at FROM sla_clock WHERE request_id = ? AND cycle = ? AND kind = 'callback'",
        [r.id, r.cycle],
      );
      await conn.query(
        "INSERT INTO callback_record (project_id, request_id, cycle, kind, at, staff_id, staff_name, method, satisfaction, on_time) VALUES (?, ?, ?, 'callback', ?, 1, 'bench', ?, ?, ?)",
        [r.projectId, r.id, r.cycle, now, b.method, b.satisfaction, !!clock && now <= clock.due_at && !clock.breached_at],
      );
      await meet(conn, r, ['callback'], now);
    },
  },
};

bare.post('/life/:id/:action', async (req, reply) => {
  const m = MOVES[req.params.action];
  const b = req.body;
  const [[row]] = await pool.query(
    'SELECT r.id, r.project_id, r.code, r.status, r.version, r.cycle, r.room_id, r.requester_person_id, r.scope, r.charge_kind, c.name AS category_name FROM service_request r JOIN repair_category c ON c.id = r.category_id WHERE r.id = ?',
    [Number(req.params.id)],
  );
  if (!m || !row || row.status !== m.from) return reply.code(409).send({ message: 'illegal move' });
  const r = {
    id: row.id,
    projectId: row.project_id,
    code: row.code,
    version: row.version,
    cycle: row.cycle,
    roomId: row.room_id,
    personId: row.requester_person_id,
    scope: row.scope,
    chargeKind: row.charge_kind,
    categoryName: row.category_name,
  };
  const extra = await m.before?.(r, b);
  const now = new Date();
  await inTransaction(async (conn) => {
    const [set, params] = m.set(b, now);
    const [done] = await conn.query(
      `UPDATE service_request SET ${set}, status = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ? AND status = ?`,
      [...params, m.to, now, r.id, r.version, m.from],
    );
    if (done.affectedRows !== 1) throw new Error('moved by someone else');
    await event(conn, r, now, req.params.action, m.from, m.to, b.result ?? null);
    await m.within?.(conn, r, b, now, extra);
  });
  if (!ANSWER_READ) return { id: r.id, status: m.to };
  // the answer the API must give (both clients use it): the request's timeline, clocks and (a paid repair once
  // finished) bill with its adjustments, read once after the move in one statement, as the API reads them
  const paid = r.chargeKind === 'paid' && ['finish', 'confirm', 'callback'].includes(req.params.action);
  const [rows] = await pool.query(paid ? ANSWER_SQL_PAID : ANSWER_SQL, paid ? [r.id, r.id, r.id, r.id] : [r.id, r.id]);
  const part = (n) => rows.filter((x) => x.part === n);
  return { id: r.id, status: m.to, events: part(0), clocks: part(1), bills: part(2), adjustments: part(3) };
});

await bare.listen({ port: Number(process.env.BARE_PORT), host: '127.0.0.1' });
console.log('bare ready');
const stop = async () => {
  await bare.close();
  await pool.end();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
