// `npm start`: builds everything, then starts the fake WeChat server, the API on the
// embedded SQLite database with demo data, the admin console and the mini-program's H5 build.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, start } from './lib/procs.mjs';
import { serveStatic } from './lib/serve-static.mjs';
import { startFakeWechat } from './fake-wechat/server.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const API_PORT = Number(process.env.PORT ?? 3000);
const ADMIN_PORT = Number(process.env.ADMIN_PORT ?? 5173);
const H5_PORT = Number(process.env.H5_PORT ?? 5174);
const WECHAT_PORT = Number(process.env.FAKE_WECHAT_PORT ?? 3900);

if (!process.argv.includes('--no-build')) {
  console.log('构建 shared、api、admin 与小程序 H5（首次约 1–2 分钟）…');
  await run('npm', ['run', 'build'], { cwd: root });
}

const wechat = await startFakeWechat({ port: WECHAT_PORT });
const api = await start('api', 'node', ['api/dist/main.js'], {
  cwd: root,
  env: {
    PORT: String(API_PORT),
    DB_URL: process.env.DB_URL ?? 'sqlite:.data/wuye.sqlite',
    DEMO_SEED: '1',
    WECHAT_API_BASE: wechat.url,
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
  await Promise.allSettled([admin.close(), h5.close(), api.stop(), wechat.close()]);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
