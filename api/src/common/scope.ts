import { inScope } from '@wy/shared';
import { AppError, notFound } from './app-error.js';
import type { Principal, StaffPrincipal } from './principal.js';

export function asStaff(p: Principal): StaffPrincipal {
  if (p.kind !== 'staff') throw new AppError('FORBIDDEN', '仅限物业员工使用');
  return p;
}

/**
 * R-ORG-03: a staff member acts only on assigned projects. A project outside
 * the scope answers 404 (as if it did not exist), never 403, so ids leak nothing.
 */
export function ensureProjectInScope(p: Principal, projectId: number, what = '记录'): void {
  const s = asStaff(p);
  if (!inScope(s.scope, projectId)) throw notFound(what);
}

/** The project ids a staff query may touch; an empty list means nothing (fails closed). */
export function scopeIds(p: Principal): 'all' | number[] {
  return asStaff(p).scope;
}
