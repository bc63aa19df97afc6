/**
 * The API client without React Query: tokens, refresh, errors and the typed client over the generated schema.
 * Signing in and the sign-in check use only this module, so the login page does not load the console's data
 * layer (services/api.ts adds that on top and re-exports everything here).
 */
import type { MessageInstance } from 'antd/es/message/interface';
import { createApiClient } from '@wy/shared/api';
import type { Me, TokenPair } from './models';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total?: number;
}

/* ------------------------------------------------------------------ tokens */
const ACCESS_KEY = 'wy.admin.accessToken';
const REFRESH_KEY = 'wy.admin.refreshToken';
const ME_KEY = 'wy.admin.me';

export const session = {
  get accessToken(): string | null {
    return localStorage.getItem(ACCESS_KEY);
  },
  get refreshToken(): string | null {
    return localStorage.getItem(REFRESH_KEY);
  },
  get me(): Me | null {
    try {
      const raw = localStorage.getItem(ME_KEY);
      return raw ? (JSON.parse(raw) as Me) : null;
    } catch {
      return null;
    }
  },
  save(pair: Pick<TokenPair, 'accessToken' | 'refreshToken'> & { me?: Me }) {
    localStorage.setItem(ACCESS_KEY, pair.accessToken);
    localStorage.setItem(REFRESH_KEY, pair.refreshToken);
    if (pair.me) localStorage.setItem(ME_KEY, JSON.stringify(pair.me));
  },
  saveMe(me: Me) {
    localStorage.setItem(ME_KEY, JSON.stringify(me));
  },
  clear() {
    localStorage.removeItem(ACCESS_KEY);
    localStorage.removeItem(REFRESH_KEY);
    localStorage.removeItem(ME_KEY);
  },
};

/* ------------------------------------------------------------------ errors */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: '提交的内容有误',
  401: '请先登录',
  403: '没有权限执行此操作',
  404: '记录不存在',
  409: '数据冲突，请刷新后重试',
  423: '账号已被锁定，请稍后再试',
  429: '操作过于频繁，请稍后再试',
};

export function toApiError(body: unknown, response: Response | undefined): ApiError {
  const status = response?.status ?? 0;
  if (body && typeof body === 'object' && 'message' in body) {
    const b = body as { code?: string; message?: string; details?: unknown };
    return new ApiError(status, b.code ?? 'UNKNOWN', b.message || STATUS_TEXT[status] || '请求失败', b.details);
  }
  if (!response) return new ApiError(0, 'NETWORK', '网络连接失败，请检查网络后重试');
  const fallback =
    status === 502 || status === 503 || status === 504
      ? '服务暂时不可用，请稍后再试'
      : status >= 500
        ? '系统繁忙，请稍后再试'
        : '请求失败';
  return new ApiError(status, 'HTTP_' + status, STATUS_TEXT[status] ?? fallback);
}

export function errorText(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  if (e instanceof TypeError) return '网络连接失败，请检查网络后重试';
  if (e instanceof Error && e.message) return e.message;
  return '操作失败，请稍后再试';
}

let messageApi: MessageInstance | null = null;
/** Called once from inside antd <App> so messages follow the theme and locale. */
export function bindMessageApi(m: MessageInstance) {
  messageApi = m;
}
/** Shows the API's Chinese `message` (or a generic one) as a toast. */
export function showError(e: unknown) {
  if (e instanceof ApiError && e.status === 401 && e.code !== 'AUTH_BAD_CREDENTIALS') return; // sent to login already
  void messageApi?.error(errorText(e));
}
export function showSuccess(text: string) {
  void messageApi?.success(text);
}

/* ------------------------------------------------------------------ fetch with auth + refresh */
let onAuthLost: () => void = () => {
  if (!location.pathname.startsWith('/login')) location.assign('/login?expired=1');
};
export function setAuthLostHandler(fn: () => void) {
  onAuthLost = fn;
}

const NO_REFRESH = ['/api/v1/auth/staff/login', '/api/v1/auth/refresh', '/api/v1/auth/logout'];

function withToken(req: Request): Request {
  const token = session.accessToken;
  if (token) req.headers.set('Authorization', `Bearer ${token}`);
  return req;
}

let refreshing: Promise<boolean> | null = null;
function refreshOnce(): Promise<boolean> {
  refreshing ??= (async () => {
    const refreshToken = session.refreshToken;
    if (!refreshToken) return false;
    try {
      const res = await fetch('/api/v1/auth/refresh', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ refreshToken }),
      });
      if (!res.ok) return false;
      const pair = (await res.json()) as TokenPair;
      session.save(pair);
      return true;
    } catch {
      return false;
    }
  })().finally(() => {
    setTimeout(() => (refreshing = null), 0);
  });
  return refreshing;
}

export async function authFetch(input: Request): Promise<Response> {
  const retry = input.clone();
  const res = await fetch(withToken(input));
  if (res.status !== 401) return res;
  if (NO_REFRESH.some((p) => new URL(input.url, location.origin).pathname === p)) return res;
  const body = (await res
    .clone()
    .json()
    .catch(() => null)) as { code?: string } | null;
  if (body?.code === 'TOKEN_INVALID' && (await refreshOnce())) {
    const again = await fetch(withToken(retry));
    if (again.status !== 401) return again;
  }
  session.clear();
  onAuthLost();
  return res;
}

/**
 * The typed client over the generated schema. Every answer that is not 2xx, and every network failure,
 * is thrown as an ApiError (Chinese message), so callers never look at `error`.
 */
export const client = createApiClient({ baseUrl: '', fetch: authFetch });
client.use({
  async onResponse({ response }) {
    if (response.ok) return undefined;
    throw toApiError(
      await response
        .clone()
        .json()
        .catch(() => undefined),
      response,
    );
  },
  onError({ error }) {
    return error instanceof ApiError ? error : toApiError(undefined, undefined);
  },
});

type Result<T> = { data?: T; error?: unknown; response: Response };
/** A typed call's data (its errors were thrown as ApiError): `await call(client.GET('/api/v1/projects'))`. */
export async function call<T>(p: Promise<Result<T>>): Promise<T> {
  return (await p).data as T;
}

/* ------------------------------------------------------------------ sign-in */
export async function login(username: string, password: string): Promise<TokenPair> {
  const pair = await call(client.POST('/api/v1/auth/staff/login', { body: { username, password } }));
  session.save(pair);
  return pair;
}
export async function logout(): Promise<void> {
  try {
    if (session.accessToken) await call(client.POST('/api/v1/auth/logout'));
  } catch {
    /* leaving anyway */
  } finally {
    session.clear();
  }
}
export async function fetchMe(): Promise<Me> {
  const me = await call(client.GET('/api/v1/auth/me'));
  session.saveMe(me);
  return me;
}
