// Child processes started by a handle and stopped by that handle (never orphaned).
import { spawn } from 'node:child_process';

export function run(cmd, args, opts = {}) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { stdio: 'inherit', ...opts });
    p.on('error', reject);
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}`))));
  });
}

/** Starts a long-running process; resolves once `ready` matches its output. */
export function start(name, cmd, args, { env, cwd, ready, timeoutMs = 120000, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const p = spawn(cmd, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    const timer = setTimeout(() => {
      // a process that never got ready is stopped with its children, not left running detached
      try {
        process.kill(-p.pid, 'SIGKILL');
      } catch {}
      reject(new Error(`${name} did not start in ${timeoutMs} ms:\n${out.slice(-2000)}`));
    }, timeoutMs);
    const onData = (d) => {
      const s = d.toString();
      out += s;
      if (!quiet)
        process.stdout.write(
          s
            .split('\n')
            .map((l) => (l ? `[${name}] ${l}` : l))
            .join('\n'),
        );
      if (ready.test(out)) {
        clearTimeout(timer);
        resolve({
          proc: p,
          output: () => out,
          stop: () =>
            new Promise((r) => {
              if (p.exitCode !== null) return r();
              p.once('exit', () => r());
              try {
                process.kill(-p.pid, 'SIGTERM');
              } catch {
                r();
              }
              setTimeout(() => {
                try {
                  process.kill(-p.pid, 'SIGKILL');
                } catch {}
              }, 5000).unref();
            }),
        });
      }
    };
    p.stdout.on('data', onData);
    p.stderr.on('data', onData);
    p.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${name} exited with ${code}:\n${out.slice(-3000)}`));
    });
  });
}
