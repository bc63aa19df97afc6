import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  DEFAULT_REPAIR_SLA,
  dueAt,
  effectiveDue,
  formatLocal,
  resumeDue,
  SLA_CLOCK_LABELS,
  type RepairSlaSettings,
  type SlaClockKind,
  type SlaDuration,
  type WorkCalendar,
} from '@wy/shared';
import { Clock } from '../../infra/clock.js';
import { isUniqueViolation } from '../../database/errors.js';
import { NotificationsRepository } from '../notifications/notifications.repository.js';
import { ServiceRequestRepository } from '../service-requests/sr.repository.js';
import type { SlaClock } from './entities.js';
import { SlaRepository } from './sla.repository.js';

export interface ProjectSla {
  projectCode: string;
  repair: RepairSlaSettings;
  calendar: WorkCalendar;
}

/**
 * How long an instance keeps a project's settings before reading them again. Saving them here
 * clears this instance's copy at once; other instances pick the change up within this time.
 */
const SETTINGS_TTL_MS = 10_000;

/** A promise to start: met at once when `metAt` is given (late, and so broken, if after `dueAt`). */
export interface ClockStart {
  requestId: number;
  projectId: number;
  kind: SlaClockKind;
  cycle: number;
  startedAt: Date;
  dueAt: Date;
  metAt?: Date | null;
}
const clockRow = (c: ClockStart): Omit<SlaClock, 'id'> => ({
  requestId: c.requestId,
  projectId: c.projectId,
  kind: c.kind,
  cycle: c.cycle,
  startedAt: c.startedAt,
  dueAt: c.dueAt,
  metAt: c.metAt ?? null,
  pausedAt: null,
  breachedAt: c.metAt && c.metAt > c.dueAt ? c.metAt : null,
  breachRun: null,
  extendedUntil: null,
  extensionApprovedBy: null,
  extensionReason: null,
  cancelledAt: null,
});

/** Roles told when a promise is broken. */
const ESCALATE_TO = ['cs_supervisor', 'project_manager'];

/**
 * SLA clocks for every request type: start, meet, pause, resume, and the breach job.
 * Durations and the holiday calendar are per-project settings (project_setting) over the
 * DOMAIN.md defaults; due times are absolute instants computed when a clock starts.
 */
