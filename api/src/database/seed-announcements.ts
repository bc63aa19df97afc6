/**
 * Demo 社区公告 (R-ACT-04) made through the real services, relative to the demo's clock: an urgent
 * 停水 notice for A座 valid now (首页's strip for 张伟), a 温馨提示 for every owner of 瑞和丰收大厦, a
 * 社区活动 notice waiting for the manager's approval, and a 温馨提示 of 瑞和花园.
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { Clock } from '../infra/clock.js';
import { DATA_SOURCE } from '../infra/tokens.js';
import { AnnouncementDrafts } from '../modules/announcements/drafts.service.js';
import { AnnouncementMoves } from '../modules/announcements/moves.service.js';
import { seedPrincipals } from './seed-principals.js';

const H = 3_600_000;

export async function seedDemoAnnouncements(app: INestApplicationContext): Promise<void> {
  const ds = app.get<DataSource>(DATA_SOURCE);
  const drafts = app.get(AnnouncementDrafts);
  const moves = app.get(AnnouncementMoves);
  const now = app.get(Clock).now().getTime();
  const at = (ms: number) => new Date(now + ms).toISOString();
  const { one, staff } = seedPrincipals(ds);
  const [kefu, kefu2, jingli] = await Promise.all(['kefu', 'kefu2', 'jingli'].map(staff));
  const p101 = Number((await one('SELECT id FROM project WHERE code = ?', ['101'])).id);
  const p201 = Number((await one('SELECT id FROM project WHERE code = ?', ['201'])).id);
  const towerA = Number((await one('SELECT building_id AS id FROM room WHERE property_code = ?', ['1011011201'])).id);
  const publish = async (id: number, by = kefu) => {
    await moves.act(by, id, 'submit', {});
    await moves.act(jingli, id, 'approve', {});
  };

  await publish(
    await drafts.create(kefu, {
      projectId: p101,
      kind: 'reminder',
      title: '冬季用电安全温馨提示',
      body: '天气转冷，请各位业主、租户注意用电安全：\n\n1. 离开办公室或家中时请关闭取暖器等大功率电器；\n2. 不要私拉乱接电线，不在楼道给电动车充电；\n3. 发现电线发热、冒烟，请立即拨打物业服务中心电话。\n\n感谢您的配合！',
      audience: 'project',
      validFrom: at(-48 * H),
    }),
  );
  await publish(
    await drafts.create(kefu, {
      projectId: p101,
      kind: 'outage',
      title: 'A座停水通知',
      body: '因市政供水管网维修，A座将于今日 14:00–18:00 暂停供水。\n\n请提前做好储水准备；恢复供水初期水质可能浑浊，请放水片刻后再使用。\n\n给您带来不便，敬请谅解。',
      audience: 'buildings',
      buildingIds: [towerA],
      urgent: true,
      pinned: true,
      validFrom: at(-H),
      validTo: at(36 * H),
    }),
  );
  await drafts
    .create(kefu, {
      projectId: p101,
      kind: 'activity',
      title: '元旦迎新游园活动报名',
      body: '为丰富社区文化生活，物业服务中心将于元旦举办迎新游园活动，欢迎业主及家属报名参加。\n\n报名方式：到一楼服务中心前台登记，或拨打服务中心电话。',
      audience: 'project',
      validFrom: at(24 * H),
    })
    .then((id) => moves.act(kefu, id, 'submit', {}));
  await publish(
    await drafts.create(kefu2, {
      projectId: p201,
      kind: 'reminder',
      title: '小区消防通道请勿停车',
      body: '为保障消防安全，请勿在消防通道和小区出入口停放车辆。\n\n违停车辆将被张贴提醒单，感谢配合。',
      audience: 'project',
      validFrom: at(-24 * H),
    }),
    kefu2,
  );
}
