import { AsyncLocalStorage } from 'node:async_hooks';
import type { LoggerService } from '@nestjs/common';

/**
 * The request id of what is running now: the HTTP request's (x-request-id) for its whole handling, a job
 * run's own id in a job, and, while the outbox sends a message, the id of the request that enqueued it.
 * Every log line carries it, so one id finds a request's lines and the later sends it caused.
 */
const store = new AsyncLocalStorage<{ rid: string }>();

export function withRequestId<T>(rid: string, fn: () => T): T {
  return store.run({ rid }, fn);
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