@Injectable()
export class SlaService {
  private readonly logger = new Logger('SLA');
  constructor(
    @Inject(SlaRepository) private readonly repo: SlaRepository,
    @Inject(ServiceRequestRepository) private readonly requests: ServiceRequestRepository,
    @Inject(NotificationsRepository) private readonly notifications: NotificationsRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  private readonly cache = new Map<number, { until: number; value: ProjectSla }>();

  /** Forget a project's cached settings (after they, or the project's zone, changed). */
  invalidateSettings(projectId: number): void {
    this.cache.delete(projectId);
  }

  async settings(projectId: number, em?: EntityManager): Promise<ProjectSla> {
    const hit = this.cache.get(projectId);
    if (hit && hit.until > Date.now()) return hit.value; // infrastructure time, not a rule's clock
    const value = await this.readSettings(projectId, em);
    this.cache.set(projectId, { until: Date.now() + SETTINGS_TTL_MS, value });
    return value;
  }

  private async readSettings(projectId: number, em?: EntityManager): Promise<ProjectSla> {
    const { timeZone, code, rows } = await this.repo.settingsOf(projectId, em);
    const get = <T>(key: string): Partial<T> => (rows.find((r) => r.key === key)?.value as Partial<T>) ?? {};
    const repair = get<RepairSlaSettings>('repair_sla');
    const cal = get<{ holidays: string[]; workdays: string[] }>('calendar');
    return {
      projectCode: code ?? '',
      repair: { ...DEFAULT_REPAIR_SLA, ...repair, resolve: { ...DEFAULT_REPAIR_SLA.resolve, ...(repair.resolve ?? {}) } },
      calendar: { timeZone: timeZone ?? 'Asia/Shanghai', holidays: cal.holidays ?? [], workdays: cal.workdays ?? [] },
    };
  }

  /** A new request's first clocks, in one statement. */
  async startAll(em: EntityManager, clocks: ClockStart[]): Promise<void> {
    await this.repo.insertClocks(em, clocks.map(clockRow));
  }

  due(start: Date, d: SlaDuration, cal: WorkCalendar): Date {
    return dueAt(start, d, cal);
  }

  async start(em: EntityManager, c: ClockStart): Promise<void> {
    try {
      await this.repo.insertClock(em, clockRow(c));
    } catch (e) {
      if (!isUniqueViolation(e)) throw e; // already running: starting twice is a no-op
    }
  }

  /** Stops a clock; a clock met after its due time keeps (or gets) its breach mark. */
  /** Returns false when there was no running clock to stop (already met, or never started). */
  async meet(em: EntityManager, requestId: number, kind: SlaClockKind, cycle: number, at: Date): Promise<boolean> {
    const c = await this.repo.runningClock(requestId, kind, cycle, em);
    if (!c) return false;
    const due = effectiveDue(c);
    return this.repo.stopClock(em, c.id, { metAt: at, pausedAt: null, breachedAt: c.breachedAt ?? (at > due ? at : null) });
  }

  /**
   * Stops clocks that were neither kept nor broken: the request was cancelled, or it is handled
   * again and the old cycle's promises are superseded. They leave the KPIs (cancelled_at).
   */
  async cancel(em: EntityManager, requestId: number, kinds: readonly SlaClockKind[], cycle: number, at: Date): Promise<void> {
    await this.repo.cancelClocks(em, requestId, kinds, cycle, at);
  }

  async setDue(em: EntityManager, requestId: number, kind: SlaClockKind, cycle: number, due: Date): Promise<void> {
    await this.repo.setDue(em, requestId, kind, cycle, due);
  }

  async pause(em: EntityManager, requestId: number, cycle: number, at: Date): Promise<void> {
    await this.repo.pauseClocks(em, requestId, cycle, at);
  }

  async resume(em: EntityManager, requestId: number, cycle: number, at: Date): Promise<void> {
    const paused = await this.repo.runningClocksOfCycle(em, requestId, cycle);
    for (const c of paused) {
      if (!c.pausedAt) continue;
      await this.repo.resumeClock(em, c.id, resumeDue(c.dueAt, c.pausedAt, at));
    }
  }

  clocks(requestId: number) {
    return this.repo.clocks(requestId);
  }
  latestExtensions(requestId: number) {
    return this.repo.latestExtensionsOfRequest(requestId);
  }

  /**
   * The breach job. One conditional UPDATE marks every clock now past due and not yet marked,
   * tagged with this run's id; only the rows this run marked get escalations, each enqueued
   * under a unique key. Several API instances may run it at once: no clock is escalated twice.
   */
  async tick(now = this.clock.now()): Promise<number> {
    const run = randomUUID();
    await this.repo.markBreached(run, now);
    const marked = await this.repo.markedBy(run);
    for (const c of marked) {
      await this.repo.transaction(async (em) => {
        const req = await this.requests.breachSubject(em, c.requestId);
        const title = `超时：${req.code ?? c.requestId} ${SLA_CLOCK_LABELS[c.kind as SlaClockKind] ?? c.kind}`;
        const { calendar } = await this.settings(c.projectId, em);
        const body = `应于 ${formatLocal(effectiveDue(c), calendar.timeZone)} 前完成，已超时。请尽快处理。`;
        const staff = await this.escalationStaff(em, c.projectId, req.assigneeStaffId);
        await this.enqueue(em, `breach:${c.id}`, 'staff', {
          staffIds: staff,
          title,
          body,
          link: `/requests/${c.requestId}`,
          projectId: c.projectId,
        });
      });
    }
    if (marked.length) this.logger.log(`marked ${marked.length} breached clocks (run ${run})`);
    return marked.length;
  }

  private async escalationStaff(em: EntityManager, projectId: number, assignee: number | null): Promise<number[]> {
    const staff = await this.requests.projectStaff(projectId, em);
    const ids = staff.filter((s) => !s.archivedAt && s.roles.some((r) => ESCALATE_TO.includes(r))).map((s) => s.id);
    if (assignee) ids.push(assignee);
    return [...new Set(ids)];
  }

  /** Idempotent enqueue: the same key twice is one message. */
  async enqueue(
    em: EntityManager,
    dedupeKey: string,
    channel: 'staff' | 'wechat',
    payload: Record<string, unknown>,
  ): Promise<boolean> {
    const now = this.clock.now();
    try {
      await this.notifications.insertOutbox(em, {
        channel,
        dedupeKey,
        payload: payload as never,
        createdAt: now,
        nextAttemptAt: now,
        attempts: 0,
        sentAt: null,
        outcome: null,
        lastError: null,
      });
      return true;
    } catch (e) {
      if (isUniqueViolation(e)) return false;
      throw e;
    }
  }

  async notifyStaff(
    em: EntityManager,
    staffIds: number[],
    n: { projectId: number | null; title: string; body: string; link: string | null },
  ): Promise<void> {
    const now = this.clock.now();
    await this.notifications.insertStaffNotifications(
      em,
      staffIds.map((staffId) => ({
        staffId,
        projectId: n.projectId,
        title: n.title.slice(0, 100),
        body: n.body.slice(0, 300),
        link: n.link,
        createdAt: now,
        readAt: null,
      })),
    );
  }
}
