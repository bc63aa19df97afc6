// Writes a .gz and a .br beside every text asset of the built front ends, for nginx's gzip_static and
// brotli_static (deploy/nginx.conf): compressed once at build at the highest levels, never per request.
// Usage: node scripts/precompress.mjs admin/dist miniapp/dist-h5
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TEXT = /\.(js|css|html|svg|json|txt|map)$/;

/** Compresses every text file under `dir` (recursively); returns how many it wrote. */
export function precompress(dir) {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      n += precompress(path);
      continue;
    }
    if (!TEXT.test(name)) continue;
    const raw = readFileSync(path);
    if (raw.length < 256) continue; // not worth a second request's worth of bytes
    writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(raw, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
      }),
    );
    n++;
  }
  return n;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const dir of process.argv.slice(2)) console.log(`${dir}: ${precompress(dir)} 个文件已预压缩（.gz、.br）`);
}
