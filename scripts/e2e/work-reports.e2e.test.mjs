// 月度工作报告 end to end (R-RPT-02): the manager finishes this month's report the supervisor began, submits it to
// the owners' committee (its figures frozen), records the committee's review, prints it and publishes it; the
// owner reads it on the phone (H5) under 社区公告 → 月度工作报告, with the committee's opinion.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, startStack } from './stack.mjs';
import { currentPage, ownerPhone, ownerToken, settled, signIn } from './lib/admin.mjs';

const OWNER_PHONE = '13800000001'; // 张伟, owner of A座 1201 in the demo data

describe('月度工作报告 from the manager’s office to the owners', () => {
  let s;
  let pair;
  beforeAll(async () => {
    s = await startStack();
    pair = await ownerToken(s.apiUrl, OWNER_PHONE);
  });
  afterAll(async () => s?.close());

  const confirm = async (page) => {
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await page.locator('.ant-modal-confirm').waitFor({ state: 'detached' });
    await settled(page);
  };

  it('R-RPT-02 written, submitted with its figures, reviewed by the committee, printed and published; the owner reads it with the committee’s opinion', async () => {
    const page = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(page, s.adminUrl, 'jingli');
    await page.goto(`${s.adminUrl}/work-reports`);
    // the demo's draft of this month (begun by the supervisor)
    const draftRow = page.getByTestId('work-report-row').filter({ hasText: '草稿' });
    await draftRow.waitFor();
    const month = (await draftRow.innerText()).match(/\d{4}-\d{2}/)[0];
    await draftRow.click();
    const detail = page.getByTestId('work-report-detail');
    await detail.waitFor();
    await settled(page);
    expect(await detail.innerText()).toContain('本月数据（实时）');
    await page.getByTestId('work-report-summary').fill('本月完成公共区域照明检查与更换，受理的报修和投诉均已处理并回访。');
    await page.getByTestId('work-report-plan').fill('下月开展冬季消防演练，完成电梯年检，组织业主恳谈会。');
    await page.getByTestId('work-report-save').click();
    await settled(page);
    await page.getByTestId('work-report-btn-submit').click();
    await confirm(page);
    await expect.poll(() => page.getByTestId('work-report-status').innerText()).toBe('已提交业委会');
    expect(await detail.innerText()).toContain('本月数据（提交业委会时）');
    // the text is fixed once submitted
    expect(await page.getByTestId('work-report-summary').isDisabled()).toBe(true);

    await page.getByTestId('work-report-btn-review').click();
    await page.getByTestId('work-report-reviewer').fill('业委会主任 王建国');
    await page.getByTestId('work-report-opinion').fill('数据与实际相符，同意公示。');
    await page.locator('.ant-modal-footer .ant-btn-primary').last().click();
    await expect.poll(() => page.getByTestId('work-report-status').innerText()).toBe('业委会已审核');

    await page.getByTestId('work-report-print').click();
    const doc = page.locator('.ant-modal').getByTestId('work-report-doc');
    await doc.waitFor();
    const printed = await doc.innerText();
    expect(printed).toContain(`${Number(month.slice(5))}月工作报告`);
    expect(printed).toContain('下月开展冬季消防演练');
    expect(printed).toContain('数据与实际相符，同意公示。');
    await page.locator('.ant-modal-footer').getByRole('button', { name: /关\s*闭/ }).click();

    await page.getByTestId('work-report-btn-publish').click();
    await confirm(page);
    await expect.poll(() => page.getByTestId('work-report-status').innerText()).toBe('已公示');

    const owner = await ownerPhone(s.browser, PHONE, pair);
    await owner.goto(`${s.h5Url}/#/pkg-info/list/index`);
    await currentPage(owner).locator('.t-report-entry').click();
    const item = currentPage(owner).locator('.t-report-item', { hasText: `${Number(month.slice(5))}月工作报告` });
    await item.waitFor();
    await item.click();
    await currentPage(owner).locator('.t-report-detail').waitFor();
    expect(await currentPage(owner).locator('.t-report-opinion').innerText()).toBe('数据与实际相符，同意公示。');
    expect(await currentPage(owner).locator('.t-report-detail').innerText()).toContain('下月开展冬季消防演练');
    for (const p of [page, owner]) await p.context().close();
  });
});
