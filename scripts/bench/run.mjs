// `npm run bench`: repair intake, a repair's whole life and list performance on MariaDB/MySQL, each
// figure a ratio against a baseline measured in the same run (never a timed test). Needs a
// MySQL/MariaDB server (TEST_MYSQL_URL, DB_URL or root@127.0.0.1:3306) and the API build.
//   ratio 1: intake throughput through the full API ÷ a bare Fastify + mysql2 server doing the same inserts (goal ≥ 0.6)
//   ratio 2: repair lives (life.mjs: intake → dispatch → accept → arrive → finish → confirm → callback)
//            through the API ÷ the same writes on the bare server (goal ≥ 0.5); with the SQL statements
//            each step issues on either side (counted by agent.mjs from mysql2's diagnostics channels)
//   ratio 3: staff list p95 with 1M requests ÷ with 10k (goal ≤ 1.5)
//   ratio 4: a deep keyset page ÷ page 1, at 1M (goal ≤ 1.5)
// Options: --rows 1000000 --intake 1500 --lives 300 --concurrency 16 --samples 200
//          --lists 0 (skip ratios 3–4)  --bare-answer 0 (the bare server answers a move with id and status only,
//          reading nothing after it: the baseline before it did the API's statements)  --sql (print every statement of one life)  --keep (keep the database)
//          --profile DIR (CPU profiles of the API during the intake and the life rounds: DIR/intake.cpuprofile,
//          DIR/life.cpuprofile; `node scripts/bench/prof.mjs DIR/life.cpuprofile` sums them up)
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';
import { start } from '../lib/procs.mjs';
import { startFakeWechat } from '../fake-wechat/server.mjs';
import { apiStep, bareStep, LIFE_LABELS, LIFE_STEPS, lifeFixture, runLife } from './life.mjs';
import { freePort, mysqlServer } from './lib/app.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (n, d) => {
  const i = process.argv.indexOf(`--${n}`);
  return i > 0 ? Number(process.argv[i + 1]) : d;
};
const ROWS = arg('rows', 1_000_000);
const INTAKE = arg('intake', 1500);
const LIVES = arg('lives', 300);
const LISTS = arg('lists', 1) !== 0;
// 1: the bare server reads each move's answer (timeline, clocks, bill) as the API does; 0: it answers id and status only
const BARE_ANSWER = arg('bare-answer', 1) !== 0;
const CONC = arg('concurrency', 16);
const SAMPLES = arg('samples', 200);
const PROJECTS = 50;

