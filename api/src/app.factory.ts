import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import helmet from 'helmet';
import type { LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { registerJsonBody } from './common/json-body.js';
import { createValidationPipe } from './common/validation.js';
import { ConfigError, type AppConfig } from './config/env.js';
import { createDataSource } from './database/data-source.js';
import { setMigrationPii } from './database/migration-pii.js';
import { PiiCipher } from './infra/pii.js';
import { Clock, OffsetClock, SystemClock } from './infra/clock.js';
import { JsonNestLogger } from './infra/log-context.js';
import { Metrics } from './infra/metrics.js';
import { LogSmsProvider, SmsProvider } from './infra/sms.js';
import { AliyunSmsProvider } from './infra/sms/aliyun.js';
import { TencentSmsProvider } from './infra/sms/tencent.js';
import { WechatClient } from './infra/wechat/index.js';
import { DbWechatTokenStore } from './infra/wechat/token-store.js';

export interface CreateAppOptions {
  dataSource?: DataSource;
  clock?: Clock;
  sms?: SmsProvider;
  wechat?: WechatClient;
  /** run pending migrations at start (the demo and tests do; production runs `npm run migrate`). */
  migrate?: boolean;
  /** refuse to start on a schema with pending migrations (an instance never runs on a half-deployed database) */
  requireMigrated?: boolean;
}

/** The largest request body (a photo upload, base64). */
const BODY_LIMIT = 15 * 1024 * 1024;

export async function createApp(config: AppConfig, opts: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const dataSource = opts.dataSource ?? createDataSource(config.db);
  if (!dataSource.isInitialized) await dataSource.initialize();
  if (opts.migrate) {
    setMigrationPii(new PiiCipher(config.piiKey, config.piiHashKey));
    await dataSource.runMigrations({ transaction: 'each' });
  } else if (opts.requireMigrated && (await dataSource.showMigrations())) {
    await dataSource.destroy();
    throw new ConfigError(['数据库有未执行的迁移：请先运行一次 npm run migrate -w @wy/api（或设置 MIGRATE_ON_BOOT=1）']);
  }
  const clock = opts.clock ?? (config.clockControl ? new OffsetClock(dataSource) : new SystemClock());
  await clock.sync();
  const sms = opts.sms ?? createSmsProvider(config.sms);
  const wechat =
    opts.wechat ??
    new WechatClient({
      apiBase: config.wechat.apiBase,
      appId: config.wechat.appId,
      secret: config.wechat.secret,
      timeoutMs: config.wechat.timeoutMs,
      tokenStore: new DbWechatTokenStore(dataSource),
    });

  const adapter = new FastifyAdapter({
    logger:
      config.logLevel === 'silent'
        ? false
        : { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    genReqId: (req: { headers: Record<string, unknown> }) =>
      (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID(),
    requestIdHeader: 'x-request-id',
    bodyLimit: BODY_LIMIT,
    // X-Forwarded-For only from the proxies named in TRUST_PROXY: otherwise any client could pick its address
    trustProxy: config.trustProxy,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ config, dataSource, clock, sms, wechat }),
    adapter,
    {
      logger: nestLogLevels(config.logLevel),
      bufferLogs: false,
      // our own JSON parser (depth limit, raw body kept): registerJsonBody below
      bodyParser: false,
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  // every Logger line as JSON beside fastify's request log, with the request id of what is running
  if (config.logLevel !== 'silent') app.useLogger(new JsonNestLogger(fastify.log as never));
  registerJsonBody(fastify, BODY_LIMIT);
  // the dev clock is shared through the database: read before each request (CLOCK_CONTROL only)
  if (config.clockControl) fastify.addHook('onRequest', async () => clock.sync());
  fastify.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  // latency by route template (not the path: ids would make a series per record); unknown paths as one
  const metrics = app.get(Metrics);
  fastify.addHook('onResponse', async (req, reply) => {
    const route = req.routeOptions?.url ?? 'unmatched';
    metrics.http.observe({ method: req.method, route, status: String(reply.statusCode) }, reply.elapsedTime / 1000);
  });
  // the security headers, built once (@fastify/helmet would build helmet's middleware, parsing the CSP, on every
  // request: 2 % of the API's time under the bench); the same headers on every answer, errors and 404s included
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'validator.swagger.io'],
        scriptSrc: ["'self'", "'unsafe-inline'"],
      },
    },
  });
  fastify.addHook('onRequest', (req, reply, done) => securityHeaders(req.raw, reply.raw, (e) => done(e as Error | undefined)));
  if (config.corsOrigins.length)
    app.enableCors({ origin: config.corsOrigins, credentials: true, exposedHeaders: ['x-request-id', 'retry-after'] });
  app.setGlobalPrefix('api/v1');
  // in tests every body and query also goes class-validator's long way and must agree with the short one
  app.useGlobalPipes(createValidationPipe({ crossCheck: config.env === 'test' }));
  app.enableShutdownHooks();
  if (config.apiDocs)
    SwaggerModule.setup('api/docs', app, buildOpenApi(app), { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
  await app.init();
  return app;
}

/** The configured SMS vendor, each with its own keys. */
export function createSmsProvider(c: AppConfig['sms']): SmsProvider {
  const common = { signName: c.signName, templates: c.templates };
  if (c.aliyun) return new AliyunSmsProvider({ ...c.aliyun, ...common });
  if (c.tencent) return new TencentSmsProvider({ ...c.tencent, ...common });
  return new LogSmsProvider();
}

/**
 * Nest's own messages at the configured LOG_LEVEL: at warn (what `npm start` uses) no "Mapped {…} route" or
 * "dependencies initialized" lines, only warnings and errors; at info, its start-up log as well.
 */
export function nestLogLevels(level: string): LogLevel[] | false {
  const order: Record<string, LogLevel[]> = {
    fatal: ['fatal'],
    error: ['fatal', 'error'],
    warn: ['fatal', 'error', 'warn'],
    info: ['fatal', 'error', 'warn', 'log'],
    debug: ['fatal', 'error', 'warn', 'log', 'debug'],
    trace: ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'],
  };
  return order[level] ?? false;
}

export function buildOpenApi(app: NestFastifyApplication): OpenAPIObject {
  const cfg = new DocumentBuilder()
    .setTitle('物业客服中心 API')
    .setDescription('业主小程序、管理后台共用的 REST API。错误统一为 { code, message, details }，message 为中文。')
    .setVersion('1')
    .addBearerAuth()
    .build();
  const doc = SwaggerModule.createDocument(app, cfg, {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  for (const path of Object.values(doc.paths)) {
    for (const op of Object.values(path) as { security?: unknown }[]) {
      if (op && typeof op === 'object') op.security = [{ bearer: [] }];
    }
  }
  return doc;
}
