// The bench's baseline: a bare Fastify + mysql2 server that writes what an intake writes (the
// request, its code, the timeline event, the duty-log line, three SLA clocks) in one transaction.
import Fastify from 'fastify';
import mysql from 'mysql2/promise';

const pool = mysql.createPool({ uri: process.env.BARE_DB_URL, connectionLimit: 20, timezone: 'Z' });
const bare = Fastify({ logger: false });
bare.post('/intake', async (req, reply) => {
  const b = req.body;
  const now = new Date();
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    const [r] = await conn.query(
      "INSERT INTO service_request (project_id, type, channel, location, requester_name, category_id, scope, charge_kind, urgency, description, status, received_at, entered_at, updated_at, cycle, version, is_important, in_pool) VALUES (?, 'repair', ?, ?, ?, ?, 'public', 'free', ?, ?, 'received', ?, ?, ?, 0, 0, 0, 0)",
      [b.projectId, b.channel, b.location, b.requesterName, b.categoryId, b.urgency, b.description, now, now, now],
    );
    const id = r.insertId;
    await conn.query('UPDATE service_request SET code = ? WHERE id = ?', [`BXB${id}`, id]);
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
        [id, b.projectId, kind, now, new Date(now.getTime() + 3600_000)],
      );
    }
    await conn.commit();
    return reply.code(201).send({ id });
  } catch (e) {
    await conn.rollback();
    throw e;
  } finally {
    conn.release();
  }
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
