/**
 * An S3-compatible object store (AWS S3, MinIO, Aliyun OSS / Tencent COS in S3 mode) over plain
 * HTTP with AWS Signature Version 4. Virtual-hosted URLs by default (`{bucket}.{endpoint host}/{key}`:
 * OSS refuses path style and AWS is retiring it), path style (`{endpoint}/{bucket}/{key}`) for MinIO;
 * temporary STS credentials sign `x-amz-security-token`. No SDK: three calls (PUT, GET, DELETE
 * object) are all photos need. Tests run it against scripts/fake-s3, which checks the same signatures
 * and refuses what a real store refuses.
 */
import { createHash, createHmac } from 'node:crypto';
import { Storage } from './storage.js';

export interface S3Config {
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** STS temporary credentials' token (S3_SESSION_TOKEN), sent and signed as x-amz-security-token */
  sessionToken?: string;
  /** S3_URL_STYLE: 'virtual' (default) or 'path' */
  urlStyle?: 'virtual' | 'path';
}

/** A header value as SigV4 canonicalises it: trimmed, runs of spaces folded into one. */
export const canonicalHeaderValue = (v: string) => v.trim().replace(/\s+/g, ' ');

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const hmac = (k: Buffer | string, s: string) => createHmac('sha256', k).update(s).digest();
/** RFC 3986 encoding of one path segment, as SigV4 wants it. */
const enc = (s: string) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());

export class S3StorageError extends Error {
  constructor(
    readonly status: number,
    readonly s3Code: string,
    message: string,
  ) {
    super(message);
  }
}

/** SigV4 headers for one request (exported for the tests of the fake). */
export function signV4(
  c: Pick<S3Config, 'region' | 'accessKeyId' | 'secretAccessKey' | 'sessionToken'>,
  req: { method: string; url: URL; headers: Record<string, string>; payloadHash: string; now: Date },
): Record<string, string> {
  const amzDate = req.now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const day = amzDate.slice(0, 8);
  const headers: Record<string, string> = {
    ...Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), canonicalHeaderValue(v)])),
    host: req.url.host,
    'x-amz-date': amzDate,
    'x-amz-content-sha256': req.payloadHash,
    ...(c.sessionToken ? { 'x-amz-security-token': c.sessionToken } : {}),
  };
  const names = Object.keys(headers).sort();
  const canonicalQuery = [...req.url.searchParams.entries()]
    .map(([k, v]) => `${enc(k)}=${enc(v)}`)
    .sort()
    .join('&');
  const canonical = [
    req.method,
    req.url.pathname,
    canonicalQuery,
    names.map((n) => `${n}:${headers[n]}\n`).join(''),
    names.join(';'),
    req.payloadHash,
  ].join('\n');
  const scope = `${day}/${c.region}/s3/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${c.secretAccessKey}`, day), c.region), 's3'), 'aws4_request');
  const signature = createHmac('sha256', key).update(toSign).digest('hex');
  return {
    ...headers,
    authorization: `AWS4-HMAC-SHA256 Credential=${c.accessKeyId}/${scope}, SignedHeaders=${names.join(';')}, Signature=${signature}`,
  };
}

export class S3Storage extends Storage {
  constructor(
    private readonly c: S3Config,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {
    super();
  }

  private url(key: string): URL {
    const parts = key.split('/');
    // "." and ".." would be resolved away by URL parsing (or by the store): another object than the one named
    if (parts.some((p) => p === '' || p === '.' || p === '..'))
      throw new S3StorageError(400, 'InvalidKey', `对象名不合法：${key}`);
    const path = parts.map(enc).join('/');
    const base = new URL(this.c.endpoint);
    if (this.c.urlStyle === 'path')
      return new URL(`${base.origin}${base.pathname.replace(/\/+$/, '')}/${enc(this.c.bucket)}/${path}`);
    return new URL(`${base.protocol}//${this.c.bucket}.${base.host}${base.pathname.replace(/\/+$/, '')}/${path}`);
  }

  private async send(method: 'PUT' | 'GET' | 'DELETE', key: string, body?: Buffer, contentType?: string): Promise<Response> {
    const url = this.url(key);
    const payloadHash = sha256(body ?? '');
    const headers = signV4(this.c, {
      method,
      url,
      headers: contentType ? { 'content-type': contentType } : {},
      payloadHash,
      now: new Date(), // signatures use the real time: the store checks the skew
    });
    delete headers.host; // fetch sets it (the same value)
    return this.fetchImpl(url, {
      method,
      headers,
      body: body ? new Uint8Array(body) : undefined,
      signal: AbortSignal.timeout(15_000),
    });
  }

  private async fail(r: Response, what: string): Promise<never> {
    const text = await r.text().catch(() => '');
    const code = /<Code>([^<]+)<\/Code>/.exec(text)?.[1] ?? `HTTP${r.status}`;
    throw new S3StorageError(r.status, code, `对象存储${what}失败：${code}`);
  }

  async put(key: string, data: Buffer, contentType: string): Promise<void> {
    const r = await this.send('PUT', key, data, contentType);
    if (!r.ok) await this.fail(r, '写入');
  }

  async get(key: string): Promise<Buffer | null> {
    const r = await this.send('GET', key);
    if (r.status === 404) return null;
    if (!r.ok) await this.fail(r, '读取');
    return Buffer.from(await r.arrayBuffer());
  }

  async delete(key: string): Promise<void> {
    const r = await this.send('DELETE', key);
    if (!r.ok && r.status !== 404) await this.fail(r, '删除');
  }
}
