// Parking bench: the parking ledger (车位台帐) and the space grid (one level's spaces) of one project, p95
// over many reads through the product's own services, with 1k spaces in the database and again with 100k
// spaces across 50 projects (the measured project holds one in ten: 100, then 10,000; every space rented,
// 1 in 10 of the rentals ended, each with its rent period): the ratio p95(100k) ÷ p95(1k) is the figure
// (goal ≤ 1.5: a page of 20 costs the same however big the car parks grow; a plate search, which matches
// digits anywhere in the plate, and the per-state counts read the whole project: shown for reference). Measured in the same run, never a timed test. MariaDB/MySQL only:
//   node scripts/bench/parking-ledger.mjs [--spaces 100000] [--small 1000] [--samples 200] [--url mysql://root@127.0.0.1:3306/test]
// (build first: npm run build -w @wy/shared && npm run build -w @wy/api)
import { arg, benchApp, dist, ms } from './lib/app.mjs';

const BIG = Number(arg('spaces', '100000'));
const SMALL = Number(arg('small', '1000'));
const SAMPLES = Number(arg('samples', '200'));
const PROJECTS = 50;
const { app, ds, close } = await benchApp('parking');
const { ParkingReader } = await dist('modules/parking/reading.service.js');
const { ParkingSetup } = await dist('modules/parking/setup.service.js');
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

