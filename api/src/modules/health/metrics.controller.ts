import { timingSafeEqual } from 'node:crypto';
import { Controller, Get, Headers, Inject, Res } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AppError, notFound } from '../../common/app-error.js';
import { Public } from '../../common/decorators.js';
import { APP_CONFIG, type AppConfig } from '../../config/env.js';
import { Metrics } from '../../infra/metrics.js';

/**
 * Prometheus scrapes this instance here (text format): request latency, job runs and lag, the outbox
 * backlog. With METRICS_TOKEN set it asks for that bearer token; without, it is open outside production
 * and not there (404) in production.
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(Metrics) private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiExcludeEndpoint()
  async scrape(@Headers('authorization') auth: string | undefined, @Res() reply: FastifyReply): Promise<void> {
    const token = this.config.metricsToken;
    if (!token && this.config.env === 'production') throw notFound('页面');
    if (token) {
      const given = Buffer.from(/^Bearer (.+)$/.exec(auth ?? '')?.[1] ?? '');
      const want = Buffer.from(token);
      if (given.length !== want.length || !timingSafeEqual(given, want))
        throw new AppError('UNAUTHENTICATED', '需要监控令牌（METRICS_TOKEN）');
    }
    const text = await this.metrics.text();
    await reply.header('content-type', this.metrics.contentType).header('cache-control', 'no-store').send(text);
  }
}
