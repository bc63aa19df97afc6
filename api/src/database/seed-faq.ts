/**
 * Demo FAQ and suggestions/inquiries (R-FAQ-01, R-SUG-*, R-INQ-*): 瑞和丰收大厦's answers in every
 * category of the manual, and a few suggestions and inquiries in their states made through the real
 * services (one waiting for its handler, one forwarded, one answered from the FAQ, one answered in the
 * clerk's words and so waiting to be added to the FAQ).
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { FaqCategory } from '@wy/shared';
import { DATA_SOURCE } from '../infra/tokens.js';
import { EnquiryIntake } from '../modules/enquiries/intake.service.js';
import { EnquiryMoves } from '../modules/enquiries/moves.service.js';
import { FaqService } from '../modules/faq/faq.service.js';
import { seedPrincipals } from './seed-principals.js';

const FAQ_101: [FaqCategory, string, string][] = [
  [
    'site',
    '大厦有多大？',
    '瑞和丰收大厦位于深圳市龙岗区龙岗大道6009号，由A座写字楼（5–28层）、B座酒店（6–20层）、裙楼商业（1–4层）组成，地下停车场三层。',
  ],
  ['site', '大厦有多少车位？', '地下一至三层共有约 600 个车位，其中充电车位 40 个。'],
  [
    'fees',
    '物业服务费怎么收？',
    '写字楼按建筑面积每月每平方米收取，具体标准以物业服务中心公示为准，可在小程序「物业缴费」中查看账单。',
  ],
  ['fees', '停车费多少钱？', '月租车位按月收取，临时停车按小时计费，标准在停车场入口和服务中心公示。'],
  ['phones', '服务中心电话是多少？', '物业服务中心 0755-88886666（24 小时值班）。'],
  ['phones', '停电、漏水找谁？', '请拨打工程值班电话 0755-88886667，或在小程序「报事报修」提交。'],
  ['transport', '附近有地铁吗？', '地铁3号线龙城广场站，步行约 8 分钟；大厦门口有多条公交线路。'],
  ['shopping', '附近哪里购物方便？', '裙楼 1–4 层为商业，周边有万科广场，步行约 10 分钟。'],
  ['dining', '附近有什么吃饭的地方？', '裙楼 2 层有美食广场，B座酒店 3 层有中餐厅。'],
  ['schools', '附近有哪些学校？', '龙岗区实验学校、龙城小学；学位申请请咨询龙岗区教育局。'],
  ['housekeeping', '可以介绍家政保洁吗？', '服务中心可代为联系合作家政公司，请到前台登记需求。'],
  ['common', '快递可以放在前台吗？', '前台可代收小件快递，请凭手机号后四位领取，贵重物品请自行签收。'],
];

export async function seedDemoFaq(app: INestApplicationContext): Promise<void> {
  const ds = app.get<DataSource>(DATA_SOURCE);
  const faq = app.get(FaqService);
  const intake = app.get(EnquiryIntake);
  const moves = app.get(EnquiryMoves);
  const { one, staff, owner } = seedPrincipals(ds);
  const p101 = Number((await one('SELECT id FROM project WHERE code = ?', ['101'])).id);
  const a1201 = Number((await one('SELECT id FROM room WHERE property_code = ?', ['1011011201'])).id);
  const [zhuguan, kefu, gongcheng] = await Promise.all(['zhuguan', 'kefu', 'gongcheng'].map(staff));
  const zhang = await owner('张伟');

  const ids: number[] = [];
  for (const [i, [category, question, answer]] of FAQ_101.entries())
    ids.push((await faq.create(zhuguan, { projectId: p101, category, question, answer, sort: i * 10 })).id);

  // a suggestion from the mini-program waiting for its handler, and one forwarded
  await intake.createByOwner(zhang, { roomId: a1201, type: 'suggestion', content: '建议在A座大堂增设休息座椅' });
  const fwd = await intake.createByStaff(kefu, {
    projectId: p101,
    type: 'suggestion',
    channel: 'phone',
    name: '李娜',
    phone: '13800000002',
    content: '建议地库增加充电车位',
    replyWay: 'phone',
  });
  await moves.act(kefu, fwd, 'forward', { handlerStaffId: gongcheng.id });
  // an inquiry answered at once from the FAQ, and one answered in the clerk's words
  await intake.createByStaff(kefu, {
    projectId: p101,
    type: 'inquiry',
    channel: 'walk_in',
    name: '王芳',
    content: '停电了找谁？',
    replyWay: 'writing',
    faqEntryId: ids[5],
  });
  const own = await intake.createByOwner(zhang, { roomId: a1201, type: 'inquiry', content: '周末大厦空调开放吗？' });
  await moves.act(kefu, own, 'reply', { note: '周末空调按需开放，请提前一天向服务中心申请' });
}
