import { describe, expect, it } from 'vitest';
import { buildEnv } from '../config/build-env';

const PROD = {
  NODE_ENV: 'production',
  TARO_APP_API_BASE: 'https://wuye.example.com/api/v1',
  TARO_APP_ID: 'wx0123456789abcdef',
  TARO_APP_SUBSCRIBE_TMPL: 'accepted:Tpl-A,dispatched:Tpl-D,finished:Tpl-F,invoice_issued:Tpl-I',
};

describe('the mini-program build takes its appid, API base and templates from the environment', () => {
  it('a development build falls back to the local API and the tourist appid', () => {
    expect(buildEnv({}, 'weapp')).toEqual({ apiBase: 'http://127.0.0.1:3000/api/v1', appId: 'touristappid', subscribe: '' });
    expect(buildEnv({ NODE_ENV: 'production' }, 'h5').apiBase).toBe('/api/v1');
  });

  it('a production weapp build uses what it is given', () => {
    expect(buildEnv(PROD, 'weapp')).toEqual({
      apiBase: 'https://wuye.example.com/api/v1',
      appId: 'wx0123456789abcdef',
      subscribe: 'accepted:Tpl-A,dispatched:Tpl-D,finished:Tpl-F,invoice_issued:Tpl-I',
    });
  });

  it('a production weapp build refuses the development defaults, one line per variable', () => {
    expect(() => buildEnv({ NODE_ENV: 'production' }, 'weapp')).toThrow(
      /TARO_APP_API_BASE 必须是 https[\s\S]*TARO_APP_ID 必须是小程序的 AppID[\s\S]*TARO_APP_SUBSCRIBE_TMPL 缺少 accepted、dispatched、finished、invoice_issued/,
    );
    expect(() => buildEnv({ ...PROD, TARO_APP_API_BASE: 'https://192.168.1.5/api/v1' }, 'weapp')).toThrow('不能是本机或内网地址');
    expect(() => buildEnv({ ...PROD, TARO_APP_ID: 'touristappid' }, 'weapp')).toThrow('TARO_APP_ID');
    expect(() => buildEnv({ ...PROD, TARO_APP_SUBSCRIBE_TMPL: 'accepted:Tpl-A' }, 'weapp')).toThrow('缺少 dispatched、finished、invoice_issued');
    // the invoice's template too: without it a production build would skip the 开票 consent question
    expect(() =>
      buildEnv({ ...PROD, TARO_APP_SUBSCRIBE_TMPL: 'accepted:Tpl-A,dispatched:Tpl-D,finished:Tpl-F' }, 'weapp'),
    ).toThrow(/缺少 invoice_issued 的模板/);
  });
});
