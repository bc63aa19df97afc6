/**
 * Demo release passes (物品放行, R-PAS-01…03) made through the real services, on the demo's day: 李娜's
 * (a family member of A座 1201) confirmed by the owner 张伟 and waiting for the desk; 张伟's own, issued for
 * today (the room's overdue bills, if any, issued all the same with a reason); 陈静's, released at the gate.
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { localDate } from '@wy/shared';
import { Clock } from '../infra/clock.js';
import { DATA_SOURCE } from '../infra/tokens.js';
import { PassIntake } from '../modules/passes/intake.service.js';
import { PassMoves } from '../modules/passes/moves.service.js';
import type { PassFormDto } from '../modules/passes/passes.dto.js';
import { seedPrincipals } from './seed-principals.js';

export async function seedDemoPasses(app: INestApplicationContext): Promise<void> {
  const ds = app.get<DataSource>(DATA_SOURCE);
  const intake = app.get(PassIntake);
  const moves = app.get(PassMoves);
  const today = localDate(app.get(Clock).now(), 'Asia/Shanghai');
  const { one, staff, owner } = seedPrincipals(ds);
  const [kefu, zhuguan] = await Promise.all(['kefu', 'zhuguan'].map(staff));
  const [zhang, lina, chen] = await Promise.all(['张伟', '李娜', '陈静'].map(owner));
  const room = async (code: string) => Number((await one('SELECT id FROM room WHERE property_code = ?', [code])).id);
  const a1201 = await room('1011011201');
  const a0803 = await room('1011010803');
  const form = (roomId: number, o: Partial<PassFormDto>): PassFormDto => ({
    roomId,
    moveOn: today,
    items: [{ name: '办公桌', quantity: 2 }],
    reason: 'move_out',
    ...o,
  });
  const issue = async (id: number) => {
    const p = await moves.act(kefu, id, 'issue', {}).catch(() => null);
    return p ?? moves.act(kefu, id, 'issue', { overrideArrears: true, reason: '业主已承诺本周内缴清欠费' });
  };

  const waiting = await intake.apply(
    lina,
    form(a1201, {
      fromTime: '14:00',
      toTime: '17:00',
      items: [
        { name: '文件柜', quantity: 1 },
        { name: '纸箱（办公资料）', quantity: 6 },
      ],
      carrierName: '安达搬家',
      reason: 'move_out',
    }),
  );
  await moves.act(zhang, waiting, 'confirm', {});

  const issued = await intake.apply(
    zhang,
    form(a1201, {
      fromTime: '09:00',
      toTime: '12:00',
      items: [
        { name: '打印机', quantity: 1 },
        { name: '显示器', quantity: 2 },
      ],
      plate: '粤B12345',
      reason: 'repair',
      reasonNote: '送厂家维修',
    }),
  );
  await issue(issued);

  const released = await intake.apply(
    chen,
    form(a0803, {
      items: [
        { name: '沙发', quantity: 1 },
        { name: '书架', quantity: 2 },
        { name: '纸箱', quantity: 10 },
      ],
      plate: '粤B6M218',
      carrierName: '顺心搬家',
      carrierPhone: '13912345678',
    }),
  );
  const pass = await issue(released);
  await moves.run(zhuguan, pass, 'release', { checkedItems: [0, 1, 2], note: '物品与清单一致' });
}
