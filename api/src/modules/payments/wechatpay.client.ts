import { createDecipheriv, createHash, createSign, createVerify, randomBytes } from 'node:crypto';

export interface WechatPaySettings {
  apiBase: string;
  mchid: string;
  appId: string;
  merchantSerial: string;
  privateKey: string;
  apiV3Key: string;
  platformSerial: string;
  platformPublicKey: string;
  notifyUrl: string;
}

/** A refusal or failure of WeChat Pay: its HTTP status and code (ORDER_PAID, ORDER_NOT_EXIST, SIGN_ERROR…). */
export class WechatPayError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(`微信支付 ${status} ${code}: ${message}`);
  }
}

/** Why a notify is refused (each a 4xx, nothing credited). */
export type NotifyRefusal = 'missing_headers' | 'unknown_serial' | 'probe' | 'stale' | 'bad_signature' | 'bad_resource';

export class NotifyRefused extends Error {
  constructor(
    readonly reason: NotifyRefusal,
    message: string,
  ) {
    super(message);
  }
}

export interface WechatTransaction {
  appid: string;
  mchid: string;
  out_trade_no: string;
  transaction_id?: string;
  trade_type: string;
  trade_state: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR';
  success_time?: string;
  payer?: { openid?: string };
  amount: { total: number; payer_total?: number; currency?: string };
}

/** A refund as WeChat Pay answers it (and, with refund_status, as its refund notify carries it). */
export interface WechatRefund {
  refund_id: string;
  out_refund_no: string;
  transaction_id?: string;
  out_trade_no: string;
  status?: 'SUCCESS' | 'PROCESSING' | 'ABNORMAL' | 'CLOSED';
  refund_status?: 'SUCCESS' | 'PROCESSING' | 'ABNORMAL' | 'CLOSED';
  mchid?: string;
  success_time?: string;
  /** when WeChat Pay accepted the refund */
  create_time?: string;
  amount: { total: number; refund: number };
}

/** What wx.requestPayment needs, signed by the server (the client never holds a key). */
export interface JsapiPayParams {
  appId: string;
  timeStamp: string;
  nonceStr: string;
  package: string;
  signType: 'RSA';
  paySign: string;
}

/**
 * The WeChat Pay API v3 client (merchant side): requests signed with the merchant's key
 * (WECHATPAY2-SHA256-RSA2048 over METHOD\nPATH?query\nts\nnonce\nbody\n), answers and notifies checked
 * against the platform public key chosen by Wechatpay-Serial, resources decrypted with the APIv3 key
 * (AEAD_AES_256_GCM). The base URL is a setting: the real service or the local fake.
 */
export class WechatPayClient {
  constructor(
    readonly settings: WechatPaySettings,
    private readonly now: () => number = Date.now,
  ) {}

  private nonce(): string {
    return randomBytes(16).toString('hex');
  }
  private sign(message: string): string {
    return createSign('RSA-SHA256').update(message).sign(this.settings.privateKey, 'base64');
  }
  /** Verifies a platform signature over `ts\nnonce\nbody\n`; the key is chosen by serial. */
  private verify(serial: string, ts: string, nonce: string, body: string, signature: string): boolean {
    if (serial !== this.settings.platformSerial) return false;
    try {
      return createVerify('RSA-SHA256')
        .update(`${ts}\n${nonce}\n${body}\n`)
        .verify(this.settings.platformPublicKey, signature, 'base64');
    } catch {
      return false;
    }
  }

  /** The merchant's Authorization header over METHOD\nPATH?query\nts\nnonce\nbody\n. */
  private authorization(method: string, pathAndQuery: string, text: string): string {
    const ts = String(Math.floor(this.now() / 1000));
    const nonce = this.nonce();
    const signature = this.sign(`${method}\n${pathAndQuery}\n${ts}\n${nonce}\n${text}\n`);
    const s = this.settings;
    return `WECHATPAY2-SHA256-RSA2048 mchid="${s.mchid}",nonce_str="${nonce}",signature="${signature}",timestamp="${ts}",serial_no="${s.merchantSerial}"`;
  }

