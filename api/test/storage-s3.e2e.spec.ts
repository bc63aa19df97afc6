// Photos through the S3-compatible store (STORAGE_DRIVER=s3) with the whole API: the upload lands in
// the bucket, reads back through the API, and a store that is down answers 503 and keeps no row.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeS3, type FakeS3 } from '../../scripts/fake-s3/server.mjs';
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
