// Files nobody keeps do not pile up: a refused step takes back what it stored, a person cannot hold
// more than a few untaken photos, and what no record took within a day is swept (with its thumbnail).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Storage } from '../src/infra/storage/storage.js';
import { UNATTACHED_LIMIT, UploadService } from '../src/modules/uploads/uploads.service.js';
import { TINY_PNG as PNG } from './images.js';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';
import { checked } from './support/repair-steps.js';

describe.each(testDatabases())('uploads that nothing keeps (%s)', (db) => {
  let t: TestApp;
  let storage: Storage;
  const keyOf = async (id: number) => String((await t.ds.query('SELECT storage_key AS k FROM upload WHERE id = ?', [id]))[0]?.k);
  const upload = (token: string) =>
    t.req('POST', '/api/v1/uploads', { token, body: { fileName: 'a.png', contentType: 'image/png', contentBase64: PNG } });

  beforeAll(async () => {
    t = await startTestApp(db);
    storage = t.app.get(Storage);
  });
  afterAll(async () => t?.close());

  it('R-REP-06 fifty confirmations with a signature at once: one is kept, the 49 refused leave no file and no row', async () => {
    const i = await ids(t);
    const [p101, jigongId] = [await i.project('101'), await i.staff('jigong')];
    const kefu = await t.staffToken('kefu', 'Kefu@123');
    const jigong = await t.staffToken('jigong', 'Jigong@123');
    const light = Number(
      (await t.ds.query("SELECT id FROM repair_category WHERE project_id = ? AND code = 'PUB-LIGHT'", [p101]))[0].id,
    );
    const r = await t.req('POST', '/api/v1/service-requests', {
      token: kefu,
      body: {
        notDuplicate: true,
        projectId: p101,
        channel: 'phone',
        categoryId: light,
        description: '灯',
        urgency: 'normal',
        location: 'C座',
        requesterName: '张伟',
        requesterPhone: '13800000001',
      },
    });
    const act = (a: string, body: Record<string, unknown> = {}) =>
      t.req('POST', `/api/v1/service-requests/${r.body.id}/actions/${a}`, { token: jigong, body });
    await t.req('POST', `/api/v1/service-requests/${r.body.id}/actions/dispatch`, {
      token: kefu,
      body: { assigneeStaffId: jigongId },
    });
    await act('accept');
    await act('arrive');
    expect((await act('finish', checked({ result: '换灯' }))).status).toBe(200);
    const before = await count(t, 'upload');
    const rs = await Promise.all(Array.from({ length: 50 }, () => act('confirm', { signature: `data:image/png;base64,${PNG}` })));
    expect(rs.filter((x) => x.status === 200)).toHaveLength(1);
    expect(rs.filter((x) => x.status === 409)).toHaveLength(49);
    expect(await count(t, 'upload')).toBe(before + 1);
    const [kept] = await t.ds.query('SELECT signature_upload_id AS s FROM service_request WHERE id = ?', [r.body.id]);
    expect(await count(t, 'upload', "owner_kind = 'staff' AND owner_id = ? AND attached_at IS NULL", [jigongId])).toBe(0);
    expect(await storage.get(await keyOf(Number(kept.s)))).not.toBeNull();
  });

  it('a person holds at most 20 photos no record has taken: the next is refused before it is stored', async () => {
    const owner = await t.ownerToken('13900000009'); // no room: nothing to file
    const before = await count(t, 'upload');
    for (let n = 0; n < UNATTACHED_LIMIT.files; n++) expect((await upload(owner)).status).toBe(201);
    const refused = await upload(owner);
    expect(refused.status).toBe(429);
    expect(refused.body.message).toBe('您已上传了较多尚未提交的照片，请先提交报修（或等一天后未提交的照片自动清理）再上传');
    expect(await count(t, 'upload')).toBe(before + UNATTACHED_LIMIT.files);
  });

  it('photos no record took within a day are swept with their thumbnails; a photo on a request stays', async () => {
    const owner = await t.ownerToken('13800000001');
    const stray = (await upload(owner)).body.id as number;
    const used = (await upload(owner)).body.id as number;
    const i = await ids(t);
    const cat = Number(
      (
        await t.ds.query("SELECT id FROM repair_category WHERE project_id = ? AND code = 'HOME-WARRANTY'", [
          await i.project('101'),
        ])
      )[0].id,
    );
    const filed = await t.req('POST', '/api/v1/me/service-requests', {
      token: owner,
      body: {
        notDuplicate: true,
        roomId: await i.room('1011011201'),
        categoryId: cat,
        description: '墙面开裂',
        photoIds: [used],
      },
    });
    expect(filed.status, JSON.stringify(filed.body)).toBe(201);
    const [strayKey, usedKey] = [await keyOf(stray), await keyOf(used)];
    expect(await storage.get(`${strayKey}.thumb`)).not.toBeNull();
    const sweep = () => t.app.get(UploadService).sweep();
    await sweep(); // not a day old yet: nothing of these goes
    expect(await count(t, 'upload', 'id IN (?, ?)', [stray, used])).toBe(2);
    t.clock.advance(24 * 3600_000 + 60_000);
    await sweep();
    expect(await count(t, 'upload', 'id = ?', [stray])).toBe(0);
    expect(await storage.get(strayKey)).toBeNull();
    expect(await storage.get(`${strayKey}.thumb`)).toBeNull();
    expect(await count(t, 'upload', 'id = ?', [used])).toBe(1);
    expect(await storage.get(usedKey)).not.toBeNull();
  });
});
