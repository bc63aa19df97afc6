import type { FastifyInstance } from 'fastify';
import { AppError } from './app-error.js';

/** No request body of this API nests deeper; a deeper one is refused before anything walks it. */
export const MAX_JSON_DEPTH = 32;

/** How deep a parsed JSON value nests (iterative: a 20,000-level body cannot overflow the stack). */
export function jsonDepth(value: unknown, stopAt = Infinity): number {
  let max = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d > max) max = d;
    if (max > stopAt) return max;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

/**
 * JSON bodies: parsed once, refused with a Chinese 400 when not JSON or nested too deep, and the raw
 * text kept on the request (`rawBody`) for signatures that are computed over the exact bytes.
 */
export function registerJsonBody(fastify: FastifyInstance, bodyLimit: number): void {
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit }, (req, body, done) => {
    const text = String(body);
    (req as unknown as { rawBody: string }).rawBody = text;
    if (text.trim() === '') return done(null, undefined);
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return done(new AppError('VALIDATION_FAILED', '请求内容不是合法的 JSON'), undefined);
    }
    if (jsonDepth(value, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
      return done(new AppError('VALIDATION_FAILED', `请求内容的嵌套层级过深（最多 ${MAX_JSON_DEPTH} 层）`), undefined);
    done(null, value);
  });
}
