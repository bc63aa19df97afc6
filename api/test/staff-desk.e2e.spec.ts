// The service desk's colleagues (GET /staff/desk): whom a clerk hands the shift over to (交接班) — the
// project's active staff holding a desk role, with their roles; not technicians or finance, not the
// archived, not staff of other projects; readable by the desk of that project only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, testDatabases, type TestApp } from './harness.js';

describe.each(testDatabases())('the service desk’s colleagues (%s)', (db) => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp(db);
    admin = await t.staffToken('admin', 'Admin@123');
  });
  afterAll(async () => t?.close());

  /** A project of its own, so the expected set is exactly what the test made. */
  async function project(code: string) {
    const r = await t.req('POST', '/api/v1/projects', {
      token: admin,
      body: { code, name: `交接班测试${code}`, kind: 'residential' },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as number;
  }
  async function staff(username: string, name: string, roles: string[], projectIds: number[]) {
    const r = await t.req('POST', '/api/v1/staff', {
      token: admin,
      body: { username, name, password: 'Desk#Pass2026', roles, projectIds },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body.id as number;
  }

  it('the desk list is the project’s active desk staff with their roles: no technician, finance, archived or other project’s staff', async () => {
    const p = await project('931');
    const other = await project('932');
    const clerk = await staff('desk_clerk', '柏明', ['service_clerk'], [p]);
    const sup = await staff('desk_sup', '艾琳', ['cs_supervisor', 'quality_supervisor'], [p]);
    const both = await staff('desk_both', '程浩', ['service_clerk'], [p, other]);
    await staff('desk_tech', '丁师傅', ['technician'], [p]);
    await staff('desk_cash', '范出纳', ['finance'], [p]);
    await staff('desk_else', '葛远', ['service_clerk'], [other]);
    const gone = await staff('desk_gone', '韩雪', ['service_clerk'], [p]);
    expect((await t.req('PATCH', `/api/v1/staff/${gone}`, { token: admin, body: { archived: true } })).status).toBe(200);

    const token = await t.staffToken('desk_clerk', 'Desk#Pass2026');
    const r = await t.req('GET', `/api/v1/staff/desk?projectId=${p}`, { token });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toEqual([
      { id: sup, name: '艾琳', roles: ['cs_supervisor', 'quality_supervisor'] },
      { id: clerk, name: '柏明', roles: ['service_clerk'] },
      { id: both, name: '程浩', roles: ['service_clerk'] },
    ]);
  });

  it('R-ORG-03 another project’s desk gets 404, a technician 403, and a missing project id 400 in Chinese', async () => {
    const p = await project('933');
    await staff('desk_own', '金岚', ['service_clerk'], [p]);
    const kefu2 = await t.staffToken('kefu2', 'Kefu2@123'); // desk of 201 only
    expect((await t.req('GET', `/api/v1/staff/desk?projectId=${p}`, { token: kefu2 })).status).toBe(404);
    const jigong = await t.staffToken('jigong', 'Jigong@123');
    expect((await t.req('GET', `/api/v1/staff/desk?projectId=${p}`, { token: jigong })).status).toBe(403);
    const bad = await t.req('GET', '/api/v1/staff/desk', { token: await t.staffToken('desk_own', 'Desk#Pass2026') });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/项目ID/);
  });
});
