// Two builds of the API side by side, to see what a change does to a repair's life when the machine is too
// busy for two runs of `run.mjs` to be compared (their ratios move by ±30 % with the load of the moment):
//   node scripts/bench/ab.mjs <A: a folder with api/dist> <B: another> [--lives 320] [--rounds 8] [--concurrency 16]
// e.g. a worktree of main without the change (built) against this one. Each build runs on its own fresh
// database with the demo data, in its own process; rounds alternate A B B A A B …, so a passing burst of
// load hits both; each round runs lives (life.mjs) and desk intakes. Prints per build the median CPU time its
// process spent per life and per intake (user + system, from the bench agent) and the median throughput,
// and B ÷ A of each. CPU time still counts time the VM's host takes from a busy vCPU, so compare the two
// builds of one run, not runs.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import mysql from 'mysql2/promise';
import { start } from '../lib/procs.mjs';
import { startFakeWechat } from '../fake-wechat/server.mjs';
import { apiStep, lifeFixture, runLife } from './life.mjs';
import { arg, freePort, mysqlServer } from './lib/app.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const [dirA, dirB] = process.argv.slice(2, 4).map((d) => resolve(d));
if (!dirA || !dirB) {
  console.error('usage: node scripts/bench/ab.mjs <A folder with api/dist> <B folder> [--lives N] [--rounds N]');
  process.exit(2);
}
const LIVES = Number(arg('lives', 320));
const ROUNDS = Number(arg('rounds', 8));
const CONC = Number(arg('concurrency', 16));

const probe = await mysqlServer();
const { adminUrl, flavor } = probe;
const wechat = await startFakeWechat();
const sides = {};
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

async function side(name, dir) {
  const db = `wy_ab_${name}_${process.pid}`;
  const c = await mysql.createConnection({ uri: adminUrl });
  await c.query(`DROP DATABASE IF EXISTS ${db}`);
  await c.query(`CREATE DATABASE ${db} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await c.end();
  const u = new URL(adminUrl);
  u.pathname = `/${db}`;
  const [port, agentPort] = [await freePort(), await freePort()];
  const proc = await start(name, 'node', ['--import', join(root, 'scripts/bench/agent.mjs'), join(dir, 'api/dist/main.js')], {
    cwd: dir,
    env: {
      PORT: String(port),
      DB_URL: u.toString().replace(/^mysql:/, `${flavor}:`),
      DEMO_SEED: '1',
      WECHAT_API_BASE: wechat.url,
      LOG_LEVEL: 'error',
      JOBS_INTERVAL_SECONDS: '0',
      LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
      BENCH_AGENT_PORT: String(agentPort),
    },
    ready: /API 已启动/,
    quiet: true,
    timeoutMs: 180000,
  });
  const base = `http://127.0.0.1:${port}/api/v1`;
  const fx = await lifeFixture(base, u.toString());
  const cpu = async () => (await (await fetch(`http://127.0.0.1:${agentPort}/cpu`)).json()).us;
  return { name, db, proc, base, fx, cpu, life: [], intake: [] };
}

let issued = 0;
async function round(s, what, n) {
  let next = 0;
  let errors = 0;
  const one =
    what === 'life'
      ? (i) => runLife((step, id) => apiStep(s.base, s.fx, step, id, i), i)
      : async (i) => {
          const [token, url, body] = apiStep(s.base, s.fx, 'intake', null, i);
          const r = await fetch(url, {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          if (!r.ok) throw new Error(`intake: ${r.status}`);
        };
  const before = await s.cpu();
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: CONC }, async () => {
      while (next < n) {
        next++;
        await one(issued++).catch(() => errors++);
      }
    }),
  );
  const secs = (performance.now() - t0) / 1000;
  s[what].push({ cpuMs: ((await s.cpu()) - before) / 1000 / n, rps: n / secs, errors });
}

try {
  console.log(`数据库 ${probe.version}；A = ${dirA}，B = ${dirB}；启动两边的 API …`);
  sides.A = await side('A', dirA);
  sides.B = await side('B', dirB);
  const per = Math.ceil(LIVES / ROUNDS);
  for (const s of [sides.A, sides.B]) {
    // warm: the first hundred lives run slower while V8 compiles the hot paths
    await round(s, 'life', 120);
    await round(s, 'intake', 200);
    s.life = [];
    s.intake = [];
  }
  for (let k = 0; k < ROUNDS; k++) {
    const order = k % 2 ? [sides.B, sides.A] : [sides.A, sides.B];
    for (const s of order) await round(s, 'life', per);
    for (const s of order) await round(s, 'intake', per * 4);
  }
  const sum = (s, what) => ({
    cpuMs: median(s[what].map((r) => r.cpuMs)),
    rps: median(s[what].map((r) => r.rps)),
    errors: s[what].reduce((x, r) => x + r.errors, 0),
  });
  console.log(`\n━━ A/B（${ROUNDS} 轮交替，每轮 ${per} 次报修全程、${per * 4} 次受理，并发 ${CONC}） ━━`);
  for (const what of ['life', 'intake']) {
    const [a, b] = [sum(sides.A, what), sum(sides.B, what)];
    const label = what === 'life' ? '报修全程' : '受理';
    console.log(
      `  ${label}：每单 CPU A ${a.cpuMs.toFixed(2)} ms，B ${b.cpuMs.toFixed(2)} ms（B÷A ${(b.cpuMs / a.cpuMs).toFixed(2)}）；` +
        `吞吐 A ${a.rps.toFixed(1)}/s，B ${b.rps.toFixed(1)}/s（B÷A ${(b.rps / a.rps).toFixed(2)}）${a.errors + b.errors ? `；错误 A ${a.errors} B ${b.errors}` : ''}`,
    );
    console.log(
      `    每轮 CPU：A ${sides.A[what].map((r) => r.cpuMs.toFixed(1)).join(' ')}；B ${sides.B[what].map((r) => r.cpuMs.toFixed(1)).join(' ')}`,
    );
  }
} finally {
  await wechat.close();
  for (const s of Object.values(sides)) {
    await s.proc.stop();
    const c = await mysql.createConnection({ uri: adminUrl });
    await c.query(`DROP DATABASE IF EXISTS ${s.db}`);
    await c.end();
  }
}
