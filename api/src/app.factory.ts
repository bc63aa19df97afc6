import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import helmet from '@fastify/helmet';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { AppModule } from './app.module.js';
import { createValidationPipe } from './common/validation.js';
import type { AppConfig } from './config/env.js';
import { createDataSource } from './database/data-source.js';
import { Clock, OffsetClock, SystemClock } from './infra/clock.js';
import { HttpSmsProvider, LogSmsProvider, SmsProvider } from './infra/sms.js';
import { WechatClient } from './infra/wechat/index.js';

export interface CreateAppOptions {
  dataSource?: DataSource;
  clock?: Clock;
  sms?: SmsProvider;
  wechat?: WechatClient;
  /** run pending migrations at start (the demo and tests do; production runs `npm run migrate`). */
  migrate?: boolean;
}

export async function createApp(config: AppConfig, opts: CreateAppOptions = {}): Promise<NestFastifyApplication> {
  const dataSource = opts.dataSource ?? createDataSource(config.db);
  if (!dataSource.isInitialized) await dataSource.initialize();
  if (opts.migrate) await dataSource.runMigrations({ transaction: 'each' });
  const clock = opts.clock ?? (config.clockControl ? new OffsetClock() : new SystemClock());
  const sms =
    opts.sms ??
    (config.sms.provider === 'http' ? new HttpSmsProvider(config.sms.baseUrl!, config.jwtSecret) : new LogSmsProvider());
  const wechat =
    opts.wechat ?? new WechatClient({ apiBase: config.wechat.apiBase, appId: config.wechat.appId, secret: config.wechat.secret });

  const adapter = new FastifyAdapter({
    logger:
      config.logLevel === 'silent'
        ? false
        : { level: config.logLevel, redact: ['req.headers.authorization', 'req.headers.cookie'] },
    genReqId: (req: { headers: Record<string, unknown> }) =>
      (req.headers['x-request-id'] as string | undefined)?.slice(0, 64) || randomUUID(),
    requestIdHeader: 'x-request-id',
    bodyLimit: 15 * 1024 * 1024,
    trustProxy: true,
  });
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot({ config, dataSource, clock, sms, wechat }),
    adapter,
    {
      logger: config.logLevel === 'silent' ? false : ['error', 'warn', 'log'],
      bufferLogs: false,
    },
  );
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  await app.register(helmet as never, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'validator.swagger.io'],
        scriptSrc: ["'self'", "'unsafe-inline'"],
      },
    },
  });
  app.enableCors({ origin: config.corsOrigins, credentials: true, exposedHeaders: ['x-request-id', 'retry-after'] });
  app.setGlobalPrefix('api/v1');
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  SwaggerModule.setup('api/docs', app, buildOpenApi(app), { jsonDocumentUrl: 'api/docs-json', useGlobalPrefix: false });
  await app.init();
  return app;
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
