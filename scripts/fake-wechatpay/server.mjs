#!/usr/bin/env node
/**
 * A local fake of WeChat Pay API v3 (the merchant side of JSAPI/H5 payments), speaking the real
 * protocol so the API's real client runs against it in tests and in the demo. It makes its own keys
 * at start: the merchant's API key pair (the API signs requests with the private key; the fake checks
 * them with the public one), the platform key pair (the fake signs answers and notifies; the API checks
 * them with the public key, chosen by `Wechatpay-Serial`, a PUB_KEY_ID_…) and the APIv3 key (AES-256-GCM
 * of notify resources). No dependencies: node:http + node:crypto.
 *
 *   POST /v3/pay/transactions/jsapi                      → {prepay_id}
 *   POST /v3/pay/transactions/h5                         → {h5_url} (the fake's cashier page)
 *   GET  /v3/pay/transactions/out-trade-no/{no}?mchid=   → the order, trade_state NOTPAY/SUCCESS/CLOSED
 *   POST /v3/pay/transactions/out-trade-no/{no}/close    → 204 (400 ORDER_PAID when paid)
 *   GET  /cashier?prepay_id=…&redirect_url=…             → a cashier page (H5, demo); POST /cashier/pay pays
 *   POST /v3/refund/domestic/refunds                     → a refund of a paid order (PROCESSING; SUCCESS and a
 *                                                          REFUND.SUCCESS notify follow), idempotent by out_refund_no
 *   GET  /v3/refund/domestic/refunds/{out_refund_no}     → the refund
 *   GET  /v3/bill/tradebill?bill_date=YYYY-MM-DD         → {hash_type: SHA1, hash_value, download_url} of the day's
 *                                                          trade bill (China time); GET download_url (signed
 *                                                          request, unsigned CSV answer: `-prefixed fields, yuan)
 *
 * Requests must carry `Authorization: WECHATPAY2-SHA256-RSA2048 mchid="…",nonce_str="…",signature="…",
 * timestamp="…",serial_no="…"` over `METHOD\nPATH?query\nts\nnonce\nbody\n` (401 SIGN_ERROR otherwise);
 * answers carry Wechatpay-Timestamp/-Nonce/-Signature/-Serial over `ts\nnonce\nbody\n`.
 * A paid order is announced to its notify_url (TRANSACTION.SUCCESS, encrypted resource), again and again
 * until a 2xx (the retry delays are an option), plus any duplicates asked for.
 *
 * CLI: node scripts/fake-wechatpay/server.mjs [--port 3902] [--host 127.0.0.1] [--mchid 1900000001] [--keys-file FILE]
 *      prints the settings the API needs (WECHATPAY_*), and writes them to --keys-file as JSON when given.
 */
