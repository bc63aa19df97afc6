/**
 * Real API processes for the multi-instance tests: `node src/main.ts` through the SWC hooks
 * (ts-hooks.mjs), each in its own process group, stopped by its own handle (never by name).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const apiDir = join(dirname(fileURLToPath(import.meta.url)), '../..');

export interface Instance {
  name: string;
  url: string;
  proc: ChildProcess;
  output(): string;
  stop(): Promise<void>;
}

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Starts one API process; resolves once it listens, rejects with its output if it exits first. */
export async function startInstance(name: string, env: Record<string, string>, timeoutMs = 150_000): Promise<Instance> {
  const port = await freePort();
  const p = spawn(process.execPath, ['--enable-source-maps', '--import', './test/support/ts-register.mjs', 'src/main.ts'], {
    cwd: apiDir,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (p.exitCode !== null || p.signalCode !== null) return resolve();
      p.once('exit', () => resolve());
      try {
        process.kill(-p.pid!, 'SIGTERM');
      } catch {
        resolve();
      }
      setTimeout(() => {
        try {
          process.kill(-p.pid!, 'SIGKILL');
        } catch {
          /* gone */
        }
      }, 8000).unref();
    });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${name} did not start in ${timeoutMs} ms:\n${out.slice(-3000)}`));
    }, timeoutMs);
    const onData = (d: Buffer) => {
      out += d.toString();
      if (/API 已启动/.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    };
    p.stdout!.on('data', onData);
    p.stderr!.on('data', onData);
    p.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${out.slice(-3000)}`));
    });
  });
  return { name, url: `http://127.0.0.1:${port}`, proc: p, output: () => out, stop };
}

/** JSON over HTTP to an instance, as a client behind the proxy at 127.0.0.1 (X-Forwarded-For names it). */
export async function call(
  i: Instance,
  method: string,
  path: string,
  o: { token?: string; body?: unknown; client?: string } = {},
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- bodies are checked field by field in tests
): Promise<{ status: number; body: any }> {
  const res = await fetch(i.url + '/api/v1' + path, {
    method,
    headers: {
      ...(o.token ? { authorization: `Bearer ${o.token}` } : {}),
      ...(o.body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(o.client ? { 'x-forwarded-for': o.client } : {}),
    },
    body: o.body === undefined ? undefined : JSON.stringify(o.body),
  });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    /* text */
  }
  return { status: res.status, body };
}

/** Polls `probe` until it returns a value other than undefined (no fixed sleeps); fails with `what` after `limitMs`. */
export async function until<T>(what: string, probe: () => Promise<T | undefined>, limitMs = 120_000): Promise<T> {
  const end = Date.now() + limitMs;
  for (let wait = 50; ; wait = Math.min(wait * 2, 1000)) {
    const v = await probe();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`still waiting for ${what}`);
    await new Promise((r) => setTimeout(r, wait));
  }
}
