/**
 * Demo 社区活动 (R-ACT-01/02/03/05) and 满意度调查 (R-RPT-03), made through the real services relative to the
 * demo's clock. 瑞和丰收大厦: 元旦迎新游园会 published a week ahead (its poll answered, 李娜 signed up for two;
 * 张伟 may sign up), 冬季义诊进社区 asking owners' opinion, 春节写春联送福字 waiting for 吴丽 to approve its budget,
 * and next year's plan items in December. 瑞和花园: 重阳敬老茶话会 held ten days ago (five households signed up,
 * summarised, one callback made of the one required). Both projects' surveys of this quarter with answers
 * (张伟's A座 1201 left for him to answer).
 */
import type { INestApplicationContext } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import { activityPlanYear, localDate, quarterOf, wallClock, zonedInstant } from '@wy/shared';
import { Clock } from '../infra/clock.js';
import { DATA_SOURCE } from '../infra/tokens.js';
import { ActivityMoves } from '../modules/activities/moves.service.js';
import { ActivityPlanning } from '../modules/activities/planning.service.js';
import { ActivitySignups } from '../modules/activities/signups.service.js';
import type { ActivityDetailsDto } from '../modules/activities/activities.dto.js';
import { SurveysService } from '../modules/surveys/surveys.service.js';
import { seedPrincipals } from './seed-principals.js';

const Z = 'Asia/Shanghai';
const D = 86_400_000;

