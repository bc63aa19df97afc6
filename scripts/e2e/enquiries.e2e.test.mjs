// Suggestions, inquiries and the FAQ end to end, as people use them: an owner suggests something on the phone
// (H5) and is told when the centre will answer; a clerk forwards it in the console and replies that it is
// adopted, with thanks; the owner reads the answer in the mini-program. An owner asks a question; the clerk
// answers it from the FAQ with one click; the owner reads it, and finds the same answer in 常见问题.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, startStack } from './stack.mjs';
import { currentPage, ownerPhone, ownerToken, settled, signIn } from './lib/admin.mjs';

const OWNER_PHONE = '13800000001'; // 张伟, owner of A座 1201 in the demo data
const TAG = Date.now().toString(36);
const SHOTS = process.env.SCREENSHOT_DIR ?? '';

describe('suggestions, inquiries and the FAQ across the mini-program and the console', () => {
  let s;
  let pair;
  beforeAll(async () => {
    s = await startStack();
    pair = await ownerToken(s.apiUrl, OWNER_PHONE);
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => s?.close());

  const shot = async (page, name) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
  };
  const phone = () => ownerPhone(s.browser, PHONE, pair);
  const current = currentPage;
  const desk = async (user) => {
    const page = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(page, s.adminUrl, user);
    return page;
  };
  const openInQueue = async (page, text) => {
    await page.goto(`${s.adminUrl}/enquiries`);
    const row = page.getByTestId('enquiry-row').filter({ hasText: text });
    await row.waitFor();
    await row.click();
    await page.getByTestId('enquiry-detail').waitFor();
    await settled(page);
  };
  const step = async (page, action, fill, confirm = false) => {
    await page.getByTestId(`enquiry-btn-${action}`).click();
    const form = page.getByTestId(`enquiry-action-${action}`);
    await form.waitFor();
    await fill(form);
    await page.locator('.ant-modal-footer .ant-btn-primary').last().click();
    if (confirm) await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await form.waitFor({ state: 'detached' });
    await settled(page);
  };
  const fileOnPhone = async (owner, type, content) => {
    await owner.goto(`${s.h5Url}/#/pkg-complaint/suggest/index${type === 'inquiry' ? '?type=inquiry' : ''}`);
    await current(owner).locator('.t-enq-content').waitFor();
    await current(owner).locator('.t-enq-content textarea').fill(content);
    await current(owner).locator('.t-enq-submit').click();
    const done = current(owner).locator('.t-enq-done');
    await done.waitFor();
    return done.innerText();
  };
  const readOnPhone = async (owner, content) => {
    await owner.goto(`${s.h5Url}/#/pkg-complaint/enquiries/index`);
    const item = current(owner).locator('.t-enq-item', { hasText: content });
    await item.waitFor();
    await item.click();
    const detail = current(owner).locator('.t-enq-detail');
    await detail.waitFor();
    await current(owner).locator('.t-enq-reply').waitFor();
    return detail.innerText();
  };

  it('R-SUG-01 R-SUG-02 R-SUG-05 an owner suggests on H5, the clerk forwards it and replies that it is adopted, and the owner reads the answer with thanks', async () => {
    const content = `建议在A座大堂设置雨伞架（${TAG}）`;
    const owner = await phone();
    expect(await fileOnPhone(owner, 'suggestion', content)).toMatch(/我们将于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 前答复您/);
    await shot(owner, 'h5-suggest-done');

    const clerk = await desk('kefu');
    await openInQueue(clerk, content);
    // a suggestion is answered only once it reached its handler
    expect(await clerk.getByTestId('enquiry-btn-reply').count()).toBe(0);
    await step(clerk, 'forward', async (form) => {
      await form.locator('.ant-select').first().click();
      await clerk.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '赵海涛' }).first().click();
    });
    await step(
      clerk,
      'reply',
      async (form) => {
        expect(await form.innerText()).toContain('客户要求以小程序方式答复');
        await form.getByText('采纳', { exact: true }).click();
        await form.locator('textarea').fill('下周起大堂两侧各设一个雨伞架');
      },
      true,
    );
    const detail = await clerk.getByTestId('enquiry-detail').innerText();
    expect(detail).toContain('已答复');
    expect(detail).toContain('赵海涛');
    await shot(clerk, 'admin-enquiry-detail');

    const text = await readOnPhone(owner, content);
    expect(text).toContain('您的建议已被采纳');
    expect(text).toContain('下周起大堂两侧各设一个雨伞架');
    expect(text).toContain('感谢');
    expect(text).not.toContain('赵海涛'); // who handled it stays on the staff side
    await shot(owner, 'h5-enquiry-detail');
  });

  it('R-INQ-01 R-FAQ-03 an owner asks a question, the clerk answers it from the FAQ with one click, and the owner finds it in 常见问题 too', async () => {
    const content = `附近有地铁站吗？（${TAG}）`;
    const owner = await phone();
    await fileOnPhone(owner, 'inquiry', content);

    const clerk = await desk('kefu');
    await openInQueue(clerk, content);
    await step(
      clerk,
      'reply',
      async (form) => {
        const picker = form.getByTestId('faq-picker');
        await picker.locator('input').fill('地铁');
        await picker.locator('input').press('Enter');
        await picker.getByTestId('faq-use').first().click();
        expect(await form.locator('textarea').inputValue()).toContain('地铁3号线');
      },
      true,
    );
    expect(await clerk.getByTestId('enquiry-detail').innerText()).toContain('引用答客问');

    const text = await readOnPhone(owner, content);
    expect(text).toContain('地铁3号线龙城广场站');

    await owner.goto(`${s.h5Url}/#/pkg-complaint/faq/index`);
    await current(owner).locator('.t-faq-item').first().waitFor();
    await current(owner).locator('.t-faq-cat', { hasText: '交通' }).click();
    const item = current(owner).locator('.t-faq-item', { hasText: '附近有地铁吗' });
    await item.waitFor();
    await item.click();
    expect(await item.locator('.t-faq-answer').innerText()).toContain('地铁3号线');
    await shot(owner, 'h5-faq');

    // the CS supervisor keeps the FAQ in the console
    const supervisor = await desk('zhuguan');
    await supervisor.goto(`${s.adminUrl}/faq`);
    await supervisor.getByText('附近有地铁吗？').waitFor();
    await settled(supervisor);
    await shot(supervisor, 'admin-faq');
  });
});
