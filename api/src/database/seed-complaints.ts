/**
 * Demo complaints (R-CMP-*): 瑞和丰收大厦's classification table of common complaints (R-CMP-04), and
 * complaints in every state made through the real service (so codes, clocks, the timeline and the
 * notifications are what production would write): waiting for review, invalid and explained, forwarded
 * and being handled, handled and waiting for the reply, replied and waiting for the callback, closed,
 * and a class A complaint escalated to the manager and answered.
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { ComplaintCategory, ComplaintImportance } from '@wy/shared';
import type { StaffPrincipal } from '../common/principal.js';
import { DATA_SOURCE } from '../infra/tokens.js';
import { ComplaintIntake } from '../modules/complaints/intake.service.js';
import { ComplaintMoves } from '../modules/complaints/moves.service.js';
import { ComplaintsRepository } from '../modules/complaints/complaints.repository.js';
import { seedPrincipals } from './seed-principals.js';

/** The office tower's common complaints, by class and category. */
const CLASS_TABLE: [ComplaintImportance, ComplaintCategory, string][] = [
  ['A', 'ZX', '电梯困人救援不及时'],
  ['A', 'GC', '停水停电未提前通知'],
  ['A', 'ZX', '消防通道被占用、财物被盗'],
  ['B', 'GC', '公共区域漏水未及时处理'],
  ['B', 'GC', '空调、供水设备维修不及时'],
  ['B', 'BJ', '公共区域卫生清扫不及时'],
  ['B', 'KF', '服务人员态度差、推诿'],
  ['B', 'ZX', '车辆乱停放管理不力'],
  ['C', 'BJ', '垃圾清运不及时'],
  ['C', 'YY', '绿化修剪不及时'],
  ['C', 'KF', '服务电话无人接听'],
  ['C', 'ZX', '夜间噪音劝阻不及时'],
  ['C', 'QT', '其他轻微问题'],
];

export async function seedDemoComplaints(app: INestApplicationContext): Promise<void> {
  const ds = app.get<DataSource>(DATA_SOURCE);
  const intake = app.get(ComplaintIntake);
  const moves = app.get(ComplaintMoves);
  const repo = app.get(ComplaintsRepository);
  const { one, staff, owner } = seedPrincipals(ds);
  const p101 = Number((await one('SELECT id FROM project WHERE code = ?', ['101'])).id);
  const a1201 = Number((await one('SELECT id FROM room WHERE property_code = ?', ['1011011201'])).id);
  const [kefu, gongcheng, jingli] = await Promise.all(['kefu', 'gongcheng', 'jingli'].map(staff));
  const zhang = await owner('张伟');

  const items = new Map<string, number>();
  for (const [i, [importance, category, name]] of CLASS_TABLE.entries())
    items.set(
      name,
      await repo.insertClassItem({ projectId: p101, importance, category, name, note: null, sort: i * 10, active: true }),
    );

  const take = (body: Record<string, unknown>) =>
    intake.createByStaff(kefu, { projectId: p101, channel: 'phone', ...body } as never);
  const act = (who: StaffPrincipal, id: number, action: string, body: Record<string, unknown> = {}) =>
    moves.act(who, id, action, body);

  // 1. the owner in the mini-program, waiting for the review
  await intake.createByOwner(zhang, { roomId: a1201, problem: 'A座大堂旋转门经常卡住，老人小孩进出很危险', asks: '尽快检修' });

  // 2. invalid, explained and kept (R-CMP-16)
  const noise = await take({
    complainantName: '周先生',
    complainantPhone: '13900001111',
    problem: '隔壁公司装修有噪音，要求物业赔偿误工',
  });
  await act(kefu, noise.id, 'review', {
    valid: false,
    kind: 'venting',
    note: '装修在物业规定的时段内进行，已向您说明装修管理规定，并提醒施工方降低噪音',
  });

  // 3. class B, forwarded to the engineering supervisor at the review, being handled
  await take({
    complainantName: '李娜',
    complainantPhone: '13900002222',
    problem: '18楼男卫生间漏水三天没人管',
    asks: '三天内修好',
    review: true,
    valid: true,
    classItemId: items.get('公共区域漏水未及时处理'),
    kind: 'help',
    handlerStaffId: gongcheng.id,
  });

  // 4. class C, handled, waiting for the reply (a letter, acknowledged)
  const bins = await take({ channel: 'letter', complainantName: '王强', problem: '地下车库垃圾桶两天未清运，气味很大' });
  await act(kefu, bins.id, 'acknowledge', { method: 'sms' });
  await act(kefu, bins.id, 'review', {
    valid: true,
    classItemId: items.get('垃圾清运不及时'),
    kind: 'help',
    handlerStaffId: gongcheng.id,
  });
  await act(gongcheng, bins.id, 'handle', { note: '已安排保洁当日清运，并调整为每日两次清运' });

  // 5. class B, replied, waiting for the callback
  const rude = await take({ channel: 'walk_in', complainantName: '赵女士', problem: '前台员工接待时态度冷淡，办理门禁卡推诿' });
  await act(kefu, rude.id, 'review', { valid: true, classItemId: items.get('服务人员态度差、推诿'), kind: 'venting' });
  await act(kefu, rude.id, 'forward', { handlerStaffId: (await staff('zhuguan')).id });
  // R-CMP-23 a communication-type complaint: who complains and their payments are checked before the handling
  await act(kefu, rude.id, 'verify_identity', { note: '来访核对姓名与所在公司' });
  await act(kefu, rude.id, 'handle', { note: '已约谈当班员工并组织服务礼仪培训，门禁卡当日办好' });
  await act(kefu, rude.id, 'reply', { method: 'phone', note: '已向您致歉，门禁卡已办好，我们已加强员工培训' });

  // 6. closed after a satisfied callback (its second callback within a month still to come)
  const aircon = await take({
    complainantName: '孙经理',
    complainantPhone: '13900003333',
    problem: '12楼办公区空调不制冷，报修两次未解决',
  });
  await act(kefu, aircon.id, 'review', {
    valid: true,
    classItemId: items.get('空调、供水设备维修不及时'),
    kind: 'help',
    handlerStaffId: gongcheng.id,
  });
  await act(gongcheng, aircon.id, 'handle', { note: '更换冷凝水泵，空调恢复制冷' });
  await act(kefu, aircon.id, 'reply', { method: 'phone', note: '空调已修复，如再有问题请随时联系我们' });
  await act(kefu, aircon.id, 'callback', { method: 'phone', satisfaction: 'satisfied' });

  // 7. class A: escalated to the manager at once, answered within 2 days
  const lift = await take({
    complainantName: '钱女士',
    complainantPhone: '13900004444',
    problem: '3号电梯困人二十分钟，呼叫无人应答',
    asks: '彻查原因并书面答复',
    immediate: ['crisis'],
    review: true,
    valid: true,
    classItemId: items.get('电梯困人救援不及时'),
    kind: 'venting',
  });
  await act(jingli, lift.id, 'answer', { note: '已责成电梯维保单位彻查，3 日内给您书面结果，并加强值班应答' });
}
