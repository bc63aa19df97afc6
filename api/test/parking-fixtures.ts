/** A car park of its own for one parking test: a project with rooms and owners, its clerk and manager, an area with spaces, the plan. */
import { expect } from 'vitest';
import { TINY_PNG } from './images.js';
import type { TestApp } from './harness.js';
import { addResident, addStaff, testProject } from './support/blocks.js';

export const STAFF_PASSWORD = 'Parking#2026';

export interface Lot {
  projectId: number;
  areaId: number;
  rooms: number[];
  phones: string[];
  clerk: string;
  manager: string;
  admin: string;
  /** spaces by kind, in number order */
  spaces: Record<string, { id: number; no: string }[]>;
}

/** Plan prices: monthly 300 yuan, quarterly 850, yearly 3,200; fixed (VIP) 600 a month. */
export const PRICES = [
  { kind: 'rental', term: 'month', amountFen: 30000 },
  { kind: 'rental', term: 'quarter', amountFen: 85000 },
  { kind: 'rental', term: 'year', amountFen: 320000 },
  { kind: 'vip', term: 'month', amountFen: 60000 },
  { kind: 'charging', term: 'month', amountFen: 40000 },
];

export async function parkingLot(
  t: TestApp,
  code: string,
  o: { owners?: number; spaces?: Record<string, number>; plan?: boolean; tenant?: boolean } = {},
): Promise<Lot> {
  const n = (o.owners ?? 1) + (o.tenant ? 1 : 0);
  const lot = await testProject(t, { code, name: `停车测试${code}`, roomNos: Array.from({ length: n }, (_, i) => String(101 + i)) });
  const { admin, projectId, rooms } = lot;
  const phones: string[] = [];
  for (const [i, roomId] of rooms.entries()) {
    const phone = `136${code}${String(i + 1).padStart(5, '0')}`;
    const tenant = o.tenant && i === n - 1;
    await addResident(t, lot, { roomId, kind: tenant ? 'tenant' : 'owner', name: tenant ? `租户${i + 1}` : `车主${i + 1}`, phone });
    phones.push(phone);
  }
  const staff = (username: string, roles: string[]) => addStaff(t, lot, { username, name: username, roles, password: STAFF_PASSWORD });
  const clerk = await staff(`kefu${code}`, ['service_clerk']);
  const manager = await staff(`jingli${code}`, ['project_manager']);
  const area = await t.req('POST', '/api/v1/parking/areas', {
    token: manager,
    body: { projectId, code: 'B1', name: '地下一层' },
  });
  expect(area.status, JSON.stringify(area.body)).toBe(201);
  const spaces: Lot['spaces'] = {};
  let next = 1;
  for (const [kind, n] of Object.entries(o.spaces ?? { rental: 2 })) {
    const r = await t.req('POST', '/api/v1/parking/spaces', {
      token: manager,
      body: { areaId: area.body.id, kind, from: next, to: next + n - 1 },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    const list = await t.req('GET', `/api/v1/parking/spaces?projectId=${projectId}&kind=${kind}&limit=100`, { token: clerk });
    spaces[kind] = list.body.items.map((s: { id: number; no: string }) => ({ id: s.id, no: s.no }));
    next += n;
  }
  if (o.plan !== false) {
    const r = await t.req('PUT', '/api/v1/parking/plan', { token: manager, body: planBody(projectId) });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
  }
  return { projectId, areaId: area.body.id, rooms, phones, clerk, manager, admin, spaces };
}

export const planBody = (projectId: number) => ({
  projectId,
  title: '小区车位使用方案',
  approvedOn: '2026-10-18',
  approvalDocument: '业主大会决议〔2026〕3号',
  process: '提交申请及资料 → 服务中心核对原件 → 签订车位租赁合同 → 管理处经理审批 → 缴费 → 领取停车卡',
  prices: PRICES,
});

export async function photo(t: TestApp, token: string): Promise<number> {
  const r = await t.req('POST', '/api/v1/uploads', {
    token,
    body: { fileName: 'doc.png', contentType: 'image/png', contentBase64: TINY_PNG },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.id;
}

/** An owner's application with one photo of each document named. */
export async function apply(
  t: TestApp,
  owner: string,
  body: { roomId: number; plate: string; kind?: string; term?: string },
  docs: string[] = ['driving_licence', 'vehicle_licence', 'insurance', 'purchase'],
) {
  const withPhotos = [];
  for (const doc of docs) withPhotos.push({ doc, uploadIds: [await photo(t, owner)] });
  return t.req('POST', '/api/v1/me/parking/applications', {
    token: owner,
    body: { kind: 'rental', term: 'month', ...body, docs: withPhotos },
  });
}

export const ALL_CHECKED = (docs = ['driving_licence', 'vehicle_licence', 'insurance', 'purchase']) => ({
  verdicts: docs.map((doc) => ({ doc, verdict: 'checked' })),
});
