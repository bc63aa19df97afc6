// Photo thumbnails: made on upload with sharp and kept beside the original in the same storage, served at
// GET /uploads/{id}?size=thumb under the original's read rule; an image that cannot be read is refused.
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Storage } from '../src/infra/storage/storage.js';
import { Upload } from '../src/modules/uploads/entities.js';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

const image = (width: number, height: number, format: 'jpeg' | 'png') => {
  const img = sharp({ create: { width, height, channels: 3, background: { r: 90, g: 140, b: 200 } } });
  return (format === 'jpeg' ? img.jpeg() : img.png()).toBuffer();
};

describe.each(testDatabases())('photo thumbnails (%s)', (db) => {
  let t: TestApp;
  let owner: string;
  let room1201: number;
  let lockCat: number;
  beforeAll(async () => {
    t = await startTestApp(db);
    owner = await t.ownerToken('13800000001');
    room1201 = await ids(t).then((i) => i.room('1011011201'));
    const p101 = await ids(t).then((i) => i.project('101'));
    const cats = await t.req('GET', `/api/v1/directory/projects/${p101}/repair-categories`, { token: owner });
    lockCat = cats.body.find((c: { code: string }) => c.code === 'HOME-LOCK').id;
  });
  afterAll(async () => t?.close());

  const upload = (data: Buffer, contentType: string, token = owner) =>
    t.req('POST', '/api/v1/uploads', {
      token,
      body: { fileName: 'photo', contentType, contentBase64: data.toString('base64') },
    });
  const fetchAs = (url: string, token: string) =>
    t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  const size = async (data: Buffer) => {
    const m = await sharp(data).metadata();
    return `${m.format} ${m.width}×${m.height}`;
  };

  it('a large JPEG and a large PNG get a JPEG thumbnail no larger than 240 px either way; a small one is not enlarged', async () => {
    const cases: [Buffer, string, string][] = [
      [await image(3000, 2000, 'jpeg'), 'image/jpeg', 'jpeg 240×160'],
      [await image(1200, 4000, 'png'), 'image/png', 'jpeg 72×240'],
      [await image(100, 50, 'png'), 'image/png', 'jpeg 100×50'],
    ];
    for (const [data, type, want] of cases) {
      const up = await upload(data, type);
      expect(up.status).toBe(201);
      expect(up.body.thumbUrl).toBe(`/api/v1/uploads/${up.body.id}?size=thumb`);
      const thumb = await fetchAs(up.body.thumbUrl, owner);
      expect(thumb.statusCode).toBe(200);
      expect(thumb.headers['content-type']).toBe('image/jpeg');
      expect(await size(thumb.rawPayload)).toBe(want);
      // the original is unchanged
      const full = await fetchAs(up.body.url, owner);
      expect(full.rawPayload.equals(data)).toBe(true);
    }
  });

  it('the thumbnail has the original’s read rule: the requester and the project’s staff, not another project or owner', async () => {
    const up = await upload(await image(800, 600, 'jpeg'), 'image/jpeg');
    const r = await t.req('POST', '/api/v1/me/service-requests', {
      token: owner,
      body: {
        notDuplicate: true,
        roomId: room1201,
        categoryId: lockCat,
        description: '门锁卡住（缩略图）',
        photoIds: [up.body.id],
      },
    });
    expect(r.body.photos).toEqual([{ id: up.body.id, url: up.body.url, thumbUrl: up.body.thumbUrl }]);
    const kefu = await t.staffToken('kefu', 'Kefu@123');
    const kefu2 = await t.staffToken('kefu2', 'Kefu2@123');
    const other = await t.ownerToken('13800000004');
    expect((await fetchAs(up.body.thumbUrl, kefu)).statusCode).toBe(200);
    expect((await fetchAs(up.body.thumbUrl, kefu2)).statusCode).toBe(404);
    expect((await fetchAs(up.body.thumbUrl, other)).statusCode).toBe(404);
    expect((await fetchAs(`/api/v1/uploads/${up.body.id}?size=huge`, owner)).statusCode).toBe(400);
  });

  it('an image that cannot be read is refused with a Chinese 400 and nothing is kept', async () => {
    const before = await count(t, 'upload');
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2000, 7)]); // a JPEG header, then noise
    const r = await upload(broken, 'image/jpeg');
    expect(r.status).toBe(400);
    expect(r.body.message).toBe('无法识别这张图片，请重新拍照或换一张照片');
    expect(await count(t, 'upload')).toBe(before);
    const readable = await upload(await image(10, 10, 'jpeg'), 'image/jpeg');
    expect(readable.status).toBe(201);
    expect(await count(t, 'upload')).toBe(before + 1);
  });

  it('a photo kept before thumbnails existed gets its thumbnail on first request', async () => {
    const data = await image(1600, 1200, 'jpeg');
    const key = `old/${Date.now()}-${db}`;
    await t.app.get(Storage).put(key, data, 'image/jpeg');
    const personId = Number((await t.ds.query("SELECT id FROM person WHERE name = '张伟'"))[0].id);
    const ins = await t.ds.getRepository(Upload).insert({
      storageKey: key,
      contentType: 'image/jpeg',
      size: data.length,
      ownerKind: 'owner',
      ownerId: personId,
      createdAt: new Date('2026-11-01T00:00:00Z'),
    });
    const id = Number(ins.identifiers[0]!.id);
    const thumb = await fetchAs(`/api/v1/uploads/${id}?size=thumb`, owner);
    expect(thumb.statusCode).toBe(200);
    expect(await size(thumb.rawPayload)).toBe('jpeg 240×180');
    // kept beside the original, so the next request reads it instead of making it again
    expect((await t.app.get(Storage).get(`${key}.thumb`))?.equals(thumb.rawPayload)).toBe(true);
  });
});
