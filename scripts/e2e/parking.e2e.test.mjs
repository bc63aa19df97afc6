// Parking end to end, as people do it: the centre has published its parking-use plan; an owner applies for a
// monthly space on the phone (H5) with a photo of each document; the clerk checks the originals in the
// console and finds the insurance missing, the owner is told exactly that and sends it again; the clerk
// completes the check and signs the contract on a space; the manager approves it, which bills the rent;
// the owner pays online through the WeChat Pay cashier and sees the space and the parking card; the
// parking ledger (车位台帐) shows the rental, paid.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, PHONE, startStack } from './stack.mjs';
import { demoParkingPlan } from './lib/h5.mjs';
import { api, currentPage, ownerPhone, ownerToken, settled, signIn, staffToken } from './lib/admin.mjs';

const OWNER_PHONE = '13800000001'; // 张伟, owner of A座 1201 in the demo data
const TAG = Date.now().toString(36).slice(-4).toUpperCase();
const PLATE = `粤B${TAG.replace(/[IO]/g, 'A')}8`.slice(0, 8);
/** a 2×2 PNG: a document's photo */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAYAAABytg0kAAAAEklEQVR42mP8z8Dwn4GBgYEJAAkHAQHn4f0NAAAAAElFTkSuQmCC',
  'base64',
);
const SHOTS = process.env.E2E_SCREENSHOTS; // a folder to keep screenshots in, when set
const shot = async (page, name, fullPage = true) => {
  if (SHOTS) await page.screenshot({ path: join(SHOTS, `parking-${name}.png`), fullPage });
};
const DOCS = ['driving_licence', 'vehicle_licence', 'insurance', 'purchase'];

