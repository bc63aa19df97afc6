import { AsyncLocalStorage } from 'node:async_hooks';
import type { LoggerService } from '@nestjs/common';

/**
 * The request id of what runs in the background: a job run's own id in a job, and, while the outbox sends a
 * message, the id of the request that enqueued it. Their log lines carry it, so one id finds a request's
 * lines and the later sends it caused.
 *
 * An HTTP request carries its id itself (the principal's `rid`, the events' actor): Node 20 keeps an
 * AsyncLocalStorage through promise hooks on every promise of the process, which cost the API 3–4 % of
 * its time under `npm run bench` while it was entered for every request. Here it is entered only for a
 * job run or a send, and the hooks are switched off again when the last of those ends.
 */
const store = new AsyncLocalStorage<{ rid: string }>();
let entered = 0;

export async function withRequestId<T>(rid: string, fn: () => Promise<T>): Promise<T> {
  entered++;
  try {
    return await store.run({ rid }, fn);
  } finally {
    if (--entered === 0) store.disable();
  }
}
export function currentRequestId(): string | undefined {
  return store.getStore()?.rid;
}

/** The few methods of a pino logger this needs. */
interface Pino {
  child(bindings: Record<string, unknown>): Pino;
  fatal(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
  trace(obj: object, msg?: string): void;
}

/**
 * Nest's own and our services' `Logger` lines as the same JSON lines as fastify's request log (pino), each
 * with its context (the class) and the current request id.
 */
export class JsonNestLogger implements LoggerService {
  constructor(private readonly pino: Pino) {}
  private write(level: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace', message: unknown, rest: unknown[]) {
    const context = typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const stack = level === 'error' && typeof rest[0] === 'string' && rest.length > 1 ? rest[0] : undefined;
    const rid = currentRequestId();
    const fields = { ...(context ? { context } : {}), ...(rid ? { reqId: rid } : {}), ...(stack ? { stack } : {}) };
    if (message instanceof Error) this.pino[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.pino[level]({ ...fields, ...message });
    else this.pino[level](fields, String(message));
  }
  log(message: unknown, ...rest: unknown[]) {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.write('fatal', message, rest);
  }
}