export async function seedDemoActivities(app: INestApplicationContext): Promise<void> {
  const ds = app.get<DataSource>(DATA_SOURCE);
  const planning = app.get(ActivityPlanning);
  const moves = app.get(ActivityMoves);
  const signups = app.get(ActivitySignups);
  const surveys = app.get(SurveysService);
  const now = app.get(Clock).now();
  const { one, staff, owner } = seedPrincipals(ds);
  const [kefu, kefu2, jingli, caiwu, pinzhi] = await Promise.all(['kefu', 'kefu2', 'jingli', 'caiwu', 'pinzhi'].map(staff));
  const [zhang, lina, chen] = await Promise.all(['张伟', '李娜', '陈静'].map(owner));
  const residents = await Promise.all(['杨秀英', '黄勇', '赵敏', '周杰', '吴秀兰'].map(owner));
  const id = async (sql: string, code: string) => Number((await one(sql, [code])).id);
  const p101 = await id('SELECT id FROM project WHERE code = ?', '101');
  const p201 = await id('SELECT id FROM project WHERE code = ?', '201');
  const room = (code: string) => id('SELECT id FROM room WHERE property_code = ?', code);
  const [a1201, a0803, z1001] = await Promise.all(['1011011201', '1011010803', '1013011001'].map(room));
  const residentRooms = await Promise.all(['2011011201', '2011010502', '2011021804', '2011030303', '2011041001'].map(room));

  /** A day `days` from today at `hour` o'clock, China time. */
  const day = (days: number, hour: number) => {
    const w = wallClock(now, Z);
    return zonedInstant(Z, w.year, w.month, w.day + days, hour);
  };
  const month = (t: Date) => localDate(t, Z).slice(0, 7);
  const plan = (by: typeof kefu, projectId: number, theme: string, purpose: string, at: Date, budgetFen: number) =>
    planning.add(by, { projectId, year: +month(at).slice(0, 4), theme, purpose, plannedMonth: month(at), budgetFen });
  const details = (
    o: Partial<ActivityDetailsDto> & { theme: string; purpose: string; plannedMonth: string; budgetFen: number },
  ) => o as ActivityDetailsDto;
  const approveAndPublish = async (actId: number, by: typeof kefu) => {
    await moves.act(by, actId, 'request_budget', { note: '场地布置、物料与茶点' });
    await moves.act(caiwu, actId, 'approve_budget', {});
    await moves.act(jingli, actId, 'publish', {});
  };

  // 瑞和丰收大厦: 元旦迎新游园会, published a week ahead, its poll answered
  const fairStart = day(7, 14);
  const fair = await plan(kefu, p101, '元旦迎新游园会', '辞旧迎新，增进业户与物业的交流', fairStart, 800000);
  await moves.edit(
    kefu,
    fair,
    details({
      theme: '元旦迎新游园会',
      purpose: '辞旧迎新，增进业户与物业的交流',
      plannedMonth: month(fairStart),
      budgetFen: 800000,
      description: '猜灯谜、套圈、书法送福、亲子手工，现场还有热饮和小礼品。欢迎业主、租户携家人参加。',
      startsAt: fairStart.toISOString(),
      endsAt: new Date(fairStart.getTime() + 3 * 3_600_000).toISOString(),
      place: '大厦一楼中庭',
      capacity: 40,
      maxPerSignup: 4,
      safetyMeasures: '秩序维护部 4 人现场值守并疏导人流；设急救点（急救箱、AED）；电器由工程部提前检查；中庭通道保持畅通。',
      pollQuestion: '您希望游园会安排在什么时间？',
      pollOptions: ['周六下午', '周日下午', '工作日晚上'],
      openPoll: true,
    }),
  );
  await signups.vote(zhang, fair, { option: 0 });
  await signups.vote(chen, fair, { option: 0 });
  await signups.vote(lina, fair, { option: 1 });
  await approveAndPublish(fair, kefu);
  await signups.signUp(lina, fair, { roomId: a1201, name: '李娜', people: 2 });

  // 冬季义诊进社区: asking owners' opinion first
  const clinicAt = day(30, 9);
  const clinic = await plan(kefu, p101, '冬季义诊进社区', '关爱业户健康，提供免费健康咨询', clinicAt, 200000);
  await moves.edit(
    kefu,
    clinic,
    details({
      theme: '冬季义诊进社区',
      purpose: '关爱业户健康，提供免费健康咨询',
      plannedMonth: month(clinicAt),
      budgetFen: 200000,
      description: '邀请社区医院医生现场测血压、血糖，提供冬季养生咨询。',
      pollQuestion: '您最希望义诊提供哪项服务？',
      pollOptions: ['测血压血糖', '中医推拿咨询', '儿童保健咨询'],
      openPoll: true,
    }),
  );
  await signups.vote(chen, clinic, { option: 0 });

  // 春节写春联送福字: its budget waiting for finance
  const coupletsAt = day(20, 10);
  const couplets = await plan(kefu, p101, '春节写春联送福字', '营造节日气氛，弘扬传统文化', coupletsAt, 150000);
  await moves.act(kefu, couplets, 'request_budget', { amountFen: 150000, note: '红纸、笔墨、书法老师劳务' });

  // next year's plan, made in December
  const today = localDate(now, Z);
  const next = activityPlanYear(today);
  if (next > +today.slice(0, 4)) {
    for (const [theme, m, fen] of [
      ['春季植树与绿化认养', '03', 300000],
      ['端午包粽子', '06', 250000],
      ['中秋赏月晚会', '09', 900000],
    ] as const)
      await planning.add(kefu, {
        projectId: p101,
        year: next,
        theme,
        purpose: '丰富社区文化生活，增进邻里感情',
        plannedMonth: `${next}-${m}`,
        budgetFen: fen,
      });
  }

  // 瑞和花园: 重阳敬老茶话会, held ten days ago (dates moved back after the sign-ups), summarised, one callback made
  const teaStart = day(4, 15);
  const tea = await plan(kefu2, p201, '重阳敬老茶话会', '关爱社区长者，倾听老人意见', teaStart, 300000);
  await moves.edit(
    kefu2,
    tea,
    details({
      theme: '重阳敬老茶话会',
      purpose: '关爱社区长者，倾听老人意见',
      plannedMonth: month(teaStart),
      budgetFen: 300000,
      description: '茶点、戏曲表演，为 70 岁以上长者送上重阳糕。',
      startsAt: teaStart.toISOString(),
      endsAt: new Date(teaStart.getTime() + 2 * 3_600_000).toISOString(),
      place: '小区会所二楼',
      capacity: 30,
      maxPerSignup: 3,
      safetyMeasures: '会所地面防滑处理；2 名工作人员专门照看长者；配急救箱，社区医院医生到场。',
      pollQuestion: '茶话会您希望有哪些节目？',
      pollOptions: ['戏曲表演', '健康讲座', '棋牌活动'],
      openPoll: true,
    }),
  );
  await approveAndPublish(tea, kefu2);
  for (const [i, r] of residents.entries())
    await signups.signUp(r, tea, { roomId: residentRooms[i]!, name: r.name, people: 1 + (i % 2) });
  const held = day(-10, 15);
  const sql = (t: Date) => t.toISOString().replace('T', ' ').replace('Z', '');
  await ds.query('UPDATE activity SET starts_at = ?, ends_at = ?, published_at = ?, poll_opened_at = ? WHERE id = ?', [
    sql(held),
    sql(new Date(held.getTime() + 2 * 3_600_000)),
    sql(new Date(held.getTime() - 14 * D)),
    sql(new Date(held.getTime() - 21 * D)),
    tea,
  ]);
  await moves.act(kefu2, tea, 'finish', {
    summary:
      '共 5 户长者参加，戏曲表演最受欢迎；现场收集意见 3 条（增加休息座椅、电梯扶手、会所开放时间），已转工程部和客服跟进。不足：茶点准备偏多。',
  });
  const calls = await signups.callbackList(kefu2, tea);
  await signups.callback(kefu2, tea, { signupId: calls.order[0]!, satisfied: true, note: '老人表示节目很好，希望明年再办' });

  // this quarter's surveys, with answers
  const quarter = quarterOf(now, Z);
  const s101 = await surveys.create(pinzhi, { projectId: p101, quarter });
  const s201 = await surveys.create(pinzhi, { projectId: p201, quarter });
  const ans = (who: typeof zhang, sid: number, roomId: number, s: number[], comment?: string) =>
    surveys.answer(who, sid, {
      roomId,
      service: s[0]!,
      repair: s[1]!,
      cleaning: s[2]!,
      security: s[3]!,
      greening: s[4]!,
      comment,
    });
  await ans(chen, s101, a0803, [5, 4, 4, 5, 4], '前台服务热情，维修上门及时。');
  await ans(zhang, s101, z1001, [4, 4, 3, 4, 4], '地下车库保洁可以再加强。');
  const scores = [
    [5, 5, 4, 5, 5],
    [4, 3, 4, 4, 5],
    [5, 4, 5, 4, 4],
    [3, 3, 4, 4, 3],
    [4, 4, 4, 5, 4],
  ];
  for (const [i, r] of residents.entries())
    await ans(r, s201, residentRooms[i]!, scores[i]!, i === 3 ? '小区绿化修剪不够及时，希望改进。' : undefined);
}
