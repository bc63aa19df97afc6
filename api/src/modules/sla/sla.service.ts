import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  DEFAULT_REPAIR_SLA,
  dueAt,
  effectiveDue,
  repairClockDuration,
  resumeDue,
  type RepairSlaSettings,
  type RepairUrgency,
  type SlaClockKind,
  type SlaDuration,
  type WorkCalendar,
} from '@wy/shared';
import { AppError } from '../../common/app-error.js';
import { APP_CONFIG, type AppConfig } from '../../config/env.js';
import { isUniqueViolation } from '../../database/errors.js';
import { EventBus } from '../../events/event-bus.js';
import type { ClockOp } from '../../events/events.js';
import { Clock } from '../../infra/clock.js';
import { Jobs } from '../../infra/jobs.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import { SlaClock, type SlaExtension } from './entities.js';
import { SlaRepository } from './sla.repository.js';

export interface ProjectSla {
  projectCode: string;
  repair: RepairSlaSettings;
  calendar: WorkCalendar;
}
/** A clock or an extension as other modules read them. */
export type SlaClockRecord = SlaClock;
export type SlaExtensionRecord = SlaExtension;

/** The request a set of clock ops is applied to. */
export interface ClockSubject {
  requestId: number;
  projectId: number;
  cycle: number;
  urgency: string;
  at: Date;
}

/**
 * SLA clocks for every request type. Moves announce what they do to the clocks as data
 * (ClockOp, applied here with the project's durations and calendar); the breach job marks late
 * clocks and announces each once. Durations and the holiday calendar are per-project settings
 * over the DOMAIN.md defaults; due times are absolute instants computed when a clock starts.
 */
@Injectable()
export class SlaService implements OnModuleInit {
  private readonly logger = new Logger('SLA');
  private readonly cache = new Map<number, { until: number; value: ProjectSla }>();
  /** the clocks a new request's transaction started (startFirst), by its EntityManager */
  private readonly started = new WeakMap<EntityManager, SlaClock[]>();
  constructor(
    @Inject(SlaRepository) private readonly repo: SlaRepository,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(Jobs) private readonly jobs: Jobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register('sla-breach', 10, () => this.tick());
  }

  // ---------- settings ----------
  /** Forget a project's cached settings (after they, or the project's zone, changed). */
  invalidateSettings(projectId: number): void {
    this.cache.delete(projectId);
  }

  async settings(projectId: number, em?: EntityManager): Promise<ProjectSla> {
    const hit = this.cache.get(projectId);
    if (hit && hit.until > Date.now()) return hit.value; // infrastructure time, not a rule's clock
    const value = await this.readSettings(projectId, em);
    // saving settings clears this instance's copy at once; the others read them again within SETTINGS_CACHE_SECONDS
    this.cache.set(projectId, { until: Date.now() + this.config.settingsCacheSec * 1000, value });
    return value;
  }

  private async readSettings(projectId: number, em?: EntityManager): Promise<ProjectSla> {
    const { timeZone, code, rows } = await this.org.settingsOf(projectId, em);
    const get = <T>(key: string): Partial<T> => (rows.find((r) => r.key === key)?.value as Partial<T>) ?? {};
    const repair = get<RepairSlaSettings>('repair_sla');
    const cal = get<{ holidays: string[]; workdays: string[] }>('calendar');
    return {
      projectCode: code ?? '',
      repair: { ...DEFAULT_REPAIR_SLA, ...repair, resolve: { ...DEFAULT_REPAIR_SLA.resolve, ...(repair.resolve ?? {}) } },
      calendar: { timeZone: timeZone ?? 'Asia/Shanghai', holidays: cal.holidays ?? [], workdays: cal.workdays ?? [] },
    };
  }

  due(start: Date, d: SlaDuration, cal: WorkCalendar): Date {
    return dueAt(start, d, cal);
  }

  // ---------- what moves do to clocks ----------
  /**
   * A new request's first promises, in one statement (none can exist yet). Only `start` ops.
   */
  async startFirst(em: EntityManager, s: ClockSubject, ops: ClockOp[]): Promise<void> {
    const { repair, calendar } = await this.settings(s.projectId, em);
    const rows = ops.map((op) => {
      if (op.op !== 'start') throw new Error(`a new request's clocks can only start (got ${op.op})`);
      return this.row(s, op, repair, calendar);
    });
    if (!rows.length) return;
    const ids = await this.repo.insertClocks(em, rows);
    this.started.set(
      em,
      rows.map((r, i) => Object.assign(new SlaClock(), r, { id: ids[i]! })),
    );
  }

