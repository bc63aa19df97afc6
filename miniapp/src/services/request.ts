/**
 * The one HTTP wrapper of the owner app, over Taro.request (weapp and H5 alike).
 * - Typed by the API's OpenAPI `paths`: `api.get('/me/rooms/{roomId}', { path: { roomId } })`.
 * - Adds `Authorization: Bearer <accessToken>`.
 * - Error bodies `{ code, message, details }` become a toast with `message` (unless `silent`) and an ApiError
 *   whose `kind` tells the page which state to show: offline (no answer), server (5xx), not found, refused.
 * - On 401 it refreshes once via POST /auth/refresh (rotating refresh token: the new pair is stored) and
 *   retries; when that fails the session is cleared and the login page opens.
 */
import Taro from '@tarojs/taro';
import type { paths } from '@wy/shared/api';
import { session } from './session';

/** The API's paths without the global `/api/v1` prefix (BASE carries it). */
export type Paths = { [K in keyof paths as K extends `/api/v1${infer R}` ? R : K]: paths[K] };
export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
export type PathsFor<M extends Method> = {
  [P in keyof Paths]: Paths[P] extends { [K in M]: unknown } ? P : never;
}[keyof Paths];

type OpOf<P extends keyof Paths, M extends Method> = Paths[P] extends { [K in M]: infer O } ? O : never;
type Defined<T> = Exclude<T, undefined>;
type PathParamsOf<O> = O extends { parameters: { path: infer X } } ? Defined<X> : never;
type QueryOf<O> = O extends { parameters: { query?: infer X } } ? Defined<X> : never;
type BodyOf<O> = O extends { requestBody?: infer RB }
  ? [Defined<RB>] extends [never]
    ? never
    : Defined<RB> extends { content: { 'application/json': infer B } }
      ? B
      : never
  : never;
type OkOf<R> = R extends { 200: infer S } ? S : R extends { 201: infer S } ? S : R extends { 204: infer S } ? S : never;
type JsonOf<S> = S extends { content: { 'application/json': infer J } } ? J : void;

/** The success body of an operation, e.g. `ResponseOf<'/me/rooms', 'get'>`. */
export type ResponseOf<P extends keyof Paths, M extends Method> = JsonOf<
  OkOf<OpOf<P, M> extends { responses: infer R } ? R : never>
>;
/** The JSON request body of an operation. */
export type RequestBodyOf<P extends keyof Paths, M extends Method> = BodyOf<OpOf<P, M>>;

type Flags = {
  /** Do not toast errors (the caller shows them its own way). */
  silent?: boolean;
  /** Do not open the login page when the session cannot be renewed (e.g. while signing out). */
  noLoginRedirect?: boolean;
};
export type Options<O> = Flags &
  ([PathParamsOf<O>] extends [never] ? { path?: never } : { path: PathParamsOf<O> }) &
  ([QueryOf<O>] extends [never] ? { query?: never } : { query?: QueryOf<O> }) &
  ([BodyOf<O>] extends [never] ? { body?: never } : { body: BodyOf<O> });
type Args<O> = object extends Options<O> ? [opts?: Options<O>] : [opts: Options<O>];

/**
 * Why a request failed, as a page shows it: no answer at all (offline: 重试), the server failed (5xx: 重试),
 * the record is not there or not mine (not found: 返回), the session ended (auth: the login page opens), or
 * the server refused what was asked (refused: its message).
 */
export type ErrorKind = 'offline' | 'server' | 'notfound' | 'auth' | 'refused';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
  get kind(): ErrorKind {
    if (this.code === 'NETWORK') return 'offline';
    if (this.status === 0 || this.status >= 500) return 'server';
    if (this.status === 404) return 'notfound';
    if (this.status === 401) return 'auth';
    return 'refused';
  }
}

/** Any thrown value as an ApiError (a bug in the page counts as a server-side failure to show). */
export function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(0, 'CLIENT', e instanceof Error ? e.message : String(e));
}

const BASE = (process.env.TARO_APP_API_BASE || '/api/v1').replace(/\/$/, '');
const LOGIN_PAGE = '/pkg-auth/login/index';
const STAFF_LOGIN_PAGE = '/pkg-staff/login/index';
const NETWORK_MESSAGE = '网络异常，请检查网络后重试';

function buildUrl(path: string, params?: Record<string, unknown>, query?: Record<string, unknown>): string {
  let url = path.replace(/\{(\w+)\}/g, (_, k: string) => {
    const v = params?.[k];
    if (v === undefined || v === null) throw new Error(`missing path parameter ${k} for ${path}`);
    return encodeURIComponent(String(v));
  });
  if (query) {
    const qs = Object.entries(query)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
      .join('&');
    if (qs) url += `?${qs}`;
  }
  return BASE + url;
}

