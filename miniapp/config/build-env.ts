// every template the owner may be asked for: the shared list (built before any mini-program build)
import { SUBSCRIBE_TEMPLATES as TEMPLATES } from '@wy/shared';

/**
 * What a mini-program build takes from its environment, checked before it starts: the API base, the
 * appid and the subscribe-message template ids. A production weapp build (NODE_ENV=production) refuses
 * the development defaults — `touristappid`, a plain-http or local API, no templates — with one line per
 * problem naming the variable; a development build falls back to them.
 */
export interface BuildEnv {
  apiBase: string;
  appId: string;
  subscribe: string;
}


export function buildEnv(env: Record<string, string | undefined>, target: 'weapp' | 'h5'): BuildEnv {
  const prod = env.NODE_ENV === 'production';
  if (target === 'h5') return { apiBase: '/api/v1', appId: 'h5', subscribe: '' }; // same origin, behind the /api proxy
  const apiBase = env.TARO_APP_API_BASE || 'http://127.0.0.1:3000/api/v1';
  const appId = env.TARO_APP_ID || 'touristappid';
  const subscribe = env.TARO_APP_SUBSCRIBE_TMPL || '';
  if (!prod) return { apiBase, appId, subscribe };
  const problems: string[] = [];
  let host = '';
  try {
    const u = new URL(apiBase);
    host = u.hostname;
    if (u.protocol !== 'https:')
      problems.push(`TARO_APP_API_BASE 必须是 https 地址（微信只允许 https 的合法域名），现在是 "${apiBase}"`);
  } catch {
    problems.push(`TARO_APP_API_BASE 不是合法的地址（现在是 "${apiBase}"）`);
  }
  if (/^(localhost|127\.|10\.|192\.168\.)/.test(host))
    problems.push(`TARO_APP_API_BASE 不能是本机或内网地址（现在是 "${apiBase}"）`);
  if (!/^wx[0-9a-f]{16}$/.test(appId))
    problems.push(`TARO_APP_ID 必须是小程序的 AppID（wx 加 16 位十六进制，现在是 "${appId}"）`);
  const given = new Map(
    subscribe
      .split(',')
      .map((p) => p.split(':').map((x) => x.trim()))
      .filter(([k, id]) => k && id)
      .map(([k, id]) => [k, id] as const),
  );
  const missing = TEMPLATES.filter((k) => !given.get(k));
  if (missing.length)
    problems.push(
      `TARO_APP_SUBSCRIBE_TMPL 缺少 ${missing.join('、')} 的模板 ID（格式 accepted:ID,dispatched:ID,…，与 API 的 WECHAT_TPL_* 相同）`,
    );
  if (problems.length) throw new Error('小程序生产构建的配置有误：\n' + problems.map((p) => '  - ' + p).join('\n'));
  return { apiBase, appId, subscribe };
}
