/**
 * Demo fees (R-FEE-01/04/05): each demo project's fee items, and its bills for the last three months made
 * by the real bill run; some paid at the desk with receipts, some owed — 张伟's A座 1201 owes the last two
 * months (to pay online in the H5), and 杨秀英's 瑞和花园 1-1201 is in arrears for all three, with late fees; of her
 * bills one carries an approved adjustment (R-PAY-04 减免, proposed at the desk, approved by the manager) and
 * one an adjustment still waiting on 账单调整.
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { localDate, monthBefore } from '@wy/shared';
import { Clock } from '../infra/clock.js';
import { DATA_SOURCE } from '../infra/tokens.js';
import { BillRunService } from '../modules/billing/bill-run.service.js';
import { BillingService } from '../modules/billing/billing.service.js';
import { DecideAdjustment } from '../modules/billing/adjustments/decide-adjustment.js';
import { ProposeAdjustment } from '../modules/billing/adjustments/propose-adjustment.js';
import { FeesService } from '../modules/billing/fees.service.js';
import { seedPrincipals } from './seed-principals.js';

export async function seedDemoFees(app: INestApplicationContext): Promise<void> {
  const ds = app.get<DataSource>(DATA_SOURCE);
  const fees = app.get(FeesService);
  const runs = app.get(BillRunService);
  const billing = app.get(BillingService);
  const { one, staff } = seedPrincipals(ds);
  const [caiwu, kefu, kefu2, jingli] = await Promise.all(['caiwu', 'kefu', 'kefu2', 'jingli'].map(staff));
  const projectId = async (code: string) => Number((await one('SELECT id FROM project WHERE code = ?', [code])).id);
  const [p101, p201] = await Promise.all([projectId('101'), projectId('201')]);
  const late = { dueDay: 25, lateFeePerTenThousand: 5, lateFeeGraceDays: 5, lateFeeCapPercent: 20 };

  await fees.create(caiwu, {
    projectId: p101,
    code: 'WYF-BG',
    name: '写字楼物业管理费',
    category: 'management',
    basis: 'area',
    unitFen: 1380,
    roomUse: 'office',
    basisNote: '深发改〔2024〕物业服务收费备案，按建筑面积每月每平方米13.80元',
    ...late,
  });
  await fees.create(caiwu, {
    projectId: p101,
    code: 'WYF-SP',
    name: '商铺物业管理费',
    category: 'management',
    basis: 'area',
    unitFen: 1800,
    roomUse: 'retail',
    basisNote: '按建筑面积每月每平方米18.00元',
    ...late,
  });
  await fees.create(caiwu, {
    projectId: p201,
    code: 'WYF',
    name: '物业服务费',
    category: 'management',
    basis: 'area',
    unitFen: 280,
    roomUse: 'residential',
    basisNote: '业主大会决议，按建筑面积每月每平方米2.80元',
    ...late,
  });
  await fees.create(caiwu, {
    projectId: p201,
    code: 'LJF',
    name: '生活垃圾处理费',
    category: 'garbage',
    basis: 'fixed',
    unitFen: 1500,
    roomUse: 'residential',
    basisNote: '按户每月15.00元',
    ...late,
  });

  const thisMonth = localDate(app.get(Clock).now(), 'Asia/Shanghai').slice(0, 7);
  const periods = [3, 2, 1].map((n) => monthBefore(thisMonth, n));
  for (const period of periods) {
    await runs.run(caiwu, p101, period);
    await runs.run(caiwu, p201, period);
  }

  const bills = async (where: string, params: unknown[]) =>
    (await ds.query(
      `SELECT b.id, b.amount_fen AS amountFen, b.period FROM bill b JOIN room r ON r.id = b.room_id
        WHERE b.source_type = 'fee' AND b.status = 'unpaid' AND ${where} ORDER BY b.period, b.id`,
      params,
    )) as { id: number; amountFen: number; period: string }[];
  const payAtDesk = async (who: typeof kefu, list: { id: number }[], method: 'cash' | 'card' | 'wechat_scan') => {
    for (const b of list) {
      // the desk takes what is owed today, late fee included (R-FEE-05)
      const owed = await billing.owedToday(Number(b.id));
      await billing.payAtDesk(who, Number(b.id), { method, amountFen: owed });
    }
  };
  // 张伟's A座 1201: the oldest month paid; the last two owed
  await payAtDesk(
    kefu,
    (await bills('r.property_code = ?', ['1011011201'])).filter((b) => b.period === periods[0]),
    'card',
  );
  // 瑞和花园: its residents and the first rooms of 1栋 paid the first two months; 杨秀英's 1-1201 pays nothing
  const paidGarden = await bills(
    `b.project_id = ? AND b.period IN (?, ?) AND r.property_code <> '2011011201'
       AND (r.property_code IN ('2011010502', '2011021804', '2011030303', '2011041001', '2011021102') OR r.property_code < '2011010500')`,
    [p201, periods[0], periods[1]],
  );
  await payAtDesk(kefu2, paidGarden, 'wechat_scan');
  // two residents paid the last month too
  await payAtDesk(kefu2, await bills(`r.property_code IN ('2011010502', '2011021804') AND b.period = ?`, [periods[2]]), 'cash');

  // 杨秀英's 1-1201 (R-PAY-04): the oldest month's property fee cut by ¥10 (approved by the manager); a ¥5 cut of
  // the middle month's garbage fee waits on 账单调整
  const yang = await ds.query(
    `SELECT b.id, b.period, b.title FROM bill b JOIN room r ON r.id = b.room_id
      WHERE r.property_code = '2011011201' AND b.source_type = 'fee' AND b.status = 'unpaid' ORDER BY b.period, b.id`,
  );
  const oldest = (yang as { id: number; period: string; title: string }[]).find(
    (b) => b.period === periods[0] && b.title.includes('物业'),
  );
  const middle = (yang as { id: number; period: string; title: string }[]).find(
    (b) => b.period === periods[1] && b.title.includes('垃圾'),
  );
  const propose = app.get(ProposeAdjustment);
  if (oldest) {
    const a = await propose.run(kefu2, {
      billId: Number(oldest.id),
      kind: 'reduce',
      target: 'principal',
      amountFen: 1000,
      reason: '电梯停运两周，经管理处同意减免部分物业费',
    });
    await app.get(DecideAdjustment).approve(jingli, a.id, { note: '同意' });
  }
  if (middle)
    await propose.run(kefu2, {
      billId: Number(middle.id),
      kind: 'reduce',
      target: 'principal',
      amountFen: 500,
      reason: '业主出差一个月未居住，申请减免垃圾处理费',
    });
}