import { createCipheriv, createHash, createSign, createVerify, generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { pathToFileURL, URLSearchParams } from 'node:url';

const OUT_TRADE_NO = /^[0-9A-Za-z_\-|*]{6,32}$/;

const hex = (n) => randomBytes(n).toString('hex').toUpperCase();
const nonce = () => randomBytes(16).toString('hex');
function rfc3339(ms) {
  // +08:00 as WeChat writes it
  const d = new Date(ms + 8 * 3600_000);
  return d.toISOString().replace(/\.\d{3}Z$/, '+08:00');
}

/** RSA-SHA256 signature, base64. */
export function rsaSign(privateKeyPem, message) {
  return createSign('RSA-SHA256').update(message).sign(privateKeyPem, 'base64');
}
export function rsaVerify(publicKeyPem, message, signature) {
  try {
    return createVerify('RSA-SHA256').update(message).verify(publicKeyPem, signature, 'base64');
  } catch {
    return false;
  }
}
/** AEAD_AES_256_GCM as WeChat Pay encrypts notify resources: base64(ciphertext ‖ 16-byte tag). */
export function aesGcmEncrypt(apiV3Key, nonceStr, associatedData, plaintext) {
  const c = createCipheriv('aes-256-gcm', Buffer.from(apiV3Key), Buffer.from(nonceStr));
  c.setAAD(Buffer.from(associatedData));
  return Buffer.concat([c.update(plaintext, 'utf8'), c.final(), c.getAuthTag()]).toString('base64');
}

function parseAuth(h) {
  const m = /^WECHATPAY2-SHA256-RSA2048 (.*)$/.exec(h ?? '');
  if (!m) return null;
  const out = {};
  for (const part of m[1].matchAll(/(\w+)="([^"]*)"/g)) out[part[1]] = part[2];
  return out;
}

export async function startFakeWechatPay(opts = {}) {
  const now = opts.now ?? (() => Date.now());
  const mchid = opts.mchid ?? '1900000001';
  const appId = opts.appId ?? 'wxdemo0000000000';
  const retryDelaysMs = opts.retryDelaysMs ?? [0, 15_000, 15_000, 30_000, 180_000];
  const gen = () =>
    generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'pem' },
      privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    });
  const merchant = gen();
  const platform = gen();
  const keys = {
    mchid,
    appId,
    merchantSerial: hex(20),
    merchantPrivateKey: merchant.privateKey,
    merchantPublicKey: merchant.publicKey,
    platformSerial: `PUB_KEY_ID_0119${hex(12)}`,
    platformPublicKey: platform.publicKey,
    platformPrivateKey: platform.privateKey,
    apiV3Key: randomBytes(24)
      .toString('base64')
      .replace(/[^A-Za-z0-9]/g, 'x')
      .slice(0, 32),
  };
  /** out_trade_no → order */
  const orders = new Map();
  /** out_refund_no → refund */
  const refunds = new Map();
  /** planted trade-bill differences: rows WeChat Pay has and we do not, and amounts it reports otherwise */
  const tradeBillExtra = [];
  const tradeBillAmounts = new Map();
  /** out_refund_no → the refund amount the trade bill reports instead; refunds it leaves out */
  const tradeBillRefundAmounts = new Map();
  const hiddenRefunds = new Set();
  const downloads = new Map();
  /** refunds finish by themselves (SUCCESS and a notify) unless the test holds them */
  let refundAuto = opts.refundAuto ?? true;
  const calls = {};
  const deliveries = [];
  let base = '';

  function signHeaders(body) {
    const ts = String(Math.floor(now() / 1000));
    const n = nonce();
    return {
      'Wechatpay-Timestamp': ts,
      'Wechatpay-Nonce': n,
      'Wechatpay-Signature': rsaSign(keys.platformPrivateKey, `${ts}\n${n}\n${body}\n`),
      'Wechatpay-Serial': keys.platformSerial,
      'Request-ID': randomUUID(),
    };
  }
  function send(res, status, obj) {
    const body = obj === undefined ? '' : JSON.stringify(obj);
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...signHeaders(body) });
    res.end(body);
  }
  const fail = (res, status, code, message) => send(res, status, { code, message });

  function transaction(o) {
    return {
      appid: o.appid,
      mchid: o.mchid,
      out_trade_no: o.out_trade_no,
      ...(o.transaction_id ? { transaction_id: o.transaction_id } : {}),
      trade_type: o.trade_type,
      trade_state: o.trade_state,
      trade_state_desc: { NOTPAY: '未支付', SUCCESS: '支付成功', CLOSED: '已关闭' }[o.trade_state],
      ...(o.bank_type ? { bank_type: o.bank_type } : {}),
      attach: o.attach ?? '',
      ...(o.success_time ? { success_time: o.success_time } : {}),
      payer: { openid: o.payer?.openid ?? 'o_h5_payer' },
      amount: { total: o.amount.total, payer_total: o.amount.total, currency: 'CNY', payer_currency: 'CNY' },
    };
  }

  /** The notify WeChat Pay would send for an order (signed and encrypted); `tamper` changes the decrypted transaction. */
  function buildNotify(outTradeNo, o2 = {}) {
    const o = orders.get(outTradeNo);
    if (!o) throw new Error(`no order ${outTradeNo}`);
    const tx = { ...transaction(o), ...(o2.tamper ?? {}) };
    if (o2.tamperAmount !== undefined) tx.amount = { ...tx.amount, total: o2.tamperAmount, payer_total: o2.tamperAmount };
    const n = randomBytes(6).toString('hex');
    const body = JSON.stringify({
      id: o2.id ?? randomUUID(),
      create_time: rfc3339(now()),
      resource_type: 'encrypt-resource',
      event_type: 'TRANSACTION.SUCCESS',
      summary: '支付成功',
      resource: {
        original_type: 'transaction',
        algorithm: 'AEAD_AES_256_GCM',
        ciphertext: aesGcmEncrypt(o2.apiV3Key ?? keys.apiV3Key, n, 'transaction', JSON.stringify(tx)),
        associated_data: 'transaction',
        nonce: n,
      },
    });
    const ts = String(o2.timestamp ?? Math.floor(now() / 1000));
    const nn = nonce();
    const signature = o2.probe
      ? `WECHATPAY/SIGNTEST/${randomBytes(64).toString('base64')}`
      : rsaSign(o2.signWith ?? keys.platformPrivateKey, `${ts}\n${nn}\n${body}\n`);
    return {
      body,
      headers: {
        'content-type': 'application/json',
        'wechatpay-timestamp': ts,
        'wechatpay-nonce': nn,
        'wechatpay-signature': signature,
        'wechatpay-serial': o2.serial ?? keys.platformSerial,
      },
    };
  }

  function refundResource(r) {
    return {
      mchid: r.mchid,
      out_trade_no: r.out_trade_no,
      transaction_id: r.transaction_id,
      out_refund_no: r.out_refund_no,
      refund_id: r.refund_id,
      refund_status: r.status,
      ...(r.success_time ? { success_time: r.success_time } : {}),
      user_received_account: '支付用户零钱',
      amount: { total: r.amount.total, refund: r.amount.refund, payer_total: r.amount.total, payer_refund: r.amount.refund },
    };
  }
  function refundAnswer(r) {
    return {
      refund_id: r.refund_id,
      out_refund_no: r.out_refund_no,
      transaction_id: r.transaction_id,
      out_trade_no: r.out_trade_no,
      channel: 'ORIGINAL',
      user_received_account: '支付用户零钱',
      ...(r.success_time ? { success_time: r.success_time } : {}),
      create_time: r.create_time,
      status: r.status,
      amount: {
        total: r.amount.total,
        refund: r.amount.refund,
        payer_total: r.amount.total,
        payer_refund: r.amount.refund,
        settlement_refund: r.amount.refund,
        settlement_total: r.amount.total,
        discount_refund: 0,
        currency: 'CNY',
      },
    };
  }
  /** The REFUND.SUCCESS notify of a refund (signed, encrypted); `tamper` changes the decrypted resource. */
  function buildRefundNotify(outRefundNo, o2 = {}) {
    const r = refunds.get(outRefundNo);
    if (!r) throw new Error(`no refund ${outRefundNo}`);
    const res = { ...refundResource(r), ...(o2.tamper ?? {}) };
    const n = randomBytes(6).toString('hex');
    const body = JSON.stringify({
      id: o2.id ?? randomUUID(),
      create_time: rfc3339(now()),
      resource_type: 'encrypt-resource',
      event_type: `REFUND.${res.refund_status}`,
      summary: '退款成功',
      resource: {
        original_type: 'refund',
        algorithm: 'AEAD_AES_256_GCM',
        ciphertext: aesGcmEncrypt(keys.apiV3Key, n, 'refund', JSON.stringify(res)),
        associated_data: 'refund',
        nonce: n,
      },
    });
    const ts = String(o2.timestamp ?? Math.floor(now() / 1000));
    const nn = nonce();
    return {
      body,
      headers: {
        'content-type': 'application/json',
        'wechatpay-timestamp': ts,
        'wechatpay-nonce': nn,
        'wechatpay-signature': rsaSign(o2.signWith ?? keys.platformPrivateKey, `${ts}\n${nn}\n${body}\n`),
        'wechatpay-serial': keys.platformSerial,
      },
    };
  }
  /** The refund reaches the payer: SUCCESS, announced to its notify_url until a 2xx. */
  async function finishRefund(outRefundNo) {
    const r = refunds.get(outRefundNo);
    if (!r) throw new Error(`no refund ${outRefundNo}`);
    if (r.status === 'PROCESSING') {
      r.status = 'SUCCESS';
      r.success_time = rfc3339(now());
    }
    const statuses = [];
    if (!r.notify_url) return statuses;
    for (let i = 0; i < retryDelaysMs.length; i++) {
      if (retryDelaysMs[i]) await new Promise((res) => setTimeout(res, retryDelaysMs[i]));
      const { body, headers } = buildRefundNotify(outRefundNo);
      let status = 0;
      try {
        const res = await fetch(r.notify_url, { method: 'POST', headers, body, signal: AbortSignal.timeout(5000) });
        await res.text();
        status = res.status;
      } catch {
        status = 0;
      }
      deliveries.push({ outRefundNo, attempt: i + 1, status });
      statuses.push(status);
      if (status >= 200 && status < 300) break;
    }
    return statuses;
  }

  const yuanText = (fen) =>
    `${fen < 0 ? '-' : ''}${Math.trunc(Math.abs(fen) / 100)}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;
  /**
   * The day's trade bill (bill_type ALL) as WeChat Pay writes it: a header; one row per payment that
   * succeeded that day (交易状态 SUCCESS) and one per refund accepted that day (交易状态 REFUND, its 交易时间
   * the moment the refund was accepted — not when it reached the payer —, the refund's numbers, amount and
   * its status when the bill was made; 应结订单金额 and 订单金额 0.00 on it); then a summary.
   */
  function tradeBill(billDate) {
    const day = (t) => (t ?? '').slice(0, 10);
    const payments = [...orders.values()]
      .filter((o) => o.trade_state === 'SUCCESS' && day(o.success_time) === billDate)
      .map((o) => ({
        time: o.success_time.slice(0, 19).replace('T', ' '),
        transactionId: o.transaction_id,
        outTradeNo: o.out_trade_no,
        tradeType: o.trade_type,
        fen: tradeBillAmounts.get(o.out_trade_no) ?? o.amount.total,
        description: o.description,
      }))
      .concat(tradeBillExtra.filter((r) => !r.outRefundNo && r.time.slice(0, 10) === billDate));
    const refundRows = [...refunds.values()]
      .filter((r) => day(r.create_time) === billDate)
      .map((r) => {
        const o = orders.get(r.out_trade_no);
        return {
          time: r.create_time.slice(0, 19).replace('T', ' '),
          transactionId: r.transaction_id,
          outTradeNo: r.out_trade_no,
          tradeType: o?.trade_type ?? 'JSAPI',
          description: o?.description ?? '',
          refundId: r.refund_id,
          outRefundNo: r.out_refund_no,
          refundFen: tradeBillRefundAmounts.get(r.out_refund_no) ?? r.amount.refund,
          refundStatus: r.status,
        };
      })
      .filter((r) => !hiddenRefunds.has(r.outRefundNo))
      .concat(tradeBillExtra.filter((r) => r.outRefundNo && r.time.slice(0, 10) === billDate));
    const head =
      '交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,手续费,费率,订单金额,申请退款金额,费率备注';
    const feeOf = (fen) => Math.round(fen * 0.006);
    const line = (r) => {
      const refund = Boolean(r.outRefundNo);
      const fen = refund ? 0 : r.fen;
      const fee = refund ? -feeOf(r.refundFen) : feeOf(r.fen);
      return [
        r.time,
        appId,
        mchid,
        '0',
        '',
        r.transactionId,
        r.outTradeNo,
        'o_payer',
        r.tradeType,
        refund ? 'REFUND' : 'SUCCESS',
        'OTHERS',
        'CNY',
        yuanText(fen),
        '0.00',
        refund ? r.refundId : '0',
        refund ? r.outRefundNo : '0',
        yuanText(refund ? r.refundFen : 0),
        '0.00',
        refund ? 'ORIGINAL' : '',
        refund ? r.refundStatus : '',
        (r.description ?? '').replace(/,/g, '，'),
        '',
        yuanText(fee),
        '0.60%',
        yuanText(fen),
        yuanText(refund ? r.refundFen : 0),
        '',
      ]
        .map((v) => `\`${v}`)
        .join(',');
    };
    const rows = [...payments, ...refundRows].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
    const total = payments.reduce((a, r) => a + r.fen, 0);
    const refunded = refundRows.reduce((a, r) => a + r.refundFen, 0);
    const fee = payments.reduce((a, r) => a + feeOf(r.fen), 0) - refundRows.reduce((a, r) => a + feeOf(r.refundFen), 0);
    return (
      [
        head,
        ...rows.map(line),
        '总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额',
        [rows.length, yuanText(total), yuanText(refunded), '0.00', yuanText(fee), yuanText(total), yuanText(refunded)]
          .map((v) => `\`${v}`)
          .join(','),
      ].join('\r\n') + '\r\n'
    );
  }

  async function deliver(o, n) {
    const { body, headers } = buildNotify(o.out_trade_no);
    try {
      const r = await fetch(o.notify_url, { method: 'POST', headers, body, signal: AbortSignal.timeout(5000) });
      await r.text();
      deliveries.push({ outTradeNo: o.out_trade_no, attempt: n, status: r.status });
      return r.status;
    } catch (e) {
      deliveries.push({ outTradeNo: o.out_trade_no, attempt: n, status: 0, error: String(e) });
      return 0;
    }
  }
  /** Notifies until a 2xx, as WeChat Pay retries; `duplicates` more copies are sent at once after the first. */
  async function announce(o, duplicates = 0) {
    const statuses = [];
    for (let i = 0; i < retryDelaysMs.length; i++) {
      if (retryDelaysMs[i]) await new Promise((r) => setTimeout(r, retryDelaysMs[i]));
      const first = deliver(o, i + 1);
      const extra = i === 0 ? Array.from({ length: duplicates }, () => deliver(o, i + 1)) : [];
      const [s, ...more] = await Promise.all([first, ...extra]);
      statuses.push(s, ...more);
      if (s >= 200 && s < 300) break;
    }
    return statuses;
  }
  /** The payer pays: the order succeeds and is announced. */
  async function pay(outTradeNo, o2 = {}) {
    const o = orders.get(outTradeNo);
    if (!o) throw new Error(`no order ${outTradeNo}`);
    if (o.trade_state === 'CLOSED') throw new Error('order closed');
    if (o.trade_state !== 'SUCCESS') {
      o.trade_state = 'SUCCESS';
      o.transaction_id = `4200${hex(12)}`.slice(0, 28);
      o.success_time = rfc3339(now());
      o.bank_type = 'OTHERS';
    }
    if (o2.silent) return [];
    return announce(o, o2.duplicates ?? 0);
  }

  async function readBody(req) {
    const chunks = [];
    for await (const c of req) chunks.push(c);
    return Buffer.concat(chunks).toString('utf8');
  }

  function checkAuth(req, pathAndQuery, body) {
    const a = parseAuth(req.headers.authorization);
    if (!a) return '缺少 Authorization 或格式不对';
    if (a.mchid !== mchid) return 'mchid 不匹配';
    if (a.serial_no !== keys.merchantSerial) return '商户证书序列号不匹配';
    if (Math.abs(Number(a.timestamp) - now() / 1000) > 300) return '时间戳过期';
    const msg = `${req.method}\n${pathAndQuery}\n${a.timestamp}\n${a.nonce_str}\n${body}\n`;
    if (!rsaVerify(keys.merchantPublicKey, msg, a.signature)) return '签名错误';
    return null;
  }

  const cashierPage = (
    o,
    redirect,
  ) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>微信支付（模拟收银台）</title><style>body{font-family:sans-serif;margin:0;background:#f5f5f5}.c{background:#fff;margin:16px;padding:24px;border-radius:8px;text-align:center}
.a{font-size:32px;margin:16px 0}button{width:100%;padding:14px;border:0;border-radius:6px;font-size:17px;background:#07c160;color:#fff}.x{background:#eee;color:#333;margin-top:12px}</style></head>
<body><div class="c"><div>${o.description.replace(/[<>&]/g, '')}</div><div class="a">¥${(o.amount.total / 100).toFixed(2)}</div><div>收款方：物业服务中心（本地模拟微信支付）</div>
<form method="post" action="/cashier/pay"><input type="hidden" name="out_trade_no" value="${o.out_trade_no}"><input type="hidden" name="redirect_url" value="${(redirect ?? '').replace(/"/g, '&quot;')}">
<p><button type="submit">确认支付</button></p></form><form method="get" action="${(redirect ?? '').replace(/"/g, '&quot;') || '/'}"><button class="x" type="submit">取消</button></form></div></body></html>`;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    const key = `${req.method} ${url.pathname.replace(/\/out-trade-no\/[^/]+/, '/out-trade-no/{no}')}`;
    calls[key] = (calls[key] ?? 0) + 1;
    const body = await readBody(req);
    try {
      if (req.method === 'GET' && url.pathname === '/cashier') {
        const o = [...orders.values()].find((x) => x.prepay_id === url.searchParams.get('prepay_id'));
        res.writeHead(o ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(o ? cashierPage(o, url.searchParams.get('redirect_url')) : '订单不存在');
      }
      if (req.method === 'POST' && url.pathname === '/cashier/pay') {
        const form = new URLSearchParams(body);
        const o = orders.get(form.get('out_trade_no') ?? '');
        if (!o || o.trade_state === 'CLOSED') {
          res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
          return res.end('订单已关闭或不存在');
        }
        void pay(o.out_trade_no);
        const back = form.get('redirect_url');
        res.writeHead(back ? 303 : 200, back ? { location: back } : { 'content-type': 'text/plain; charset=utf-8' });
        return res.end(back ? '' : '支付成功');
      }
      if (!url.pathname.startsWith('/v3/')) return fail(res, 404, 'NOT_FOUND', '接口不存在');
      const why = checkAuth(req, url.pathname + url.search, body);
      if (why) return fail(res, 401, 'SIGN_ERROR', why);

      let m;
      if (req.method === 'POST' && (m = /^\/v3\/pay\/transactions\/(jsapi|h5)$/.exec(url.pathname))) {
        let b;
        try {
          b = JSON.parse(body);
        } catch {
          return fail(res, 400, 'PARAM_ERROR', '请求体不是 JSON');
        }
        if (b.appid !== appId) return fail(res, 400, 'APPID_MCHID_NOT_MATCH', 'appid和mch_id不匹配');
        if (b.mchid !== mchid) return fail(res, 400, 'MCH_NOT_EXISTS', '商户号不存在');
        if (typeof b.description !== 'string' || !b.description || b.description.length > 127)
          return fail(res, 400, 'PARAM_ERROR', '参数错误：description');
        if (!OUT_TRADE_NO.test(b.out_trade_no ?? '')) return fail(res, 400, 'PARAM_ERROR', '参数错误：out_trade_no');
        if (!/^https?:\/\//.test(b.notify_url ?? '')) return fail(res, 400, 'PARAM_ERROR', '参数错误：notify_url');
        if (!Number.isSafeInteger(b.amount?.total) || b.amount.total < 1)
          return fail(res, 400, 'PARAM_ERROR', '参数错误：amount.total');
        if (m[1] === 'jsapi' && !b.payer?.openid) return fail(res, 400, 'PARAM_ERROR', '参数错误：payer.openid');
        const cur = orders.get(b.out_trade_no);
        if (cur) {
          if (cur.trade_state === 'SUCCESS') return fail(res, 400, 'ORDER_PAID', '该订单已支付');
          if (cur.trade_state === 'CLOSED') return fail(res, 400, 'ORDER_CLOSED', '订单已关闭');
          if (cur.amount.total !== b.amount.total || cur.trade_type !== m[1].toUpperCase())
            return fail(res, 400, 'INVALID_REQUEST', '201 商户订单号重复');
        } else {
          orders.set(b.out_trade_no, {
            ...b,
            trade_type: m[1].toUpperCase(),
            trade_state: 'NOTPAY',
            prepay_id: `wx${hex(16)}`.slice(0, 34),
            created: now(),
          });
        }
        const o = orders.get(b.out_trade_no);
        if (m[1] === 'jsapi') return send(res, 200, { prepay_id: o.prepay_id });
        return send(res, 200, { h5_url: `${base}/cashier?prepay_id=${o.prepay_id}` });
      }
      if ((m = /^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)$/.exec(url.pathname)) && req.method === 'GET') {
        if (url.searchParams.get('mchid') !== mchid) return fail(res, 400, 'PARAM_ERROR', '参数错误：mchid');
        const o = orders.get(decodeURIComponent(m[1]));
        if (!o) return fail(res, 404, 'ORDER_NOT_EXIST', '订单不存在');
        return send(res, 200, transaction(o));
      }
      if ((m = /^\/v3\/pay\/transactions\/out-trade-no\/([^/]+)\/close$/.exec(url.pathname)) && req.method === 'POST') {
        const o = orders.get(decodeURIComponent(m[1]));
        if (!o) return fail(res, 404, 'ORDER_NOT_EXIST', '订单不存在');
        if (o.trade_state === 'SUCCESS') return fail(res, 400, 'ORDER_PAID', '订单已支付');
        o.trade_state = 'CLOSED';
        res.writeHead(204, signHeaders(''));
        return res.end();
      }
      if (req.method === 'GET' && url.pathname === '/v3/bill/tradebill') {
        const billDate = url.searchParams.get('bill_date') ?? '';
        if (!/^\d{4}-\d{2}-\d{2}$/.test(billDate)) return fail(res, 400, 'PARAM_ERROR', '参数错误：bill_date');
        const text = tradeBill(billDate);
        const token = randomBytes(12).toString('hex');
        downloads.set(token, text);
        return send(res, 200, {
          hash_type: 'SHA1',
          hash_value: createHash('sha1').update(text).digest('hex'),
          download_url: `${base}/v3/billdownload/file?token=${token}`,
        });
      }
      if (req.method === 'GET' && url.pathname === '/v3/billdownload/file') {
        const text = downloads.get(url.searchParams.get('token') ?? '');
        if (text === undefined) return fail(res, 404, 'RESOURCE_NOT_EXISTS', '账单文件不存在');
        // the file itself is not signed: its SHA1 is in the tradebill answer
        res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
        return res.end(text);
      }
      if (req.method === 'POST' && url.pathname === '/v3/refund/domestic/refunds') {
        let b;
        try {
          b = JSON.parse(body);
        } catch {
          return fail(res, 400, 'PARAM_ERROR', '请求体不是 JSON');
        }
        if (!OUT_TRADE_NO.test(b.out_refund_no ?? '') || b.out_refund_no.length > 64)
          return fail(res, 400, 'PARAM_ERROR', '参数错误：out_refund_no');
        const o = b.transaction_id
          ? [...orders.values()].find((x) => x.transaction_id === b.transaction_id)
          : orders.get(b.out_trade_no ?? '');
        if (!o) return fail(res, 404, 'RESOURCE_NOT_EXISTS', '订单不存在');
        if (o.trade_state !== 'SUCCESS') return fail(res, 400, 'INVALID_REQUEST', '订单未支付，不能退款');
        const refund = b.amount?.refund;
        if (!Number.isSafeInteger(refund) || refund < 1) return fail(res, 400, 'PARAM_ERROR', '参数错误：amount.refund');
        if (b.amount?.total !== o.amount.total) return fail(res, 400, 'PARAM_ERROR', '订单金额与原订单不符');
        const cur = refunds.get(b.out_refund_no);
        if (cur) {
          // a retry with the same out_refund_no is the same refund
          if (cur.out_trade_no !== o.out_trade_no || cur.amount.refund !== refund)
            return fail(res, 400, 'INVALID_REQUEST', '退款单号重复');
          return send(res, 200, refundAnswer(cur));
        }
        const done = [...refunds.values()]
          .filter((r) => r.out_trade_no === o.out_trade_no)
          .reduce((a, r) => a + r.amount.refund, 0);
        if (done + refund > o.amount.total) return fail(res, 400, 'NOT_ENOUGH', '退款金额超过订单可退金额');
        const r = {
          mchid,
          out_trade_no: o.out_trade_no,
          transaction_id: o.transaction_id,
          out_refund_no: b.out_refund_no,
          refund_id: `5030${hex(12)}`.slice(0, 28),
          reason: b.reason ?? '',
          notify_url: b.notify_url ?? '',
          status: 'PROCESSING',
          create_time: rfc3339(now()),
          amount: { total: o.amount.total, refund },
        };
        refunds.set(r.out_refund_no, r);
        if (refundAuto) setTimeout(() => void finishRefund(r.out_refund_no), 20);
        return send(res, 200, refundAnswer(r));
      }
      if ((m = /^\/v3\/refund\/domestic\/refunds\/([^/]+)$/.exec(url.pathname)) && req.method === 'GET') {
        const r = refunds.get(decodeURIComponent(m[1]));
        if (!r) return fail(res, 404, 'RESOURCE_NOT_EXISTS', '退款单不存在');
        return send(res, 200, refundAnswer(r));
      }
      return fail(res, 404, 'NOT_FOUND', '接口不存在');
    } catch (e) {
      return fail(res, 500, 'SYSTEM_ERROR', String(e));
    }
  });
  await new Promise((r) => server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', r));
  const addr = server.address();
  base = `http://${opts.host ?? '127.0.0.1'}:${addr.port}`;
  return {
    url: base,
    keys,
    /** the API's settings for this fake */
    env: {
      WECHATPAY_API_BASE: base,
      WECHATPAY_MCHID: mchid,
      WECHATPAY_APPID: appId,
      WECHATPAY_MERCHANT_SERIAL: keys.merchantSerial,
      WECHATPAY_PRIVATE_KEY: keys.merchantPrivateKey,
      WECHATPAY_APIV3_KEY: keys.apiV3Key,
      WECHATPAY_PLATFORM_SERIAL: keys.platformSerial,
      WECHATPAY_PLATFORM_PUBLIC_KEY: keys.platformPublicKey,
    },
    state: {
      orders,
      refunds,
      calls,
      deliveries,
      pay,
      buildNotify,
      buildRefundNotify,
      finishRefund,
      /** hold refunds in PROCESSING (no notify) until finishRefund, or let them finish by themselves */
      /**
       * a row in a day's trade bill that we never saw (time 'YYYY-MM-DD HH:mm:ss', China time): a payment, or
       * with outRefundNo (and refundId, refundFen) a refund
       */
      plantTradeBillRow: (r) =>
        tradeBillExtra.push({ tradeType: 'JSAPI', description: '物业费', refundId: '', refundStatus: 'SUCCESS', ...r }),
      /** the trade bill reports another amount for a refund */
      amendTradeBillRefund: (outRefundNo, fen) => tradeBillRefundAmounts.set(outRefundNo, fen),
      /** the trade bill leaves a refund out (as if WeChat Pay had never accepted it) */
      hideTradeBillRefund: (outRefundNo) => hiddenRefunds.add(outRefundNo),
      /** the trade bill reports another amount for an order */
      amendTradeBillAmount: (outTradeNo, fen) => tradeBillAmounts.set(outTradeNo, fen),
      tradeBill,
      holdRefunds: (hold = true) => {
        refundAuto = !hold;
      },
      announce: (no, d) => announce(orders.get(no), d),
    },
    close: () => new Promise((r) => server.close(() => r())),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (k, d) => {
    const i = process.argv.indexOf(`--${k}`);
    return i > 0 ? process.argv[i + 1] : d;
  };
  const f = await startFakeWechatPay({
    port: Number(arg('port', '3902')),
    host: arg('host', '127.0.0.1'),
    mchid: arg('mchid', process.env.WECHATPAY_MCHID ?? '1900000001'),
    appId: arg('appid', process.env.WECHAT_APPID ?? 'wxdemo0000000000'),
  });
  const file = arg('keys-file');
  if (file) writeFileSync(file, JSON.stringify(f.env, null, 2));
  console.log(`fake WeChat Pay v3 on ${f.url}${file ? ` (settings in ${file})` : ''}`);
}