describe('parking across the mini-program and the console', () => {
  let s;
  let pair;
  let projectId;
  beforeAll(async () => {
    s = await startStack();
    pair = await ownerToken(s.apiUrl, OWNER_PHONE);
    // the centre's set-up (R-PRK-01): a basement level with three monthly spaces and the published plan
    const manager = await staffToken(s.apiUrl, 'jingli');
    projectId = manager.me.projects.find((p) => p.code === '101').id;
    const area = await api(s.apiUrl, 'POST', '/parking/areas', manager.accessToken, { projectId, code: 'B1', name: '地下一层' });
    await api(s.apiUrl, 'POST', '/parking/spaces', manager.accessToken, { areaId: area.id, kind: 'rental', from: 1, to: 3 });
    await api(s.apiUrl, 'PUT', '/parking/plan', manager.accessToken, demoParkingPlan(projectId));
  });
  afterAll(async () => s?.close());

  const current = currentPage;
  const desk = async (user) => {
    const page = await (await s.browser.newContext(DESKTOP)).newPage();
    await signIn(page, s.adminUrl, user);
    return page;
  };
  /** Uploads one photo for a document on the phone form and waits for it to count. */
  const photo = async (owner, doc) => {
    const block = current(owner).locator(`.t-prk-doc-${doc}`);
    const [chooser] = await Promise.all([owner.waitForEvent('filechooser'), block.locator('.btn').click()]);
    await chooser.setFiles({ name: `${doc}.png`, mimeType: 'image/png', buffer: PNG });
    await block.getByText('已拍 1 张').waitFor();
  };
  /** Opens the application of PLATE in the console's queue. */
  const openApplication = async (page) => {
    await page.goto(`${s.adminUrl}/parking`);
    const row = page.getByTestId('parking-row').filter({ hasText: PLATE });
    await row.waitFor();
    await row.click();
    await page.getByTestId('parking-detail').waitFor();
    await settled(page);
  };
  /** Takes a step from the open drawer: fills its dialog, saves, answers the confirmation if one comes. */
  const step = async (page, action, fill = async () => {}, confirm = false) => {
    await page.getByTestId(`parking-btn-${action}`).click();
    const form = page.getByTestId(`parking-action-${action}`);
    await form.waitFor();
    await fill(form);
    await page.getByTestId('parking-action-ok').click();
    if (confirm) await page.locator('.ant-modal-confirm-btns .ant-btn-primary').click();
    await form.waitFor({ state: 'detached' });
    await settled(page);
  };
  const verdicts = (given) => async (form) => {
    for (const doc of Object.keys(given)) {
      const block = form.getByTestId(`parking-doc-${doc}`);
      const [label, reason] = given[doc];
      await block.getByText(label, { exact: true }).click();
      if (reason) await form.getByTestId(`parking-reason-${doc}`).fill(reason);
    }
  };

  it('R-PRK-02 R-PRK-06 R-PRK-03 an owner applies on H5 with document photos, resubmits the missing one, the clerk contracts, the manager approves, the owner pays online and sees the card; the ledger shows it paid', async () => {
    // the owner applies: plate, monthly rental space, a photo of each document
    const owner = await ownerPhone(s.browser, PHONE, pair);
    await owner.goto(`${s.h5Url}/#/pkg-parking/apply/index`);
    await current(owner).locator('.t-prk-plate').waitFor();
    await current(owner).locator('.t-prk-plate input').fill(PLATE);
    for (const doc of DOCS) await photo(owner, doc);
    await shot(owner, 'h5-apply');
    await current(owner).locator('.t-prk-submit').click();
    await current(owner).locator('.t-prk-detail').waitFor();
    expect(await current(owner).locator('.t-prk-status').innerText()).toBe('资料审核中');
    const detailUrl = owner.url();

    // the clerk checks the originals: the insurance policy is missing
    const clerk = await desk('kefu');
    await openApplication(clerk);
    expect(await clerk.getByTestId('parking-detail-status').innerText()).toBe('待核对资料');
    await clerk.getByTestId('parking-btn-check').click();
    await clerk.getByTestId('parking-action-check').waitFor();
    await settled(clerk);
    await shot(clerk, 'check-dialog', false);
    await clerk.keyboard.press('Escape');
    await clerk.getByTestId('parking-action-check').waitFor({ state: 'detached' });
    await step(
      clerk,
      'check',
      verdicts({
        driving_licence: ['已核对'],
        vehicle_licence: ['已核对'],
        insurance: ['缺少', '未带保险单原件'],
        purchase: ['已核对'],
      }),
    );
    expect(await clerk.getByTestId('parking-detail-status').innerText()).toBe('资料不全');

    // the owner reads exactly what is missing, politely, and sends it again
    await owner.goto(detailUrl);
    const refusal = current(owner).locator('.t-prk-refusal');
    await refusal.waitFor();
    await shot(owner, 'h5-refused');
    expect(await refusal.innerText()).toBe(
      '您好，您的车位申请资料尚不齐全：车辆保险单缺少（未带保险单原件）。请补齐后重新提交，给您带来不便敬请谅解。',
    );
    await photo(owner, 'insurance');
    await current(owner).locator('.t-prk-resubmit').click();
    await current(owner).locator('.t-prk-refusal').waitFor({ state: 'detached' });
    expect(await current(owner).locator('.t-prk-status').innerText()).toBe('资料审核中');

    // the clerk completes the check and signs the contract on the first free space
    await openApplication(clerk);
    await step(clerk, 'check', verdicts({ insurance: ['已核对'] }));
    expect(await clerk.getByTestId('parking-detail-status').innerText()).toBe('资料已核对');
    await step(clerk, 'contract');
    expect(await clerk.getByTestId('parking-detail-status').innerText()).toBe('待经理审批');
    expect(await clerk.getByTestId('parking-detail').innerText()).toContain('B1-001');
    // the clerk may not approve: the button is the manager's
    expect(await clerk.getByTestId('parking-btn-approve').count()).toBe(0);

    // the manager approves: the rent bill is made
    const manager = await desk('jingli');
    await openApplication(manager);
    await shot(manager, 'detail-pending-approval');
    await step(manager, 'approve', async () => {}, true);
    expect(await manager.getByTestId('parking-detail-status').innerText()).toBe('待缴费');
    expect(await manager.getByTestId('parking-bill-status').innerText()).toBe('待缴');

    // the owner pays online through the WeChat Pay cashier and comes back to the space and the card
    await owner.goto(detailUrl);
    await current(owner).locator('.t-prk-pay').waitFor();
    await current(owner).locator('.t-prk-pay').click();
    const payButton = owner.getByRole('button', { name: '确认支付' });
    await payButton.waitFor();
    expect(await owner.locator('.a').innerText()).toBe('¥300.00');
    await payButton.click();
    const card = current(owner).locator('.t-prk-card');
    await card.waitFor();
    await shot(owner, 'h5-card');
    const cardText = await card.innerText();
    expect(cardText).toContain('B1-001');
    expect(cardText).toMatch(/停车卡 K101\d{7}/);
    expect(await current(owner).locator('.t-prk-status').innerText()).toBe('已开通');
    expect(await current(owner).locator('.t-prk-pay').count()).toBe(0);
    const cardNo = /K101\d{7}/.exec(cardText)[0];

    // the ledger shows the rental with its card, paid
    await clerk.goto(`${s.adminUrl}/parking/ledger`);
    const row = clerk.getByTestId('ledger-row').filter({ hasText: PLATE });
    await row.waitFor();
    await settled(clerk);
    await shot(clerk, 'ledger');
    await clerk.goto(`${s.adminUrl}/parking`);
    await clerk.getByTestId('parking-row').first().waitFor();
    await settled(clerk);
    await shot(clerk, 'queue');
    await clerk.goto(`${s.adminUrl}/parking/ledger`);
    await row.waitFor();
    const ledger = await row.innerText();
    expect(ledger).toContain('B1-001');
    expect(ledger).toContain(cardNo);
    expect(ledger).toContain('张伟');
    expect(await row.getByTestId('ledger-paid').innerText()).toBe('已缴 ¥300.00');
  });

  it('R-PRK-01 the manager sets up the car park in the console: a basement level, numbered spaces, one out of use, a price added to the published plan; the gate list downloads', async () => {
    const manager = await desk('jingli');
    await manager.goto(`${s.adminUrl}/parking/spaces`);
    await manager.getByTestId('space-counts').waitFor();
    await settled(manager);
    const save = async (form) => {
      await manager.locator('.ant-modal-footer .ant-btn-primary').last().click();
      await form.waitFor({ state: 'detached' });
      await settled(manager);
    };

    // a new level, then five spaces on it in one go
    await manager.getByTestId('area-new').click();
    const area = manager.getByTestId('area-form');
    await area.waitFor();
    await area.locator('#code').fill('B2');
    await area.locator('#name').fill('地下二层');
    await save(area);
    await manager.getByTestId('space-counts').getByText('地下二层（B2）').waitFor();
    await manager.getByTestId('spaces-new').click();
    const spaces = manager.getByTestId('spaces-form');
    await spaces.waitFor();
    await spaces.locator('#areaId').click();
    await manager.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '地下二层（B2）' }).click();
    await spaces.locator('#from').fill('1');
    await spaces.locator('#to').fill('5');
    await save(spaces);
    const row = (no) => manager.getByTestId('space-row').filter({ hasText: no });
    await row('B2-005').waitFor();
    expect(await row('B2-003').getByTestId('space-state').innerText()).toBe('空闲');

    // one of them out of use, with why
    await row('B2-003').getByTestId('space-edit').click();
    const state = manager.getByTestId('space-state-form');
    await state.waitFor();
    await state.getByText('停用', { exact: true }).click();
    await state.locator('#note').fill('消防检修');
    await save(state);
    await expect.poll(() => row('B2-003').getByTestId('space-state').innerText()).toBe('停用');
    expect(await row('B2-003').innerText()).toContain('消防检修');
    const counts = await manager.getByTestId('space-counts').innerText();
    expect(counts).toMatch(/地下二层（B2）\s*共 5 个/);
    await shot(manager, 'spaces');

    // the plan: a quarterly price added and published
    await manager.goto(`${s.adminUrl}/parking/plan`);
    await manager.getByTestId('plan-edit').waitFor();
    await settled(manager);
    await manager.getByTestId('plan-edit').click();
    const plan = manager.getByTestId('plan-form');
    await plan.waitFor();
    const before = await plan.getByTestId('price-row').count();
    await plan.getByText('添加价格').click();
    await expect.poll(() => plan.getByTestId('price-row').count()).toBe(before + 1);
    await plan.getByTestId('price-row').last().locator('input[aria-label="价格（元）"]').fill('850');
    await save(plan);
    await expect.poll(() => manager.locator('.ant-table').first().innerText()).toContain('¥850.00');
    expect(await manager.locator('.ant-table').first().innerText()).toContain('季租');
    await shot(manager, 'plan');

    // the gate system's list, as the barrier's integrator downloads it
    await manager.goto(`${s.adminUrl}/parking/spaces`);
    await manager.getByTestId('gate-download').waitFor();
    await settled(manager);
    const [download] = await Promise.all([manager.waitForEvent('download'), manager.getByTestId('gate-download').click()]);
    expect(download.suggestedFilename()).toBe('道闸车牌-101.csv');
    const csv = await new Promise((resolve, reject) =>
      download.createReadStream().then((st) => {
        const parts = [];
        st.on('data', (c) => parts.push(c));
        st.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
        st.on('error', reject);
      }, reject),
    );
    expect(csv.split('\r\n')[0]).toBe('\uFEFF车牌,车位,区域,停车卡,生效日期,到期日期,宽限至,可通行,更新时间');
  });
});
