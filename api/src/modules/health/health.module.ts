import { Module, type DynamicModule } from '@nestjs/common';
import { DevController } from './dev.controller.js';
import { HealthController } from './health.controller.js';

/** The health check, and outside production the demo/test helpers (SMS outbox, clock). */
@Module({})
export class HealthModule {
  static register(opts: { dev: boolean }): DynamicModule {
    return { module: HealthModule, controllers: [HealthController, ...(opts.dev ? [DevController] : [])] };
  }
}