type Raw = { statusCode: number; data: unknown };

async function send(method: Method, url: string, body: unknown, token: string | null): Promise<Raw> {
  const header: Record<string, string> = { Accept: 'application/json' };
  if (token) header.Authorization = `Bearer ${token}`;
  const upper = method.toUpperCase() as 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  // Fastify refuses a JSON content type with an empty body, so writes always carry a JSON object.
  const data = upper === 'GET' || upper === 'DELETE' ? undefined : (body ?? {});
  if (data !== undefined) header['Content-Type'] = 'application/json';
  try {
    const res = await Taro.request({
      url,
      method: upper as never,
      data: data as never,
      header,
      dataType: 'json',
      timeout: 15000,
    });
    return { statusCode: res.statusCode, data: res.data };
  } catch {
    throw new ApiError(0, 'NETWORK', NETWORK_MESSAGE);
  }
}

function toError(raw: Raw): ApiError {
  const b = (raw.data ?? {}) as { code?: unknown; message?: unknown; details?: unknown };
  const code = typeof b.code === 'string' ? b.code : `HTTP_${raw.statusCode}`;
  const message =
    typeof b.message === 'string' && b.message
      ? b.message
      : raw.statusCode >= 500
        ? '系统繁忙，请稍后再试'
        : `请求失败（${raw.statusCode}）`;
  return new ApiError(raw.statusCode, code, message, b.details);
}

export function toast(message: string): void {
  void Taro.showToast({ title: message, icon: 'none', duration: 2500 });
}

let refreshing: Promise<boolean> | null = null;

/** Exchanges the refresh token for a new pair once, shared by every request that got a 401 meanwhile. */
function refreshOnce(): Promise<boolean> {
  if (!refreshing) {
    refreshing = (async () => {
      const refreshToken = session.refreshToken;
      if (!refreshToken) return false;
      try {
        const raw = await send('post', buildUrl('/auth/refresh'), { refreshToken }, null);
        if (raw.statusCode >= 200 && raw.statusCode < 300 && raw.data) {
          session.save(raw.data as ResponseOf<'/auth/refresh', 'post'>);
          return true;
        }
        return false;
      } catch {
        return false;
      }
    })().finally(() => {
      setTimeout(() => (refreshing = null), 0);
    });
  }
  return refreshing;
}

let sentToLogin = false;
/** Clears the session and opens the login page (once, however many requests failed). */
export function goLogin(): void {
  session.clear();
  const pages = Taro.getCurrentPages();
  const current = pages[pages.length - 1]?.route ?? '';
  if (sentToLogin || current.includes('pkg-auth/login') || current.includes('pkg-staff/login')) return;
  sentToLogin = true;
  setTimeout(() => (sentToLogin = false), 1500);
  // the technician section has its own (username + password) login page
  void Taro.navigateTo({ url: current.includes('pkg-staff/') ? STAFF_LOGIN_PAGE : LOGIN_PAGE });
}

async function call(method: Method, path: string, opts: Options<unknown> & Flags = {} as never): Promise<unknown> {
  const o = opts as Flags & { path?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };
  const url = buildUrl(path, o.path, o.query);
  const token = session.accessToken;
  try {
    let raw = await send(method, url, o.body, token);
    if (raw.statusCode === 401 && (token || session.refreshToken) && !path.startsWith('/auth/refresh')) {
      if (await refreshOnce()) {
        raw = await send(method, url, o.body, session.accessToken);
      }
      if (raw.statusCode === 401) {
        if (o.noLoginRedirect) session.clear();
        else goLogin();
        throw new ApiError(401, 'TOKEN_INVALID', '登录已失效，请重新登录');
      }
    }
    if (raw.statusCode < 200 || raw.statusCode >= 300) throw toError(raw);
    return raw.statusCode === 204 ? undefined : raw.data;
  } catch (e) {
    const err = asApiError(e);
    if (!o.silent) toast(err.message);
    throw err;
  }
}

function method<M extends Method>(m: M) {
  return <P extends PathsFor<M>>(path: P, ...args: Args<OpOf<P, M>>): Promise<ResponseOf<P, M>> =>
    call(m, path as string, (args[0] ?? {}) as never) as Promise<ResponseOf<P, M>>;
}

export const api = {
  get: method('get'),
  post: method('post'),
  put: method('put'),
  patch: method('patch'),
  del: method('delete'),
};