try {
  const now = '2026-11-23 02:00:00.000';
  // one connection for the set-up, its recursion limit raised (a pool's other connections keep theirs)
  const qr = ds.createQueryRunner();
  await qr.connect();
  await qr.query('SET SESSION max_recursive_iterations = 100000000').catch(() => {});
  await ds.query(`INSERT INTO company (name, created_at) VALUES ('基准公司', ?)`, [now]);
  for (let p = 1; p <= PROJECTS; p++) {
    await ds.query(
      `INSERT INTO project (company_id, code, name, kind, timezone, created_at) VALUES (1, ?, ?, 'residential', 'Asia/Shanghai', ?)`,
      [String(900 + p), `基准项目${p}`, now],
    );
    for (const [code, nm, sort] of [
      ['B1', '地下一层', 1],
      ['B2', '地下二层', 2],
      ['B3', '地下三层', 3],
    ])
      await ds.query(`INSERT INTO parking_area (project_id, code, name, sort) VALUES (?, ?, ?, ?)`, [p, code, nm, sort]);
  }
  // the measured project's rooms, which its rentals point at
  await ds.query(`INSERT INTO cluster (project_id, code, name) VALUES (1, '1', '一区')`);
  await ds.query(`INSERT INTO building (project_id, cluster_id, code, name) VALUES (1, 1, '01', '1栋')`);
  await qr.query(
    `INSERT INTO room (project_id, building_id, property_code, room_no, area, room_use, created_at)
     WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 1000)
     SELECT 1, 1, CONCAT('9', LPAD(n, 9, '0')), LPAD(n, 4, '0'), 9000, 'residential', ? FROM seq`,
    [now],
  );

  let spaces = 0;
  /** Adds spaces until the database holds `target`, spread evenly over the projects (3 levels each), all rented. */
  const fill = async (target) => {
    const t0 = process.hrtime.bigint();
    const from = spaces;
    // space n (1-based, global): every 10th is the measured project's (1), the others spread over projects 2…50; level 1 + (n div 10) mod 3
    const project = `IF(n MOD 10 = 0, 1, 2 + n MOD ${PROJECTS - 1})`;
    const level = `(1 + (n DIV 10) MOD 3)`;
    await qr.query(
      `INSERT INTO parking_space (project_id, area_id, no, kind, state, holder_application_id, note, version, updated_at)
       WITH RECURSIVE seq (n) AS (SELECT ? UNION ALL SELECT n + 1 FROM seq WHERE n < ?)
       SELECT ${project}, (${project} - 1) * 3 + ${level}, CONCAT('B', ${level}, '-', LPAD(n, 6, '0')), 'rental', 'rented', NULL, NULL, 0, ? FROM seq`,
      [from + 1, target, now],
    );
    await ds.query(
      `INSERT INTO parking_application (project_id, code, person_id, applicant_name, applicant_role, room_id, plate, kind, term, status, docs,
         space_id, contract_no, card_no, card_issued_at, start_on, end_on, version, created_at, updated_at)
       SELECT s.project_id, CONCAT('TC', s.id), 1, CONCAT('车主', s.id MOD 1000), 'owner', 1 + s.id MOD 1000,
         CONCAT('粤B', LPAD(s.id, 6, '0')), 'rental', 'month', IF(s.id MOD 10 = 0, 'ended', 'active'), '{}',
         s.id, CONCAT('HT', s.id), CONCAT('K', s.id), ?, '2026-11-01', '2026-11-30', 0, ?, ?
       FROM parking_space s WHERE s.id > ?`,
      [now, now, now, from],
    );
    await ds.query(
      `UPDATE parking_space s JOIN parking_application a ON a.space_id = s.id SET s.holder_application_id = a.id WHERE s.id > ? AND a.status = 'active'`,
      [from],
    );
    await ds.query(`UPDATE parking_space SET state = 'free' WHERE id > ? AND holder_application_id IS NULL`, [from]);
    await ds.query(
      `INSERT INTO parking_period (application_id, project_id, seq, start_on, end_on, amount_fen, bill_id, paid_at, created_at)
       SELECT a.id, a.project_id, 1, '2026-11-01', '2026-11-30', 30000, NULL, ?, ? FROM parking_application a WHERE a.space_id > ?`,
      [now, now, from],
    );
    await ds.query('ANALYZE TABLE parking_space, parking_application, parking_period');
    spaces = target;
    console.log(`车位 ${target}（${Math.round(ms(t0))} ms）`);
  };

  const reader = app.get(ParkingReader);
  const setup = app.get(ParkingSetup);
  const me = { kind: 'staff', id: 1, name: '基准', roles: ['head_office'], scope: 'all' };
  const reads = {
    台帐第一页: () => reader.ledger(me, { projectId: 1, limit: 20 }),
    '台帐·按车牌': () => reader.ledger(me, { projectId: 1, keyword: '粤B0001', limit: 20 }),
    '车位图·地下二层': () => setup.spaces(me, { projectId: 1, areaId: 2, limit: 20 }),
    车位统计: () => setup.spaceCounts(me, 1),
  };
  const time = async () => {
    const out = {};
    for (const [label, run] of Object.entries(reads)) {
      for (let i = 0; i < 20; i++) await run(); // warm
      const xs = [];
      for (let i = 0; i < SAMPLES; i++) {
        const t0 = process.hrtime.bigint();
        await run();
        xs.push(ms(t0));
      }
      out[label] = p95(xs);
    }
    return out;
  };

  await fill(SMALL);
  const small = await time();
  await fill(BIG);
  const big = await time();
  console.log(`\n项目 1 的车位：${SMALL / 10} → ${BIG / 10}；全库 ${SMALL} → ${BIG}`);
  let bad = false;
  for (const label of Object.keys(reads)) {
    const ratio = big[label] / small[label];
    // the search (a plate's digits anywhere) and the counts read the whole project: they grow with its size
    const goal = label === '台帐·按车牌' || label === '车位统计' ? null : 1.5;
    if (goal && ratio > goal) bad = true;
    console.log(
      `${label}: p95 ${big[label].toFixed(2)} ms ÷ ${small[label].toFixed(2)} ms = ${ratio.toFixed(2)}${goal ? `（目标 ≤ ${goal}）` : '（参考）'}`,
    );
  }
  if (bad) process.exitCode = 1;
  await qr.release();
} finally {
  await close();
}
