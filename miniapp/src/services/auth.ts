/** Owner sign-in and sign-out on top of the request wrapper. */
import Taro from '@tarojs/taro';
import { api } from './request';
import { session } from './session';
import type { TokenPair } from './models';

const LOGIN_PAGE = '/pkg-auth/login/index';

/** An owner's session on this device (a technician signed in here uses the staff section instead). */
export function ownerSignedIn(): boolean {
  return session.isLoggedIn() && session.me?.kind !== 'staff';
}

/** Guard of an owner page: without a session the login page takes its place (false: do not load). */
export function requireOwner(): boolean {
  if (session.isLoggedIn()) return true;
  void Taro.redirectTo({ url: LOGIN_PAGE });
  return false;
}

function afterLogin(pair: TokenPair): void {
  session.save(pair);
}

/** weapp: exchange a fresh wx.login code (and, from the phone button, a phone code) for a session. */
export async function wechatLogin(phoneCode?: string, silent = false): Promise<TokenPair> {
  const { code } = await Taro.login();
  const pair = await api.post('/auth/owner/wechat', { body: phoneCode ? { code, phoneCode } : { code }, silent });
  afterLogin(pair);
  session.markWechatLinked();
  return pair;
}

/**
 * Renews an expired session with wx.login alone — only on a device that has logged in with WeChat
 * before, because the API creates a blank, phone-less owner for an openid it does not know.
 */
export async function wechatSilentLogin(): Promise<boolean> {
  if (!session.wechatLinked) return false;
  try {
    await wechatLogin(undefined, true);
    return true;
  } catch {
    return false;
  }
}

/** H5: ask for an SMS code; resolves with how long it stays valid. */
export async function sendSmsCode(phone: string): Promise<number> {
  const res = await api.post('/auth/owner/sms-code', { body: { phone } });
  return res.ttlSeconds;
}

export async function smsLogin(phone: string, code: string): Promise<TokenPair> {
  const pair = await api.post('/auth/owner/sms-login', { body: { phone, code } });
  afterLogin(pair);
  return pair;
}

/** Ends the server session of the current access token, then forgets the tokens locally. */
export async function logout(): Promise<void> {
  try {
    if (session.accessToken) await api.post('/auth/logout', { silent: true, noLoginRedirect: true });
  } catch {
    // signing out locally is what matters
  } finally {
    session.forget();
  }
}
