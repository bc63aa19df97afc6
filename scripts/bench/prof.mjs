// Where the API's CPU goes, from a profile taken under the bench's load:
//   node scripts/bench/run.mjs --lists 0 --profile .tmp/prof
//   node scripts/bench/prof.mjs .tmp/prof/life.cpuprofile [--top 40]
// Prints self time by package (typeorm, @nestjs/*, mysql2, fastify, class-validator, our api/dist …)
// and the functions that take the most, each as a share of the time the process was busy.
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/bench/prof.mjs <file.cpuprofile> [--top N]');
  process.exit(2);
}
const i = process.argv.indexOf('--top');
const TOP = i > 0 ? Number(process.argv[i + 1]) : 30;
const prof = JSON.parse(readFileSync(file, 'utf8'));

const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const self = new Map(); // node id → µs
for (let k = 0; k < prof.samples.length; k++) {
  const dt = prof.timeDeltas[k + 1] ?? 0;
  self.set(prof.samples[k], (self.get(prof.samples[k]) ?? 0) + dt);
}
const where = (url) => {
  if (!url) return '(native / V8)';
  const m = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (m) return m[1];
  if (url.includes('/api/dist/')) return 'api (ours)';
  if (url.includes('/shared/dist/')) return '@wy/shared (ours)';
  if (url.startsWith('node:')) return 'node core';
  return url;
};
const pkg = new Map();
const fn = new Map();
let busy = 0;
for (const [id, us] of self) {
  const n = byId.get(id);
  const name = n.callFrame.functionName || '(anonymous)';
  if (name === '(idle)' || name === '(program)') continue;
  busy += us;
  const p = name === '(garbage collector)' ? '(garbage collector)' : where(n.callFrame.url);
  pkg.set(p, (pkg.get(p) ?? 0) + us);
  const key = `${name}  ${p}${n.callFrame.url ? ':' + (n.callFrame.lineNumber + 1) : ''}`;
  fn.set(key, (fn.get(key) ?? 0) + us);
}
const pct = (us) => `${((100 * us) / busy).toFixed(1).padStart(5)} %`;
const ms = (us) => `${(us / 1000).toFixed(0).padStart(7)} ms`;
console.log(`busy ${(busy / 1e6).toFixed(1)} s (idle and (program) left out)\n\nself time by package:`);
for (const [p, us] of [...pkg].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${ms(us)} ${pct(us)}  ${p}`);
console.log(`\nfunctions (self time):`);
for (const [f, us] of [...fn].sort((a, b) => b[1] - a[1]).slice(0, TOP)) console.log(`${ms(us)} ${pct(us)}  ${f}`);
