// What an operations engineer watches: liveness that never touches the database, readiness that does
// (database up, every migration applied), and Prometheus metrics — request latency by route template,
// each periodic job's runs and lag, the outbox's backlog — behind METRICS_TOKEN when it is set; and one
// request id from a request to the outbox send it caused, in JSON log lines.
import { IsNull } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FakeWechatState } from '../../scripts/fake-wechat/server.mjs';
import { Jobs } from '../src/infra/jobs.js';
import { currentRequestId, JsonNestLogger } from '../src/infra/log-context.js';
import { Metrics } from '../src/infra/metrics.js';
import { MetricsController } from '../src/modules/health/metrics.controller.js';
import { OutboxMessage } from '../src/modules/notifications/entities.js';
import { OutboxService } from '../src/modules/notifications/outbox.service.js';
import { ids, startTestApp, testDatabases, type TestApp } from './harness.js';

/** The value of one series in Prometheus text, or undefined when it is not there. */
function series(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line.startsWith(name)) continue;
    const m = /^([a-z_]+)(\{([^}]*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const got = Object.fromEntries([...(m[3] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => got[k] === v)) return Number(m[4]);
  }
  return undefined;
}

describe.each(testDatabases())('health, readiness and metrics (%s)', { timeout: 120_000 }, (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db, { seed: false });
  });
  afterAll(async () => t?.close());

  it('readiness sees a migration not applied (503, in Chinese) while liveness still answers', async () => {
    expect((await t.req('GET', '/api/v1/health/ready')).body).toMatchObject({ status: 'ok', db: 'ok', migrations: 'ok' });
    const [last] = await t.ds.query('SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1');
    await t.ds.query('DELETE FROM migrations WHERE id = ?', [last.id]);
    try {
      const r = await t.req('GET', '/api/v1/health/ready');
      expect(r.status).toBe(503);
      expect(r.body.message).toBe('数据库有未执行的迁移');
      expect((await t.req('GET', '/api/v1/health')).status).toBe(200);
    } finally {
      await t.ds.query('INSERT INTO migrations (id, timestamp, name) VALUES (?, ?, ?)', [last.id, last.timestamp, last.name]);
    }
    expect((await t.req('GET', '/api/v1/health/ready')).status).toBe(200);
  });

  it('metrics: latency by route template (one series for every work order, none per id), 404s as one series', async () => {
    await t.req('GET', '/api/v1/health');
    await t.req('GET', '/api/v1/service-requests/123456');
    await t.req('GET', '/api/v1/service-requests/654321');
    await t.req('GET', '/api/v1/no-such-thing/1');
    const r = await t.req('GET', '/api/v1/metrics');
    expect(r.status).toBe(200);
    expect(String(r.headers['content-type'])).toMatch(/^text\/plain/);
    const text = r.body as string;
    expect(
      series(text, 'wy_http_request_duration_seconds_count', { method: 'GET', route: '/api/v1/health', status: '200' }),
    ).toBeGreaterThanOrEqual(1);
    // both orders in one series of the template (401: no token), never a series per id
    expect(series(text, 'wy_http_request_duration_seconds_count', { route: '/api/v1/service-requests/:id', status: '401' })).toBe(
      2,
    );
    expect(text).not.toMatch(/route="[^"]*123456/);
    expect(series(text, 'wy_http_request_duration_seconds_count', { route: 'unmatched', status: '404' })).toBe(1);
    expect(series(text, 'wy_process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('metrics: each job counts its runs and its lag; a failing job is counted failed and does not stop the next', async () => {
    const jobs = t.app.get(Jobs);
    const order: string[] = [];
    jobs.register('test-broken', 1, async () => {
      order.push('broken');
      throw new Error('模拟失败');
    });
    jobs.register('test-after', 2, async () => order.push('after'));
    const before = await t.app.get(Metrics).text();
    expect(series(before, 'wy_job_lag_seconds', { job: 'outbox' })).toBeGreaterThanOrEqual(0); // known before its first run
    await jobs.runOnce();
    expect(order).toEqual(['broken', 'after']);
    const text = (await t.req('GET', '/api/v1/metrics')).body as string;
    expect(series(text, 'wy_job_runs_total', { job: 'test-broken', result: 'failed' })).toBe(1);
    expect(series(text, 'wy_job_runs_total', { job: 'test-broken', result: 'ok' })).toBeUndefined();
    expect(series(text, 'wy_job_runs_total', { job: 'test-after', result: 'ok' })).toBe(1);
    expect(series(text, 'wy_job_runs_total', { job: 'outbox', result: 'ok' })).toBe(1);
    expect(series(text, 'wy_job_lag_seconds', { job: 'outbox' })).toBeLessThan(5);
  });

  it('metrics: the outbox backlog counts unsent messages and the age of the oldest on the pinned clock', async () => {
    const repo = t.ds.getRepository(OutboxMessage);
    await repo.createQueryBuilder().delete().execute();
    const read = async () => (await t.req('GET', '/api/v1/metrics')).body as string;
    expect(series(await read(), 'wy_outbox_backlog')).toBe(0);
    expect(series(await read(), 'wy_outbox_oldest_unsent_seconds')).toBe(0);
    const now = t.clock.now().getTime();
    const later = new Date(now + 3_600_000); // not due yet: the sender leaves them
    await repo.insert([
      {
        channel: 'sms',
        dedupeKey: 'obs:1',
        payload: {},
        createdAt: new Date(now - 120_000),
        nextAttemptAt: later,
        attempts: 0,
        sentAt: null,
        outcome: null,
        lastError: null,
      },
      {
        channel: 'sms',
        dedupeKey: 'obs:2',
        payload: {},
        createdAt: new Date(now - 30_000),
        nextAttemptAt: later,
        attempts: 0,
        sentAt: null,
        outcome: null,
        lastError: null,
      },
      {
        channel: 'sms',
        dedupeKey: 'obs:3',
        payload: {},
        createdAt: new Date(now - 900_000),
        nextAttemptAt: later,
        attempts: 1,
        sentAt: new Date(now),
        outcome: 'sent',
        lastError: null,
      },
    ]);
    const text = await read();
    expect(series(text, 'wy_outbox_backlog')).toBe(2);
    expect(series(text, 'wy_outbox_oldest_unsent_seconds')).toBe(120);
    await repo.createQueryBuilder().delete().execute();
  });

  it('metrics behind METRICS_TOKEN: 401 without it or with a wrong one, 200 with it', async () => {
    const guarded = await startTestApp(db, { seed: false, env: { METRICS_TOKEN: 'prom-scrape-token-0123456789' } });
    try {
      expect((await guarded.req('GET', '/api/v1/metrics')).status).toBe(401);
      const wrong = await guarded.req('GET', '/api/v1/metrics', {
        headers: { authorization: 'Bearer prom-scrape-token-0123456780' },
      });
      expect(wrong.status).toBe(401);
      expect(wrong.body.message).toContain('监控令牌');
      const ok = await guarded.req('GET', '/api/v1/metrics', {
        headers: { authorization: 'Bearer prom-scrape-token-0123456789' },
      });
      expect(ok.status).toBe(200);
      expect(ok.body).toContain('wy_http_request_duration_seconds');
    } finally {
      await guarded.close();
    }
  });

  it('liveness answers with the database gone; readiness says the database is down', async () => {
    const lonely = await startTestApp(db, { seed: false });
    try {
      await lonely.ds.destroy();
      expect((await lonely.req('GET', '/api/v1/health')).body).toMatchObject({ status: 'ok' });
      const r = await lonely.req('GET', '/api/v1/health/ready');
      expect(r.status).toBe(503);
      expect(r.body.message).toBe('数据库不可用');
    } finally {
      await lonely.close();
    }
  });
});

