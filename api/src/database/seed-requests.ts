/**
 * Demo repairs in every state, made through the real service (so clocks, timeline, duty log,
 * bills and notifications are what production would write): waiting for dispatch, in the grab
 * pool, being worked, raised on patrol, waiting for the callback, and a paid job with its bill.
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { Clock } from '../infra/clock.js';
import { DATA_SOURCE } from '../infra/tokens.js';
import { IntakeService } from '../modules/service-requests/intake.service.js';
import { RequestMoves } from '../modules/service-requests/moves.service.js';
import { seedPrincipals } from './seed-principals.js';

const PNG_SIGNATURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

export async function seedDemoRequests(app: INestApplicationContext): Promise<void> {
  const ds = app.get<DataSource>(DATA_SOURCE);
  const intake = app.get(IntakeService);
  const moves = app.get(RequestMoves);
  const { one, staff, owner: person } = seedPrincipals(ds);
  const project = async (code: string) => Number((await one('SELECT id FROM project WHERE code = ?', [code])).id);
  const room = async (code: string) => Number((await one('SELECT id FROM room WHERE property_code = ?', [code])).id);
  const cat = async (projectId: number, code: string) =>
    Number((await one('SELECT id FROM repair_category WHERE project_id = ? AND code = ?', [projectId, code])).id);

  const [kefu, kefu2, jigong, gongcheng] = await Promise.all(['kefu', 'kefu2', 'jigong', 'gongcheng'].map(staff));
  const [zhang, chen, yang] = await Promise.all(['张伟', '陈静', '杨秀英'].map(person));
  const p101 = await project('101');
  const p201 = await project('201');
  const a1201 = await room('1011011201');
  const a0803 = await room('1011010803');
  const g1201 = await room('2011011201');
  // the lights of 101 go round between the two engineers
  await ds.query('UPDATE repair_category SET rota = ? WHERE project_id = ? AND code = ?', [
    JSON.stringify([jigong.id, gongcheng.id]),
    p101,
    'PUB-LIGHT',
  ]);
  const tomorrow = (h: number) => {
    const d = new Date(app.get(Clock).now().getTime() + 8 * 3_600_000 + 86_400_000); // tomorrow in Shanghai
    const day = d.toISOString().slice(0, 10);
    return new Date(`${day}T${String(h - 8).padStart(2, '0')}:00:00Z`).toISOString(); // h o'clock in Shanghai
  };

  // 1. the owner on the mini-program: the kitchen tap, dispatched and accepted
  const tap = await intake.createByOwner(zhang, {
    roomId: a1201,
    categoryId: await cat(p101, 'HOME-TAP'),
    description: '厨房水龙头一直滴水，关不紧',
    appointmentStart: tomorrow(9),
    appointmentEnd: tomorrow(12),
  });
  // the clerk reviews it (R-SRV-03, R-REP-13) before it is dispatched
  await moves.act(kefu, tap.id, 'review', { urgency: 'normal' });
  await moves.act(kefu, tap.id, 'dispatch', { assigneeStaffId: jigong.id });
  await moves.act(jigong, tap.id, 'accept', {});

  // 2. a phone report waiting for dispatch, with an appointment
  await intake.createByStaff(kefu, {
    projectId: p101,
    channel: 'phone',
    categoryId: await cat(p101, 'HOME-ELEC'),
    roomId: a0803,
    requesterPersonId: chen.id,
    requesterName: '陈静',
    requesterPhone: '13800000004',
    description: '书房两个插座没电，空气开关没有跳',
    urgency: 'urgent',
    appointmentStart: tomorrow(14),
    appointmentEnd: tomorrow(18),
  });

  // 3. a public-area light, in the grab pool
  const light = await intake.createByStaff(kefu, {
    projectId: p101,
    channel: 'walk_in',
    categoryId: await cat(p101, 'PUB-LIGHT'),
    location: 'A座12楼电梯厅',
    requesterName: '张伟',
    requesterPhone: '13800000001',
    requesterPersonId: zhang.id,
    description: '电梯厅两盏筒灯不亮',
    urgency: 'normal',
  });
  await moves.act(kefu, light.id, 'dispatch', { toPool: true });

  // 4. R-REP-15 raised on patrol by the engineering supervisor, being worked
  const leak = await intake.createByStaff(gongcheng, {
    projectId: p101,
    channel: 'patrol',
    categoryId: await cat(p101, 'PUB-WATER'),
    location: '地下二层 B2-031 车位上方',
    requesterName: '赵海涛',
    requesterPhone: '13600000007',
    description: '巡查发现消防管接头渗水，地面有积水',
    urgency: 'urgent',
  });
  await moves.act(kefu, leak.id, 'dispatch', { assigneeStaffId: jigong.id });
  await moves.act(jigong, leak.id, 'accept', {});
  await moves.act(jigong, leak.id, 'arrive', {});

  // 5. a lift fault fixed and confirmed: waiting for the callback
  const lift = await intake.createByStaff(kefu, {
    projectId: p101,
    channel: 'phone',
    categoryId: await cat(p101, 'PUB-LIFT'),
    location: 'B座3号电梯',
    requesterName: '陈静',
    requesterPhone: '13800000004',
    requesterPersonId: chen.id,
    description: '电梯到8楼开门很慢，有异响',
    urgency: 'urgent',
    isImportant: true,
  });
  await moves.act(kefu, lift.id, 'dispatch', { assigneeTeam: '迅达电梯维保' });
  await moves.act(kefu, lift.id, 'accept', {});
  await moves.act(kefu, lift.id, 'arrive', {});
  await moves.act(kefu, lift.id, 'finish', { result: '调整门机皮带，更换门滑块，试运行正常' });
  await moves.act(kefu, lift.id, 'confirm', { signature: PNG_SIGNATURE });

  // 6. a paid lock repair finished and confirmed: its fee is owed by the room (收银台)
  const lock = await intake.createByOwner(zhang, {
    roomId: a1201,
    categoryId: await cat(p101, 'HOME-LOCK'),
    description: '入户门锁转动很紧，钥匙拔不出来',
  });
  await moves.act(kefu, lock.id, 'review', { urgency: 'normal' });
  await moves.act(kefu, lock.id, 'dispatch', { assigneeStaffId: jigong.id });
  await moves.act(jigong, lock.id, 'accept', {});
  // R-REP-16 the technician calls the owner to agree the visit, and at the end confirms the checklist
  await moves.act(jigong, lock.id, 'contact', { appointmentStart: tomorrow(9), appointmentEnd: tomorrow(11) });
  await moves.act(jigong, lock.id, 'arrive', {});
  await moves.act(jigong, lock.id, 'finish', {
    result: '更换锁芯，试开十次顺畅',
    feeFen: 8000,
    materials: [{ name: 'C级防盗锁芯', spec: '70mm', quantity: 1, unit: '个' }],
    feeExplained: true,
    fixTried: true,
    siteCleaned: true,
  });
  await moves.act(zhang, lock.id, 'confirm', { satisfaction: 'very_satisfied', comment: '师傅很准时' });

  // 7. the residential estate: a drain waiting for dispatch
  await intake.createByStaff(kefu2, {
    projectId: p201,
    channel: 'phone',
    categoryId: await cat(p201, 'HOME-DRAIN'),
    roomId: g1201,
    requesterPersonId: yang.id,
    requesterName: '杨秀英',
    requesterPhone: '13700000011',
    description: '卫生间地漏反水',
    urgency: 'normal',
    appointmentStart: tomorrow(9),
    appointmentEnd: tomorrow(12),
  });
}
