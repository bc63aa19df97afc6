// A small static file server for a built front end (admin/dist, miniapp/dist-h5) that
// proxies /api/* to the API, so the browser sees one origin — as nginx would in production.
// Text files are sent brotli- or gzip-compressed when the browser accepts it (compressed once per
// file and kept in memory); hashed build assets are cached for a year, index.html is revalidated.
import { createServer, request as httpRequest } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};
/** Worth compressing: text. Images and woff2 are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.ico', '.ttf']);
/** A build asset whose name carries its content hash (Vite: name-Ab12Cd34.js; Taro: name.0a1b2c3d.js). */
const HASHED = /[.-][A-Za-z0-9_]{8,}\.(?:js|mjs|css|png|jpe?g|svg|woff2?|ttf)$/;

/** The encoding to answer with, from the request's Accept-Encoding: brotli, then gzip, else none. */
export function pickEncoding(acceptEncoding = '') {
  const offered = new Map(
    acceptEncoding
      .split(',')
      .map((p) => p.trim().split(';'))
      .filter(([name]) => name)
      .map(([name, ...params]) => {
        const q = params.map((x) => /^\s*q=([\d.]+)/.exec(x)?.[1]).find(Boolean);
        return [name.trim().toLowerCase(), q === undefined ? 1 : Number(q)];
      }),
  );
  for (const enc of ['br', 'gzip']) if ((offered.get(enc) ?? offered.get('*') ?? 0) > 0) return enc;
  return null;
}

/**
 * @param {{ root: string, apiUrl: string, port?: number, host?: string }} opts
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export function serveStatic({ root, apiUrl, port = 0, host = '127.0.0.1' }) {
  const api = new URL(apiUrl);
  const base = resolve(root);
  if (!existsSync(join(base, 'index.html'))) throw new Error(`没有找到构建结果 ${base}/index.html（先运行 npm run build）`);
  /** file|mtime|encoding → bytes */
  const cache = new Map();
  const body = (file, mtimeMs, enc) => {
    const key = `${file}|${mtimeMs}|${enc ?? ''}`;
    let b = cache.get(key);
    if (!b) {
      const raw = readFileSync(file);
      b =
        enc === 'br'
          ? brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } })
          : enc === 'gzip'
            ? gzipSync(raw, { level: 6 })
            : raw;
      cache.set(key, b);
    }
    return b;
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      const up = httpRequest(
        {
          protocol: api.protocol,
          hostname: api.hostname,
          port: api.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: api.host },
        },
        (ur) => {
          res.writeHead(ur.statusCode ?? 502, ur.headers);
          ur.pipe(res);
        },
      );
      up.on('error', (e) => {
        if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ code: 'BAD_GATEWAY', message: `接口服务不可用：${e.message}` }));
      });
      req.pipe(up);
      return;
    }
    let file = normalize(join(base, decodeURIComponent(url.pathname)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(base, 'index.html');
    const st = statSync(file);
    const ext = extname(file);
    const etag = `"${st.size.toString(36)}-${Math.floor(st.mtimeMs).toString(36)}"`;
    const headers = {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      // hashed assets never change under their name; everything else is checked again on each visit
      'cache-control': HASHED.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache',
      etag,
      vary: 'Accept-Encoding',
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers).end();
      return;
    }
    const enc = COMPRESSIBLE.has(ext) ? pickEncoding(req.headers['accept-encoding']) : null;
    const bytes = body(file, st.mtimeMs, enc);
    if (enc) headers['content-encoding'] = enc;
    headers['content-length'] = bytes.length;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : bytes);
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const p = server.address().port;
      ok({
        url: `http://${host}:${p}`,
        port: p,
        close: () => new Promise((r) => (server.closeAllConnections?.(), server.close(() => r()))),
      });
    });
  });
}
