/**
 * Demo monthly work reports (月度工作报告, R-RPT-02) of 瑞和丰收大厦 made through the real service: last
 * month's, submitted to the owners' committee, reviewed and published (owners read it in 社区公告 → 月度工作报告);
 * this month's a draft the supervisor has begun.
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { localDate } from '@wy/shared';
import { Clock } from '../infra/clock.js';
import { DATA_SOURCE } from '../infra/tokens.js';
import { WorkReportsService } from '../modules/work-reports/work-reports.service.js';
import { seedPrincipals } from './seed-principals.js';

export async function seedDemoWorkReports(app: INestApplicationContext): Promise<void> {
  const ds = app.get<DataSource>(DATA_SOURCE);
  const reports = app.get(WorkReportsService);
  const today = localDate(app.get(Clock).now(), 'Asia/Shanghai');
  const { one, staff } = seedPrincipals(ds);
  const [jingli, zhuguan] = await Promise.all(['jingli', 'zhuguan'].map(staff));
  const p101 = Number((await one('SELECT id FROM project WHERE code = ?', ['101'])).id);
  const [y, m] = today.split('-').map(Number) as [number, number];
  const lastMonth = m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;

  const last = await reports.create(zhuguan, { projectId: p101, month: lastMonth });
  await reports.update(zhuguan, last, {
    summary:
      '本月共受理报修、投诉、咨询和建议，均已按时处理并回访。完成A座、B座电梯厅照明更换，地下车库消防管渗水已修复。\n\n开展秋季消防安全检查一次，对12户装修进行了巡查，督促2户整改。',
    plan: '下月开展冬季消防演练，完成B座3号电梯年检；组织业主恳谈会一次；继续跟进欠费催缴。',
  });
  await reports.act(jingli, last, 'submit', {});
  await reports.act(jingli, last, 'review', {
    reviewerName: '业委会主任 王建国',
    reviewedOn: today,
    opinion: '报告内容属实，同意公示。请继续关注电梯运行情况。',
  });
  await reports.act(jingli, last, 'publish', {});

  const current = await reports.create(zhuguan, { projectId: p101, month: today.slice(0, 7) });
  await reports.update(zhuguan, current, { summary: '本月已完成公共区域照明检查。', plan: '' });
}
