/**
 * Demo move-ins (入伙, R-MOV-01…05) made through the real services: 瑞和花园 4栋's floors 15–16 handed over in a
 * published batch (guide, renovation notes, payment notice, fee rates), written by the manager 陈建国. 郑爽 of
 * 4栋 1501 has moved in (bills paid at the desk, two defects on the sheet sent to the developer: one fixed and
 * waiting for her confirmation, one being fixed); 钱多多 of 1502 is at 验房 (fees paid); 冯晓 of 1503 has just
 * arrived and waits; the others have their notice. The demo clock is the real one, so the times of the finished
 * and waiting ones are set back afterwards to show realistic minutes (the one place the seed writes directly).
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { localDate } from '@wy/shared';
import { Clock } from '../infra/clock.js';
import { DATA_SOURCE } from '../infra/tokens.js';
import { BillingService } from '../modules/billing/billing.service.js';
import { MoveInBatches } from '../modules/move-in/batches.service.js';
import { MoveInDefects } from '../modules/move-in/defects.service.js';
import { MoveInMoves } from '../modules/move-in/moves.service.js';
import { seedPrincipals } from './seed-principals.js';

export const DEMO_MOVEIN_GUIDE = [
  '一、办理时间：集中交付期内每天 9:00–17:30，服务中心一楼大堂入伙专区。',
  '二、办理流程：核验身份 → 资料与协议 → 缴费 → 验房 → 交钥匙，工作人员全程陪同。',
  '三、请携带：《入伙通知书》原件（办理时收回）、《购房合同》原件、购房款收据、业主身份证；委托办理的另带委托书及受托人身份证。',
  '四、需签署：《前期物业服务协议》《临时管理规约》；可同时办理银行托收（请带银行卡）。',
  '五、验房时请仔细查看门窗、墙面、地面、水电及卫生间防水，发现问题请当场登记。',
  '六、等候一般不超过15分钟，办理一般不超过30分钟。',
].join('\n');

export async function seedDemoMoveIns(app: INestApplicationContext): Promise<void> {
  const ds = app.get<DataSource>(DATA_SOURCE);
  const batches = app.get(MoveInBatches);
  const moves = app.get(MoveInMoves);
  const defects = app.get(MoveInDefects);
  const billing = app.get(BillingService);
  const now = app.get(Clock).now();
  const today = localDate(now, 'Asia/Shanghai');
  const { one, staff } = seedPrincipals(ds);
  const [jingli, kefu2, caiwu] = await Promise.all(['jingli', 'kefu2', 'caiwu'].map(staff));
  const room = async (code: string) => Number((await one('SELECT id FROM room WHERE property_code = ?', [code])).id);
  const p201 = Number((await one("SELECT id FROM project WHERE code = '201'", [])).id);
  const buyers: [string, string, string][] = [
    ['2011041501', '郑爽', '13700000021'],
    ['2011041502', '钱多多', '13700000022'],
    ['2011041503', '冯晓', '13700000023'],
    ['2011041504', '蒋文', '13700000024'],
    ['2011041601', '沈佳', '13700000025'],
    ['2011041602', '韩梅', '13700000026'],
    ['2011041603', '杨帆', '13700000027'],
    ['2011041604', '朱琳', '13700000028'],
  ];
  const end = localDate(new Date(now.getTime() + 20 * 86_400_000), 'Asia/Shanghai');
  const batch = await batches.create(jingli, {
    projectId: p201,
    name: '4栋集中交付（第一批）',
    startOn: today,
    endOn: end,
    developerName: '深圳瑞和置业有限公司',
    guide: DEMO_MOVEIN_GUIDE,
    renovationNotes:
      '装修前请到服务中心办理装修报备，领取《装修施工许可证》后方可施工。施工时间：工作日 8:00–12:00、14:00–18:00，周末及节假日不得进行噪声作业。不得改动承重结构、外立面及燃气管道。',
    paymentNotice:
      '入伙时缴纳：预收12个月物业服务费（2.80元/平方米·月）；专项维修资金（按建筑面积每平方米32元）。可现金、刷卡、扫码或在小程序“物业缴费”中缴纳，缴清后领取钥匙。',
    propertyFeeFenPerM2: 280,
    propertyFeeMonths: 12,
    fundFenPerM2: 3200,
    rooms: await Promise.all(buyers.map(async ([code, buyerName, buyerPhone]) => ({ roomId: await room(code), buyerName, buyerPhone }))),
  });
  await batches.publish(jingli, batch.id);
  const idOf = async (code: string) =>
    Number((await one('SELECT id FROM move_in WHERE room_id = ?', [await room(code)])).id);
  const IDENTITY = { identityDocs: ['notice', 'contract', 'receipt'], note: '业主本人办理' };
  const AGREEMENTS = { agreements: ['service_agreement', 'management_rules'], collection: 'set_up' as const, collectionNote: '招商银行' };
  const throughFees = async (id: number) => {
    for (const [a, body] of [
      ['arrive', {}],
      ['start', {}],
      ['identity', IDENTITY],
      ['agreements', AGREEMENTS],
    ] as const)
      await moves.act(kefu2, id, a, body);
    await moves.charge(kefu2, id);
    for (const b of await moves.bills(id)) await billing.payAtDesk(caiwu, b.billId, { method: 'card', amountFen: b.totalFen, payerName: '业主' });
    await moves.act(kefu2, id, 'fees', {});
  };

  // 郑爽: moved in, two defects sent to the developer
  const zheng = await idOf('2011041501');
  await throughFees(zheng);
  await moves.act(kefu2, zheng, 'inspection', {
    meters: { water: '3.2', electricity: '15.6', gas: '0.4' },
    defects: [
      { place: '主卧窗户', description: '窗框密封胶条脱落，关窗漏风' },
      { place: '主卫', description: '地漏返味，淋浴区排水慢' },
    ],
    paperSigned: true,
  });
  await moves.act(kefu2, zheng, 'keys', {
    keys: [
      { name: '入户门钥匙', quantity: 3 },
      { name: '信报箱钥匙', quantity: 2 },
      { name: '门禁卡', quantity: 2 },
      { name: '《业主手册》', quantity: 1 },
    ],
    paperSigned: true,
  });
  await defects.send(kefu2, zheng, { note: '专人送达深圳瑞和置业工程部，王工签收' });
  const lines = (await ds.query('SELECT id FROM move_in_defect WHERE move_in_id = ? ORDER BY id', [zheng])) as { id: number }[];
  await defects.moveByStaff(kefu2, Number(lines[0]!.id), { to: 'fixing', note: '开发商已派工' });
  await defects.moveByStaff(kefu2, Number(lines[0]!.id), { to: 'fixed', note: '已更换密封胶条' });
  await defects.moveByStaff(kefu2, Number(lines[1]!.id), { to: 'fixing', note: '开发商约定本周五上门' });

  // 钱多多: fees paid, at the inspection
  await throughFees(await idOf('2011041502'));
  // 冯晓: arrived, waiting
  const feng = await idOf('2011041503');
  await moves.act(kefu2, feng, 'arrive', {});

  // realistic minutes on the demo's real clock: 郑爽 waited 8 and was handled in 26; 冯晓 arrived 6 minutes ago
  const ago = (min: number) => new Date(now.getTime() - min * 60_000).toISOString().replace('T', ' ').replace('Z', '');
  await ds.query('UPDATE move_in SET arrived_at = ?, started_at = ? WHERE id = ?', [ago(34), ago(26), zheng]);
  await ds.query('UPDATE move_in SET arrived_at = ? WHERE id = ?', [ago(6), feng]);
}
