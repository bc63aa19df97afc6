/**
 * Demo key customers and committee members of 瑞和丰收大厦 (重点客户与沟通, R-RPT-04) made through the real
 * service: the committee's chair spoken with this month (已沟通), a member last spoken with two months ago
 * (已逾期), two key customers (one spoken with last quarter: 待沟通), their records, and a greeting for the
 * coming festival (the others wait on 节日问候's "尚未问候").
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { comingFestival, localDate } from '@wy/shared';
import { Clock } from '../infra/clock.js';
import { DATA_SOURCE } from '../infra/tokens.js';
import { RelationsService } from '../modules/relations/relations.service.js';
import { seedPrincipals } from './seed-principals.js';

/** The local day `months` months before `day` (the 5th of that month). */
const monthsBack = (day: string, months: number) => {
  const y = +day.slice(0, 4);
  const m0 = +day.slice(5, 7) - 1 - months;
  const yy = y + Math.floor(m0 / 12);
  const mm = ((m0 % 12) + 12) % 12;
  return `${yy}-${String(mm + 1).padStart(2, '0')}-05`;
};

export async function seedDemoRelations(app: INestApplicationContext): Promise<void> {
  const ds = app.get<DataSource>(DATA_SOURCE);
  const relations = app.get(RelationsService);
  const today = localDate(app.get(Clock).now(), 'Asia/Shanghai');
  const { one, staff } = seedPrincipals(ds);
  const zhuguan = await staff('zhuguan');
  const p101 = Number((await one('SELECT id FROM project WHERE code = ?', ['101'])).id);
  const room = async (code: string) => Number((await one('SELECT id FROM room WHERE property_code = ?', [code])).id);

  const chair = await relations.create(zhuguan, {
    projectId: p101,
    kind: 'committee',
    name: '王建国',
    committeeRole: '主任',
    reason: '业主委员会主任，审核月度工作报告',
    phone: '13600001111',
  });
  const member = await relations.create(zhuguan, {
    projectId: p101,
    kind: 'committee',
    name: '刘敏',
    committeeRole: '委员',
    reason: '业主委员会委员，分管公共收益',
    phone: '13600002222',
  });
  const zhang = await relations.create(zhuguan, {
    projectId: p101,
    kind: 'key',
    name: '张伟',
    roomId: await room('1011011201'),
    reason: 'A座1201及3楼商铺业主，面积大，关注电梯与停车',
    phone: '13800000001',
  });
  await relations.create(zhuguan, {
    projectId: p101,
    kind: 'key',
    name: '陈静',
    roomId: await room('1011010803'),
    reason: '曾多次投诉噪音，需重点回访',
  });

  const talk = (
    keyCustomerId: number,
    contactOn: string,
    channel: 'visit' | 'phone' | 'meeting',
    topic: string,
    summary: string,
    followUp?: string,
  ) => relations.record(zhuguan, { keyCustomerId, contactOn, channel, topic, summary, ...(followUp ? { followUp } : {}) });
  await talk(
    member.id,
    monthsBack(today, 2),
    'meeting',
    '公共收益公示',
    '与刘敏委员沟通公共收益账目公示的时间和方式，委员建议按季度公示。',
    '下季度初公示公共收益',
  );
  await talk(
    zhang.id,
    monthsBack(today, 3),
    'visit',
    '电梯运行与停车',
    '上门听取张先生对A座电梯高峰等候时间和地下车库指引的意见。',
    '工程部评估电梯群控调整',
  );
  await talk(chair.id, today, 'phone', '月度工作报告', '向王主任介绍本月工作报告要点，约定下周审核。');

  const festival = comingFestival(today);
  if (festival)
    await relations.greet(zhuguan, {
      keyCustomerId: chair.id,
      festival: festival.key,
      greetedOn: today,
      channel: 'visit',
      note: '上门送上节日祝福',
    });
}
