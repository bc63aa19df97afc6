import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { S3Storage, S3StorageError } from './s3.js';
import { startFakeS3, type FakeS3 } from '../../../../scripts/fake-s3/server.mjs';

describe('S3-compatible storage (SigV4) against the fake store', () => {
  let s3: FakeS3;
  const cfg = () => ({
    endpoint: s3.url,
    region: s3.region,
    bucket: s3.bucket,
    accessKeyId: s3.accessKeyId,
    secretAccessKey: s3.secretAccessKey,
    urlStyle: 'path' as const, // the fake listens on an IP address: no bucket host name (virtual style: storage-s3.e2e)
  });
  beforeAll(async () => {
    s3 = await startFakeS3();
  });
  afterAll(async () => s3?.close());

  it('writes and reads an object whose key needs encoding; a missing key reads as null', async () => {
    const st = new S3Storage(cfg());
    const key = '2026-12/维修 照片(1).png';
    await st.put(key, Buffer.from('hello'), 'image/png');
    expect(s3.objects.get(key)).toMatchObject({ contentType: 'image/png' });
    expect((await st.get(key))!.toString()).toBe('hello');
    expect(await st.get('2026-12/none')).toBeNull();
  });

  it('is refused with the store own error when the secret, the key id or the bucket is wrong', async () => {
    const code = async (st: S3Storage) => {
      try {
        await st.put('x', Buffer.from('y'), 'image/png');
        return 'ok';
      } catch (e) {
        expect(e).toBeInstanceOf(S3StorageError);
        return (e as S3StorageError).s3Code;
      }
    };
    expect(await code(new S3Storage({ ...cfg(), secretAccessKey: 'wrong' }))).toBe('SignatureDoesNotMatch');
    expect(await code(new S3Storage({ ...cfg(), accessKeyId: 'AKIDOTHER' }))).toBe('InvalidAccessKeyId');
    expect(await code(new S3Storage({ ...cfg(), bucket: 'other' }))).toBe('NoSuchBucket');
    expect(s3.objects.has('x')).toBe(false);
  });

  it('a body changed on the way no longer matches its signed hash', async () => {
    const tamper: typeof fetch = (url, init) => fetch(url, { ...init, body: Buffer.from('tampered') });
    const st = new S3Storage(cfg(), tamper);
    await expect(st.put('t', Buffer.from('original'), 'image/png')).rejects.toMatchObject({
      s3Code: 'XAmzContentSHA256Mismatch',
    });
  });
});
