// Local fakes of the two SMS vendors the API speaks to, for tests: each checks the vendor's own request
// signing exactly as the vendor documents it, and answers with the vendor's own result codes.
//
//   startFakeAliyunSms   Aliyun SMS (dysmsapi, API 2017-05-25), V3 signature ACS3-HMAC-SHA256:
//                        Authorization "ACS3-HMAC-SHA256 Credential=AK,SignedHeaders=…,Signature=…" over
//                        METHOD \n URI \n sorted RFC 3986 query \n signed headers (host, content-type and every
//                        x-acs-*) \n their names \n x-acs-content-sha256; x-acs-date within 15 minutes;
//                        x-acs-signature-nonce used once; STS keys need x-acs-security-token.
//                        SendSms params in the query; result Code "OK" or isv.* in a 200 answer.
//   startFakeTencentSms  Tencent Cloud SMS (API 2021-01-11), TC3-HMAC-SHA256: Authorization
//                        "TC3-HMAC-SHA256 Credential=SecretId/date/sms/tc3_request, SignedHeaders=content-type;host,
//                        Signature=…" keyed by HMAC chain TC3+key → date → service → tc3_request; X-TC-Timestamp
//                        within 5 minutes; the JSON body in the payload hash. Errors as Response.Error (HTTP 200),
//                        each number's result in Response.SendStatusSet[].Code ("Ok" or the vendor's code).
//
// Both keep what they accepted in `state.sent`, refuse a second message to one number within 30 s (the
// vendors' default frequency limit), and `state.failNext(code)` makes the next send answer that code.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const sha256 = (b) => createHash('sha256').update(b).digest('hex');
const hmac = (k, s) => createHmac('sha256', k).update(s).digest();
const rfc3986 = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
const sameHex = (a, b) => a.length === b.length && /^[0-9a-f]+$/.test(b) && timingSafeEqual(Buffer.from(a), Buffer.from(b));

async function listen(handler, { port = 0, host = '127.0.0.1' }) {
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      try {
        handler(req, res, Buffer.concat(chunks));
      } catch (e) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: String(e?.message ?? e) }));
      }
    });
  });
  await new Promise((r) => server.listen(port, host, r));
  return {
    url: `http://${host}:${server.address().port}`,
    port: server.address().port,
    close: () =>
      new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections();
      }),
  };
}

function makeState() {
  const lastByPhone = new Map();
  const state = {
    /** accepted messages: { phone, signName, template, params, at } */
    sent: [],
    /** requests refused before their content was looked at (signing, keys, time) */
    rejected: [],
    failures: [],
    failNext(code) {
      state.failures.push(code);
    },
    reset() {
      state.sent = [];
      state.rejected = [];
      state.failures = [];
      lastByPhone.clear();
    },
    /** true when the number may be sent to now (one message per number per 30 s) */
    takeSlot(phone, now) {
      const last = lastByPhone.get(phone);
      if (last !== undefined && now - last < 30_000) return false;
      lastByPhone.set(phone, now);
      return true;
    },
  };
  return state;
}

// ------------------------------------------------------------------------------------------- Aliyun
/**
 * @param {object} [o]
 * @param {string} [o.accessKeyId] @param {string} [o.accessKeySecret]
 * @param {string} [o.securityToken] when set, the key is an STS key and this token must come with it
 * @param {string[]} [o.signNames] approved signatures
 * @param {Record<string,string[]>} [o.templates] approved template codes → their param names
 */