  private async call<T>(
    method: 'GET' | 'POST',
    pathAndQuery: string,
    body?: unknown,
  ): Promise<{ status: number; data: T | null }> {
    const text = body === undefined ? '' : JSON.stringify(body);
    const s = this.settings;
    const res = await fetch(s.apiBase + pathAndQuery, {
      method,
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        'user-agent': 'wy-service-centre',
        authorization: this.authorization(method, pathAndQuery, text),
      },
      body: body === undefined ? undefined : text,
      signal: AbortSignal.timeout(10_000),
    });
    const raw = await res.text();
    if (res.status >= 200 && res.status < 300) {
      // an answer that is not signed by the platform is not believed (R-PAY-01: a signed query says so)
      const h = (k: string) => res.headers.get(k) ?? '';
      if (!this.verify(h('wechatpay-serial'), h('wechatpay-timestamp'), h('wechatpay-nonce'), raw, h('wechatpay-signature')))
        throw new WechatPayError(res.status, 'BAD_RESPONSE_SIGNATURE', '应答签名验证失败');
      return { status: res.status, data: raw ? (JSON.parse(raw) as T) : null };
    }
    let code = 'HTTP_' + res.status;
    let message = raw.slice(0, 200);
    try {
      const e = JSON.parse(raw) as { code?: string; message?: string };
      code = e.code ?? code;
      message = e.message ?? message;
    } catch {
      /* not JSON */
    }
    throw new WechatPayError(res.status, code, message);
  }

  /** A JSAPI order (mini-program): its prepay_id. */
  async jsapi(o: {
    outTradeNo: string;
    description: string;
    totalFen: number;
    openid: string;
    expiresAt: Date;
    attach?: string;
  }): Promise<string> {
    const s = this.settings;
    const r = await this.call<{ prepay_id: string }>('POST', '/v3/pay/transactions/jsapi', {
      appid: s.appId,
      mchid: s.mchid,
      description: o.description,
      out_trade_no: o.outTradeNo,
      time_expire: rfc3339(o.expiresAt),
      attach: o.attach,
      notify_url: s.notifyUrl,
      amount: { total: o.totalFen, currency: 'CNY' },
      payer: { openid: o.openid },
    });
    return r.data!.prepay_id;
  }
  /** An H5 order (a phone browser, and the demo): the cashier page's URL. */
  async h5(o: { outTradeNo: string; description: string; totalFen: number; expiresAt: Date; clientIp: string }): Promise<string> {
    const s = this.settings;
    const r = await this.call<{ h5_url: string }>('POST', '/v3/pay/transactions/h5', {
      appid: s.appId,
      mchid: s.mchid,
      description: o.description,
      out_trade_no: o.outTradeNo,
      time_expire: rfc3339(o.expiresAt),
      notify_url: s.notifyUrl,
      amount: { total: o.totalFen, currency: 'CNY' },
      scene_info: { payer_client_ip: o.clientIp, h5_info: { type: 'Wap' } },
    });
    return r.data!.h5_url;
  }
  /** The order as WeChat Pay knows it (null: no such order). */
  async query(outTradeNo: string): Promise<WechatTransaction | null> {
    try {
      const r = await this.call<WechatTransaction>(
        'GET',
        `/v3/pay/transactions/out-trade-no/${encodeURIComponent(outTradeNo)}?mchid=${this.settings.mchid}`,
      );
      return r.data;
    } catch (e) {
      if (e instanceof WechatPayError && e.code === 'ORDER_NOT_EXIST') return null;
      throw e;
    }
  }
  /** Closes an unpaid order; false when it was paid meanwhile (ORDER_PAID). */
  async close(outTradeNo: string): Promise<boolean> {
    try {
      await this.call('POST', `/v3/pay/transactions/out-trade-no/${encodeURIComponent(outTradeNo)}/close`, {
        mchid: this.settings.mchid,
      });
      return true;
    } catch (e) {
      if (e instanceof WechatPayError && e.code === 'ORDER_PAID') return false;
      if (e instanceof WechatPayError && e.code === 'ORDER_NOT_EXIST') return true;
      throw e;
    }
  }

  /**
   * R-PAY-04 a refund of (part of) a paid order; a retry with the same out_refund_no is the same refund.
   * The answer's status: SUCCESS, PROCESSING (the notify or a query finishes it), ABNORMAL, CLOSED.
   */
  async refund(r: {
    outTradeNo: string;
    outRefundNo: string;
    reason: string;
    refundFen: number;
    totalFen: number;
  }): Promise<WechatRefund> {
    const res = await this.call<WechatRefund>('POST', '/v3/refund/domestic/refunds', {
      out_trade_no: r.outTradeNo,
      out_refund_no: r.outRefundNo,
      reason: r.reason.slice(0, 80),
      notify_url: this.settings.notifyUrl,
      amount: { refund: r.refundFen, total: r.totalFen, currency: 'CNY' },
    });
    return res.data!;
  }
  /** A refund as WeChat Pay knows it (null: no such refund — the request never reached it). */
  async queryRefund(outRefundNo: string): Promise<WechatRefund | null> {
    try {
      return (await this.call<WechatRefund>('GET', `/v3/refund/domestic/refunds/${encodeURIComponent(outRefundNo)}`)).data;
    } catch (e) {
      if (e instanceof WechatPayError && e.code === 'RESOURCE_NOT_EXISTS') return null;
      throw e;
    }
  }

  /**
   * R-PAY-03 a day's trade bill (China time): its download address from a signed answer, then the file (not
   * signed itself) checked against the SHA1 that answer gave.
   */
  async tradeBill(billDate: string): Promise<string> {
    const r = await this.call<{ hash_type: string; hash_value: string; download_url: string }>(
      'GET',
      `/v3/bill/tradebill?bill_date=${encodeURIComponent(billDate)}&bill_type=ALL`,
    );
    const u = new URL(r.data!.download_url);
    const res = await fetch(u.href, {
      headers: { 'user-agent': 'wy-service-centre', authorization: this.authorization('GET', u.pathname + u.search, '') },
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    if (res.status !== 200) throw new WechatPayError(res.status, 'DOWNLOAD_FAILED', text.slice(0, 200));
    if (createHash('sha1').update(text).digest('hex') !== String(r.data!.hash_value).toLowerCase())
      throw new WechatPayError(200, 'BAD_HASH', '账单文件校验失败');
    return text;
  }

  /** wx.requestPayment's parameters, paySign = RSA-SHA256 over appId\ntimeStamp\nnonceStr\npackage\n. */
  payParams(prepayId: string): JsapiPayParams {
    const timeStamp = String(Math.floor(this.now() / 1000));
    const nonceStr = this.nonce();
    const pkg = `prepay_id=${prepayId}`;
    return {
      appId: this.settings.appId,
      timeStamp,
      nonceStr,
      package: pkg,
      signType: 'RSA',
      paySign: this.sign(`${this.settings.appId}\n${timeStamp}\n${nonceStr}\n${pkg}\n`),
    };
  }

  /**
   * A notify checked and opened (R-PAY-01): the key by Wechatpay-Serial, probes (WECHATPAY/SIGNTEST/)
   * and timestamps more than 5 minutes off refused, the signature over the raw body, then the resource
   * decrypted. Throws NotifyRefused (answer 4xx, credit nothing).
   */
  openNotify(
    headers: Record<string, string | string[] | undefined>,
    rawBody: string,
  ): { id: string; eventType: string; resource: unknown } {
    const h = (k: string) => {
      const v = headers[k];
      return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
    };
    const ts = h('wechatpay-timestamp');
    const nonce = h('wechatpay-nonce');
    const sig = h('wechatpay-signature');
    const serial = h('wechatpay-serial');
    if (!ts || !nonce || !sig || !serial) throw new NotifyRefused('missing_headers', '缺少微信支付签名头');
    if (sig.startsWith('WECHATPAY/SIGNTEST/')) throw new NotifyRefused('probe', '签名探测请求');
    if (serial !== this.settings.platformSerial) throw new NotifyRefused('unknown_serial', '未知的平台证书序列号');
    if (!/^\d{1,12}$/.test(ts) || Math.abs(Number(ts) - this.now() / 1000) > 300)
      throw new NotifyRefused('stale', '通知时间戳超出5分钟');
    if (!this.verify(serial, ts, nonce, rawBody, sig)) throw new NotifyRefused('bad_signature', '通知签名验证失败');
    let n: {
      id?: string;
      event_type?: string;
      resource?: { ciphertext: string; nonce: string; associated_data?: string; algorithm?: string };
    };
    try {
      n = JSON.parse(rawBody);
    } catch {
      throw new NotifyRefused('bad_resource', '通知不是 JSON');
    }
    if (!n.resource || n.resource.algorithm !== 'AEAD_AES_256_GCM') throw new NotifyRefused('bad_resource', '通知资源格式不对');
    try {
      return { id: String(n.id ?? ''), eventType: String(n.event_type ?? ''), resource: JSON.parse(this.decrypt(n.resource)) };
    } catch {
      throw new NotifyRefused('bad_resource', '通知资源解密失败');
    }
  }

  private decrypt(r: { ciphertext: string; nonce: string; associated_data?: string }): string {
    const buf = Buffer.from(r.ciphertext, 'base64');
    const d = createDecipheriv('aes-256-gcm', Buffer.from(this.settings.apiV3Key), Buffer.from(r.nonce));
    d.setAuthTag(buf.subarray(buf.length - 16));
    d.setAAD(Buffer.from(r.associated_data ?? ''));
    return Buffer.concat([d.update(buf.subarray(0, buf.length - 16)), d.final()]).toString('utf8');
  }
}

/** 2026-11-23T10:00:00+08:00 (WeChat Pay's time format, in China time). */
function rfc3339(d: Date): string {
  return new Date(d.getTime() + 8 * 3600_000).toISOString().replace(/\.\d{3}Z$/, '+08:00');
}
