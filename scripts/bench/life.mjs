// One repair's whole life, as the bench drives it through the API and through the bare baseline:
// the desk files an owner's in-home (paid) repair by phone → dispatches it to the project's
// technician → he accepts, arrives and finishes (with the fee) → the owner confirms in the app →
// the desk calls back (satisfied) and the request closes.
import mysql from 'mysql2/promise';
import { checked } from '../lib/repair-steps.mjs';

export const LIFE_STEPS = ['intake', 'dispatch', 'accept', 'arrive', 'finish', 'confirm', 'callback'];
export const LIFE_LABELS = {
  intake: '受理',
  dispatch: '派单',
  accept: '接单',
  arrive: '到场',
  finish: '完工',
  confirm: '业主确认',
  callback: '回访',
};

const json = async (r, what) => {
  if (!r.ok) throw new Error(`${what}: HTTP ${r.status} ${await r.text()}`);
  return r.json();
};

/** The people and records of project 101 a life uses (the demo seed's), and their sign-ins. */
export async function lifeFixture(base, dbUrl) {
  const c = await mysql.createConnection({ uri: dbUrl });
  try {
    const [[row]] = await c.query(
      `SELECT p.id AS projectId, (SELECT id FROM staff WHERE username = 'jigong') AS techId,
              (SELECT id FROM repair_category WHERE project_id = p.id AND code = 'HOME-TAP') AS categoryId
         FROM project p WHERE p.code = '101'`,
    );
    const staffLogin = async (username, password) =>
      (
        await json(
          await fetch(`${base}/auth/staff/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ username, password }),
          }),
          `login ${username}`,
        )
      ).accessToken;
    // 陈静 of 1011010803 signs in to the mini-program (the fake WeChat links her registered phone)
    const owner = await json(
      await fetch(`${base}/auth/owner/wechat`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ code: 'demo:bench-owner', phoneCode: 'phone:13800000004' }),
      }),
      'owner login',
    );
    const [[binding]] = await c.query(
      "SELECT b.room_id AS roomId, b.person_id AS personId FROM room_binding b WHERE b.person_id = ? AND b.status = 'approved'",
      [owner.me.id],
    );
    return {
      ...row,
      roomId: binding.roomId,
      personId: binding.personId,
      desk: await staffLogin('kefu', 'Kefu@123'),
      tech: await staffLogin('jigong', 'Jigong@123'),
      owner: owner.accessToken,
    };
  } finally {
    await c.end();
  }
}

/** The visit the desk agrees with the owner (R-REP-01): tomorrow, 10:00–12:00 UTC. */
const visit = () => {
  const d = new Date(Date.now() + 24 * 3600_000);
  d.setUTCHours(10, 0, 0, 0);
  return { appointmentStart: d.toISOString(), appointmentEnd: new Date(d.getTime() + 2 * 3600_000).toISOString() };
};

// the same tap of the same room, life after life: the clerk confirms each is another problem (R-SRV-05)
const intakeBody = (fx, i) => ({
  ...visit(),
  notDuplicate: true,
  projectId: fx.projectId,
  channel: 'phone',
  categoryId: fx.categoryId,
  roomId: fx.roomId,
  requesterPersonId: fx.personId,
  requesterName: '陈静',
  requesterPhone: '13800000004',
  description: `压测：厨房水龙头漏水（${i}）`,
  urgency: 'normal',
});

/** Each step's request through the API: [token, url, body]. */
export function apiStep(base, fx, step, id, i) {
  const act = (who, name, body = {}) => [who, `${base}/service-requests/${id}/actions/${name}`, body];
  switch (step) {
    case 'intake':
      return [fx.desk, `${base}/service-requests`, intakeBody(fx, i)];
    case 'dispatch':
      return act(fx.desk, 'dispatch', { assigneeStaffId: fx.techId });
    case 'accept':
      return act(fx.tech, 'accept');
    case 'arrive':
      return act(fx.tech, 'arrive');
    case 'finish':
      return act(
        fx.tech,
        'finish',
        checked({
          result: '更换水龙头阀芯',
          materials: [{ name: '阀芯', quantity: 1, unit: '个' }],
          feeFen: 3000,
        }),
      );
    case 'confirm':
      return [fx.owner, `${base}/me/service-requests/${id}/actions/confirm`, { satisfaction: 'satisfied' }];
    case 'callback':
      return act(fx.desk, 'callback', { method: 'phone', satisfaction: 'satisfied' });
  }
  throw new Error(step);
}

/** Each step on the bare server: the same body, no sign-in. */
export function bareStep(bareBase, fx, step, id, i) {
  const [, , body] = apiStep('', fx, step, id, i);
  return [null, step === 'intake' ? `${bareBase}/life/intake` : `${bareBase}/life/${id}/${step}`, body];
}

/** Runs one life; `between(step)` is awaited after each step (the statement counter reads there). */
export async function runLife(stepOf, i, between) {
  let id = null;
  for (const step of LIFE_STEPS) {
    const [token, url, body] = stepOf(step, id, i);
    const r = await fetch(url, {
      method: 'POST',
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!r.ok) throw new Error(`${step}: HTTP ${r.status} ${(await r.text()).slice(0, 300)}`);
    const out = await r.json();
    if (step === 'intake') id = out.id;
    if (between) await between(step);
  }
  return id;
}
