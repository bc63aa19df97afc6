import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/env.js';
import { randomUUID } from 'node:crypto';
import { Clock } from './clock.js';
import { withRequestId } from './log-context.js';
import { Metrics } from './metrics.js';

interface Job {
  name: string;
  /** lower runs first in a round (the breach job marks clocks before the outbox sends what it wrote) */
  order: number;
  run: () => Promise<unknown>;
}

/**
 * The periodic jobs of this instance (JOBS_INTERVAL_SECONDS). Modules register theirs at start;
 * every job is safe to run on every instance at once. `runOnce` runs a round now (the dev clock hook).
 */
@Injectable()
export class Jobs implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly jobs: Job[] = [];
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(Metrics) private readonly metrics: Metrics,
  ) {}

  register(name: string, order: number, run: () => Promise<unknown>): void {
    this.metrics.job(name);
    this.jobs.push({ name, order, run });
    this.jobs.sort((a, b) => a.order - b.order);
  }

  onApplicationBootstrap(): void {
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
      await this.clock.sync(); // the dev clock another instance may have moved
      // one job failing does not keep the later ones (the outbox after the breach job) from running
      for (const job of this.jobs) {
        const t0 = Date.now();
        try {
          // a job run has its own id in the log (the outbox switches to each message's request's id)
          await withRequestId(`job-${job.name}-${randomUUID().slice(0, 8)}`, () => job.run());
          this.metrics.jobRan(job.name, Date.now() - t0, true);
        } catch (e) {
          this.metrics.jobRan(job.name, Date.now() - t0, false);
          this.logger.error(`job ${job.name} failed: ${(e as Error).message}`);
        }
      }
    } catch (e) {
      this.logger.error(`jobs failed: ${(e as Error).message}`);
    } finally {
      this.running = false;
    }
  }
}
