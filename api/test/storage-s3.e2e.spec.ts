// Photos through the S3-compatible store (STORAGE_DRIVER=s3) with the whole API: the upload lands in
// the bucket, reads back through the API, and a store that is down answers 503 and keeps no row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeS3, type FakeS3 } from '../../scripts/fake-s3/server.mjs';
import { request } from 'node:http';
import { canonicalHeaderValue, S3Storage, type S3Config } from '../src/infra/storage/s3.js';
import { count, startTestApp, type TestApp } from './harness.js';

// a 1×1 PNG (a file that only starts like a PNG is refused: it is decoded for its thumbnail)
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000970485973000003e8000003e801b57b526b0000000d494441540899636060606000000005000187a14ed40000000049454e44ae426082',
  'hex',
).toString('base64');

describe('photo storage on an S3-compatible store', () => {
  let s3: FakeS3;
  let t: TestApp;
  let owner: string;
  beforeAll(async () => {
    s3 = await startFakeS3({ bucket: 'wuye-photos' });
    t = await startTestApp('sqlite', {
      env: {
        STORAGE_DRIVER: 's3',
        S3_ENDPOINT: s3.url,
        S3_URL_STYLE: 'path', // the fake at 127.0.0.1 has no bucket subdomain to resolve (MinIO's way)
        S3_BUCKET: 'wuye-photos',
        S3_ACCESS_KEY_ID: s3.accessKeyId,
        S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
      },
    });
    owner = await t.ownerToken('13800000001');
  });
  afterAll(async () => {
    await t?.close();
    await s3?.close();
  });

  it('an upload and its thumbnail are written to the bucket and read back through the API', async () => {
    const up = await t.req('POST', '/api/v1/uploads', {
      token: owner,
      body: { fileName: 'a.png', contentType: 'image/png', contentBase64: PNG },
    });
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect(s3.objects.size).toBe(2); // the photo and its thumbnail
    const get = await t.app.inject({ method: 'GET', url: up.body.url, headers: { authorization: `Bearer ${owner}` } });
    expect(get.statusCode).toBe(200);
    expect(get.rawPayload.toString('base64')).toBe(PNG);
    const thumb = await t.app.inject({ method: 'GET', url: up.body.thumbUrl, headers: { authorization: `Bearer ${owner}` } });
    expect(thumb.statusCode).toBe(200);
    expect(thumb.headers['content-type']).toBe('image/jpeg');
    expect(s3.objects.size).toBe(2); // read from the bucket, not made again
  });

  it('a store that is down answers 503 in Chinese and keeps no upload row', async () => {
    const before = await count(t, 'upload');
    await s3.close();
    const up = await t.req('POST', '/api/v1/uploads', {
      token: owner,
      body: { fileName: 'b.png', contentType: 'image/png', contentBase64: PNG },
    });
    expect(up.status).toBe(503);
    expect(up.body.message).toBe('文件存储暂时不可用，请稍后再试');
    expect(await count(t, 'upload')).toBe(before);
  });

  it('STORAGE_DRIVER=s3 without its settings stops the API at boot with one line per problem', async () => {
    const { loadConfig } = await import('../src/config/env.js');
    expect(() => loadConfig({ NODE_ENV: 'test', STORAGE_DRIVER: 's3' })).toThrow(
      /S3_ENDPOINT[\s\S]*S3_BUCKET[\s\S]*S3_ACCESS_KEY_ID/,
    );
  });
});

/**
 * fetch through 127.0.0.1 whatever the host name, keeping the Host header: `wuye-photos.s3.test` reaches the
 * fake as a virtual-hosted request would reach a real store (only the name lookup is skipped). `tamper` edits
 * the headers after signing.
 */
function localFetch(port: number, tamper?: (h: Record<string, string>) => void): typeof fetch {
  return (async (input: URL | string, init: RequestInit = {}) => {
    const u = new URL(String(input));
    const headers = { ...(init.headers as Record<string, string>), host: u.host };
    tamper?.(headers);
    const body = init.body ? Buffer.from(init.body as Uint8Array) : undefined;
    return new Promise<Response>((resolve, reject) => {
      const r = request({ host: '127.0.0.1', port, method: init.method, path: u.pathname + u.search, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve(new Response(res.statusCode === 204 ? null : Buffer.concat(chunks), { status: res.statusCode })),
        );
      });
      r.on('error', reject);
      r.end(body);
    });
  }) as typeof fetch;
}

