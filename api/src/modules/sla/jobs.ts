import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/env.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { SlaService } from './sla.service.js';

/** Runs the breach job and drains the outbox on every instance; both are safe to run concurrently. */
@Injectable()
export class JobsRunner implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(SlaService) private readonly sla: SlaService,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  onModuleInit(): void {
    if (!this.config.jobsIntervalSec) return;
    this.timer = setInterval(() => void this.runOnce(), this.config.jobsIntervalSec * 1000);
    this.timer.unref();
  }
  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  async runOnce(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.sla.tick();
      await this.outbox.drain();
    } catch (e) {
      this.logger.error(`jobs failed: ${(e as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
