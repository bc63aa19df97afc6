/** Typings for server.mjs — the local fake of WeChat Pay API v3. */
export declare function rsaSign(privateKeyPem: string, message: string): string;
export declare function rsaVerify(publicKeyPem: string, message: string, signature: string): boolean;
export declare function aesGcmEncrypt(apiV3Key: string, nonce: string, associatedData: string, plaintext: string): string;

export interface FakeWechatPayOrder {
  appid: string;
  mchid: string;
  description: string;
  out_trade_no: string;
  notify_url: string;
  amount: { total: number; currency?: string };
  payer?: { openid: string };
  trade_type: 'JSAPI' | 'H5';
  trade_state: 'NOTPAY' | 'SUCCESS' | 'CLOSED';
  prepay_id: string;
  transaction_id?: string;
  success_time?: string;
}
export interface FakeWechatPayRefund {
  mchid: string;
  out_trade_no: string;
  transaction_id: string;
  out_refund_no: string;
  refund_id: string;
  reason: string;
  notify_url: string;
  status: 'PROCESSING' | 'SUCCESS' | 'ABNORMAL' | 'CLOSED';
  create_time: string;
  success_time?: string;
  amount: { total: number; refund: number };
}
export interface NotifyOptions {
  id?: string;
  /** seconds; default now */
  timestamp?: number;
  serial?: string;
  signWith?: string;
  apiV3Key?: string;
  probe?: boolean;
  tamper?: Record<string, unknown>;
  tamperAmount?: number;
}
export interface FakeWechatPay {
  url: string;
  keys: {
    mchid: string;
    appId: string;
    merchantSerial: string;
    merchantPrivateKey: string;
    merchantPublicKey: string;
    platformSerial: string;
    platformPublicKey: string;
    platformPrivateKey: string;
    apiV3Key: string;
  };
  env: Record<string, string>;
  state: {
    orders: Map<string, FakeWechatPayOrder>;
    calls: Record<string, number>;
    refunds: Map<string, FakeWechatPayRefund>;
    deliveries: { outTradeNo?: string; outRefundNo?: string; attempt: number; status: number; error?: string }[];
    pay(outTradeNo: string, o?: { duplicates?: number; silent?: boolean }): Promise<number[]>;
    buildNotify(outTradeNo: string, o?: NotifyOptions): { body: string; headers: Record<string, string> };
    announce(outTradeNo: string, duplicates?: number): Promise<number[]>;
    buildRefundNotify(
      outRefundNo: string,
      o?: { id?: string; timestamp?: number; signWith?: string; tamper?: Record<string, unknown> },
    ): { body: string; headers: Record<string, string> };
    /** the refund reaches the payer (SUCCESS) and is announced; the notify statuses */
    finishRefund(outRefundNo: string): Promise<number[]>;
    holdRefunds(hold?: boolean): void;
    plantTradeBillRow(r: {
      time: string;
      transactionId: string;
      outTradeNo: string;
      fen: number;
      tradeType?: string;
      description?: string;
      /** a refund row */
      outRefundNo?: string;
      refundId?: string;
      refundFen?: number;
      refundStatus?: string;
    }): void;
    amendTradeBillAmount(outTradeNo: string, fen: number): void;
    amendTradeBillRefund(outRefundNo: string, fen: number): void;
    hideTradeBillRefund(outRefundNo: string): void;
    tradeBill(billDate: string): string;
  };
  close(): Promise<void>;
}
export declare function startFakeWechatPay(opts?: {
  port?: number;
  host?: string;
  mchid?: string;
  appId?: string;
  /** delays before each notify attempt, ms (default 0, 15 s, 15 s, 30 s, 3 min) */
  retryDelaysMs?: number[];
  now?: () => number;
  /** refunds finish by themselves shortly after they are asked for (default true) */
  refundAuto?: boolean;
}): Promise<FakeWechatPay>;
