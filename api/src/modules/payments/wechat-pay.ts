import type { WechatPayClient } from './wechatpay.client.js';

/** The WeChat Pay client when the merchant is configured (null: online payment is off). */
export class WechatPay {
  constructor(readonly client: WechatPayClient | null) {}
}
