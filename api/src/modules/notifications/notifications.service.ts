import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { isUniqueViolation } from '../../database/errors.js';
import { currentRequestId } from '../../infra/log-context.js';
import { Clock } from '../../infra/clock.js';
import type { NotificationDto } from './notifications.dto.js';
import { NotificationsRepository } from './notifications.repository.js';

/** A console notification for staff. */
export interface StaffNote {
  projectId: number | null;
  title: string;
  body: string;
  link: string | null;
}

/**
 * Notifications: the outbox (idempotent enqueue, in the caller's transaction), staff members'
 * console list, and what the outbox delivers to it.
 */
@Injectable()
export class NotificationsService {
  constructor(
    @Inject(NotificationsRepository) private readonly repo: NotificationsRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /**
   * Idempotent enqueue: the same key twice is one message. `rid`: the id of the HTTP request that caused it
   * (else the job run's), so the send's log lines carry it.
   */
  async enqueue(
    em: EntityManager,
    dedupeKey: string,
    channel: 'staff' | 'wechat' | 'sms',
    payload: Record<string, unknown>,
    rid: string | undefined = currentRequestId(),
  ): Promise<boolean> {
    const now = this.clock.now();
    try {
      await this.repo.insertOutbox(em, {
        channel,
        dedupeKey,
        payload: (rid ? { ...payload, rid } : payload) as never,
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

  /** Writes a notification to each staff member's console list. */
  async notifyStaff(em: EntityManager, staffIds: number[], n: StaffNote): Promise<void> {
    const now = this.clock.now();
    await this.repo.insertStaffNotifications(
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

  async list(p: Principal): Promise<NotificationDto[]> {
    const rows = await this.repo.staffNotifications(p.id);
    return rows.map((n) => ({
      id: n.id,
      title: n.title,
      body: n.body,
      link: n.link,
      createdAt: n.createdAt.toISOString(),
      readAt: n.readAt?.toISOString() ?? null,
    }));
  }
  async read(p: Principal, id: number): Promise<void> {
    if (!(await this.repo.markRead(id, p.id, this.clock.now()))) throw notFound('消息');
  }
}
