// Prints the weapp main-package size and each subpackage's size from miniapp/dist (and the H5 total if
// dist-h5 exists). Exits 1 when the main package is over WeChat's 2 MB limit.
// Usage: npm run size -w miniapp   (after npm run build:weapp -w miniapp)
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, process.env.WEAPP_DIST || 'dist');
const h5 = join(root, process.env.H5_DIST || 'dist-h5');
const LIMIT = 2 * 1024 * 1024;
const IGNORE = new Set(['project.config.json', 'project.private.config.json']);

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) walk(p, out);
    else if (!name.endsWith('.map')) out.push({ path: p, size: st.size });
  }
  return out;
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

if (!existsSync(join(dist, 'app.json'))) {
  console.error(`no weapp build at ${dist} (run npm run build:weapp -w miniapp first)`);
  process.exit(1);
}
const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8'));
const roots = (app.subPackages || app.subpackages || []).map((s) => s.root.replace(/\/$/, ''));
const sizes = Object.fromEntries([['main', 0], ...roots.map((r) => [r, 0])]);
for (const f of walk(dist)) {
  const rel = relative(dist, f.path).split(sep).join('/');
  if (IGNORE.has(rel)) continue;
  const pkg = roots.find((r) => rel === r || rel.startsWith(r + '/')) ?? 'main';
  sizes[pkg] += f.size;
}
const total = Object.values(sizes).reduce((a, b) => a + b, 0);
console.log('weapp package sizes');
console.log(`  main package        ${kb(sizes.main).padStart(10)}  (limit ${kb(LIMIT)})`);
for (const r of roots) console.log(`  ${r.padEnd(20)}${kb(sizes[r]).padStart(10)}`);
console.log(`  total               ${kb(total).padStart(10)}`);
if (existsSync(h5)) {
  const files = walk(h5);
  const sum = (re) => files.filter((f) => re.test(f.path)).reduce((a, f) => a + f.size, 0);
  console.log(`h5 build: ${kb(files.reduce((a, f) => a + f.size, 0))} (js ${kb(sum(/\.js$/))}, css ${kb(sum(/\.css$/))})`);
}
if (sizes.main > LIMIT) {
  console.error(`main package ${kb(sizes.main)} exceeds ${kb(LIMIT)}`);
  process.exit(1);
}
