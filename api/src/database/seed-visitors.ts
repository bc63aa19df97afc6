/**
 * Demo visitors (访客登记, R-PAS-05) of 瑞和丰收大厦 made through the real services: a courier the front desk
 * registered for 张伟 waiting for his answer (his pending card in the mini-program), a visitor of 陈静 confirmed
 * by phone and let in, one who has left, and 张伟's invitation for today with its visitor code.
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { localDate } from '@wy/shared';
import { Clock } from '../infra/clock.js';
import { DATA_SOURCE } from '../infra/tokens.js';
import { VisitorIntake } from '../modules/visitors/intake.service.js';
import { VisitorMoves } from '../modules/visitors/moves.service.js';
import { seedPrincipals } from './seed-principals.js';

export async function seedDemoVisitors(app: INestApplicationContext): Promise<void> {
  const ds = app.get<DataSource>(DATA_SOURCE);
  const intake = app.get(VisitorIntake);
  const moves = app.get(VisitorMoves);
  const today = localDate(app.get(Clock).now(), 'Asia/Shanghai');
  const { one, staff, owner } = seedPrincipals(ds);
  const kefu = await staff('kefu');
  const [zhang, chen] = await Promise.all([owner('张伟'), owner('陈静')]);
  const room = async (code: string) => Number((await one('SELECT id FROM room WHERE property_code = ?', [code])).id);
  const [rA1201, rA0803] = await Promise.all([room('1011011201'), room('1011010803')]);

  const register = (
    roomId: number,
    hostPersonId: number,
    name: string,
    idNumber: string,
    reason: 'family' | 'delivery' | 'business',
    plate?: string,
  ) => intake.register(kefu, { roomId, hostPersonId, name, idNumber, peopleCount: 1, reason, ...(plate ? { plate } : {}) });

  // waiting for 张伟's answer in the mini-program
  await register(rA1201, zhang.id, '李强', '110105199003071239', 'delivery');
  // 陈静 confirmed on the phone, in; another visitor of hers has left
  const guest = await register(rA0803, chen.id, '赵志明', '44030319880808001X', 'business', '粤B6G688');
  const v = await moves.act(kefu, guest, 'phone_approve', { answeredBy: '陈静本人' });
  await moves.run(kefu, v, 'enter', {});
  const earlier = await register(rA0803, chen.id, '孙美玲', '440307198503124515', 'family');
  const e = await moves.act(chen, earlier, 'approve', {});
  const inside = await moves.run(kefu, e, 'enter', {});
  await moves.run(kefu, inside, 'leave', {});
  // 张伟 invites a friend for today: the code on his phone, looked up at the gate
  await intake.invite(zhang, {
    roomId: rA1201,
    name: '钱小红',
    phone: '13912345678',
    visitOn: today,
    peopleCount: 2,
    plate: '粤A88888',
  });
}