export async function startFakeAliyunSms({
  port,
  host,
  accessKeyId = 'LTAIfakeAccessKey',
  accessKeySecret = 'fake-aliyun-secret',
  securityToken,
  signNames = ['物业服务中心'],
  templates = { SMS_100001: ['code'], SMS_100002: ['tail'] },
  now = Date.now,
} = {}) {
  const state = makeState();
  const nonces = new Set();
  const answer = (res, status, body) => {
    res.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
    res.end(JSON.stringify({ RequestId: randomBytes(8).toString('hex').toUpperCase(), ...body }));
  };
  const refuse = (res, status, Code, Message) => {
    state.rejected.push(Code);
    answer(res, status, { Code, Message, HostId: 'dysmsapi.aliyuncs.com' });
  };
  const srv = await listen(
    (req, res, body) => {
      const h = req.headers;
      const url = new URL(req.url, 'http://fake');
      const auth = /^ACS3-HMAC-SHA256 Credential=([^,]+),SignedHeaders=([a-z0-9;-]+),Signature=([0-9a-f]{64})$/.exec(
        h.authorization ?? '',
      );
      if (!auth) return refuse(res, 400, 'IncompleteSignature', 'The request signature does not conform to Aliyun standards.');
      const [, akid, signedList, signature] = auth;
      if (akid !== accessKeyId) return refuse(res, 404, 'InvalidAccessKeyId.NotFound', 'Specified access key is not found.');
      if (securityToken && h['x-acs-security-token'] !== securityToken)
        return refuse(res, 400, 'InvalidSecurityToken.Mismatch', 'Specified SecurityToken mismatch with the AccessKey.');
      const t = Date.parse(String(h['x-acs-date'] ?? ''));
      if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(String(h['x-acs-date'] ?? '')) || !t)
        return refuse(res, 400, 'InvalidTimeStamp.Format', 'Specified time stamp or date value is not well formatted.');
      if (Math.abs(now() - t) > 15 * 60_000)
        return refuse(res, 400, 'InvalidTimeStamp.Expired', 'Specified time stamp or date value is expired.');
      const nonce = String(h['x-acs-signature-nonce'] ?? '');
      if (!nonce) return refuse(res, 400, 'MissingSignatureNonce', 'SignatureNonce is mandatory for this action.');
      if (nonces.has(nonce)) return refuse(res, 400, 'SignatureNonceUsed', 'Specified signature nonce was used already.');
      if (h['x-acs-content-sha256'] !== sha256(body))
        return refuse(res, 400, 'InvalidParameter.ContentSha256', 'x-acs-content-sha256 does not match the body.');
      const signed = signedList.split(';');
      const mustSign = Object.keys(h).filter((k) => k === 'host' || k === 'content-type' || k.startsWith('x-acs-'));
      const unsigned = mustSign.filter((k) => !signed.includes(k));
      if (unsigned.length) return refuse(res, 400, 'IncompleteSignature', `Header ${unsigned.join(',')} must be signed.`);
      const query = [...url.searchParams.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`)
        .join('&');
      const canonical = [
        req.method,
        url.pathname,
        query,
        signed.map((k) => `${k}:${String(h[k] ?? '').trim()}\n`).join(''),
        signedList,
        h['x-acs-content-sha256'],
      ].join('\n');
      const expected = createHmac('sha256', accessKeySecret)
        .update(`ACS3-HMAC-SHA256\n${sha256(canonical)}`)
        .digest('hex');
      if (!sameHex(expected, signature))
        return refuse(res, 400, 'SignatureDoesNotMatch', 'Specified signature is not matched with our calculation.');
      nonces.add(nonce);
      if (h['x-acs-action'] !== 'SendSms' || h['x-acs-version'] !== '2017-05-25')
        return refuse(res, 400, 'InvalidAction.NotFound', 'Specified api is not found, please check your url and method.');

      const q = url.searchParams;
      const phone = q.get('PhoneNumbers') ?? '';
      const signName = q.get('SignName') ?? '';
      const code = q.get('TemplateCode') ?? '';
      const ok = (extra) => answer(res, 200, { Code: 'OK', Message: 'OK', ...extra });
      const biz = (Code, Message) => answer(res, 200, { Code, Message });
      if (state.failures.length) return biz(state.failures.shift(), 'injected failure');
      if (!/^(1\d{10}|(?!86)\d{7,15})$/.test(phone)) return biz('isv.MOBILE_NUMBER_ILLEGAL', '非法手机号');
      if (!signNames.includes(signName)) return biz('isv.SMS_SIGNATURE_ILLEGAL', '该账号下找不到对应签名');
      if (!templates[code]) return biz('isv.SMS_TEMPLATE_ILLEGAL', '该账号下找不到对应模板');
      let params;
      try {
        params = JSON.parse(q.get('TemplateParam') ?? '');
      } catch {
        return biz('isv.INVALID_JSON_PARAM', 'JSON参数不合法，只接受字符串值');
      }
      const missing = templates[code].find((p) => typeof params?.[p] !== 'string' || !params[p]);
      if (missing) return biz('isv.TEMPLATE_MISSING_PARAMETERS', `模板缺少变量 ${missing}`);
      if (!state.takeSlot(phone, now())) return biz('isv.BUSINESS_LIMIT_CONTROL', '触发号码天级流控');
      state.sent.push({ phone, signName, template: code, params, at: new Date(now()).toISOString() });
      return ok({ BizId: `${Date.now()}^${randomBytes(4).readUInt32BE()}` });
    },
    { port, host },
  );
  return { ...srv, state, accessKeyId, accessKeySecret, securityToken, signNames, templates };
}

// ------------------------------------------------------------------------------------------ Tencent
/**
 * @param {object} [o]
 * @param {string} [o.secretId] @param {string} [o.secretKey]
 * @param {string} [o.token] when set, the key is temporary and X-TC-Token must carry this token
 * @param {string} [o.sdkAppId] the SMS application
 * @param {string[]} [o.signNames] approved signatures
 * @param {Record<string,number>} [o.templates] approved template ids → how many params each takes
 */
export async function startFakeTencentSms({
  port,
  host,
  secretId = 'AKIDfakeTencentSecretId',
  secretKey = 'fake-tencent-secret-key',
  token,
  sdkAppId = '1400000001',
  signNames = ['物业服务中心'],
  templates = { 200001: 1, 200002: 1 },
  now = Date.now,
} = {}) {
  const state = makeState();
  const respond = (res, response) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ Response: { ...response, RequestId: randomBytes(16).toString('hex') } }));
  };
  const error = (res, Code, Message) => {
    state.rejected.push(Code);
    respond(res, { Error: { Code, Message } });
  };
  const srv = await listen(
    (req, res, body) => {
      const h = req.headers;
      const auth =
        /^TC3-HMAC-SHA256 Credential=([^/]+)\/(\d{4}-\d\d-\d\d)\/([a-z]+)\/tc3_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
          h.authorization ?? '',
        );
      if (!auth) return error(res, 'AuthFailure.InvalidAuthorization', 'Authorization header is malformed.');
      const [, id, date, service, signedList, signature] = auth;
      if (id !== secretId) return error(res, 'AuthFailure.SecretIdNotFound', 'The SecretId is not found.');
      if (token && h['x-tc-token'] !== token) return error(res, 'AuthFailure.TokenFailure', 'Token verification failed.');
      const ts = Number(h['x-tc-timestamp']);
      if (!Number.isInteger(ts) || Math.abs(now() / 1000 - ts) > 300)
        return error(res, 'AuthFailure.SignatureExpire', 'Signature expired. Timestamp is more than 5 minutes away.');
      if (service !== 'sms' || date !== new Date(ts * 1000).toISOString().slice(0, 10))
        return error(res, 'AuthFailure.SignatureFailure', 'The credential scope does not match the request.');
      const signed = signedList.split(';');
      if (!signed.includes('host') || !signed.includes('content-type'))
        return error(res, 'AuthFailure.SignatureFailure', 'host and content-type must be signed.');
      // the SDK signs the host name without the port (the real endpoint is on 443, where the two are the same)
      const headerValue = (k) => (k === 'host' ? String(h.host ?? '').replace(/:\d+$/, '') : String(h[k] ?? '').trim());
      const url = new URL(req.url, 'http://fake');
      const canonical = [
        req.method,
        url.pathname,
        url.search.slice(1),
        signed.map((k) => `${k}:${headerValue(k)}\n`).join(''),
        signedList,
        sha256(body),
      ].join('\n');
      const toSign = `TC3-HMAC-SHA256\n${ts}\n${date}/${service}/tc3_request\n${sha256(canonical)}`;
      const key = hmac(hmac(hmac(`TC3${secretKey}`, date), service), 'tc3_request');
      if (!sameHex(createHmac('sha256', key).update(toSign).digest('hex'), signature))
        return error(res, 'AuthFailure.SignatureFailure', 'The provided credentials could not be validated.');
      if (h['x-tc-action'] !== 'SendSms' || h['x-tc-version'] !== '2021-01-11')
        return error(res, 'InvalidAction', 'The action or version is not valid.');

      let b;
      try {
        b = JSON.parse(body.toString('utf8'));
      } catch {
        return error(res, 'InvalidParameter', 'The request body is not JSON.');
      }
      if (b.SmsSdkAppId !== sdkAppId) return error(res, 'InvalidParameterValue.SdkAppIdNotExist', 'SdkAppId does not exist.');
      if (!Array.isArray(b.PhoneNumberSet) || !b.PhoneNumberSet.length)
        return error(res, 'MissingParameter', 'PhoneNumberSet is required.');
      const statuses = b.PhoneNumberSet.map((phone) => {
        const st = (Code, Message) => ({
          SerialNo: '',
          PhoneNumber: phone,
          Fee: 0,
          SessionContext: '',
          Code,
          Message,
          IsoCode: '',
        });
        if (state.failures.length) return st(state.failures.shift(), 'injected failure');
        if (!/^\+\d{8,15}$/.test(phone)) return st('InvalidParameterValue.IncorrectPhoneNumber', 'invalid number');
        if (!signNames.includes(b.SignName))
          return st('FailedOperation.SignatureIncorrectOrUnapproved', 'signature not approved');
        const n = templates[b.TemplateId];
        if (n === undefined) return st('FailedOperation.TemplateIncorrectOrUnapproved', 'template not approved');
        const params = b.TemplateParamSet ?? [];
        if (!Array.isArray(params) || params.length !== n || params.some((p) => typeof p !== 'string' || !p))
          return st('InvalidParameterValue.TemplateParameterFormatError', 'template params do not match');
        if (!state.takeSlot(phone, now())) return st('LimitExceeded.PhoneNumberThirtySecondLimit', 'one message per 30 s');
        state.sent.push({
          phone,
          signName: b.SignName,
          template: String(b.TemplateId),
          params,
          at: new Date(now()).toISOString(),
        });
        return {
          ...st('Ok', 'send success'),
          SerialNo: randomBytes(12).toString('hex'),
          Fee: 1,
          IsoCode: phone.startsWith('+86') ? 'CN' : 'HK',
        };
      });
      respond(res, { SendStatusSet: statuses });
    },
    { port, host },
  );
  return { ...srv, state, secretId, secretKey, token, sdkAppId, signNames, templates };
}
