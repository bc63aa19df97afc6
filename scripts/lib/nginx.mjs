// deploy/nginx.conf run by Debian's nginx without Docker, for the deploy test and the Lighthouse bench:
// the console and the H5 on ports of their own, /api to the given instances, the built files (copied into
// a folder of nginx's own) served as production serves them (pre-compressed .gz and .br, its cache rules).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
export const BROTLI = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
export const nginxMissing = () => !NGINX || !existsSync(BROTLI);
export const NGINX_HINT = 'apt-get install -y nginx libnginx-mod-http-brotli-static（CI 的 .ci/run 会安装）';

/**
 * Starts nginx in `dir` (its logs, temp files and site there) with deploy/nginx.conf, the upstreams
 * api1/api2 replaced by `apiPorts`, the console listening on `adminPort` and the H5 on `h5Port`, their
 * roots `${dir}/srv/admin` and `${dir}/srv/h5`. Resolves once the console answers; `stop()` ends it.
 */
export async function startNginx(dir, { apiPorts, adminPort, h5Port, timeoutMs = 30_000 }) {
  for (const d of ['logs', 'tmp']) mkdirSync(join(dir, d), { recursive: true });
  const site = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8')
    .replace('api1:3000', `127.0.0.1:${apiPorts[0]}`)
    .replace('api2:3000', `127.0.0.1:${apiPorts[1] ?? apiPorts[0]}`)
    .replace('listen 80;', `listen 127.0.0.1:${adminPort};`)
    .replace('listen 8080;', `listen 127.0.0.1:${h5Port};`)
    .replaceAll('/srv/', `${dir}/srv/`);
  if (/api[12]:3000|listen (80|8080);/.test(site)) throw new Error('deploy/nginx.conf changed: a substitution did not take');
  writeFileSync(join(dir, 'site.conf'), site);
  const t = join(dir, 'tmp');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `load_module ${BROTLI}; pid ${dir}/nginx.pid; error_log ${dir}/logs/error.log; daemon off; master_process off; events {}
http { access_log off; client_body_temp_path ${t}; proxy_temp_path ${t}; fastcgi_temp_path ${t}; uwsgi_temp_path ${t}; scgi_temp_path ${t};
  include /etc/nginx/mime.types; include ${dir}/site.conf; }`,
  );
  const nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: ['ignore', 'pipe', 'pipe'] });
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${adminPort}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (nginx.exitCode !== null || Date.now() > until) {
      nginx.kill('SIGKILL');
      throw new Error(`nginx did not start: ${readFileSync(join(dir, 'logs/error.log'), 'utf8').slice(-1000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    async stop() {
      if (nginx.exitCode !== null) return;
      const gone = new Promise((r) => nginx.once('exit', r));
      nginx.kill('SIGTERM');
      await gone;
    },
  };
}
