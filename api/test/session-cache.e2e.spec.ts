// Who is behind a session is kept by each instance for SESSION_CACHE_SECONDS (SessionCache): what this
// instance changes counts from the very next request, what another instance changes (here: a write to the
// database behind this instance's back) within the window, never later.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ids, startTestApp, testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('sessions kept a few seconds per instance (%s)', (db) => {
  let t: TestApp;
  let admin: string;
  let p101: number;
  let p201: number;
  let n = 0;
  beforeAll(async () => {
    t = await startTestApp(db);
    admin = await t.staffToken('admin', 'Admin@123');
    const id = await ids(t);
    p101 = await id.project('101');
    p201 = await id.project('201');
  });
  afterAll(async () => t?.close());

  /** a new clerk of 101, signed in and seen once (so kept) */
  const clerk = async () => {
    const username = `cache.clerk${++n}`;
    const created = await t.req('POST', '/api/v1/staff', {
      token: admin,
      body: { username, name: `缓存${n}`, password: 'Temp1234', roles: ['service_clerk'], projectIds: [p101] },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const token = await t.staffToken(username, 'Temp1234');
    expect((await t.req('GET', `/api/v1/owners?projectId=${p101}`, { token })).status).toBe(200);
    return { id: created.body.id as number, token };
  };

  it('R-ORG-03 roles a manager takes away count from the next request on this instance, not seconds later', async () => {
    const c = await clerk();
    const changed = await t.req('PATCH', `/api/v1/staff/${c.id}`, { token: admin, body: { roles: ['technician'] } });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect((await t.req('GET', `/api/v1/owners?projectId=${p101}`, { token: c.token })).status).toBe(403);
    expect((await t.req('GET', '/api/v1/auth/me', { token: c.token })).body.roles).toEqual(['technician']);
  });

  it('R-ORG-02 a staff member moved to another project sees the new one and not the old one from the next request', async () => {
    const c = await clerk();
    // another project's records are not there for them (404, as for any record outside their projects)
    expect((await t.req('GET', `/api/v1/owners?projectId=${p201}`, { token: c.token })).status).toBe(404);
    expect((await t.req('PATCH', `/api/v1/staff/${c.id}`, { token: admin, body: { projectIds: [p201] } })).status).toBe(200);
    expect((await t.req('GET', `/api/v1/owners?projectId=${p201}`, { token: c.token })).status).toBe(200);
    expect((await t.req('GET', `/api/v1/owners?projectId=${p101}`, { token: c.token })).status).toBe(404);
  });

  it('R-OWN-05 an owner whose record head office archives is signed out at once', async () => {
    const phone = `139${String(Date.now()).slice(-8)}`;
    const room = await ids(t).then((x) => x.room('1011010803'));
    const created = await t.req('POST', '/api/v1/owners', {
      token: admin,
      body: { projectId: p101, roomId: room, kind: 'tenant', name: '缓存租户', phone },
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const owner = await t.ownerToken(phone);
    expect((await t.req('GET', '/api/v1/auth/me', { token: owner })).status).toBe(200);
    const archived = await t.req('POST', `/api/v1/owners/${created.body.id}/archive`, { token: admin, body: { reason: '搬离' } });
    expect(archived.status, JSON.stringify(archived.body)).toBe(200);
    expect((await t.req('GET', '/api/v1/auth/me', { token: owner })).status).toBe(401);
  });

  it('a session ended behind this instance’s back (by another instance) is refused within SESSION_CACHE_SECONDS, not before it was read', async () => {
    const c = await clerk();
    await t.ds.query(
      db === 'mysql'
        ? 'UPDATE auth_session SET revoked_at = NOW() WHERE subject_id = ?'
        : "UPDATE auth_session SET revoked_at = datetime('now') WHERE subject_id = ?",
      [c.id],
    );
    // kept: this instance has not read it since
    expect((await t.req('GET', '/api/v1/auth/me', { token: c.token })).status).toBe(200);
    t.clock.advance(t.config.sessionCacheSec * 1000);
    expect((await t.req('GET', '/api/v1/auth/me', { token: c.token })).status).toBe(401);
  });
});
