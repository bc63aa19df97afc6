/**
 * Login session kept in local storage: the token pair, the signed-in person and the room the owner
 * is looking at. Nothing here talks to the network (see request.ts / auth.ts).
 */
import Taro from '@tarojs/taro';
import type { Me, TokenPair } from './models';

const K_ACCESS = 'wy.accessToken';
const K_REFRESH = 'wy.refreshToken';
const K_ME = 'wy.me';
const K_ROOM = 'wy.currentRoomId';
/** Set after a WeChat login on this device; lets an expired session be renewed by wx.login alone. */
const K_WX = 'wy.wechatLinked';

function read<T = string>(key: string): T | null {
  try {
    const v = Taro.getStorageSync(key);
    return v === '' || v === undefined ? null : (v as T);
  } catch {
    return null;
  }
}

export const session = {
  get accessToken(): string | null {
    return read(K_ACCESS);
  },
  get refreshToken(): string | null {
    return read(K_REFRESH);
  },
  get me(): Me | null {
    return read<Me>(K_ME);
  },
  isLoggedIn(): boolean {
    return !!read(K_ACCESS) || !!read(K_REFRESH);
  },
  save(pair: TokenPair): void {
    Taro.setStorageSync(K_ACCESS, pair.accessToken);
    Taro.setStorageSync(K_REFRESH, pair.refreshToken);
    if (pair.me) Taro.setStorageSync(K_ME, pair.me);
  },
  saveMe(me: Me): void {
    Taro.setStorageSync(K_ME, me);
  },
  /** Forgets the tokens (an expired session); the WeChat link survives so wx.login can renew it. */
  clear(): void {
    for (const k of [K_ACCESS, K_REFRESH, K_ME, K_ROOM]) Taro.removeStorageSync(k);
  },
  /** Sign-out: forget everything, including that this device's WeChat is linked. */
  forget(): void {
    this.clear();
    Taro.removeStorageSync(K_WX);
  },
  get wechatLinked(): boolean {
    return !!read(K_WX);
  },
  markWechatLinked(): void {
    Taro.setStorageSync(K_WX, '1');
  },
  get currentRoomId(): string | null {
    const v = read<string | number>(K_ROOM);
    return v === null ? null : String(v);
  },
  set currentRoomId(id: string | null) {
    if (id === null) Taro.removeStorageSync(K_ROOM);
    else Taro.setStorageSync(K_ROOM, id);
  },
};
