import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** One reading of a gauge that a module computes when Prometheus scrapes (e.g. the outbox backlog). */
export type GaugeReading = number | { labels: Record<string, string>; value: number }[];

/**
 * This instance's metrics in Prometheus's text format (GET /api/v1/metrics): request latency by route,
 * each periodic job's runs, duration and lag, and what modules add with `gauge` (the outbox's backlog).
 * One registry per app, so test apps in one process do not share counts.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  readonly http = new Histogram({
    name: 'wy_http_request_duration_seconds',
    help: 'API request latency by method, route template and status',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly jobRuns = new Counter({
    name: 'wy_job_runs_total',
    help: 'Periodic job runs by job and result (ok, failed)',
    labelNames: ['job', 'result'],
    registers: [this.registry],
  });
  private readonly jobDuration = new Gauge({
    name: 'wy_job_last_duration_seconds',
    help: "How long each periodic job's last run took",
    labelNames: ['job'],
    registers: [this.registry],
  });
  /** When each job last finished without error (ms), for the lag. */
  private readonly lastOk = new Map<string, number>();
  private readonly started = Date.now();

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'wy_' });
    const lastOk = this.lastOk;
    const started = this.started;
    const jobs = new Set<string>();
    this.knownJobs = jobs;
    new Gauge({
      name: 'wy_job_lag_seconds',
      help: 'Seconds since each periodic job last finished without error (since start when it never has)',
      labelNames: ['job'],
      registers: [this.registry],
      collect() {
        const now = Date.now();
        for (const job of jobs) this.set({ job }, (now - (lastOk.get(job) ?? started)) / 1000);
      },
    });
  }
  private readonly knownJobs: Set<string>;

  /** A job this instance runs (its lag is reported from start until its first good run). */
  job(name: string): void {
    this.knownJobs.add(name);
  }

  /** Records one run of a periodic job. */
  jobRan(name: string, ms: number, ok: boolean, at = Date.now()): void {
    this.knownJobs.add(name);
    this.jobRuns.inc({ job: name, result: ok ? 'ok' : 'failed' });
    this.jobDuration.set({ job: name }, ms / 1000);
    if (ok) this.lastOk.set(name, at);
  }

  /** A gauge read from its owner when scraped; a failed read leaves the gauge out of that scrape. */
  gauge(name: string, help: string, read: () => Promise<GaugeReading>, labelNames: string[] = []): void {
    new Gauge({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        this.reset();
        const v = await read();
        if (typeof v === 'number') this.set(v);
        else for (const r of v) this.set(r.labels, r.value);
      },
    });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
  get contentType(): string {
    return this.registry.contentType;
  }
}
