// R-FEE-04 bench: the monthly bill run of one project with N rooms (default 100,000) and two fee items
// (area × price, fixed), through the product's BillRunService (chunks of 2,000 rooms, each an
// INSERT … SELECT in its own transaction with the run's cursor), as rows/s, against a bare
// INSERT … SELECT of the same rows into a copy of the table in the same run (goal: ratio ≥ 0.5);
// then the rerun, which must add 0 rows. MariaDB/MySQL only: node scripts/bench/bill-run.mjs [--rooms N] [--url mysql://root@127.0.0.1:3306/test]
// (build first: npm run build -w @wy/shared && npm run build -w @wy/api)
import { arg, benchApp, dist, ms } from './lib/app.mjs';

const N = Number(arg('rooms', '100000'));
const { app, ds, close } = await benchApp('bill');
const { BillRunService } = await dist('modules/billing/bill-run.service.js');
try {
  const now = '2026-11-23 02:00:00.000';
  await ds.query(`INSERT INTO company (name, created_at) VALUES ('基准公司', ?)`, [now]);
  await ds.query(
    `INSERT INTO project (company_id, code, name, kind, timezone, created_at) VALUES (1, '901', '基准项目', 'residential', 'Asia/Shanghai', ?)`,
    [now],
  );
  await ds.query(`INSERT INTO cluster (project_id, code, name) VALUES (1, '1', '一区')`);
  await ds.query(`INSERT INTO building (project_id, cluster_id, code, name) VALUES (1, 1, '01', '1栋')`);
  let t0 = process.hrtime.bigint();
  await ds.query('SET SESSION max_recursive_iterations = 100000000').catch(() => {});
  await ds.query(
    `INSERT INTO room (project_id, building_id, property_code, room_no, area, room_use, created_at)
     WITH RECURSIVE seq (n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < ?)
     SELECT 1, 1, CONCAT('9', LPAD(n, 9, '0')), LPAD(n MOD 10000, 4, '0'), 5000 + (n * 37) MOD 15000, 'residential', ? FROM seq`,
    [N, now],
  );
  console.log(`${N} 间房屋（${Math.round(ms(t0))} ms）`);
  for (const [code, nm, cat, basis, unit] of [
    ['WYF', '物业服务费', 'management', 'area', 285],
    ['LJF', '垃圾清运费', 'garbage', 'fixed', 1500],
  ])
    await ds.query(
      `INSERT INTO fee_item (project_id, code, name, category, basis, unit_fen, due_day, created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, 25, ?, ?)`,
      [code, nm, cat, basis, unit, now, now],
    );
  const rows = N * 2;

  // the baseline: the same rows, one bare INSERT … SELECT, into a copy of the table (same indexes)
  await ds.query('CREATE TABLE bill_bare LIKE bill');
  t0 = process.hrtime.bigint();
  await ds.query(
    `INSERT INTO bill_bare (project_id, room_id, kind, title, source_type, source_id, fee_item_id, period, due_on, amount_fen, status, created_at, paid_at, version)
     SELECT r.project_id, r.id, f.category, CONCAT(f.name, ' 2026-10'), 'fee', NULL, f.id, '2026-10', '2026-10-25',
       CASE WHEN f.basis = 'area' THEN (r.area * f.unit_fen + 50) DIV 100 ELSE f.unit_fen END, 'unpaid', ?, NULL, 0
     FROM room r JOIN fee_item f ON f.project_id = r.project_id WHERE r.project_id = 1`,
    [now],
  );
  const bare = ms(t0);
  const bareRows = Number((await ds.query('SELECT COUNT(*) AS n FROM bill_bare'))[0].n);

  const svc = app.get(BillRunService);
  const me = { kind: 'staff', id: 1, name: '基准', roles: ['head_office'], scope: 'all' };
  t0 = process.hrtime.bigint();
  const run = await svc.run(me, 1, '2026-10');
  const product = ms(t0);
  t0 = process.hrtime.bigint();
  const again = await svc.run(me, 1, '2026-10');
  const rerun = ms(t0);
  const billed = Number((await ds.query('SELECT COUNT(*) AS n FROM bill')).at(0).n);
  const same = Number(
    (
      await ds.query(
        'SELECT COUNT(*) AS n FROM bill b JOIN bill_bare x ON x.room_id = b.room_id AND x.fee_item_id = b.fee_item_id AND x.amount_fen = b.amount_fen',
      )
    )[0].n,
  );
  const r = (n, t) => Math.round((n / t) * 1000);
  console.log(`bare INSERT … SELECT: ${bareRows} rows in ${Math.round(bare)} ms = ${r(bareRows, bare)} rows/s`);
  console.log(`bill run (service):   ${run.addedNow} rows in ${Math.round(product)} ms = ${r(run.addedNow, product)} rows/s`);
  console.log(`ratio: ${(bare / product).toFixed(2)} (goal ≥ 0.5); same amounts as the baseline: ${same}/${rows}`);
  console.log(`rerun: added ${again.addedNow} rows in ${Math.round(rerun)} ms; bills in the table: ${billed}`);
  if (run.addedNow !== rows || again.addedNow !== 0 || billed !== rows || same !== rows) process.exitCode = 1;
} finally {
  await close();
}