const probe = await mysqlServer();
const { adminUrl, flavor } = probe;
const DB = `wy_bench_${process.pid}`;
{
  const c = await mysql.createConnection({ uri: adminUrl });
  await c.query(`DROP DATABASE IF EXISTS ${DB}`);
  await c.query(`CREATE DATABASE ${DB} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await c.end();
}
const u = new URL(adminUrl);
u.pathname = `/${DB}`;
const dbUrl = u.toString();
const pool = mysql.createPool({ uri: dbUrl, connectionLimit: 20, timezone: 'Z' });

const wechat = await startFakeWechat();
const port = await freePort();
const agentPorts = { api: await freePort(), bare: await freePort() };
const AGENT = ['--import', join(root, 'scripts/bench/agent.mjs')];
const agent = (side, path, method = 'POST') =>
  fetch(`http://127.0.0.1:${agentPorts[side]}${path}`, { method }).then((r) => r.json());
const profileDir = (() => {
  const i = process.argv.indexOf('--profile');
  return i > 0 ? resolve(process.argv[i + 1]) : null;
})();
console.log(`数据库 ${probe.version}，启动 API（迁移 + 演示数据）…`);
// BENCH_API_NODE_ARGS, e.g. "--cpu-prof --cpu-prof-dir=.tmp/prof", to profile the API under this load
const api = await start(
  'api',
  'node',
  [...(process.env.BENCH_API_NODE_ARGS?.split(' ').filter(Boolean) ?? []), ...AGENT, 'api/dist/main.js'],
  {
    cwd: root,
    env: {
      PORT: String(port),
      DB_URL: dbUrl.replace(/^mysql:/, `${flavor}:`),
      DEMO_SEED: '1',
      WECHAT_API_BASE: wechat.url,
      LOG_LEVEL: 'error',
      JOBS_INTERVAL_SECONDS: '0',
      LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
      BENCH_AGENT_PORT: String(agentPorts.api),
    },
    ready: /API 已启动/,
    quiet: true,
    timeoutMs: 120000,
  },
);
const base = `http://127.0.0.1:${port}/api/v1`;

try {
  // ---- many projects, each with the default catalogue ----
  const [[{ cid }]] = await pool.query('SELECT MIN(company_id) AS cid FROM project');
  const [[tmplProject]] = await pool.query("SELECT id FROM project WHERE code = '101'");
  for (let i = 0; i < PROJECTS - 2; i++) {
    const code = String(300 + i);
    await pool.query(
      "INSERT INTO project (company_id, code, name, kind, timezone, created_at) VALUES (?, ?, ?, 'residential', 'Asia/Shanghai', UTC_TIMESTAMP())",
      [cid, code, `压测项目${code}`],
    );
  }
  await pool.query(
    "INSERT INTO repair_category (project_id, code, name, scope, paid, price_fen, price_note, sort, active) SELECT p.id, c.code, c.name, c.scope, c.paid, c.price_fen, c.price_note, c.sort, c.active FROM project p CROSS JOIN repair_category c WHERE c.project_id = ? AND p.id <> ? AND p.code >= '300'",
    [tmplProject.id, tmplProject.id],
  );
  const [projects] = await pool.query(
    "SELECT p.id, p.code, (SELECT MIN(c.id) FROM repair_category c WHERE c.project_id = p.id AND c.scope = 'public') AS cat FROM project p ORDER BY p.id",
  );

  const login = await fetch(`${base}/auth/staff/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: 'Admin@123' }),
  }).then((r) => r.json());
  const auth = { authorization: `Bearer ${login.accessToken}`, 'content-type': 'application/json' };

  // ---- ratio 1: intake throughput ----
  const body = (i) => {
    const p = projects[i % projects.length];
    return {
      projectId: p.id,
      channel: 'phone',
      categoryId: p.cat,
      location: `压测位置${i % 97}`,
      // each its own report: the same words at the same spot within a minute are one intake (R-SRV-05)
      description: `压测：公区灯不亮（${i}）`,
      urgency: 'normal',
      requesterName: '压测',
      requesterPhone: '13900000000',
      notDuplicate: true, // the same spots again and again: each is another problem (R-SRV-05)
    };
  };
  // every request of the run gets its own number: the same words at the same spot twice within a
  // minute would be one intake (R-SRV-05), so a round must not repeat an earlier round's bodies
  let issued = 0;
  const runLoad = async (n, fn) => {
    let next = 0;
    let errors = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: CONC }, async () => {
        while (next < n) {
          next++;
          if (!(await fn(issued++))) errors++;
        }
      }),
    );
    const secs = (performance.now() - t0) / 1000;
    return { rps: n / secs, errors };
  };

  // the baseline runs in its own process, as the API does, so neither shares the load generator's thread
  const barePort = await freePort();
  const bare = await start('bare', 'node', [...AGENT, join(root, 'scripts/bench/bare-server.mjs')], {
    env: {
      BARE_DB_URL: dbUrl,
      BARE_PORT: String(barePort),
      BENCH_AGENT_PORT: String(agentPorts.bare),
      BARE_ANSWER_READ: BARE_ANSWER ? '1' : '0',
    },
    ready: /bare ready/,
    quiet: true,
  });
  const bareBase = `http://127.0.0.1:${barePort}`;
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  /** Interleaved rounds (bare, API, bare, API, …): a passing burst of load on the machine hits both. */
  const compare = async (n, run, name) => {
    await runLoad(Math.min(100, n), run.bare);
    await runLoad(Math.min(100, n), run.api);
    if (profileDir) await agent('api', '/prof/on');
    const ROUNDS = 3;
    const rounds = [];
    // CPU time each server process spends per operation: unlike the throughput, it hardly moves with the
    // machine's load (only with how busy the caches are), so it shows a change that the ratio's noise hides
    const cpu = async (side) => (await agent(side, '/cpu', 'GET')).us;
    const timed = async (side, m) => {
      const before = await cpu(side);
      const out = await runLoad(m, run[side]);
      return { ...out, cpuMs: ((await cpu(side)) - before) / 1000 / m };
    };
    for (let k = 0; k < ROUNDS; k++) {
      const b = await timed('bare', Math.ceil(n / ROUNDS));
      const a = await timed('api', Math.ceil(n / ROUNDS));
      rounds.push({ bare: b, api: a, ratio: a.rps / b.rps });
    }
    if (profileDir) {
      mkdirSync(profileDir, { recursive: true });
      await agent('api', `/prof/off?file=${encodeURIComponent(join(profileDir, `${name}.cpuprofile`))}`);
    }
    const errors = (side) => rounds.reduce((x, r) => x + r[side].errors, 0);
    return {
      bare: {
        rps: median(rounds.map((r) => r.bare.rps)),
        cpuMs: median(rounds.map((r) => r.bare.cpuMs)),
        errors: errors('bare'),
      },
      api: { rps: median(rounds.map((r) => r.api.rps)), cpuMs: median(rounds.map((r) => r.api.cpuMs)), errors: errors('api') },
      ratio: median(rounds.map((r) => r.ratio)),
    };
  };

  // ---- ratio 1: intake ----
  const intake = await compare(
    INTAKE,
    {
      bare: (i) =>
        fetch(`${bareBase}/intake`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body(i)),
        }).then((r) => r.ok),
      api: (i) =>
        fetch(`${base}/service-requests`, { method: 'POST', headers: auth, body: JSON.stringify(body(i)) }).then((r) => r.ok),
    },
    'intake',
  );
  const [[{ dupCodes }]] = await pool.query('SELECT COUNT(*) - COUNT(DISTINCT code) AS dupCodes FROM service_request');

  // ---- ratio 2: a repair's whole life, and the statements each step issues ----
  const fx = await lifeFixture(base, dbUrl);
  const stepOf = {
    api: (step, id, i) => apiStep(base, fx, step, id, i),
    bare: (step, id, i) => bareStep(bareBase, fx, step, id, i),
  };
  const statements = { api: {}, bare: {} };
  for (const side of ['api', 'bare']) {
    await runLife(stepOf[side], issued++); // warm: the settings and the day's code counter are read once
    await agent(side, '/sql/on');
    await runLife(stepOf[side], issued++, async (step) => {
      statements[side][step] = (await agent(side, '/sql', 'GET')).statements;
    });
    await agent(side, '/sql/off');
  }
  const lifeRun = (side) => (i) =>
    runLife(stepOf[side], i).then(
      () => true,
      (e) => {
        if (process.argv.includes('--sql')) console.error(e.message);
        return false;
      },
    );
  const life = await compare(LIVES, { bare: lifeRun('bare'), api: lifeRun('api') }, 'life');
  await bare.stop();

  // ---- ratios 3 and 4: the list at 10k and 1M rows, a deep page ----
  const lists = async () => {
    const [[{ maxId }]] = await pool.query('SELECT MAX(id) AS maxId FROM service_request');
    let made = Number(maxId);
    const fill = async (target) => {
      const batch = 5000;
      while (made < target) {
        const n = Math.min(batch, target - made);
        const vals = [];
        const params = [];
        for (let k = 0; k < n; k++) {
          const i = made + k;
          const p = projects[i % projects.length];
          const at = new Date(Date.UTC(2025, 0, 1) + i * 30_000);
          vals.push(
            "(?, ?, 'repair', 'phone', ?, '批量', ?, 'public', 'free', 'normal', '批量生成的报修', ?, ?, ?, ?, 0, 0, 0, 0)",
          );
          params.push(
            p.id,
            `BXG${i}`,
            `位置${i % 500}`,
            p.cat,
            ['received', 'dispatched', 'closed', 'closed', 'closed'][i % 5],
            at,
            at,
            at,
          );
        }
        await pool.query(
          `INSERT INTO service_request (project_id, code, type, channel, location, requester_name, category_id, scope, charge_kind, urgency, description, status, received_at, entered_at, updated_at, cycle, version, is_important, in_pool) VALUES ${vals.join(',')}`,
          params,
        );
        made += n;
        if (made % 100000 < batch) process.stdout.write(`  已生成 ${made} 条\r`);
      }
    };
    const pid = projects[0].id;
    const timeList = async (label, urlFor) => {
      const times = [];
      for (let i = 0; i < 20; i++) await fetch(urlFor(i), { headers: auth });
      for (let i = 0; i < SAMPLES; i++) {
        const t0 = performance.now();
        const r = await fetch(urlFor(i), { headers: auth });
        await r.json();
        if (!r.ok) throw new Error(`${label}: ${r.status}`);
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return times[Math.floor(times.length * 0.95)];
    };
    const listUrl = (i) => `${base}/service-requests?projectId=${projects[i % projects.length].id}&limit=20`;

    /**
     * Both sizes are measured at rest: after a bulk load InnoDB keeps flushing dirty pages and purging
     * for a while, and timing the list during that would measure the flush, not the query.
     */
    const settle = async () => {
      await pool.query('ANALYZE TABLE service_request');
      const dirty = async () =>
        Number((await pool.query("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_pages_dirty'"))[0][0]?.Value ?? 0);
      for (let i = 0; i < 120 && (await dirty()) > 50; i++) await new Promise((r) => setTimeout(r, 500));
    };
    await fill(10_000);
    await settle();
    const p95small = await timeList('list@10k', listUrl);
    console.log(`\n生成到 ${ROWS} 条 …`);
    const t0 = performance.now();
    await fill(ROWS);
    console.log(`\n  生成用时 ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    await settle();
    const p95big = await timeList('list@1M', listUrl);
    // a deep page: a cursor near the oldest rows of one project
    const [[{ deepId }]] = await pool.query(
      'SELECT id AS deepId FROM service_request WHERE project_id = ? ORDER BY id ASC LIMIT 1 OFFSET 40',
      [pid],
    );
    const cursor = Buffer.from(JSON.stringify([Number(deepId)])).toString('base64url');
    const p95first = await timeList('page1@1M', () => `${base}/service-requests?projectId=${pid}&limit=20`);
    const p95deep = await timeList('deep@1M', () => `${base}/service-requests?projectId=${pid}&limit=20&cursor=${cursor}`);
    return { p95small, p95big, p95first, p95deep };
  };
  const list = LISTS ? await lists() : null;
  const [[{ total }]] = await pool.query('SELECT COUNT(*) AS total FROM service_request');

  const rowsText = ROWS >= 10_000 ? `${ROWS / 10_000} 万条` : `${ROWS} 条`;
  // a failed request is answered fast: a round with failures measures nothing
  const errs = (x) => (x.api.errors + x.bare.errors ? `  错误 ${x.api.errors}/${x.bare.errors}（有请求失败，比值无效）` : '');
  const count = (side, step) => statements[side][step]?.length ?? 0;
  const sum = (side) => LIFE_STEPS.reduce((n, s) => n + count(side, s), 0);
  const ratioLine = (r, goal, cmp) =>
    `${r.toFixed(2)}（目标 ${cmp} ${goal}${(cmp === '≥' ? r >= goal : r <= goal) ? '，达到' : '，未达到'}）`;
  console.log(`
━━ 基准测试结果（${probe.version}，${PROJECTS} 个项目，共 ${total} 条工单，并发 ${CONC}） ━━
  受理吞吐：完整 API ${intake.api.rps.toFixed(0)} 单/秒 ÷ 裸 Fastify+mysql2 ${intake.bare.rps.toFixed(0)} 单/秒 = ${ratioLine(intake.ratio, 0.6, '≥')}${errs(intake)}；重复单号 ${dupCodes}
  报修全程（${LIFE_STEPS.map((s) => LIFE_LABELS[s]).join(' → ')}）：完整 API ${life.api.rps.toFixed(1)} 单/秒 ÷ 裸 ${life.bare.rps.toFixed(1)} 单/秒 = ${ratioLine(life.ratio, 0.5, '≥')}${errs(life)}
    （裸服务器${BARE_ANSWER ? '每步之后读回应答所含的时间线、时限与账单（与 API 同样的语句）' : '只回 id 与状态，每步之后不读（--bare-answer 0）'}）
  服务进程每单 CPU（API / 裸）：受理 ${intake.api.cpuMs.toFixed(2)} / ${intake.bare.cpuMs.toFixed(2)} ms，全程 ${life.api.cpuMs.toFixed(1)} / ${life.bare.cpuMs.toFixed(1)} ms
  每步 SQL 语句数（API / 裸）：${LIFE_STEPS.map((s) => `${LIFE_LABELS[s]} ${count('api', s)}/${count('bare', s)}`).join('，')}；合计 ${sum('api')}/${sum('bare')}${
    list
      ? `
  列表 p95：${rowsText} ${list.p95big.toFixed(1)} ms ÷ 1 万条 ${list.p95small.toFixed(1)} ms = ${ratioLine(list.p95big / list.p95small, 1.5, '≤')}
  深翻页 p95：${list.p95deep.toFixed(1)} ms ÷ 第一页 ${list.p95first.toFixed(1)} ms = ${ratioLine(list.p95deep / list.p95first, 1.5, '≤')}`
      : ''
  }`);
  // a failed request: what the API logged about it (it runs with LOG_LEVEL=error)
  if (intake.api.errors + life.api.errors) console.log(`\nAPI 的错误日志（最后 3000 字）：\n${api.output().slice(-3000)}`);
  if (process.argv.includes('--sql'))
    for (const step of LIFE_STEPS) {
      console.log(`\n── ${LIFE_LABELS[step]}（${step}）：API ${count('api', step)} 条`);
      for (const q of statements.api[step] ?? []) console.log(`   ${q.slice(0, 160)}`);
    }
} finally {
  await pool.end();
  await api.stop();
  await wechat.close();
  if (!process.argv.includes('--keep')) {
    const c = await mysql.createConnection({ uri: adminUrl });
    await c.query(`DROP DATABASE IF EXISTS ${DB}`);
    await c.end();
  }
}
