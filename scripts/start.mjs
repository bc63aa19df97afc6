// `npm start`: builds everything, then starts the fake WeChat server, the API on the
// embedded SQLite database with demo data, the admin console and the mini-program's H5 build.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node:child_process';
import { start } from './lib/procs.mjs';
import { serveStatic } from './lib/serve-static.mjs';
import { startFakeWechat } from './fake-wechat/server.mjs';
import { startFakeWechatPay } from './fake-wechatpay/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const API_PORT = Number(process.env.PORT ?? 3000);
const ADMIN_PORT = Number(process.env.ADMIN_PORT ?? 5173);
const H5_PORT = Number(process.env.H5_PORT ?? 5174);
const WECHAT_PORT = Number(process.env.FAKE_WECHAT_PORT ?? 3900);
const WECHATPAY_PORT = Number(process.env.FAKE_WECHATPAY_PORT ?? 3902);

if (!process.argv.includes('--no-build')) {
  // the build's own output (file lists, progress) is shown only when it fails: a person needs the addresses below
  console.log('构建 shared、api、admin 与小程序 H5（首次约 1–2 分钟）…');
  const t0 = Date.now();
  const log = [];
  const code = await new Promise((resolve) => {
    const p = spawn('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    p.stdout.on('data', (d) => log.push(d));
    p.stderr.on('data', (d) => log.push(d));
    p.on('exit', (c) => resolve(c ?? 1));
  });
  if (code !== 0) {
    console.error(Buffer.concat(log).toString().split('\n').slice(-80).join('\n'));
    console.error('构建失败（以上为最后 80 行输出）');
    process.exit(1);
  }
  console.log(`构建完成（${Math.round((Date.now() - t0) / 1000)} 秒）`);
}

const wechat = await startFakeWechat({ port: WECHAT_PORT });
// WeChat Pay v3 with keys made at start: owners pay bills online through its cashier page (R-PAY-01)
const wechatPay = await startFakeWechatPay({ port: WECHATPAY_PORT });
const api = await start('api', 'node', ['api/dist/main.js'], {
  cwd: root,
  env: {
    PORT: String(API_PORT),
    DB_URL: process.env.DB_URL ?? 'sqlite:.data/wuye.sqlite',
    DEMO_SEED: '1',
    WECHAT_API_BASE: wechat.url,
    ...wechatPay.env,
    WECHATPAY_NOTIFY_URL: `http://127.0.0.1:${API_PORT}/api/v1/payments/wechat/notify`,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  },
  ready: /API 已启动/,
});
const apiUrl = `http://127.0.0.1:${API_PORT}`;
const admin = await serveStatic({ root: join(root, 'admin/dist'), port: ADMIN_PORT, apiUrl });
const h5 = await serveStatic({ root: join(root, 'miniapp/dist-h5'), port: H5_PORT, apiUrl });

console.log(`
物业客服中心已启动（内置 SQLite 数据库，已载入演示数据）

  管理后台    ${admin.url}
  业主 H5     ${h5.url}   （手机号登录：13800000001 已绑定房屋；13900000009 为新业主。验证码见 API 日志，或 ${apiUrl}/api/v1/dev/sms-outbox?phone=手机号）
  API         ${apiUrl}/api/v1
  API 文档    ${apiUrl}/api/docs
  模拟微信    ${wechat.url}
  模拟微信支付 ${wechatPay.url}（收银台）

  演示账号（后台）：
    admin / Admin@123         公司总部（全部项目）
    jingli / Jingli@123       管理处经理（101 瑞和丰收大厦、201 瑞和花园）
    zhuguan / Zhuguan@123     客服主管（101）
    kefu / Kefu@123           客服管理员/前台（101）
    kefu2 / Kefu2@123         客服（201）
    jigong / Jigong@123       技工（101）
    caiwu / Caiwu@123         财务/出纳

按 Ctrl+C 退出。`);

const stop = async () => {
  await Promise.allSettled([admin.close(), h5.close(), api.stop(), wechat.close(), wechatPay.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
