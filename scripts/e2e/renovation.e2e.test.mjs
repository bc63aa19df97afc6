// Renovation end to end, as people do it: the owner reads the guide and applies on the phone (H5) through the
// wizard; the engineering supervisor reviews it against the refusal grounds (none ticked) and the manager
// approves it in the console; the clerk takes the fees and deposits at 收银台; the permit is issued and printed;
// the owner reads 可以施工 with the permit's code; the day's inspection finds a violation, its 整改通知书 is
// printed and the owner reads it on the phone.
import { describe, expect, it } from 'vitest';
import { api, currentPage, settled, staffToken } from './lib/admin.mjs';
import { consoleAndPhone } from './lib/console-and-phone.mjs';

// the owner is 张伟, A座 1201 in the demo data
const COMPANY = `鹏程装饰${Date.now().toString(36).slice(-4)}`;

describe('renovation across the mini-program and the console', () => {
  const stack = consoleAndPhone({ shots: 'renovation-' });
  const { shot } = stack;
  const current = currentPage;
  /** A staff member's console on 装修管理 of project 101, whichever project the header was on. */
  const desk = async (user) => {
    const page = await stack.desk(user);
    await page.goto(`${stack.s.adminUrl}/renovations`);
    await settled(page);
    const switcher = page.getByTestId('project-switcher');
    if ((await switcher.count()) && !(await switcher.innerText()).includes('瑞和丰收大厦')) {
      await switcher.click();
      await page.locator('.ant-select-item-option', { hasText: '瑞和丰收大厦' }).click();
      await settled(page);
    }
    return page;
  };
  const open = async (page, id) => {
    const row = page.locator(`[data-testid=reno-row][data-reno-id="${id}"]`);
    await row.waitFor();
    await row.click();
    await page.getByTestId('reno-detail').waitFor();
    await settled(page);
  };
  const step = async (page, name) => {
    await page.getByTestId(`reno-btn-${name}`).click();
    const form = page.getByTestId(`reno-step-${name}`);
    await form.waitFor();
    await page.getByTestId('reno-step-ok').click();
    await form.waitFor({ state: 'detached' });
    await settled(page);
  };

  it('R-REN-01 R-REN-04 R-REN-05 R-REN-06 the owner applies on H5, the supervisor reviews and the manager approves, the fees are paid at 收银台, the permit is issued and printed, the day\'s inspection issues a printed notice the owner reads', async () => {
    const { s } = stack;
    const owner = await stack.phone();
    await owner.goto(`${s.h5Url}/#/pkg-reno/apply/index`);
    const guide = current(owner).locator('.t-reno-guide');
    await guide.waitFor();
    expect(await guide.innerText()).toContain('办理流程');
    await current(owner).locator('.t-reno-read').click();
    // 1 房屋与工期: the first day offered and 30 days
    await current(owner).locator('.t-reno-next').click();
    // 2 施工单位
    await current(owner).locator('.t-reno-company input').fill(COMPANY);
    await current(owner).locator('.t-reno-leader input').fill('黄工');
    await current(owner).locator('.t-reno-phone input').fill('13912340000');
    await current(owner).locator('.t-reno-worker-name-0 input').fill('黄师傅');
    await current(owner).locator('.t-reno-next').click();
    // 3 装修方案: water, power and gas each chosen
    await current(owner).locator('.t-reno-item-0 input').fill('客厅墙面翻新');
    await current(owner).locator('.t-reno-water .t-no').click();
    await current(owner).locator('.t-reno-power .t-yes').click();
    await current(owner).locator('.t-reno-gas .t-no').click();
    await shot(owner, 'h5-plan');
    await current(owner).locator('.t-reno-next').click();
    await current(owner).locator('.t-reno-review').waitFor();
    await current(owner).locator('.t-reno-submit').click();
    await current(owner).locator('.t-reno-detail').waitFor();
    expect(await current(owner).locator('.t-reno-status').innerText()).toBe('服务中心审核中');
    expect(await current(owner).locator('.t-reno-due').innerText()).toContain('预计审批完成');
    const detailUrl = owner.url();
    const id = Number(new URL(detailUrl.replace('/#/', '/')).searchParams.get('id'));

    // the engineering supervisor: no ground ticked → to the manager
    const eng = await desk('gongcheng');
    await open(eng, id);
    await shot(eng, 'review');
    await step(eng, 'review');
    expect(await eng.getByTestId('reno-detail-status').innerText()).toBe('待经理审批');

    // the manager approves: the fees and deposits become the room's bills
    const mgr = await desk('jingli');
    await open(mgr, id);
    await step(mgr, 'approve');
    expect(await mgr.getByTestId('reno-detail-status').innerText()).toBe('待缴费');
    expect(await mgr.getByTestId('reno-btn-permit').isDisabled()).toBe(true);

    // 收银台: the clerk takes each charge
    const kefu = await staffToken(s.apiUrl, 'kefu');
    const charges = (await api(s.apiUrl, 'GET', `/renovations/${id}`, kefu.accessToken)).charges;
    expect(charges.length).toBe(3);
    const clerk = await stack.desk('kefu');
    await clerk.goto(`${s.adminUrl}/cashier`);
    await settled(clerk);
    for (const c of charges) {
      await clerk.locator(`[data-testid=bill-row][data-bill-id="${c.billId}"]`).getByTestId('cashier-collect').click();
      await clerk.getByTestId('collect-submit').click();
      await clerk.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
      const receipt = clerk.locator('.ant-modal', { hasText: '收据 ·' });
      await receipt.getByTestId('receipt-no').waitFor();
      await receipt.locator('.ant-modal-close').click();
      await receipt.waitFor({ state: 'detached' });
      await settled(clerk);
    }

    // 发放许可证, then the printed permit for the door
    await clerk.goto(`${s.adminUrl}/renovations`);
    await settled(clerk);
    await open(clerk, id);
    expect(await clerk.getByTestId('reno-fees-alert').innerText()).toContain('已全部缴清');
    await step(clerk, 'permit');
    expect(await clerk.getByTestId('reno-detail-status').innerText()).toBe('施工中');
    const code = (await clerk.getByTestId('reno-permit-code').innerText()).trim();
    expect(code).toMatch(/^ZX101\d{10}$/);
    await clerk.getByTestId('reno-print-permit').click();
    const doc = clerk.locator('.ant-modal [data-testid="reno-permit-doc"]');
    await doc.waitFor();
    expect(await doc.innerText()).toContain(code);
    expect(await doc.innerText()).toContain('1201');
    await shot(clerk, 'permit', false);

    await owner.goto(detailUrl);
    await current(owner).locator('.t-reno-permit').waitFor();
    expect(await current(owner).locator('.t-reno-status').innerText()).toBe('可以施工');
    expect((await current(owner).locator('.t-reno-permit').innerText()).replace(/\s/g, '')).toBe(code);

    // R-REN-06 装修巡查: the engineering supervisor records today's inspection with a violation and prints the notice
    const gc = await staffToken(s.apiUrl, 'gongcheng');
    const { today } = await api(s.apiUrl, 'GET', '/renovations/inspections?projectId=' + (await api(s.apiUrl, 'GET', `/renovations/${id}`, gc.accessToken)).projectId, gc.accessToken);
    const deadline = new Date(Date.parse(`${today}T00:00:00Z`) + 2 * 86_400_000).toISOString().slice(0, 10);
    await eng.goto(`${s.adminUrl}/renovation-inspections`);
    await settled(eng);
    // its works start later (the first day offered): not yet due today, listed under 全部在施
    await eng.getByTestId('insp-state').locator('label', { hasText: '全部在施' }).click();
    await settled(eng);
    const row = eng.locator(`[data-testid=insp-row][data-reno-id="${id}"]`);
    await row.waitFor();
    await row.getByTestId('insp-record').click();
    const form = eng.getByTestId('insp-form');
    await form.waitFor();
    await form.locator('label', { hasText: '发现违规' }).click();
    await form.locator('label', { hasText: '装修垃圾未按规定袋装、堆放或清运' }).click();
    await form.locator('.ant-picker input').click();
    await form.locator('.ant-picker input').fill(deadline);
    await form.locator('.ant-picker input').press('Enter');
    await eng.getByTestId('insp-ok').click();
    const notice = eng.locator('.ant-modal [data-testid="reno-notice-doc"]');
    await notice.waitFor();
    const noticeCode = (await notice.getByTestId('reno-notice-doc-code').innerText()).replace('编号：', '').trim();
    expect(noticeCode).toMatch(/^ZG101\d{10}$/);
    expect(await notice.innerText()).toContain(deadline);
    expect(await notice.innerText()).toContain('施工单位负责人签收');
    await shot(eng, 'notice', false);
    await owner.goto(detailUrl);
    await current(owner).locator('.t-reno-notices').waitFor();
    expect(await current(owner).locator('.t-reno-notices').innerText()).toContain(noticeCode);
  });
});
