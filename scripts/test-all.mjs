// `npm test`: every suite — unit, API integration and HTTP e2e (on the embedded SQLite always,
// and on MariaDB/MySQL whenever one answers), and browser e2e in Chromium wherever it is found.
// Ends with what it exercised, how to add what is missing, and one line "N passed, N failed".
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { findChromium, probeMysql } from './lib/probe.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.tmp/test-results');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const only = process.argv.slice(2); // e.g. `npm test -- api` runs only that suite

const sh = (cmd, args, opts = {}) =>
  new Promise((resolve) => {
    const p = spawn(cmd, args, { stdio: 'inherit', cwd: root, ...opts, env: { ...process.env, ...opts.env } });
    p.on('exit', (code) => resolve(code ?? 1));
  });
/** Like sh, but the output is kept (and printed by the caller when it failed): for work that runs beside a suite. */
const shQuiet = (cmd, args) =>
  new Promise((resolve) => {
    const p = spawn(cmd, args, { cwd: root, env: process.env });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('exit', (code) => resolve({ code: code ?? 1, out }));
  });

const mysql = await probeMysql();
const chromium = findChromium();
// CI sets these: there a missing database or browser is a failure, not a quieter run
const missing = [
  process.env.REQUIRE_MYSQL === '1' && !mysql ? 'MariaDB/MySQL（REQUIRE_MYSQL=1）' : null,
  process.env.REQUIRE_BROWSER === '1' && !chromium ? 'Chromium（REQUIRE_BROWSER=1）' : null,
].filter(Boolean);
if (missing.length) {
  console.error(`✗ 缺少必需的测试环境：${missing.join('、')}。安装方法见 README「Tests」，或去掉这些变量在本机少跑一些测试。`);
  process.exit(1);
}
const results = [];
/** Each failed test, named with the first line of its error: the summary is what a CI log's tail shows. */
const failures = [];
const firstLine = (msgs) =>
  String((msgs ?? []).find(Boolean) ?? '')
    // eslint-disable-next-line no-control-regex -- terminal colours in the runner's messages
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .find((l) => l.trim())
    ?.trim()
    .slice(0, 240) ?? '';

async function vitest(name, dir, env = {}) {
  if (only.length && !only.includes(name)) return;
  const file = join(out, `${name}.json`);
  console.log(`\n━━ ${name} ━━`);
  const code = await sh('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], {
    cwd: join(root, dir),
    env,
  });
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  try {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    passed = r.numPassedTests;
    failed = r.numFailedTests;
    skipped = r.numPendingTests + (r.numTodoTests ?? 0);
    if (code !== 0 && failed === 0) failed = 1; // a suite that failed to load
    for (const f of r.testResults ?? []) {
      const file = f.name.slice(root.length + 1);
      for (const a of f.assertionResults ?? [])
        if (a.status === 'failed')
          failures.push(`${name} · ${file} › ${a.fullName ?? a.title} — ${firstLine(a.failureMessages)}`);
      if (f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'))
        failures.push(`${name} · ${file} — ${firstLine([f.message])}`);
    }
  } catch {
    failed = 1;
  }
  results.push({ name, passed, failed, skipped, code });
}

console.log('构建 shared …');
if ((await sh('npm', ['run', 'build', '-w', '@wy/shared'])) !== 0) process.exit(1);

/** `npm run lint`: eslint and the API's module walls (dependency-cruiser); its own line in the summary. */
async function lint() {
  if (only.length && !only.includes('lint')) return;
  console.log('\n━━ lint ━━');
  const code = await sh('npm', ['run', 'lint']);
  results.push({ name: 'lint', passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, code });
}

const dbEnv = mysql ? { TEST_MYSQL_URL: mysql.url } : { TEST_MYSQL_URL: '', DB_URL: '' };
await lint();
await vitest('shared', 'shared');
await vitest('miniapp', 'miniapp');
const browser = chromium && (!only.length || only.includes('browser'));
// The browser suite needs the built API, console and H5: they build while the API suite runs (it keeps
// about one core busy), which takes a few minutes off a run that must stay under CI's 30.
let builds = Promise.resolve([]);
if (browser) {
  console.log('\n构建 api、admin 与小程序 H5（与 api 测试同时进行）…');
  builds = (async () => {
    const steps = [];
    for (const args of [
      ['run', 'build', '-w', '@wy/api'],
      ['run', 'build', '-w', '@wy/admin'],
      ['run', 'build:h5', '-w', '@wy/miniapp'],
    ]) {
      const r = await shQuiet('npm', args);
      steps.push({ args, ...r });
      if (r.code !== 0) break;
    }
    return steps;
  })();
}
await vitest('api', 'api', dbEnv);

if (browser) {
  const steps = await builds;
  const failedStep = steps.find((s) => s.code !== 0);
  if (failedStep) {
    console.log(`\n✗ npm ${failedStep.args.join(' ')} 失败：\n${failedStep.out}`);
    results.push({ name: 'browser', passed: 0, failed: 1, skipped: 0, code: 1 });
  } else await vitest('browser', 'scripts', { CHROMIUM_PATH: chromium, A11Y_SHOTS: 'failures' });
}

const total = results.reduce(
  (a, r) => ({ passed: a.passed + r.passed, failed: a.failed + r.failed, skipped: a.skipped + r.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
console.log('\n━━ 测试汇总 / summary ━━');
for (const r of results)
  console.log(
    `  ${r.failed ? '✗' : '✓'} ${r.name.padEnd(8)} ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}`,
  );
console.log(
  `  数据库：SQLite（内置）✓   MySQL/MariaDB ${mysql ? `✓ ${mysql.version}（${mysql.url.replace(/:[^:@/]*@/, ':***@')}）` : '✗ 未找到'}`,
);
console.log(`  浏览器：${chromium ? `Chromium ✓ ${chromium}` : 'Chromium ✗ 未找到'}`);
if (!mysql)
  console.log('  → 加上 MariaDB：apt-get install -y mariadb-server 并启动，或设置 TEST_MYSQL_URL=mysql://user:pass@host:3306/db');
if (!chromium) console.log('  → 加上浏览器测试：apt-get install -y chromium fonts-wqy-microhei（或设置 CHROMIUM_PATH）');
if (failures.length) {
  console.log('  失败的测试 / failed:');
  for (const f of failures.slice(0, 40)) console.log(`    ✗ ${f}`);
  if (failures.length > 40) console.log(`    … 另有 ${failures.length - 40} 个`);
}
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed || results.some((r) => r.code !== 0) ? 1 : 0);
