/**
 * Demo renovations (装修报备, R-REN-01…05) made through the real services, on the demo's day: 李娜's (a family
 * member of A座 1201) consented to by the owner 张伟 and waiting for the engineering review; 张伟's own, returned
 * for correction (退回补正) with what to fix; 陈静's (A座 0803) reviewed and approved with its fees and deposits
 * owed at the 收银台; a second of 陈静's, paid, permitted and under way, inspected today with a violation and its
 * open 整改通知书 (R-REN-06); two more of 张伟's, permitted — one awaiting its acceptance (R-REN-07), one accepted
 * with the permit and passes collected back and both deposits refunded, the contractor's less a deduction (R-REN-08).
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { localDate } from '@wy/shared';
import { Clock } from '../infra/clock.js';
import { DATA_SOURCE } from '../infra/tokens.js';
import { BillingService } from '../modules/billing/billing.service.js';
import { DecideRefund } from '../modules/payments/refunds/decide-refund.js';
import { RenoIntake } from '../modules/renovation/intake.service.js';
import { RecordInspection } from '../modules/renovation/inspections/record-inspection.js';
import { RenoMoves } from '../modules/renovation/moves.service.js';
import { RenoProjects } from '../modules/renovation/settings.js';
import type { RenoFormDto } from '../modules/renovation/renovation.dto.js';
import { seedPrincipals } from './seed-principals.js';

export async function seedDemoRenovations(app: INestApplicationContext): Promise<void> {
  const ds = app.get<DataSource>(DATA_SOURCE);
  const intake = app.get(RenoIntake);
  const moves = app.get(RenoMoves);
  const billing = app.get(BillingService);
  const today = localDate(app.get(Clock).now(), 'Asia/Shanghai');
  const day = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
  const { one, staff, owner } = seedPrincipals(ds);
  const [kefu, gongcheng, jingli, caiwu] = await Promise.all(['kefu', 'gongcheng', 'jingli', 'caiwu'].map(staff));
  const [zhang, lina, chen] = await Promise.all(['张伟', '李娜', '陈静'].map(owner));
  const room = async (code: string) => Number((await one('SELECT id FROM room WHERE property_code = ?', [code])).id);
  const a1201 = await room('1011011201');
  const p101 = Number((await one('SELECT project_id AS p FROM room WHERE id = ?', [a1201])).p);
  // the supervision phone and hours printed on the permit (the guide and fees stay the defaults)
  await ds.transaction((em) =>
    app.get(RenoProjects).save(em, p101, { supervisionPhone: '0755-28886601', hours: '工作日 08:30—12:00，14:00—18:00；周末及节假日不得进行产生噪声的施工' }),
  );
  const a0803 = await room('1011010803');
  const form = (roomId: number, o: Partial<RenoFormDto>): RenoFormDto => ({
    roomId,
    startOn: day(3),
    endOn: day(47),
    contractorCompany: '深圳市安居装饰工程有限公司',
    contractorLeader: '黄建国',
    contractorPhone: '13912340000',
    items: ['办公区地毯更换', '墙面翻新刷漆', '会议室隔断（轻钢龙骨石膏板，非承重）'],
    changesWater: false,
    changesPower: true,
    changesGas: false,
    changesNote: '会议室增加两组插座，沿原线槽走线',
    rubbleByCentre: true,
    workers: [
      { name: '黄建国', phone: '13912340000', idNo: '440305198001011235' },
      { name: '李志强', phone: '13912340002' },
      { name: '王小兵' },
    ],
    ...o,
  });

  const waiting = await intake.apply(lina, form(a1201, { items: ['茶水间橱柜更换'], changesPower: false, changesNote: undefined, rubbleByCentre: false }));
  await moves.act(zhang, waiting, 'confirm', {});

  const returned = await intake.apply(zhang, form(a1201, { startOn: day(10), endOn: day(40) }));
  await moves.act(kefu, returned, 'return', { reason: '请补充上传施工单位营业执照及资质证书，并注明会议室隔断的图纸' });

  const approved = await intake.apply(chen, form(a0803, { contractorCompany: '深圳市鹏城装饰设计有限公司', contractorLeader: '周海' }));
  await moves.act(gongcheng, approved, 'review', { grounds: [], note: '方案不涉及承重结构，电路改动在户内' });
  await moves.act(jingli, approved, 'approve', {});

  /** reviewed, approved, every charge paid by transfer at the desk, the permit issued */
  const permit = async (id: number, payer: string) => {
    await moves.act(gongcheng, id, 'review', { grounds: [] });
    await moves.act(jingli, id, 'approve', {});
    const fees = await ds.query('SELECT bill_id AS b, amount_fen AS a FROM renovation_fee WHERE renovation_id = ?', [id]);
    for (const f of fees as { b: number; a: number }[])
      await billing.payAtDesk(caiwu, Number(f.b), { method: 'transfer', amountFen: Number(f.a), payerName: payer });
    await moves.act(kefu, id, 'permit', {});
  };
  const passes = async (id: number) =>
    ((await ds.query('SELECT pass_code AS c FROM renovation_worker WHERE renovation_id = ? ORDER BY seq', [id])) as { c: string }[]).map((x) => x.c);

  // R-REN-06 under way since today: inspected with a violation, its 整改通知书 open until the day after tomorrow
  const permitted = await intake.apply(chen, form(a0803, { startOn: day(0), endOn: day(20), items: ['前台背景墙更换'], changesPower: false }));
  await permit(permitted, '陈静');
  await app.get(RecordInspection).run(gongcheng, permitted, {
    result: 'violation',
    violations: ['rubble', 'fire'],
    note: '楼道堆放装修垃圾未袋装；现场未见灭火器',
    deadlineOn: day(2),
  });

  // R-REN-07 finished: the owner asked for the acceptance (due in 3 days); not yet inspected today
  const awaiting = await intake.apply(zhang, form(a1201, { startOn: day(0), endOn: day(15), items: ['卧室木地板更换'], changesPower: false, rubbleByCentre: false }));
  await permit(awaiting, '张伟');
  await moves.act(zhang, awaiting, 'request_acceptance', {});

  // R-REN-08 accepted, the permit and passes collected back, both deposits refunded (the contractor's less a deduction)
  const done = await intake.apply(zhang, form(a1201, { startOn: day(0), endOn: day(10), items: ['阳台防水重做'], changesPower: false }));
  await permit(done, '张伟');
  await app.get(RecordInspection).run(gongcheng, done, { result: 'ok', note: '现场整洁，灭火器在位' });
  await moves.act(zhang, done, 'request_acceptance', {});
  await moves.act(gongcheng, done, 'accept', { collected: { permit: true, passes: await passes(done) }, note: '防水闭水试验合格' });
  await moves.act(kefu, done, 'refund_deposits', {
    deductions: [{ kind: 'contractor_deposit', fen: 30_000, reason: '电梯厅墙面磕损未修复，按价扣除' }],
  });
  const refunds = (await ds.query('SELECT refund_id AS r FROM renovation_fee WHERE renovation_id = ? AND refund_id IS NOT NULL', [done])) as {
    r: number;
  }[];
  for (const x of refunds) await app.get(DecideRefund).approve(caiwu, Number(x.r), { note: '验收合格，同意退还' });
}