describe('metrics in production', () => {
  it('without METRICS_TOKEN the endpoint is not there (404); with one it asks for it', async () => {
    const metrics = new Metrics();
    const reply = { header: () => reply, send: async () => undefined } as never;
    const prod = (metricsToken: string | null) => new MetricsController(metrics, { env: 'production', metricsToken } as never);
    await expect(prod(null).scrape(undefined, reply)).rejects.toMatchObject({ status: 404 });
    await expect(prod('prom-scrape-token-0123456789').scrape(undefined, reply)).rejects.toMatchObject({ status: 401 });
    await expect(
      prod('prom-scrape-token-0123456789').scrape('Bearer prom-scrape-token-0123456789', reply),
    ).resolves.toBeUndefined();
  });
});

describe.each(testDatabases())('the request id from the request to the send it caused (%s)', { timeout: 120_000 }, (db) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(db);
  });
  afterAll(async () => t?.close());

  it("an owner's repair filed with x-request-id: its 受理 message keeps the id, and the send logs under it as JSON", async () => {
    const fake = t.wechat.state as unknown as FakeWechatState;
    const login = await t.req('POST', '/api/v1/auth/owner/wechat', {
      body: { code: fake.issueLoginCode('o_rid'), phoneCode: fake.issuePhoneCode('13800000001') },
    });
    const owner = login.body.accessToken;
    await t.req('POST', '/api/v1/me/subscriptions', { token: owner, body: { templates: ['accepted'] } });
    const i = await ids(t);
    const [cat] = await t.ds.query("SELECT id FROM repair_category WHERE project_id = ? AND code = 'PUB-DOOR'", [
      await i.project('101'),
    ]);
    const outbox = t.app.get(OutboxService);
    await outbox.drain(); // whatever the demo left
    const filed = await t.req('POST', '/api/v1/me/service-requests', {
      token: owner,
      headers: { 'x-request-id': 'rid-owner-repair-0001' },
      body: { roomId: await i.room('1011011201'), categoryId: Number(cat.id), description: '单元门禁失灵', notDuplicate: true },
    });
    expect(filed.status).toBe(201);
    expect(filed.headers['x-request-id']).toBe('rid-owner-repair-0001');
    const rows = await t.ds.getRepository(OutboxMessage).find({ where: { sentAt: IsNull() } });
    expect(rows.map((r) => (r.payload as { rid?: string }).rid)).toEqual(['rid-owner-repair-0001']);

    // the outbox's lines go through the JSON logger the API uses (captured here instead of stdout)
    const lines: Record<string, unknown>[] = [];
    const pino = {
      child: () => pino,
      ...Object.fromEntries(
        ['fatal', 'error', 'warn', 'info', 'debug', 'trace'].map((level) => [
          level,
          (obj: object, msg?: string) => lines.push({ level, ...obj, msg }),
        ]),
      ),
    };
    (outbox as unknown as { logger: unknown }).logger = new JsonNestLogger(pino as never);
    expect(await outbox.drain()).toBe(1);
    expect(lines).toContainEqual(
      expect.objectContaining({ level: 'info', reqId: 'rid-owner-repair-0001', msg: expect.stringMatching(/sent$/) }),
    );
    // outside a request or a job there is no id to claim
    expect(currentRequestId()).toBeUndefined();
  });

  it('a job run logs under its own id, and two runs have two ids', async () => {
    const seen: (string | undefined)[] = [];
    const jobs = t.app.get(Jobs);
    jobs.register('test-rid', 99, async () => seen.push(currentRequestId()));
    await jobs.runOnce();
    await jobs.runOnce();
    expect(seen).toHaveLength(2);
    for (const id of seen) expect(id).toMatch(/^job-test-rid-[0-9a-f]{8}$/);
    expect(seen[0]).not.toBe(seen[1]);
  });
});
