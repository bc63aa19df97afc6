import type { DataSource } from 'typeorm';
import { AppState } from '../database/app-state.entity.js';
import { isUniqueViolation } from '../database/errors.js';

/** The one source of "now". Rules never call Date.now(); tests pin time with a settable clock. */
export abstract class Clock {
  abstract now(): Date;
  /** Catches up with a clock shared by other instances (only the dev clock has anything to do). */
  async sync(): Promise<void> {}
}
export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}
export class SettableClock extends Clock {
  constructor(private t: Date = new Date('2026-11-23T02:00:00Z')) {
    super();
  }
  now(): Date {
    return new Date(this.t.getTime());
  }
  set(t: Date | string): void {
    this.t = new Date(t);
  }
  advance(ms: number): void {
    this.t = new Date(this.t.getTime() + ms);
  }
}

const OFFSET_KEY = 'dev_clock_offset_ms';

/**
 * The system clock shifted by an offset that the demo/test hook can move (never in production).
 * With a data source the offset lives in the database, so every instance behind a balancer keeps
 * the same time: each request and each job round first reads it (`sync`), and `advance` adds to it
 * in one statement. A token issued by one instance is then judged by the same clock on another.
 */
export class OffsetClock extends Clock {
  private offsetMs = 0;
  constructor(private readonly ds?: DataSource) {
    super();
  }
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  override async sync(): Promise<void> {
    if (!this.ds) return;
    const row = await this.ds.getRepository(AppState).findOne({ where: { id: OFFSET_KEY } });
    this.offsetMs = row ? Number(row.num) : 0;
  }
  async advance(ms: number): Promise<void> {
    const step = Math.trunc(ms);
    if (!this.ds) {
      this.offsetMs += step;
      return;
    }
    const repo = this.ds.getRepository(AppState);
    const add = () =>
      repo
        .createQueryBuilder()
        .update()
        .set({ num: () => `num + ${step}` })
        .where('id = :id', { id: OFFSET_KEY })
        .execute();
    if (!(await add()).affected) {
      try {
        await repo.insert({ id: OFFSET_KEY, value: '', num: step });
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        await add(); // another instance's first move a moment ago
      }
    }
    await this.sync();
  }
}
