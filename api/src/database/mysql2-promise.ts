import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * TypeORM's MySQL query runner asks mysql2 for its promise wrapper on every statement
 * (`connection.promise().query(…)`), and mysql2 3.x's `PoolConnection#promise` calls `require`
 * each time: module resolution showed as ≈ 2 % of the API's busy time in `npm run bench`'s
 * profiles. This resolves the wrapper class once and gives `promise` the same body without the
 * `require` — the same object is made, so nothing else changes. Left alone when mysql2's files are
 * not where 3.x keeps them (a later version may have moved or fixed it).
 */
export function cacheMysql2PromiseWrapper(): void {
  const require = createRequire(import.meta.url);
  let PoolConnection: { prototype: { promise(impl?: unknown): unknown } };
  let PromisePoolConnection: new (conn: unknown, impl?: unknown) => unknown;
  try {
    const root = dirname(require.resolve('mysql2'));
    PoolConnection = require(join(root, 'lib/pool_connection.js'));
    PromisePoolConnection = require(join(root, 'lib/promise/pool_connection.js'));
  } catch {
    return;
  }
  if (typeof PoolConnection?.prototype?.promise !== 'function' || typeof PromisePoolConnection !== 'function') return;
  if (!/require\(/.test(PoolConnection.prototype.promise.toString())) return;
  PoolConnection.prototype.promise = function promise(this: unknown, impl?: unknown) {
    return new PromisePoolConnection(this, impl);
  };
}
