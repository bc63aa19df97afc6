/** Staff (technician) session: same token storage as the owner app, signed in with username + password. */
import Taro from '@tarojs/taro';
import { SLA_CLOCK_LABELS, TECHNICIAN_CLOCK_KINDS, type SlaClockKind } from '@wy/shared';
import { api } from '../services/request';
import { session } from '../services/session';
import type { RequestSummary } from '../services/models';

export const STAFF_LOGIN = '/pkg-staff/login/index';
export const STAFF_HOME = '/pkg-staff/index/index';

export function isStaff(): boolean {
  return session.isLoggedIn() && session.me?.kind === 'staff';
}

export async function staffLogin(username: string, password: string): Promise<void> {
  const pair = await api.post('/auth/staff/login', { body: { username, password } });
  if (pair.me.kind !== 'staff') throw new Error('not staff');
  session.save(pair);
}

export async function staffLogout(): Promise<void> {
  try {
    if (session.accessToken) await api.post('/auth/logout', { silent: true, noLoginRedirect: true });
  } catch {
    // local sign-out is what matters
  } finally {
    session.forget();
  }
  void Taro.reLaunch({ url: STAFF_LOGIN });
}

/** Sends a non-staff session to the staff login page; true when the page may load. */
export function requireStaff(): boolean {
  if (isStaff()) return true;
  void Taro.redirectTo({ url: STAFF_LOGIN });
  return false;
}

/**
 * The deadline a technician keeps on this order now, named by the promise it belongs to (完成维修 /
 * 完工录入) — the API's dueKind — so a 接单-stage order does not read as if its repair deadline were the
 * accept deadline. The centre's own promises (dispatch, callbacks) are not the technician's.
 */
export function techDeadline(
  o: Pick<RequestSummary, 'dueAt' | 'dueKind' | 'overdue'>,
): { kind: SlaClockKind; label: string; late: boolean } | null {
  const kind = o.dueKind as SlaClockKind | null;
  if (!o.dueAt || !kind || !TECHNICIAN_CLOCK_KINDS.includes(kind)) return null;
  return { kind, label: SLA_CLOCK_LABELS[kind], late: o.overdue };
}