  /**
   * The clocks `startFirst` wrote in this transaction (what intake answers with, instead of
   * reading them back); empty when none were started in it.
   */
  startedIn(em: EntityManager): SlaClockRecord[] {
    return this.started.get(em) ?? [];
  }

  /** Applies a move's clock ops in order, in the move's transaction. */
  async apply(em: EntityManager, s: ClockSubject, ops: ClockOp[]): Promise<void> {
    if (!ops.length) return;
    const { repair, calendar } = await this.settings(s.projectId, em);
    for (let i = 0; i < ops.length; i++) {
      const op = ops[i]!;
      // promises kept together with no 409 to raise (a finish keeps two): one statement for all of them
      if (op.op === 'meet' && !op.orElse) {
        const cycle = op.cycle ?? s.cycle;
        const kinds = [op.kind];
        for (let n = ops[i + 1]; n?.op === 'meet' && !n.orElse && (n.cycle ?? s.cycle) === cycle; n = ops[i + 1]) {
          kinds.push(n.kind);
          i++;
        }
        await this.repo.meetClocks(em, s.requestId, kinds, cycle, s.at);
        continue;
      }
      switch (op.op) {
        case 'start':
          try {
            await this.repo.insertClock(em, this.row(s, op, repair, calendar));
          } catch (e) {
            if (!isUniqueViolation(e)) throw e; // already running: starting twice is a no-op
          }
          break;
        case 'restart': {
          // a new dispatch round: the previous round's promise ends (its breach kept), the next one starts
          if (!op.first) await this.repo.supersedeRound(em, s.requestId, op.kind, s.cycle, s.at);
          const { dispatchRound: _, ...row } = this.row(s, { op: 'start', kind: op.kind, from: op.from }, repair, calendar);
          await this.repo.insertNextRoundClock(em, row);
          break;
        }
        case 'supersede':
          await this.repo.supersedeRound(em, s.requestId, op.kind, s.cycle, s.at);
          break;
        case 'meet':
          if (!(await this.meet(em, s.requestId, op.kind, op.cycle ?? s.cycle, s.at)) && op.orElse)
            throw new AppError('CONFLICT', op.orElse);
          break;
        case 'cancel':
          // neither kept nor broken (cancelled, or superseded when handled again): they leave the KPIs
          await this.repo.cancelClocks(em, s.requestId, op.kinds, op.cycle ?? s.cycle, s.at);
          break;
        case 'setDue':
          await this.repo.setDue(em, s.requestId, op.kind, s.cycle, op.dueAt);
          break;
        case 'pause':
          await this.repo.pauseClocks(em, s.requestId, s.cycle, s.at);
          break;
        case 'resume':
          for (const c of await this.repo.runningClocksOfCycle(em, s.requestId, s.cycle))
            if (c.pausedAt) await this.repo.resumeClock(em, c.id, resumeDue(c.dueAt, c.pausedAt, s.at));
          break;
      }
    }
  }

  private row(
    s: ClockSubject,
    op: Extract<ClockOp, { op: 'start' }>,
    repair: RepairSlaSettings,
    calendar: WorkCalendar,
  ): Omit<SlaClock, 'id'> {
    const due = op.dueAt ?? dueAt(op.from, repairClockDuration(repair, op.kind, s.urgency as RepairUrgency), calendar);
    const metAt = op.metAt ?? null;
    return {
      requestId: s.requestId,
      projectId: s.projectId,
      kind: op.kind,
      cycle: op.cycle ?? s.cycle,
      dispatchRound: 0,
      startedAt: op.from,
      dueAt: due,
      metAt,
      pausedAt: null,
      // met at once after its due time: kept late, so broken
      breachedAt: metAt && metAt > due ? metAt : null,
      breachRun: null,
      extendedUntil: null,
      extensionApprovedBy: null,
      extensionReason: null,
      cancelledAt: null,
    };
  }

  /** Stops a clock; a clock met after its due time keeps (or gets) its breach mark. False when none was running. */
  private meet(em: EntityManager, requestId: number, kind: SlaClockKind, cycle: number, at: Date): Promise<boolean> {
    return this.repo.meetClock(em, requestId, kind, cycle, at);
  }

