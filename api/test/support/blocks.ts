import { expect } from 'vitest';
import type { TestApp } from '../harness.js';

/** A test's own project: head office's token, the project, its rooms (in the order of their numbers). */
export interface TestProject {
  admin: string;
  projectId: number;
  rooms: number[];
}

/**
 * A project of its own for one test block: made by head office, with one cluster (一区), one building (1栋) and
 * these rooms, residential, of this area (m² × 100). Each test still adds its own people and data.
 */
export async function testProject(
  t: TestApp,
  o: { code: string; name: string; roomNos: string[]; area?: number },
): Promise<TestProject> {
  const admin = await t.staffToken('admin', 'Admin@123');
  const rooms = o.roomNos.map((roomNo) => ({ roomNo, area: o.area ?? 9000, use: 'residential' }));
  return { admin, ...(await projectWithRooms(t, admin, { code: o.code, name: o.name, rooms })) };
}

/** A residential project made by head office (`admin`'s token) with one cluster (一区), one building (1栋) and these rooms. */
export async function projectWithRooms(
  t: TestApp,
  admin: string,
  o: { code: string; name: string; rooms: { roomNo: string; area: number; use: string }[] },
): Promise<{ projectId: number; rooms: number[] }> {
  const p = await t.req('POST', '/api/v1/projects', { token: admin, body: { code: o.code, name: o.name, kind: 'residential' } });
  expect(p.status, JSON.stringify(p.body)).toBe(201);
  const projectId = p.body.id as number;
  const c = await t.req('POST', `/api/v1/projects/${projectId}/clusters`, { token: admin, body: { code: '1', name: '一区' } });
  const b = await t.req('POST', `/api/v1/projects/${projectId}/buildings`, {
    token: admin,
    body: { clusterId: c.body.id, code: '01', name: '1栋' },
  });
  const rooms: number[] = [];
  for (const room of o.rooms) {
    const r = await t.req('POST', '/api/v1/rooms', { token: admin, body: { buildingId: b.body.id, ...room } });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    rooms.push(r.body.id);
  }
  return { projectId, rooms };
}

/** A resident of a room (owner, member or tenant) registered by head office. */
export async function addResident(t: TestApp, p: TestProject, o: { roomId: number; kind: string; name: string; phone: string }) {
  const w = await t.req('POST', '/api/v1/owners', { token: p.admin, body: { projectId: p.projectId, ...o } });
  expect(w.status, JSON.stringify(w.body)).toBe(201);
}

/** A resident registered by head office and signed in to the mini-program: answers their token. */
export async function residentToken(
  t: TestApp,
  p: TestProject,
  o: { roomId: number; kind: string; name: string; phone: string },
) {
  await addResident(t, p, o);
  return t.ownerToken(o.phone);
}

/** A staff member of the project with these roles; answers their token. */
export async function addStaff(
  t: TestApp,
  p: TestProject,
  o: { username: string; name: string; roles: string[]; password: string },
) {
  const r = await t.req('POST', '/api/v1/staff', {
    token: p.admin,
    body: { username: o.username, name: o.name, password: o.password, roles: o.roles, projectIds: [p.projectId] },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return t.staffToken(o.username, o.password);
}
