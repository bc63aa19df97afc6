import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWNER_EVENT_LABELS, TIMELINE_EVENT_LABELS } from '@wy/shared';
import { ids, startTestApp, testDatabases, type TestApp } from './harness.js';
import { checked } from './support/repair-steps.js';

/** Every string anywhere in a JSON value. */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) v.forEach((x) => strings(x, out));
  else if (v && typeof v === 'object') Object.values(v).forEach((x) => strings(x, out));
  return out;
}

describe.each(testDatabases())('timeline audience (%s)', (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db, { env: { ACCESS_TOKEN_TTL_SECONDS: String(30 * 86400) } });
  });
  afterAll(async () => t?.close());

  it('R-SRV-07 owners read only owner steps in owner words: no staff-only note text anywhere in any owner response', async () => {
    const [kefu, zhuguan, jigong, gongcheng, caiwu] = await Promise.all([
      t.staffToken('kefu', 'Kefu@123'),
      t.staffToken('zhuguan', 'Zhuguan@123'),
      t.staffToken('jigong', 'Jigong@123'),
      t.staffToken('gongcheng', 'Gongcheng@123'),
      t.staffToken('caiwu', 'Caiwu@123'),
    ]);
    const owner = await t.ownerToken('13800000001');
    const i = await ids(t);
    const [p101, room1201, jigongId, gongchengId, zhuguanId] = await Promise.all([
      i.project('101'),
      i.room('1011011201'),
      i.staff('jigong'),
      i.staff('gongcheng'),
      i.staff('zhuguan'),
    ]);
    const zhang = Number((await t.ds.query("SELECT id FROM person WHERE name = '张伟'"))[0].id);
    const tap = Number(
      (await t.ds.query("SELECT id FROM repair_category WHERE project_id = ? AND code = 'HOME-TAP'", [p101]))[0].id,
    );
    t.clock.set('2026-11-23T02:00:00Z');
    const ownerResponses: unknown[] = [];
    const ok = async (r: Promise<{ status: number; body: unknown }>, status = 200) => {
      const res = await r;
      expect(res.status, JSON.stringify(res.body)).toBe(status);
      return res.body as { id: number; [k: string]: unknown };
    };
    const act = (token: string, a: string, body: Record<string, unknown> = {}) =>
      ok(t.req('POST', `/api/v1/service-requests/${id}/actions/${a}`, { token, body }));

    // an important in-home repair filed by the desk for the owner: every staff-only step happens on it
    const filed = await ok(
      t.req('POST', '/api/v1/service-requests', {
        token: kefu,
        body: {
          notDuplicate: true,
          projectId: p101,
          channel: 'phone',
          categoryId: tap,
          roomId: room1201,
          description: '厨房龙头漏水',
          urgency: 'normal',
          requesterPersonId: zhang,
          requesterName: '张伟',
          requesterPhone: '13800000001',
          appointmentStart: '2026-11-24T01:00:00Z',
          appointmentEnd: '2026-11-24T03:00:00Z',
          isImportant: true,
        },
      }),
      201,
    );
    const id = filed.id;
    await ok(
      t.req('POST', `/api/v1/service-requests/${id}/link-report`, {
        token: kefu,
        body: { requesterName: '邻居李', channel: 'phone', note: '内部-重复报修备注' },
      }),
    );
    await act(kefu, 'dispatch', { assigneeStaffId: jigongId, note: '内部-派单备注' });
    await act(kefu, 'transfer', { assigneeStaffId: gongchengId, reason: '内部-派错了改派' });
    await act(gongcheng, 'return', { reason: '内部-非本专业退单' });
    await act(kefu, 'dispatch', { assigneeStaffId: jigongId });
    await act(jigong, 'accept');
    await act(jigong, 'arrive');
    await act(jigong, 'pause', { reason: '内部-等配件暂停' });
    await act(jigong, 'resume', { note: '内部-业主电话同意' });
    await act(jigong, 'hand_in', { note: '内部-附材料领用单' });
    await act(jigong, 'finish', checked({ result: '更换阀芯，试水正常', feeFen: 3000 }));
    const ext = await ok(
      t.req('POST', `/api/v1/service-requests/${id}/extensions`, {
        token: kefu,
        body: { kind: 'callback', until: '2026-11-30T02:00:00Z', reason: '内部-业主出差延期' },
      }),
      201,
    );
    await ok(t.req('POST', `/api/v1/sla-extensions/${ext.id}/approve`, { token: zhuguan, body: { note: '内部-同意延期' } }));
    ownerResponses.push(
      await ok(
        t.req('POST', `/api/v1/me/service-requests/${id}/actions/confirm`, {
          token: owner,
          body: { satisfaction: 'satisfied', comment: '师傅很细心' },
        }),
      ),
    );
    await act(kefu, 'callback', { method: 'phone', satisfaction: 'neutral', comment: '内部-回访业主嫌贵' });
    await ok(
      t.req('POST', `/api/v1/service-requests/${id}/second-callback`, {
        token: kefu,
        body: { method: 'visit', satisfaction: 'satisfied', comment: '内部-二次回访备注' },
      }),
    );
    await ok(
      t.req('POST', `/api/v1/service-requests/${id}/handover`, {
        token: kefu,
        body: { toStaffId: zhuguanId, note: '内部-首问移交' },
      }),
    );
    const bill = Number((await t.ds.query("SELECT id FROM bill WHERE source_type = 'repair' AND source_id = ?", [id]))[0].id);
    const receipt = await ok(
      t.req('POST', `/api/v1/bills/${bill}/desk-payments`, { token: caiwu, body: { method: 'cash', amountFen: 3000 } }),
      201,
    );

    // staff read every step, with its audience and staff words
    const staff = await ok(t.req('GET', `/api/v1/service-requests/${id}`, { token: kefu }));
    const staffEvents = staff.events as { action: string; audience: string; label: string; note: string | null }[];
    const staffOnly = staffEvents.filter((e) => e.audience === 'staff').map((e) => e.action);
    expect(staffOnly).toEqual([
      'link_report',
      'transfer',
      'return',
      'hand_in',
      'extension_request',
      'extension_approved',
      'second_callback',
      'handover',
    ]);
    expect(staffEvents.map((e) => e.label)).toEqual(staffEvents.map((e) => TIMELINE_EVENT_LABELS[e.action]));
    // what must not reach the owner: every staff note with its remark, the internal status names
    const staffText = strings(staff).join('\n');
    const notes = ['重复报修备注', '派单备注', '派错了改派', '非本专业退单', '等配件暂停', '业主电话同意', '附材料领用单'];
    const more = ['业主出差延期', '同意延期', '回访业主嫌贵', '二次回访备注', '首问移交'];
    expect([...notes, ...more].filter((n) => !staffText.includes(`内部-${n}`))).toEqual([]);
    expect(strings(staff).join('\n')).toContain('工单已交回客服中心');

    // every owner endpoint, walked whole
    const roomId = room1201;
    for (const url of [
      '/api/v1/me/service-requests',
      `/api/v1/me/service-requests/${id}`,
      '/api/v1/me/bills',
      `/api/v1/receipts/${receipt.paymentId}`,
      '/api/v1/me/rooms',
      `/api/v1/me/rooms/${roomId}`,
      '/api/v1/me/bindings',
      '/api/v1/me/vehicles',
      '/api/v1/auth/me',
    ])
      ownerResponses.push(await ok(t.req('GET', url, { token: owner }))); // [0] is the confirm's answer, [2] the detail
    const ownerText = strings(ownerResponses);
    const leaked = ownerText.filter(
      (s) =>
        s.includes('内部-') || ['工单已交回', '待回访', '待派单', '待接单', '待确认', '转单', '退单'].some((w) => s.includes(w)),
    );
    expect(leaked).toEqual([]);

    // the owner's timeline: the owner steps only, under the owner step names, with owner-safe notes
    const mine = ownerResponses[2] as { events: { action: string; label: string; note: string | null; audience: string }[] };
    expect(mine.events.map((e) => e.action)).toEqual([
      'intake',
      'dispatch',
      'dispatch',
      'accept',
      'arrive',
      'pause',
      'resume',
      'finish',
      'confirm',
      'callback',
      'payment',
    ]);
    expect(mine.events.map((e) => e.label)).toEqual(mine.events.map((e) => OWNER_EVENT_LABELS[e.action]));
    expect(new Set(mine.events.map((e) => e.audience))).toEqual(new Set(['owner']));
    expect(mine.events.map((e) => e.note)).toEqual([
      // R-SRV-06 the owner is told the promised time at intake
      '水龙头/管道维修：厨房龙头漏水；预计 2026-11-26 10:00 前处理完毕',
      null,
      null,
      null,
      null,
      null,
      null,
      '更换阀芯，试水正常',
      '业主确认完工；评价：满意；师傅很细心',
      null,
      `已缴纳维修费 ¥30.00，收据 ${receipt.receiptNo}`,
    ]);
  });
});