  // ---------- reading ----------
  clocks(requestId: number) {
    return this.repo.clocks(requestId);
  }
  /**
   * A request's clocks and (`withExtensions`, for the centre) the latest extension asked for each, as a part of
   * another module's read (`readTogether`): the request's detail reads them with its timeline in one statement.
   */
  clocksPart(requestId: number, withExtensions: boolean) {
    return this.repo.clocksPart(requestId, withExtensions);
  }
  /** Running clocks of these requests (any cycle). */
  runningClocks(requestIds: number[]) {
    return this.repo.runningClocks(requestIds);
  }
  /** The running clock of this kind: of this cycle, or of any cycle when none is given. */
  runningClock(requestId: number, kind: SlaClockKind, cycle?: number) {
    return cycle === undefined ? this.repo.runningClockAnyCycle(requestId, kind) : this.repo.runningClock(requestId, kind, cycle);
  }
  /** The clock of this kind and cycle, running or not (read in the caller's transaction). */
  clockOf(em: EntityManager, requestId: number, kind: SlaClockKind, cycle: number) {
    return this.repo.clock(em, requestId, kind, cycle);
  }
  /** Callbacks to make, soonest due first (the callback queue). */
  callbacksDue(projectId: number, w: { dueFrom?: Date; dueBefore?: Date }, limit: number, after?: { due: Date; id: number }) {
    return this.repo.callbacksDue(projectId, w, limit, after);
  }
  callbackCounts(projectId: number, now: Date, soonMs: number) {
    return this.repo.callbackCounts(projectId, now, soonMs);
  }
  pendingExtensions(projectId: number) {
    return this.repo.pendingExtensions(projectId);
  }
  clocksByIds(ids: number[]) {
    return this.repo.clocksByIds(ids);
  }

  // ---------- extensions ----------
  latestExtensions(requestId: number) {
    return this.repo.latestExtensionsOfRequest(requestId);
  }
  extension(id: number) {
    return this.repo.extension(id);
  }
  /** A project's extension requests (optionally of one status, one request, or one of them), newest first. */
  extensions(projectId: number, f: { status?: string; id?: number; requestId?: number } = {}) {
    return this.repo.extensions(projectId, f.status, f.id, f.requestId);
  }
  /** Asks to move a running promise's due time: pending until someone else approves it. */
  requestExtension(
    em: EntityManager,
    x: { projectId: number; requestId: number; clockId: number; until: Date; reason: string; by: number; at: Date },
  ): Promise<number> {
    return this.repo.insertExtension(
      {
        projectId: x.projectId,
        requestId: x.requestId,
        clockId: x.clockId,
        until: x.until,
        reason: x.reason,
        status: 'pending',
        requestedBy: x.by,
        requestedAt: x.at,
        decidedBy: null,
        decidedAt: null,
        decisionNote: null,
      },
      em,
    );
  }
  /** One decision only (conditional update; false when decided already); approval moves the clock's due time. */
  async decideExtension(
    em: EntityManager,
    x: SlaExtension,
    d: { approve: boolean; by: number; at: Date; note: string | null },
  ): Promise<boolean> {
    const decided = await this.repo.decideExtension(em, x.id, {
      status: d.approve ? 'approved' : 'rejected',
      decidedBy: d.by,
      decidedAt: d.at,
      decisionNote: d.note,
    });
    if (decided && d.approve)
      await this.repo.extendClock(em, x.clockId, {
        extendedUntil: x.until,
        extensionApprovedBy: d.by,
        extensionReason: x.reason,
      });
    return decided;
  }

  // ---------- the breach job ----------
  /**
   * One conditional UPDATE marks every clock now past due and not yet marked, tagged with this
   * run's id; only the rows this run marked are announced (sla.clock_breached), each in its own
   * transaction. Several API instances may run it at once: no clock is announced twice.
   */
  async tick(now = this.clock.now()): Promise<number> {
    const run = randomUUID();
    await this.repo.markBreached(run, now);
    const marked = await this.repo.markedBy(run);
    for (const c of marked)
      await this.repo.transaction(async (em) => {
        const { calendar } = await this.settings(c.projectId, em);
        await this.events.publish(em, 'sla.clock_breached', {
          clockId: c.id,
          requestId: c.requestId,
          projectId: c.projectId,
          kind: c.kind as SlaClockKind,
          dueAt: effectiveDue(c),
          timeZone: calendar.timeZone,
        });
      });
    if (marked.length) this.logger.log(`marked ${marked.length} breached clocks (run ${run})`);
    return marked.length;
  }
}
