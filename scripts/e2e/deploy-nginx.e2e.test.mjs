// deploy/nginx.conf exercised by Debian's nginx (CI machines may have no Docker): the built console and H5
// served with their caching rules and pre-compressed files, and /api spread over two API instances with the
// client's address and a request id passed on. The upstreams here are two small HTTP servers that say who
// answered (the instances themselves are tested in api/test/two-instances.e2e.spec.ts).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';
import { precompress } from '../precompress.mjs';
import { NGINX_HINT, nginxMissing, startNginx } from '../lib/nginx.mjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from './stack.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
if (nginxMissing()) console.log(`nginx 配置测试已跳过：没有 nginx 或其 brotli 模块（${NGINX_HINT}）`);

describe.skipIf(nginxMissing())('deploy/nginx.conf under nginx', () => {
  let dir;
  let nginx;
  let upstreams = [];
  let admin;
  let h5;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'wy-nginx-'));
    for (const d of ['srv/admin/assets', 'srv/h5']) mkdirSync(join(dir, d), { recursive: true });
    // the built front ends when there (npm test builds them before this suite), else a stand-in page
    const page = (name) => `<!doctype html><html><head><title>${name}</title></head><body>${'物业'.repeat(400)}</body></html>`;
    execFileSync('sh', ['-c', `cp -r "${root}/admin/dist/." "${dir}/srv/admin/" 2>/dev/null || true`]);
    execFileSync('sh', ['-c', `cp -r "${root}/miniapp/dist-h5/." "${dir}/srv/h5/" 2>/dev/null || true`]);
    if (!existsSync(join(dir, 'srv/admin/index.html'))) writeFileSync(join(dir, 'srv/admin/index.html'), page('console'));
    if (!existsSync(join(dir, 'srv/h5/index.html'))) writeFileSync(join(dir, 'srv/h5/index.html'), page('h5'));
    const asset = join(dir, 'srv/admin/assets/app-test.js');
    writeFileSync(asset, 'console.log("x");'.repeat(200));
    precompress(join(dir, 'srv/admin/assets')); // what the image's build step does (.gz and .br)
    // two "instances"
    const ports = [await freePort(), await freePort()];
    upstreams = await Promise.all(
      ports.map(
        (port, i) =>
          new Promise((resolve) => {
            const s = createServer((req, res) => {
              res.writeHead(200, { 'content-type': 'application/json' });
              res.end(
                JSON.stringify({
                  instance: i,
                  url: req.url,
                  xff: req.headers['x-forwarded-for'],
                  rid: req.headers['x-request-id'],
                }),
              );
            });
            s.listen(port, '127.0.0.1', () => resolve(s));
          }),
      ),
    );
    [admin, h5] = [await freePort(), await freePort()];
    nginx = await startNginx(dir, { apiPorts: ports, adminPort: admin, h5Port: h5 });
  });
  afterAll(async () => {
    await nginx?.stop();
    await Promise.all(upstreams.map((s) => new Promise((r) => s.close(r))));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('/api goes to both instances in turn, with the client address and a request id', async () => {
    const seen = [];
    for (let i = 0; i < 4; i++) {
      const r = await fetch(`http://127.0.0.1:${admin}/api/v1/health`);
      expect(r.status).toBe(200);
      const body = await r.json();
      expect(body.url).toBe('/api/v1/health');
      expect(body.xff).toBe('127.0.0.1');
      expect(body.rid).toMatch(/^[0-9a-f]{32}$/);
      seen.push(body.instance);
    }
    expect(new Set(seen)).toEqual(new Set([0, 1]));
    const kept = await (
      await fetch(`http://127.0.0.1:${h5}/api/v1/x`, { headers: { 'x-request-id': 'req-from-client' } })
    ).json();
    expect(kept.rid).toBe('req-from-client');
    // the metrics are scraped from each instance, not through the public proxy
    for (const port of [admin, h5]) expect((await fetch(`http://127.0.0.1:${port}/api/v1/metrics`)).status).toBe(404);
  });

  it('the console: index.html never cached, any route falls back to it, hashed assets cached a year and sent pre-compressed', async () => {
    const index = await fetch(`http://127.0.0.1:${admin}/requests/42`);
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(await index.text()).toMatch(/<html/i);
    const js = await fetch(`http://127.0.0.1:${admin}/assets/app-test.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(js.headers.get('content-encoding')).toBe('gzip');
    expect(await js.text()).toBe('console.log("x");'.repeat(200)); // fetch unzips: the same file
    // a browser that takes brotli gets the .br made at build (smaller than the .gz), not one made per request
    const br = await fetch(`http://127.0.0.1:${admin}/assets/app-test.js`, { headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    const made = readFileSync(join(dir, 'srv/admin/assets/app-test.js.br'));
    expect(Number(br.headers.get('content-length'))).toBe(made.length);
    expect(made.length).toBeLessThan(readFileSync(join(dir, 'srv/admin/assets/app-test.js.gz')).length);
    expect(brotliDecompressSync(made).toString()).toBe('console.log("x");'.repeat(200));
    expect(await br.text()).toBe('console.log("x");'.repeat(200));
    expect((await fetch(`http://127.0.0.1:${admin}/assets/missing.js`)).status).toBe(404);
  });

  it('the owners’ H5 on its own port, with its own index', async () => {
    const r = await fetch(`http://127.0.0.1:${h5}/pages/index/index`);
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-cache');
    expect(await r.text()).toBe(readFileSync(join(dir, 'srv/h5/index.html'), 'utf8'));
  });
});
