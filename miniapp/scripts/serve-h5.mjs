// Serves the H5 build (miniapp/dist-h5) with /api proxied to the API, using the repo's one static server.
// As a module: `const { url, close } = await serveH5({ port: 0, apiUrl: 'http://127.0.0.1:3000' })`.
// From the shell: node miniapp/scripts/serve-h5.mjs --port 5180 --api http://127.0.0.1:3000
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../scripts/lib/serve-static.mjs';

const DEFAULT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist-h5');

/** @param {{ port?: number, host?: string, apiUrl: string, root?: string }} opts */
export function serveH5({ port = 0, host = '127.0.0.1', apiUrl, root = DEFAULT_ROOT }) {
  return serveStatic({ root, apiUrl, port, host });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const arg = (name, def) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : def;
  };
  const apiUrl = arg('api', process.env.API_URL ?? 'http://127.0.0.1:3000');
  const { url } = await serveH5({ port: Number(arg('port', process.env.PORT ?? 5180)), host: arg('host', '127.0.0.1'), apiUrl });
  console.log(`miniapp H5 at ${url} (API ${apiUrl})`);
}