describe('the S3 client against a store that checks what real ones check', () => {
  const fakes: FakeS3[] = [];
  afterAll(async () => {
    for (const f of fakes) await f.close();
  });
  async function store(
    fake: Partial<Parameters<typeof startFakeS3>[0]> = {},
    client: Partial<S3Config> = {},
    tamper?: (h: Record<string, string>) => void,
  ) {
    const s3 = await startFakeS3({ bucket: 'wuye-photos', ...fake });
    fakes.push(s3);
    const port = Number(new URL(s3.url).port);
    const config: S3Config = {
      endpoint: `http://s3.test:${port}`,
      region: s3.region,
      bucket: 'wuye-photos',
      accessKeyId: s3.accessKeyId,
      secretAccessKey: s3.secretAccessKey,
      ...client,
    };
    return { s3, storage: new S3Storage(config, localFetch(port, tamper)) };
  }
  const PHOTO = Buffer.from(PNG, 'base64');

  it('virtual-hosted by default: the bucket in the host name, put, get and delete an object', async () => {
    const { s3, storage } = await store({ pathStyle: false }); // as Aliyun OSS: path style refused
    await storage.put('2026/12/a.png', PHOTO, 'image/png');
    expect(s3.state.hosts.at(-1)).toMatch(/^wuye-photos\.s3\.test:\d+$/);
    expect(s3.objects.get('2026/12/a.png')?.body.equals(PHOTO)).toBe(true);
    expect((await storage.get('2026/12/a.png'))?.equals(PHOTO)).toBe(true);
    await storage.delete('2026/12/a.png');
    expect(await storage.get('2026/12/a.png')).toBeNull();
  });

  it('path style where the store allows it (MinIO), refused by a store that does not (OSS)', async () => {
    const minio = await store({}, { urlStyle: 'path' });
    await minio.storage.put('b.png', PHOTO, 'image/png');
    expect(minio.s3.state.hosts.at(-1)).toMatch(/^s3\.test:\d+$/);
    expect(minio.s3.objects.has('b.png')).toBe(true);
    const oss = await store({ pathStyle: false }, { urlStyle: 'path' });
    await expect(oss.storage.put('b.png', PHOTO, 'image/png')).rejects.toMatchObject({ s3Code: 'SecondLevelDomainForbidden' });
    expect(oss.s3.objects.size).toBe(0);
  });

  it('STS temporary credentials: the token is sent and signed; without it the store refuses', async () => {
    const withToken = await store({ sessionToken: 'sts-token-abc' }, { sessionToken: 'sts-token-abc' });
    await withToken.storage.put('c.png', PHOTO, 'image/png');
    expect(withToken.s3.objects.has('c.png')).toBe(true);
    const without = await store({ sessionToken: 'sts-token-abc' });
    await expect(without.storage.put('c.png', PHOTO, 'image/png')).rejects.toMatchObject({ s3Code: 'InvalidToken' });
  });

  it('header values are signed trimmed with inner spaces folded, as the store computes them', async () => {
    expect(canonicalHeaderValue('  image/png;   name="a  b"  ')).toBe('image/png; name="a b"');
    const { s3, storage } = await store();
    await storage.put('d.png', PHOTO, 'image/png;   charset=binary');
    expect(s3.objects.has('d.png')).toBe(true);
    expect(s3.state.rejected).toBe(0);
  });

  it('an x-amz-* header added after signing is refused, as real stores refuse unsigned ones', async () => {
    const { s3, storage } = await store({}, {}, (h) => {
      h['x-amz-meta-owner'] = '13800000001';
    });
    await expect(storage.put('e.png', PHOTO, 'image/png')).rejects.toMatchObject({ s3Code: 'AccessDenied' });
    expect(s3.objects.size).toBe(0);
  });

  it('a key with "." or ".." segments is refused before anything is sent', async () => {
    const { s3, storage } = await store();
    for (const key of ['a/../b.png', './b.png', 'a//b.png', '..'])
      await expect(storage.put(key, PHOTO, 'image/png')).rejects.toMatchObject({ s3Code: 'InvalidKey' });
    expect(s3.state.requests).toBe(0);
  });

  it('S3_URL_STYLE and a bucket name that cannot be a host name are refused at boot, naming the variable', async () => {
    const { loadConfig } = await import('../src/config/env.js');
    const base = {
      NODE_ENV: 'test',
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: 'https://oss-cn-shenzhen.aliyuncs.com',
      S3_BUCKET: 'wuye-photos',
      S3_ACCESS_KEY_ID: 'a',
      S3_SECRET_ACCESS_KEY: 'b',
    };
    expect(loadConfig(base).s3).toMatchObject({ urlStyle: 'virtual', sessionToken: undefined });
    expect(loadConfig({ ...base, S3_URL_STYLE: 'path', S3_SESSION_TOKEN: 'tok' }).s3).toMatchObject({
      urlStyle: 'path',
      sessionToken: 'tok',
    });
    expect(() => loadConfig({ ...base, S3_URL_STYLE: 'subdomain' })).toThrow('S3_URL_STYLE 必须是 virtual');
    expect(() => loadConfig({ ...base, S3_ENDPOINT: 'http://127.0.0.1:9000' })).toThrow('请设置 S3_URL_STYLE=path');
    expect(loadConfig({ ...base, S3_ENDPOINT: 'http://127.0.0.1:9000', S3_URL_STYLE: 'path' }).s3?.urlStyle).toBe('path');
    expect(() => loadConfig({ ...base, S3_BUCKET: 'Wuye_Photos' })).toThrow('S3_BUCKET "Wuye_Photos" 不能用在域名里');
    expect(loadConfig({ ...base, S3_BUCKET: 'Wuye_Photos', S3_URL_STYLE: 'path' }).s3?.bucket).toBe('Wuye_Photos');
  });
});
