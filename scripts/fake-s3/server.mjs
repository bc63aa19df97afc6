// A local fake of an S3-compatible object store for tests and the demo: PUT/GET/DELETE object addressed
// virtual-hosted (`{bucket}.{host}/{key}`, the bucket from the Host header) or path style
// (`{host}/{bucket}/{key}`), AWS Signature Version 4 checked exactly as S3 does (credential scope, signed
// headers with values trimmed and inner spaces folded, payload hash, 15-minute clock skew, every x-amz-*
// header signed, STS session tokens), S3's XML errors (SignatureDoesNotMatch, InvalidAccessKeyId,
// XAmzContentSHA256Mismatch, RequestTimeTooSkewed, AccessDenied, InvalidToken, NoSuchBucket, NoSuchKey).
// `pathStyle: false` refuses path-style requests as Aliyun OSS does. Objects live in memory.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const sha256 = (b) => createHash('sha256').update(b).digest('hex');
const hmac = (k, s) => createHmac('sha256', k).update(s).digest();
const rfc3986 = (s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());

export async function startFakeS3({
  port = 0,
  host = '127.0.0.1',
  bucket = 'wuye',
  accessKeyId = 'AKIDFAKE',
  secretAccessKey = 'fake-secret',
  region = 'us-east-1',
  sessionToken = null, // set: the temporary credentials' token every request must carry (and sign)
  pathStyle = true, // false: path-style requests are refused (Aliyun OSS)
} = {}) {
  const objects = new Map();
  const state = { requests: 0, rejected: 0, hosts: [] };
  const error = (res, status, code, message) => {
    state.rejected++;
    res.writeHead(status, { 'content-type': 'application/xml' });
    res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`);
  };
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      state.requests++;
      state.hosts.push(String(req.headers.host ?? ''));
      const body = Buffer.concat(chunks);
      const url = new URL(req.url, `http://${req.headers.host}`);
      const auth =
        /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/s3\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
          req.headers.authorization ?? '',
        );
      if (!auth) return error(res, 403, 'AccessDenied', 'Missing or malformed Authorization');
      const [, akid, day, reg, signed, signature] = auth;
      if (akid !== accessKeyId) return error(res, 403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist');
      const amzDate = String(req.headers['x-amz-date'] ?? '');
      const t = Date.parse(
        `${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`,
      );
      if (!t || Math.abs(Date.now() - t) > 15 * 60_000 || amzDate.slice(0, 8) !== day)
        return error(
          res,
          403,
          'RequestTimeTooSkewed',
          'The difference between the request time and the current time is too large',
        );
      const payloadHash = String(req.headers['x-amz-content-sha256'] ?? '');
      if (payloadHash !== 'UNSIGNED-PAYLOAD' && payloadHash !== sha256(body))
        return error(
          res,
          400,
          'XAmzContentSHA256Mismatch',
          'The provided x-amz-content-sha256 header does not match what was computed',
        );
      const names = signed.split(';');
      if (!names.includes('host') || !names.includes('x-amz-date'))
        return error(res, 403, 'AccessDenied', 'host and x-amz-date must be signed');
      const unsigned = Object.keys(req.headers).filter((h) => h.startsWith('x-amz-') && !names.includes(h));
      if (unsigned.length)
        return error(
          res,
          403,
          'AccessDenied',
          `There were headers present in the request which were not signed: ${unsigned.join(', ')}`,
        );
      if (sessionToken !== null && req.headers['x-amz-security-token'] !== sessionToken)
        return error(res, 403, 'InvalidToken', 'The provided token is malformed or otherwise invalid.');
      const canonicalQuery = [...url.searchParams.entries()]
        .map(([k, v]) => `${rfc3986(k)}=${rfc3986(v)}`)
        .sort()
        .join('&');
      const canonical = [
        req.method,
        url.pathname,
        canonicalQuery,
        names
          .map(
            (n) =>
              `${n}:${String(req.headers[n] ?? '')
                .trim()
                .replace(/\s+/g, ' ')}\n`,
          )
          .join(''),
        signed,
        payloadHash,
      ].join('\n');
      const scope = `${day}/${reg}/s3/aws4_request`;
      const toSign = `AWS4-HMAC-SHA256\n${amzDate}\n${scope}\n${sha256(canonical)}`;
      const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, day), reg), 's3'), 'aws4_request');
      const expected = createHmac('sha256', key).update(toSign).digest();
      if (reg !== region || !timingSafeEqual(expected, Buffer.from(signature, 'hex')))
        return error(
          res,
          403,
          'SignatureDoesNotMatch',
          'The request signature we calculated does not match the signature you provided',
        );
      // virtual-hosted: the Host is `{bucket}.{the store's name}`; otherwise the bucket is the path's first segment
      const hostName = String(req.headers.host ?? '').replace(/:\d+$/, '');
      let b;
      let rest;
      if (hostName.startsWith(`${bucket}.`)) {
        b = bucket;
        rest = url.pathname.split('/').slice(1);
      } else {
        if (!pathStyle) return error(res, 403, 'SecondLevelDomainForbidden', 'Please use virtual hosted style to access.');
        [, b, ...rest] = url.pathname.split('/');
        b = decodeURIComponent(b);
      }
      if (b !== bucket) return error(res, 404, 'NoSuchBucket', 'The specified bucket does not exist');
      const objectKey = rest.map(decodeURIComponent).join('/');
      if (req.method === 'PUT') {
        objects.set(objectKey, { body, contentType: req.headers['content-type'] ?? 'application/octet-stream' });
        res.writeHead(200, { etag: `"${createHash('md5').update(body).digest('hex')}"` });
        return res.end();
      }
      if (req.method === 'GET') {
        const o = objects.get(objectKey);
        if (!o) return error(res, 404, 'NoSuchKey', 'The specified key does not exist.');
        res.writeHead(200, { 'content-type': o.contentType, 'content-length': o.body.length });
        return res.end(o.body);
      }
      if (req.method === 'DELETE') {
        objects.delete(objectKey); // S3 answers 204 whether or not the key was there
        res.writeHead(204);
        return res.end();
      }
      return error(res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.');
    });
  });
  await new Promise((r) => server.listen(port, host, r));
  return {
    url: `http://${host}:${server.address().port}`,
    bucket,
    accessKeyId,
    secretAccessKey,
    region,
    objects,
    state,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
