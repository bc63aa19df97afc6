/**
 * Demo 业户资料 governance (R-OWN-02, R-OWN-04) of 瑞和丰收大厦: three rooms of A座's 28th floor whose base
 * records were entered and wait for a second person's check (one entered late), a change of area approved
 * by the manager whose written notice waits to be delivered, and a change of use waiting for approval.
 * The demo projects' code tables stay approved (R-ORG-05).
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { localDate } from '@wy/shared';
import { Clock } from '../infra/clock.js';
import { DATA_SOURCE } from '../infra/tokens.js';
import { FeeChangesService } from '../modules/org/records/fee-changes.service.js';
import { seedPrincipals } from './seed-principals.js';

const daysBefore = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

export async function seedDemoRecords(app: INestApplicationContext): Promise<void> {
  const ds = app.get<DataSource>(DATA_SOURCE);
  const changes = app.get(FeeChangesService);
  const today = localDate(app.get(Clock).now(), 'Asia/Shanghai');
  const { one, staff } = seedPrincipals(ds);
  const [zhuguan, kefu, jingli] = await Promise.all([staff('zhuguan'), staff('kefu'), staff('jingli')]);
  const room = async (code: string) => Number((await one('SELECT id FROM room WHERE property_code = ?', [code])).id);

  // entered by the CS supervisor, not yet checked; the last one entered 6 days after the papers came in
  for (const [code, received, late] of [
    ['1011012806', daysBefore(today, 1), false],
    ['1011012807', daysBefore(today, 2), false],
    ['1011012808', daysBefore(today, 6), true],
  ] as const)
    await ds.query(
      'UPDATE room SET record_status = ?, record_received_on = ?, record_late = ?, record_entered_by = ? WHERE id = ?',
      ['entered', received, late ? 1 : 0, zhuguan.id, await room(code)],
    );

  const effectiveOn = daysBefore(today, -10);
  const area = await changes.create(kefu, {
    roomId: await room('1011012801'),
    field: 'area',
    toValue: '14500',
    effectiveOn,
    reason: '依据不动产测绘报告更正建筑面积',
  });
  await changes.approve(jingli, area.id);
  await changes.create(kefu, {
    roomId: await room('1011012802'),
    field: 'use',
    toValue: 'retail',
    effectiveOn,
    reason: '业主申请改为商业用途，已取得规划批复',
  });
}
