/** Staff (technician) session: same token storage as the owner app, signed in with username + password. */
import Taro from '@tarojs/taro';
import { api } from '../services/request';
import { session } from '../services/session';

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
