import { Module, type DynamicModule } from '@nestjs/common';
import { DevController } from './dev.controller.js';
import { HealthController } from './health.controller.js';
import { MetricsController } from './metrics.controller.js';

/** Liveness, readiness and the metrics, and outside production the demo/test helpers (SMS outbox, clock). */
@Module({})
export class HealthModule {
  static register(opts: { dev: boolean }): DynamicModule {
    return { module: HealthModule, controllers: [HealthController, MetricsController, ...(opts.dev ? [DevController] : [])] };
  }
}
