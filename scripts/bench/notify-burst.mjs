// R-PAY-02 bench: WeChat Pay's notify, through the full API over HTTP on MariaDB/MySQL (signature verified on
// the raw body, the resource decrypted, the order paid by one conditional update, the bill credited with a
// receipt), against the local fake WeChat Pay v3 (its own keys). Two rounds in the same run:
//   burst    — 1,000 copies of ONE signed notify sent at once: exactly one credit, every copy answered 2xx;
//   baseline — the notifies of 1,000 DISTINCT paid orders sent at once: each credited once.
// Prints p50/p99/max latency of both and the ratio burst ÷ baseline (p99 and wall time); exits 1 when a
// credit is missing or doubled or a copy is refused. Part of `npm run bench`; alone:
//   node scripts/bench/notify-burst.mjs [--n 1000] [--url mysql://root@127.0.0.1:3306/test]
// (build first: npm run build -w @wy/shared && npm run build -w @wy/api)
import { startFakeWechatPay } from '../fake-wechatpay/server.mjs';
import { arg, benchApp, dist, freePort, ms, settableClock } from './lib/app.mjs';

const N = Number(arg('n', '1000'));
const WARM = 30;
const AT = '2026-11-23T02:00:00Z';
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

const clock = await settableClock(AT);
const pay = await startFakeWechatPay({ appId: 'wxbench000000001', now: () => clock.now().getTime(), retryDelaysMs: [0] });
const port = await freePort();
const base = `http://127.0.0.1:${port}/api/v1`;
const { app, ds, close } = await benchApp('notify', AT, {
  clock,
  env: { ...pay.env, WECHATPAY_NOTIFY_URL: `${base}/payments/wechat/notify` },
});
let failed = false;
try {
  const { seedDemo } = await dist('database/seed.js');
  const { BillingService } = await dist('modules/billing/billing.service.js');
  const { PaymentsService } = await dist('modules/payments/payments.service.js');
  await seedDemo(app);
  await app.listen(port, '127.0.0.1');
  // 张伟 (13800000001) and his room A座 1201 of project 101: N + 1 + WARM bills of his room, each paid in its own order
  const [owner] = await ds.query(
    `SELECT b.person_id AS personId, b.room_id AS roomId, r.project_id AS projectId FROM room_binding b
       JOIN room r ON r.id = b.room_id JOIN person p ON p.id = b.person_id
      WHERE b.status = 'approved' AND b.kind = 'owner' ORDER BY b.id LIMIT 1`,
  );
  const billing = app.get(BillingService);
  const payments = app.get(PaymentsService);
  const who = { kind: 'owner', id: Number(owner.personId), sessionId: 'bench', name: '基准业主' };
  const total = N + 1 + WARM;
  console.log(`开 ${total} 张账单和 ${total} 笔微信支付订单（本地模拟微信支付）…`);
  let t0 = process.hrtime.bigint();
  const orders = [];
  for (let i = 0; i < total; i++) {
    const { billId } = await ds.transaction((em) =>
      billing.chargeSource(em, {
        projectId: Number(owner.projectId),
        roomId: Number(owner.roomId),
        kind: 'repair',
        title: `基准账单 ${i + 1}`,
        sourceType: 'bench',
        sourceId: i + 1,
        amountFen: 1000 + i,
        dueOn: null,
      }),
    );
    const o = await payments.create(who, { billIds: [billId], channel: 'h5' }, '127.0.0.1');
    await pay.state.pay(o.outTradeNo, { silent: true }); // paid at WeChat Pay; the notify is ours to send
    orders.push({ billId, outTradeNo: o.outTradeNo });
  }
  console.log(`  准备用时 ${(ms(t0) / 1000).toFixed(1)} s`);

  /** Sends the notifies all at once; answers each one's latency (ms) and status. */
  const fire = async (notes) => {
    const start = process.hrtime.bigint();
    const res = await Promise.all(
      notes.map(async (n) => {
        const t = process.hrtime.bigint();
        try {
          const r = await fetch(`${base}/payments/wechat/notify`, { method: 'POST', headers: n.headers, body: n.body });
          await r.arrayBuffer();
          return { ms: ms(t), status: r.status };
        } catch {
          return { ms: ms(t), status: 0 }; // a reset connection counts as a failed delivery (WeChat Pay would retry)
        }
      }),
    );
    return { wall: ms(start), lat: res.map((r) => r.ms), bad: res.filter((r) => r.status < 200 || r.status >= 300).length };
  };
  const credits = async (bills) =>
    Number((await ds.query(`SELECT COUNT(*) AS n FROM payment WHERE bill_id IN (${bills.join(',')})`))[0].n);

  // warm-up (connections, JIT), not counted
  await fire(orders.slice(0, WARM).map((o) => pay.state.buildNotify(o.outTradeNo)));
  const distinct = orders.slice(WARM, WARM + N);
  const burstOrder = orders[WARM + N];

  // baseline: N distinct orders' notifies at once (signed before the clock starts)
  const base1 = await fire(distinct.map((o) => pay.state.buildNotify(o.outTradeNo)));
  const baseCredits = await credits(distinct.map((o) => o.billId));
  // burst: N copies of one signed notify at once
  const one = pay.state.buildNotify(burstOrder.outTradeNo);
  const burst = await fire(Array.from({ length: N }, () => one));
  const burstCredits = await credits([burstOrder.billId]);
  const [[notices], [paid]] = await Promise.all([
    ds.query(
      "SELECT SUM(result = 'credited') AS credited, SUM(result = 'duplicate') AS dup FROM pay_notice WHERE out_trade_no = ?",
      [burstOrder.outTradeNo],
    ),
    ds.query('SELECT status, transaction_id AS tx FROM pay_order WHERE out_trade_no = ?', [burstOrder.outTradeNo]),
  ]);

  const line = (name, r) =>
    `${name}：p50 ${pct(r.lat, 50).toFixed(1)} ms，p99 ${pct(r.lat, 99).toFixed(1)} ms，最长 ${Math.max(...r.lat).toFixed(1)} ms；全部 ${r.wall.toFixed(0)} ms（${((N / r.wall) * 1000).toFixed(0)} 次/秒）；非 2xx 或连接失败 ${r.bad}`;
  console.log(`
━━ 支付通知基准（${N} 个并发请求，完整 API 经 HTTP，MariaDB/MySQL） ━━
  ${line(`同一通知重复 ${N} 次`, burst)}
  ${line(`${N} 笔不同订单的通知（基线）`, base1)}
  比值（重复 ÷ 基线）：p99 ${(pct(burst.lat, 99) / pct(base1.lat, 99)).toFixed(2)}，总用时 ${(burst.wall / base1.wall).toFixed(2)}
  入账：重复通知的账单 ${burstCredits} 笔（应为 1），通知记录 入账 ${Number(notices.credited)} / 重复 ${Number(notices.dup)}，订单 ${paid.status}；基线 ${baseCredits} 笔（应为 ${N}）`);
  if (burstCredits !== 1 || Number(notices.credited) !== 1 || baseCredits !== N || burst.bad || base1.bad) {
    console.error('✗ 入账次数或应答不对');
    failed = true;
  } else console.log('✓ 重复通知只入账一次，每个通知都得到 2xx');
} finally {
  await close();
  await pay.close();
}
process.exit(failed ? 1 : 0);
