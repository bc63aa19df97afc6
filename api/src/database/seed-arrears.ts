/**
 * Demo arrears (R-ARR-*): on top of the demo fees (瑞和花园's households owing one to three months), three
 * households of 瑞和花园 1栋 carry property-fee arrears from before the system (bills imported as 期初欠费, with
 * the contract's late fee) so the ladder shows every step after `npm start`: 0302 about 4 months (flagged a large
 * customer by finance: lawyer's letter due), 0401 about 7 months (a lawyer's letter sent, a promised pay date two
 * days ago to follow up), 0203 about 19 months (suit due); 杨秀英's 1201 is reminded by phone and given this
 * month's written notice.
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { localDate, monthBefore, periodDueOn } from '@wy/shared';
import { Clock } from '../infra/clock.js';
import { DATA_SOURCE } from '../infra/tokens.js';
import { Bill } from '../modules/billing/entities.js';
import { ArrearsMoves } from '../modules/arrears/moves.service.js';
import { insertRow } from './rows.js';
import { seedPrincipals } from './seed-principals.js';

export async function seedDemoArrears(app: INestApplicationContext): Promise<void> {
  const ds = app.get<DataSource>(DATA_SOURCE);
  const moves = app.get(ArrearsMoves);
  const now = app.get(Clock).now();
  const today = localDate(now, 'Asia/Shanghai');
  const thisMonth = today.slice(0, 7);
  const { one, staff } = seedPrincipals(ds);
  const caiwu = await staff('caiwu');
  const room = async (code: string) =>
    (await one('SELECT id, project_id AS projectId, area FROM room WHERE property_code = ?', [code])) as {
      id: number;
      projectId: number;
      area: number;
    };
  const item = (await one(
    "SELECT f.id, f.unit_fen AS unitFen, f.due_day AS dueDay, f.name FROM fee_item f JOIN project p ON p.id = f.project_id WHERE p.code = '201' AND f.code = 'WYF'",
    [],
  )) as {
    id: number;
    unitFen: number;
    dueDay: number;
    name: string;
  };
  /** the room owes the property fee of the month `n` months back (and of every month after it that the run did not bill) */
  const owes = async (code: string, n: number) => {
    const r = await room(code);
    for (let k = n; k > 3; k--) {
      const period = monthBefore(thisMonth, k);
      await insertRow(ds.manager, Bill, {
        projectId: Number(r.projectId),
        roomId: Number(r.id),
        kind: 'management',
        title: `${item.name}（期初欠费）`,
        sourceType: 'import',
        sourceId: null,
        feeItemId: Number(item.id),
        period,
        dueOn: periodDueOn(period, Number(item.dueDay)),
        amountFen: Math.round((Number(r.area) * Number(item.unitFen)) / 100),
        status: 'unpaid',
        createdAt: now,
        paidAt: null,
        version: 0,
      });
    }
    return Number(r.id);
  };
  const daysAgo = (d: number) => localDate(new Date(now.getTime() - d * 86_400_000), 'Asia/Shanghai');

  const huang = await owes('2011010302', 5);
  const zhao = await owes('2011010401', 8);
  await owes('2011010203', 20); // suit due, nothing recorded yet
  const yang = (await room('2011011201')).id;

  await moves.setLarge(caiwu, huang, true);
  await moves.record(caiwu, {
    roomId: zhao,
    kind: 'lawyer_letter',
    doneOn: daysAgo(20),
    trackingNo: 'SF1403928817',
    note: '律师函已特快专递寄出',
  });
  await moves.record(caiwu, {
    roomId: zhao,
    kind: 'phone',
    doneOn: daysAgo(5),
    promisedOn: daysAgo(2),
    note: '业主称三天内缴清',
  });
  await moves.record(caiwu, { roomId: Number(yang), kind: 'phone', doneOn: today, note: '电话提醒欠费及违约金' });
  await moves.record(caiwu, {
    roomId: Number(yang),
    kind: 'notice',
    doneOn: today,
    signed: true,
    note: '送达业主家中，本人签收',
  });
}
