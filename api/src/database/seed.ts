/**
 * Demo data: the service manual's building (瑞和丰收大厦, 深圳市龙岗区龙岗大道6009号: towers A
 * and B — offices and hotel floors — a retail podium and three basement parking levels) and
 * a residential estate, staff for every role, owners with rooms and vehicles.
 * Idempotent: does nothing when project 101 exists.
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { encodePropertyCode, type StaffRole } from '@wy/shared';
import { Clock } from '../infra/clock.js';
import { PiiCipher } from '../infra/pii.js';
import { DATA_SOURCE } from '../infra/tokens.js';
import { hashPassword } from '../common/passwords.js';
import { Building, Cluster, Company, Project, Room } from '../modules/org/entities.js';
import { Person, RoomBinding, Vehicle } from '../modules/people/entities.js';
import { Staff, StaffProject } from '../modules/staff/entities.js';
import { insertDefaultCategories } from '../modules/service-requests/default-categories.js';
import { seedDemoActivities } from './seed-activities.js';
import { seedDemoAnnouncements } from './seed-announcements.js';
import { seedDemoArrears } from './seed-arrears.js';
import { seedDemoComplaints } from './seed-complaints.js';
import { seedDemoFaq } from './seed-faq.js';
import { seedDemoFees } from './seed-fees.js';
import { seedDemoInvoices } from './seed-invoices.js';
import { seedDemoPasses } from './seed-passes.js';
import { seedDemoMoveIns } from './seed-move-in.js';
import { seedDemoRenovations } from './seed-renovations.js';
import { seedDemoWorkReports } from './seed-work-reports.js';
import { seedDemoVisitors } from './seed-visitors.js';
import { seedDemoRelations } from './seed-relations.js';
import { seedDemoRecords } from './seed-records.js';
import { seedDemoRequests } from './seed-requests.js';

export const DEMO_STAFF: { username: string; password: string; name: string; roles: StaffRole[]; projects: string[] }[] = [
  { username: 'admin', password: 'Admin@123', name: '周总', roles: ['head_office'], projects: [] },
  { username: 'jingli', password: 'Jingli@123', name: '陈建国', roles: ['project_manager'], projects: ['101', '201'] },
  { username: 'zhuguan', password: 'Zhuguan@123', name: '林晓燕', roles: ['cs_supervisor'], projects: ['101'] },
  { username: 'kefu', password: 'Kefu@123', name: '王芳', roles: ['service_clerk'], projects: ['101'] },
  { username: 'kefu2', password: 'Kefu2@123', name: '刘婷', roles: ['service_clerk', 'cs_assistant'], projects: ['201'] },
  { username: 'pinzhi', password: 'Pinzhi@123', name: '黄志强', roles: ['quality_supervisor'], projects: ['101', '201'] },
  { username: 'gongcheng', password: 'Gongcheng@123', name: '赵海涛', roles: ['engineering_supervisor'], projects: ['101'] },
  { username: 'jigong', password: 'Jigong@123', name: '孙师傅', roles: ['technician'], projects: ['101'] },
  { username: 'caiwu', password: 'Caiwu@123', name: '吴丽', roles: ['finance'], projects: ['101', '201'] },
];

export const DEMO_OWNERS = {
  boundOwnerPhone: '13800000001',
  newOwnerPhone: '13900000009',
};

/** `requests: false` leaves out the demo repairs (the API tests make their own). */
export async function seedDemo(app: INestApplicationContext, opts: { requests?: boolean } = {}): Promise<boolean> {
  const ds = app.get<DataSource>(DATA_SOURCE);
  const pii = app.get(PiiCipher);
  const now = app.get(Clock).now();
  if (await ds.getRepository(Project).findOne({ where: { code: '101' } })) return false;

  await ds.transaction(async (em) => {
    const ins = async <T extends object>(e: new () => T, row: Omit<T, 'id'>) =>
      Number((await em.getRepository(e).insert(row as never)).identifiers[0]!.id);
    const companyId = await ins(Company, { name: '瑞和物业服务有限公司', createdAt: now });
    const project = async (code: string, name: string, kind: string, address: string, servicePhone: string) => ({
      id: await ins(Project, {
        companyId,
        code,
        name,
        kind,
        address,
        timezone: 'Asia/Shanghai',
        servicePhone,
        createdAt: now,
        archivedAt: null,
      }),
      code,
    });
    const p101 = await project('101', '瑞和丰收大厦', 'mixed', '深圳市龙岗区龙岗大道6009号', '0755-28900000');
    const p201 = await project('201', '瑞和花园', 'residential', '深圳市龙岗区龙城街道吉祥路88号', '0755-28911111');

    await insertDefaultCategories(em, p101.id);
    await insertDefaultCategories(em, p201.id);
    const roomIds = new Map<string, number>();
    const addRooms = async (
      p: { id: number; code: string },
      clusterCode: string,
      clusterName: string,
      buildingCode: string,
      buildingName: string,
      floors: number[],
      perFloor: number,
      make: (
        floor: number,
        i: number,
      ) => { roomNo: string; area: number; use: string; layout: string | null; unit: string | null },
    ) => {
      let clusterId = (await em.getRepository(Cluster).findOne({ where: { projectId: p.id, code: clusterCode } }))?.id;
      clusterId ??= await ins(Cluster, { projectId: p.id, code: clusterCode, name: clusterName });
      const buildingId = await ins(Building, {
        projectId: p.id,
        clusterId,
        code: buildingCode,
        name: buildingName,
        floors: Math.max(...floors.map(Math.abs)),
      });
      const rows: Omit<Room, 'id'>[] = [];
      for (const floor of floors) {
        for (let i = 1; i <= perFloor; i++) {
          const r = make(floor, i);
          const propertyCode = encodePropertyCode({
            project: p.code,
            cluster: clusterCode,
            building: buildingCode,
            room: r.roomNo,
          });
          rows.push({
            projectId: p.id,
            buildingId,
            propertyCode,
            roomNo: r.roomNo,
            unit: r.unit,
            floor,
            area: r.area,
            use: r.use,
            layout: r.layout,
            titleNo: null,
            deliveredOn: '2019-12-28',
            createdAt: now,
            archivedAt: null,
          });
        }
      }
      for (let i = 0; i < rows.length; i += 300) await em.getRepository(Room).insert(rows.slice(i, i + 300));
      const saved = await em.getRepository(Room).find({ where: { buildingId } });
      saved.forEach((r) => roomIds.set(r.propertyCode, r.id));
    };
    const nn = (n: number) => String(n).padStart(2, '0');
    const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

    // 瑞和丰收大厦
    await addRooms(p101, '1', '主楼', '01', 'A座写字楼', range(5, 28), 8, (f, i) => ({
      roomNo: nn(f) + nn(i),
      area: 12850 + i * 1375,
      use: 'office',
      layout: '开间',
      unit: null,
    }));
    await addRooms(p101, '1', '主楼', '02', 'B座酒店', range(6, 20), 20, (f, i) => ({
      roomNo: nn(f) + nn(i),
      area: 3860 + (i % 4) * 450,
      use: 'hotel',
      layout: i % 5 === 0 ? '套房' : '标准间',
      unit: null,
    }));
    await addRooms(p101, '2', '裙楼', '01', '裙楼商业', range(1, 4), 10, (f, i) => ({
      roomNo: nn(f) + nn(i),
      area: 8600 + i * 2210,
      use: 'retail',
      layout: null,
      unit: null,
    }));
    await addRooms(p101, '3', '地下车库', '01', '地下停车场', [-1, -2, -3], 100, (f, i) => ({
      roomNo: String(-f) + String(i).padStart(3, '0'),
      area: 1250,
      use: 'parking',
      layout: null,
      unit: `B${-f}`,
    }));
    // 瑞和花园
    for (const b of [1, 2, 3, 4]) {
      await addRooms(p201, '1', '一期', nn(b), `${b}栋`, range(1, 18), 4, (f, i) => ({
        roomNo: nn(f) + nn(i),
        area: [8925, 12050, 12050, 8925][i - 1]!,
        use: 'residential',
        layout: i === 2 || i === 3 ? '四室两厅' : '三室两厅',
        unit: i <= 2 ? '1单元' : '2单元',
      }));
    }

    for (const s of DEMO_STAFF) {
      const id = await ins(Staff, {
        username: s.username,
        name: s.name,
        phoneEnc: null,
        phoneHash: null,
        passwordHash: hashPassword(s.password),
        roles: s.roles,
        createdAt: now,
        archivedAt: null,
      });
      for (const code of s.projects)
        await em.getRepository(StaffProject).insert({ staffId: id, projectId: code === '101' ? p101.id : p201.id });
    }

    const person = async (name: string, phone: string, idNumber: string | null, key = false) =>
      ins(Person, {
        name,
        phoneEnc: pii.encrypt(phone),
        phoneHash: pii.hash(phone),
        idNoEnc: pii.encrypt(idNumber),
        idNoHash: pii.hash(idNumber),
        openid: null,
        unionid: null,
        isKeyCustomer: key,
        note: null,
        createdAt: now,
        updatedAt: now,
        archivedAt: null,
      });
    const bind = async (personId: number, code: string, kind: string, status: 'approved' | 'pending') => {
      const roomId = roomIds.get(code)!;
      const projectId = code.startsWith('101') ? p101.id : p201.id;
      await ins(RoomBinding, {
        projectId,
        roomId,
        personId,
        kind,
        status,
        activeKey: `${roomId}:${personId}`,
        requestedBy: status === 'approved' ? 'staff' : 'owner',
        note: null,
        rejectReason: null,
        reviewedByStaffId: null,
        reviewedByPersonId: null,
        reviewedAt: status === 'approved' ? now : null,
        createdAt: now,
      });
      return { roomId, projectId };
    };
    const vehicle = async (
      personId: number,
      r: { roomId: number; projectId: number },
      plate: string,
      model: string,
      color: string,
      spaceNo: string | null,
    ) =>
      ins(Vehicle, {
        projectId: r.projectId,
        personId,
        roomId: r.roomId,
        plate,
        activeKey: `${r.projectId}:${plate}`,
        model,
        color,
        spaceNo,
        createdAt: now,
        archivedAt: null,
      });

    // office tenants and owners of 瑞和丰收大厦
    const zhang = await person('张伟', '13800000001', '440307198503124512', true);
    const rA1201 = await bind(zhang, '1011011201', 'owner', 'approved');
    await bind(zhang, '1013011001', 'owner', 'approved');
    await vehicle(zhang, rA1201, '粤B12345', '奔驰 E300', '黑色', 'B1-001');
    const lina = await person('李娜', '13800000002', null);
    await bind(lina, '1011011201', 'member', 'approved');
    const wanglei = await person('王磊', '13800000003', null);
    await bind(wanglei, '1011011201', 'tenant', 'pending');
    const chenjing = await person('陈静', '13800000004', '440307199008085528');
    await bind(chenjing, '1011010803', 'owner', 'approved');
    const liuyang = await person('刘洋', '13800000005', null);
    await bind(liuyang, '1011020601', 'owner', 'pending');
    // residents of 瑞和花园
    const residents: [string, string, string, string | null][] = [
      ['杨秀英', '13700000011', '2011011201', '粤BD12345'],
      ['黄勇', '13700000012', '2011010502', null],
      ['赵敏', '13700000013', '2011021804', '粤B66N88'],
      ['周杰', '13700000014', '2011030303', null],
      ['吴秀兰', '13700000015', '2011041001', '粤BF00318'],
      ['徐强', '13700000016', '2011021102', null],
    ];
    for (const [name, phone, code, plate] of residents) {
      const id = await person(name, phone, null);
      const r = await bind(id, code, 'owner', 'approved');
      if (plate) await vehicle(id, r, plate, '比亚迪 汉', '白色', null);
    }
    const sun = await person('孙丽', '13700000017', null);
    await bind(sun, '2011011201', 'member', 'pending');
  });
  if (opts.requests !== false) {
    await seedDemoRequests(app);
    await seedDemoComplaints(app);
    await seedDemoFaq(app);
    await seedDemoFees(app);
    await seedDemoInvoices(app);
    await seedDemoAnnouncements(app);
    await seedDemoArrears(app);
    await seedDemoPasses(app);
    await seedDemoMoveIns(app);
    await seedDemoActivities(app);
    await seedDemoRenovations(app);
    await seedDemoWorkReports(app);
    await seedDemoVisitors(app);
    await seedDemoRelations(app);
    await seedDemoRecords(app);
  }
  return true;
}
