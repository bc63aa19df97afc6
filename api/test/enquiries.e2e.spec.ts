import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, ids, startTestApp, testDatabases, type TestApp } from './harness.js';

const H = 3_600_000;
const D = 24 * H;
/** Monday 2026-11-23 10:00 in Shanghai. */
const MON = '2026-11-23T02:00:00.000Z';
const at = (base: string, ms: number) => new Date(new Date(base).getTime() + ms).toISOString();

describe.each(testDatabases())('suggestions, inquiries and the FAQ (%s)', (db) => {
  let t: TestApp;
  let kefu: string;
  let zhuguan: string;
  let kefu2: string;
  let admin: string;
  let owner: string;
  let otherOwner: string;
  let p101: number;
  let p201: number;
  let roomA: number;
  let gongcheng: number;

  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
    kefu = await t.staffToken('kefu', 'Kefu@123');
    zhuguan = await t.staffToken('zhuguan', 'Zhuguan@123');
    kefu2 = await t.staffToken('kefu2', 'Kefu2@123');
    admin = await t.staffToken('admin', 'Admin@123');
    owner = await t.ownerToken('13800000001');
    otherOwner = await t.ownerToken('13900000009');
    const i = await ids(t);
    p101 = await i.project('101');
    p201 = await i.project('201');
    roomA = await i.room('1011011201');
    gongcheng = await i.staff('gongcheng');
  });
  afterAll(async () => t?.close());

  const intake = (body: Record<string, unknown>, token = kefu) =>
    t.req('POST', '/api/v1/enquiries', {
      token,
      body: { projectId: p101, channel: 'phone', name: '张伟', phone: '13800000001', replyWay: 'phone', ...body },
    });
  const suggestion = (body: Record<string, unknown> = {}) =>
    intake({ type: 'suggestion', content: '建议在大堂增设休息座椅', ...body });
  const act = (id: number, action: string, body: Record<string, unknown> = {}, token = kefu) =>
    t.req('POST', `/api/v1/enquiries/${id}/actions/${action}`, { token, body });
  const faqEntry = async (body: Record<string, unknown>, projectId = p101) => {
    const r = await t.req('POST', '/api/v1/faq/entries', {
      token: projectId === p101 ? zhuguan : admin,
      body: { projectId, ...body },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    return r.body;
  };
  const queue = async (q: string) =>
    (await t.req('GET', `/api/v1/enquiries?projectId=${p101}&${q}`, { token: kefu })).body.items.map((x: { id: number }) => x.id);

  it('R-SUG-01 R-SUG-02 a suggestion gets an agreed reply time of at most 3 days (later only when the customer agreed) and is owed to its handler within 2 hours', async () => {
    t.clock.set(MON);
    const before = await count(t, 'enquiry');
    const late = await suggestion({ agreedReplyAt: at(MON, 4 * D) });
    expect(late.status).toBe(400);
    expect(late.body.message).toContain('3天');
    for (const bad of [
      { agreedReplyAt: at(MON, -H) },
      { replyWay: 'email' }, // no address
      { replyWay: 'fax' },
      { phone: '123' },
      { answer: '已答复' }, // a suggestion is not answered at intake
    ]) {
      const r = await suggestion(bad);
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(r.body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await count(t, 'enquiry')).toBe(before);
    expect((await suggestion({})).status).toBe(201);
    // staff of another project cannot file here
    expect((await intake({ type: 'suggestion', content: 'x' }, kefu2)).status).toBe(404);

    const agreedLater = await suggestion({ agreedReplyAt: at(MON, 5 * D), laterAgreed: true });
    expect(agreedLater.status, JSON.stringify(agreedLater.body)).toBe(201);
    expect(agreedLater.body).toMatchObject({ agreedReplyAt: at(MON, 5 * D), laterAgreed: true });
    const s = await suggestion();
    expect(s.body).toMatchObject({
      type: 'suggestion',
      status: 'received',
      agreedReplyAt: at(MON, 3 * D),
      forwardDueAt: at(MON, 2 * H),
      forwardLate: false,
      allowedActions: ['forward', 'consult'],
    });
    // not replied before it reaches its handler
    expect((await act(s.body.id, 'reply', { adopted: true })).status).toBe(409);
    // at 1 h 59 it is not overdue; past 2 h it is, and forwarding then is recorded as late
    t.clock.set(at(MON, 2 * H - 60_000));
    expect(await queue('type=suggestion&overdue=true')).not.toContain(s.body.id);
    t.clock.set(at(MON, 2 * H + 60_000));
    expect(await queue('type=suggestion&overdue=true')).toContain(s.body.id);
    expect((await act(s.body.id, 'forward', {})).status).toBe(400);
    const fwd = await act(s.body.id, 'forward', { handlerStaffId: gongcheng });
    expect(fwd.status, JSON.stringify(fwd.body)).toBe(200);
    expect(fwd.body).toMatchObject({ status: 'forwarded', handlerStaffId: gongcheng, forwardLate: true });
    expect(await queue('type=suggestion&overdue=true')).not.toContain(s.body.id);
    // one forwarded in time is not late
    t.clock.set(MON);
    const s2 = await suggestion();
    t.clock.set(at(MON, H));
    expect((await act(s2.body.id, 'forward', { handlerStaffId: gongcheng })).body.forwardLate).toBe(false);
  });

  it('R-SUG-02 R-SUG-05 the reply says adopted or not with thanks (the reason when not), and goes back only the way the customer asked', async () => {
    t.clock.set(MON);
    const s = await t.req('POST', '/api/v1/me/enquiries', {
      token: owner,
      body: { roomId: roomA, type: 'suggestion', content: '建议地库增加充电桩' },
    });
    expect(s.status, JSON.stringify(s.body)).toBe(201);
    expect(s.body).toMatchObject({ typeLabel: '建议', statusLabel: '已收到', agreedReplyAt: at(MON, 3 * D) });
    expect(s.body.events[0].note).toContain('前答复您');
    await act(s.body.id, 'forward', { handlerStaffId: gongcheng });
    const noReason = await act(s.body.id, 'reply', { adopted: false });
    expect(noReason.status).toBe(400);
    expect(noReason.body.message).toContain('原因');
    expect((await act(s.body.id, 'reply', {})).status).toBe(400); // adopted or not
    const wrongWay = await act(s.body.id, 'reply', { adopted: false, reason: '地库电力容量不足', via: 'phone' });
    expect(wrongWay.status).toBe(400);
    expect(wrongWay.body.message).toContain('小程序');
    expect((await t.req('GET', `/api/v1/enquiries/${s.body.id}`, { token: kefu })).body.status).toBe('forwarded');
    t.clock.set(at(MON, D));
    const r = await act(s.body.id, 'reply', { adopted: false, reason: '地库电力容量不足', via: 'miniapp' });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({
      status: 'replied',
      adopted: false,
      notAdoptedReason: '地库电力容量不足',
      repliedVia: 'miniapp',
      replyLate: false,
    });
    expect(r.body.replyText).toContain('感谢');
    // the owner reads the answer in the mini-program, in owner words only
    const mine = await t.req('GET', `/api/v1/me/enquiries/${s.body.id}`, { token: owner });
    expect(mine.body.statusLabel).toBe('已答复');
    expect(mine.body.replyText).toContain('地库电力容量不足');
    expect(mine.body.events.map((e: { label: string }) => e.label)).toEqual(['已收到', '服务中心已答复']);
    expect(JSON.stringify(mine.body)).not.toContain('工程');
    // another owner cannot see it
    expect((await t.req('GET', `/api/v1/me/enquiries/${s.body.id}`, { token: otherOwner })).status).toBe(404);
    // answered once only
    expect((await act(s.body.id, 'reply', { adopted: true })).status).toBe(409);
  });

  it('R-SUG-03 R-SUG-04 the owners committee is consulted before the reply; an adopted suggestion gets special thanks once, a refused one none; reply rates per month', async () => {
    t.clock.set('2026-12-07T02:00:00.000Z');
    const s = await suggestion({ content: '建议小区开放夜间跑道照明' });
    expect((await act(s.body.id, 'consult', {})).status).toBe(400);
    const c = await act(s.body.id, 'consult', { note: '业委会11月例会同意试行三个月' });
    expect(c.status, JSON.stringify(c.body)).toBe(200);
    expect(c.body.consultedAt).toBeTruthy();
    expect(c.body.events.map((e: { action: string; audience: string }) => `${e.action}:${e.audience}`)).toContain(
      'consult:staff',
    );
    await act(s.body.id, 'forward', { handlerStaffId: gongcheng });
    expect((await act(s.body.id, 'thank', { note: '效果显著' })).status).toBe(409); // not replied yet
    const r = await act(s.body.id, 'reply', { adopted: true, note: '下月起试行' });
    expect(r.body.replyText).toContain('采纳');
    expect((await act(s.body.id, 'consult', { note: '晚了' })).status).toBe(409);
    expect((await act(s.body.id, 'thank', {})).status).toBe(400);
    const th = await act(s.body.id, 'thank', { note: '夜跑业主增加，投诉减少' });
    expect(th.status).toBe(200);
    expect(th.body.thankedAt).toBeTruthy();
    expect((await act(s.body.id, 'thank', { note: '再谢' })).status).toBe(409);
    // a refused one gets no special thanks
    const no = await suggestion({ content: '建议取消门禁' });
    await act(no.body.id, 'forward', { handlerStaffId: gongcheng });
    await act(no.body.id, 'reply', { adopted: false, reason: '门禁关系全体业主安全' });
    expect((await act(no.body.id, 'thank', { note: 'x' })).status).toBe(409);
    // an unanswered one counts against the month's reply rate
    await suggestion({ content: '建议增加快递柜' });
    const stats = await t.req('GET', `/api/v1/enquiries/stats?projectId=${p101}&month=2026-12`, { token: kefu });
    expect(stats.status, JSON.stringify(stats.body)).toBe(200);
    expect(stats.body.find((x: { type: string }) => x.type === 'suggestion')).toMatchObject({
      received: 3,
      replied: 2,
      adopted: 1,
      replyRate: 66.7,
    });
    expect((await t.req('GET', `/api/v1/enquiries/stats?projectId=${p101}&month=2026-13`, { token: kefu })).status).toBe(400);
  });

  it('R-INQ-01 R-FAQ-03 an inquiry is answered at once (from the FAQ with one click) or gets an agreed reply time', async () => {
    t.clock.set(MON);
    const entry = await faqEntry({
      category: 'phones',
      question: '停电了打哪个电话？',
      answer: '请拨打工程值班电话 0755-88880001',
    });
    const foreign = await faqEntry({ category: 'phones', question: '瑞和花园的值班电话？', answer: '0755-88880002' }, p201);
    const before = await count(t, 'enquiry');
    const noTime = await intake({ type: 'inquiry', content: '停电了找谁？' });
    expect(noTime.status).toBe(400);
    expect(noTime.body.message).toContain('约定答复时间');
    expect((await intake({ type: 'inquiry', content: '停电了找谁？', faqEntryId: foreign.id })).status).toBe(400);
    expect(await count(t, 'enquiry')).toBe(before);
    const now = await intake({ type: 'inquiry', content: '停电了找谁？', faqEntryId: entry.id });
    expect(now.status, JSON.stringify(now.body)).toBe(201);
    expect(now.body).toMatchObject({
      status: 'replied',
      outcome: 'answered',
      faqEntryId: entry.id,
      repliedAt: MON,
      replyLate: false,
    });
    expect(now.body.replyText).toBe('请拨打工程值班电话 0755-88880001');
    // answered from the FAQ: nothing to add to it
    expect(await count(t, 'faq_candidate', 'enquiry_id = ?', [now.body.id])).toBe(0);
    const later = await intake({ type: 'inquiry', content: '小区明年物业费会涨吗？', agreedReplyAt: at(MON, D) });
    expect(later.body).toMatchObject({ status: 'received', agreedReplyAt: at(MON, D), allowedActions: ['reply'] });
    t.clock.set(at(MON, D + H));
    expect(await queue('type=inquiry&overdue=true')).toContain(later.body.id);
    const r = await act(later.body.id, 'reply', { note: '明年物业费标准不变' });
    expect(r.body).toMatchObject({ status: 'replied', replyLate: true });
    // answered in the staff member's own words: the question comes to the FAQ's supervisor
    const cands = await t.req('GET', `/api/v1/faq/candidates?projectId=${p101}`, { token: zhuguan });
    expect(cands.body.find((x: { enquiryId: number }) => x.enquiryId === later.body.id)).toMatchObject({
      question: '小区明年物业费会涨吗？',
      answer: '明年物业费标准不变',
      unanswered: false,
    });
  });

  it('R-INQ-02 a question touching the developer is answered only after asking the developer in writing', async () => {
    t.clock.set(MON);
    expect(
      (await intake({ type: 'inquiry', content: '外墙渗水开发商保修吗？', aboutDeveloper: true, answer: '保修' })).status,
    ).toBe(409);
    const q = await intake({
      type: 'inquiry',
      content: '外墙渗水开发商保修吗？',
      aboutDeveloper: true,
      agreedReplyAt: at(MON, 3 * D),
    });
    expect(q.body.allowedActions).toEqual(['ask_developer', 'reply']);
    const early = await act(q.body.id, 'reply', { note: '保修' });
    expect(early.status).toBe(409);
    expect(early.body.message).toContain('建设单位');
    expect((await act(q.body.id, 'ask_developer', {})).status).toBe(400);
    const asked = await act(q.body.id, 'ask_developer', { letter: '瑞物函〔2026〕18号' });
    expect(asked.body).toMatchObject({ developerLetter: '瑞物函〔2026〕18号', allowedActions: ['reply'] });
    const r = await act(q.body.id, 'reply', { note: '建设单位答复：外墙在保修期内，下周安排维修' });
    expect(r.status).toBe(200);
    // an inquiry not touching the developer has no such step
    const plain = await intake({ type: 'inquiry', content: '几点关大门？', agreedReplyAt: at(MON, D) });
    expect((await act(plain.body.id, 'ask_developer', { letter: 'x' })).status).toBe(409);
  });

  it('R-INQ-03 an inquiry the centre cannot answer is explained with where else to go, and waits to be added to the FAQ', async () => {
    t.clock.set(MON);
    const q = await intake({
      type: 'inquiry',
      content: '附近哪所小学可以入学？',
      agreedReplyAt: at(MON, D),
      replyWay: 'email',
      email: 'zw@example.com',
    });
    expect(q.status, JSON.stringify(q.body)).toBe(201);
    const noWhere = await act(q.body.id, 'reply', { outcome: 'cannot_answer' });
    expect(noWhere.status).toBe(400);
    expect(noWhere.body.message).toContain('其他渠道');
    const r = await act(q.body.id, 'reply', { outcome: 'cannot_answer', referTo: '龙岗区教育局 0755-28949000' });
    expect(r.body).toMatchObject({ outcome: 'cannot_answer', referTo: '龙岗区教育局 0755-28949000', repliedVia: 'email' });
    expect(r.body.replyText).toContain('建议您咨询');
    const cands = await t.req('GET', `/api/v1/faq/candidates?projectId=${p101}`, { token: zhuguan });
    const c = cands.body.find((x: { enquiryId: number }) => x.enquiryId === q.body.id);
    expect(c).toMatchObject({ unanswered: true, answer: null });
    // the supervisor adds it to the FAQ once
    const adopted = await t.req('POST', `/api/v1/faq/candidates/${c.id}/adopt`, {
      token: zhuguan,
      body: { category: 'schools', question: '附近的小学', answer: '龙岗区实验学校，学位咨询龙岗区教育局 0755-28949000' },
    });
    expect(adopted.status, JSON.stringify(adopted.body)).toBe(200);
    expect(adopted.body.categoryLabel).toBe('学校');
    expect(
      (
        await t.req('POST', `/api/v1/faq/candidates/${c.id}/adopt`, {
          token: zhuguan,
          body: { category: 'schools', question: 'x', answer: 'y' },
        })
      ).status,
    ).toBe(409);
    expect((await t.req('POST', `/api/v1/faq/candidates/${c.id}/dismiss`, { token: kefu })).status).toBe(403);
  });

  it('R-FAQ-01 R-FAQ-04 the FAQ is kept per project in its categories by the CS supervisor; a clerk reads it but cannot change it', async () => {
    t.clock.set(MON);
    const e = await faqEntry({ category: 'site', question: '大厦有多少层？', answer: 'A座写字楼5–28层，B座酒店6–20层' });
    expect(e).toMatchObject({ categoryLabel: '项目概况', reviewedAt: MON, reviewDue: false });
    const clerk = await t.req('POST', '/api/v1/faq/entries', {
      token: kefu,
      body: { projectId: p101, category: 'site', question: 'x', answer: 'y' },
    });
    expect(clerk.status).toBe(403);
    const before = await count(t, 'faq_entry');
    for (const bad of [{ category: 'weather' }, { question: '' }, { answer: 'x'.repeat(2001) }]) {
      const r = await t.req('POST', '/api/v1/faq/entries', {
        token: zhuguan,
        body: { projectId: p101, category: 'site', question: 'q', answer: 'a', ...bad },
      });
      expect(r.status, JSON.stringify(bad)).toBe(400);
    }
    expect(await count(t, 'faq_entry')).toBe(before);
    // another project's supervisor scope: 404
    const jingli201 = await t.req('POST', '/api/v1/faq/entries', {
      token: kefu2,
      body: { projectId: p101, category: 'site', question: 'q', answer: 'a' },
    });
    expect(jingli201.status).toBe(403);
    const list = await t.req('GET', `/api/v1/faq/entries?projectId=${p101}&category=site`, { token: kefu });
    expect(list.body.map((x: { id: number }) => x.id)).toContain(e.id);
    expect((await t.req('GET', `/api/v1/faq/entries?projectId=${p101}`, { token: kefu2 })).status).toBe(404);
  });

  it('R-FAQ-02 each entry shows when it was last reviewed; past half a year it is due, listed with the checklist until reviewed or changed', async () => {
    t.clock.set(MON);
    const old = await faqEntry({ category: 'fees', question: '物业费多少钱？', answer: '写字楼 12 元/平方米·月' });
    const changed = await faqEntry({ category: 'fees', question: '停车费多少钱？', answer: '月租 600 元' });
    // half a year on: signed in again at that time
    t.clock.set('2027-05-22T02:00:00.000Z');
    let zg = await t.staffToken('zhuguan', 'Zhuguan@123');
    let status = await t.req('GET', `/api/v1/faq/review?projectId=${p101}`, { token: zg });
    expect(status.status, JSON.stringify(status.body)).toBe(200);
    expect(status.body.entries.map((x: { id: number }) => x.id)).not.toContain(old.id);
    t.clock.set('2027-05-24T02:00:00.000Z');
    zg = await t.staffToken('zhuguan', 'Zhuguan@123');
    const clerk = await t.staffToken('kefu', 'Kefu@123');
    status = await t.req('GET', `/api/v1/faq/review?projectId=${p101}`, { token: zg });
    expect(status.body.entries.map((x: { id: number }) => x.id)).toEqual(expect.arrayContaining([old.id, changed.id]));
    expect(status.body.checklist.length).toBeGreaterThan(0);
    const due = await t.req('GET', `/api/v1/faq/entries?projectId=${p101}&reviewDue=true`, { token: clerk });
    expect(due.body.find((x: { id: number }) => x.id === old.id)).toMatchObject({ reviewDue: true, reviewedAt: MON });
    expect((await t.req('POST', `/api/v1/faq/entries/${old.id}/review`, { token: zg, body: { checked: false } })).status).toBe(
      400,
    );
    expect((await t.req('POST', `/api/v1/faq/entries/${old.id}/review`, { token: clerk, body: { checked: true } })).status).toBe(
      403,
    );
    const rv = await t.req('POST', `/api/v1/faq/entries/${old.id}/review`, { token: zg, body: { checked: true } });
    expect(rv.body).toMatchObject({ reviewDue: false, reviewedAt: '2027-05-24T02:00:00.000Z' });
    // a changed fact is updated at once and counts as reviewed
    const up = await t.req('PUT', `/api/v1/faq/entries/${changed.id}`, { token: zg, body: { answer: '月租 650 元' } });
    expect(up.body).toMatchObject({ answer: '月租 650 元', reviewDue: false });
    status = await t.req('GET', `/api/v1/faq/review?projectId=${p101}`, { token: zg });
    const left = status.body.entries.map((x: { id: number }) => x.id);
    expect(left).not.toContain(old.id);
    expect(left).not.toContain(changed.id);
  });

  it('R-FAQ-03 owners read and search the FAQ of their own project only, published entries only', async () => {
    t.clock.set(MON);
    const shown = await faqEntry({
      category: 'transport',
      question: '附近有地铁吗？',
      answer: '地铁3号线龙城广场站，步行约8分钟',
    });
    const hidden = await faqEntry({ category: 'transport', question: '班车几点？', answer: '已停运' });
    await t.req('PUT', `/api/v1/faq/entries/${hidden.id}`, { token: zhuguan, body: { active: false } });
    const r = await t.req('GET', `/api/v1/me/faq?projectId=${p101}&keyword=${encodeURIComponent('地铁')}`, { token: owner });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.map((x: { id: number }) => x.id)).toEqual([shown.id]);
    const all = await t.req('GET', `/api/v1/me/faq?projectId=${p101}&category=transport`, { token: owner });
    expect(all.body.map((x: { id: number }) => x.id)).not.toContain(hidden.id);
    expect((await t.req('GET', `/api/v1/me/faq?projectId=${p201}`, { token: owner })).status).toBe(404);
    expect((await t.req('GET', `/api/v1/me/faq?projectId=${p101}`, { token: otherOwner })).status).toBe(404);
    expect((await t.req('GET', `/api/v1/me/faq?projectId=${p101}`, { token: kefu })).status).toBe(403);
  });

  it('R-FAQ-04 serving staff take a monthly quiz drawn from the FAQ, hand it in once and get a score the supervisor sees', async () => {
    t.clock.set(MON);
    // project 201 has one entry only: no quiz can be drawn
    expect((await t.req('POST', '/api/v1/faq/quizzes', { token: admin, body: { projectId: p201 } })).status).toBe(409);
    for (let i = 0; i < 5; i++) await faqEntry({ category: 'common', question: `测验问题${i}`, answer: `测验答案${i}` });
    const q = await t.req('POST', '/api/v1/faq/quizzes', { token: kefu, body: { projectId: p101 } });
    expect(q.status, JSON.stringify(q.body)).toBe(200);
    expect(q.body.questions).toHaveLength(5);
    expect(q.body.questions[0].options).toHaveLength(4);
    expect(q.body.correct).toBeNull();
    expect(JSON.stringify(q.body)).not.toContain('"correct":0');
    // the same quiz all month
    const again = await t.req('POST', '/api/v1/faq/quizzes', { token: kefu, body: { projectId: p101 } });
    expect(again.body.id).toBe(q.body.id);
    expect(again.body.questions).toEqual(q.body.questions);
    const [row] = await t.ds.query('SELECT questions FROM faq_quiz WHERE id = ?', [q.body.id]);
    const right = (JSON.parse(row.questions) as { correct: number }[]).map((x) => x.correct);
    const wrongFirst = [...right];
    wrongFirst[0] = (right[0]! + 1) % 4;
    expect((await t.req('POST', `/api/v1/faq/quizzes/${q.body.id}/submit`, { token: kefu, body: { answers: [0] } })).status).toBe(
      400,
    );
    expect(
      (await t.req('POST', `/api/v1/faq/quizzes/${q.body.id}/submit`, { token: zhuguan, body: { answers: right } })).status,
    ).toBe(404);
    const done = await t.req('POST', `/api/v1/faq/quizzes/${q.body.id}/submit`, { token: kefu, body: { answers: wrongFirst } });
    expect(done.body).toMatchObject({ score: 80, correct: right });
    expect(
      (await t.req('POST', `/api/v1/faq/quizzes/${q.body.id}/submit`, { token: kefu, body: { answers: right } })).status,
    ).toBe(409);
    const scores = await t.req('GET', `/api/v1/faq/quizzes?projectId=${p101}&month=2026-11`, { token: zhuguan });
    expect(scores.body).toEqual([expect.objectContaining({ staffName: expect.any(String), score: 80, mastered: false })]);
    expect((await t.req('GET', `/api/v1/faq/quizzes?projectId=${p101}&month=2026-11`, { token: kefu })).status).toBe(403);
  });
});
