import { Inject, Injectable } from '@nestjs/common';
import { IsNull, LessThanOrEqual, type DataSource, type EntityManager } from 'typeorm';
import { insertRow, insertRows } from '../../database/rows.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { OutboxMessage, StaffNotification, SubscribeCredit } from './entities.js';

/** Every query of the outbox, staff notifications and owners' subscribe-message credits. */
@Injectable()
export class NotificationsRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }

  // ---------- outbox ----------
  /** Inserts a message; the same dedupe key twice is refused by the unique key. */
  async insertOutbox(em: EntityManager, row: Omit<OutboxMessage, 'id'>): Promise<void> {
    await insertRow(em, OutboxMessage, row); // plain SQL (rows.ts): most moves enqueue a message
  }
  /** Unsent messages whose next attempt is due, oldest first. */
  dueMessages(now: Date, limit: number) {
    return this.ds.getRepository(OutboxMessage).find({
      where: { sentAt: IsNull(), nextAttemptAt: LessThanOrEqual(now) },
      order: { id: 'ASC' },
      take: limit,
    });
  }
  /** Messages not sent yet and when the oldest of them was written (the metrics' backlog). */
  async backlog(): Promise<{ count: number; oldest: Date | null }> {
    const repo = this.ds.getRepository(OutboxMessage);
    const [count, first] = await Promise.all([
      repo.count({ where: { sentAt: IsNull() } }),
      repo.findOne({ where: { sentAt: IsNull() }, order: { id: 'ASC' }, select: { id: true, createdAt: true } }),
    ]);
    return { count, oldest: first?.createdAt ?? null };
  }
  /** Claims a message for one attempt until `lease`; false when another instance claimed it first. */
  async claim(m: { id: number; attempts: number }, lease: Date): Promise<boolean> {
    const claim = await this.ds
      .getRepository(OutboxMessage)
      .update({ id: m.id, sentAt: IsNull(), attempts: m.attempts }, { attempts: m.attempts + 1, nextAttemptAt: lease });
    return (claim.affected ?? 0) === 1;
  }
  async markSent(id: number, at: Date, outcome: string, em?: EntityManager): Promise<void> {
    await (em ?? this.ds.manager).getRepository(OutboxMessage).update({ id }, { sentAt: at, outcome, lastError: null });
  }
  async markFailed(id: number, nextAttemptAt: Date, lastError: string): Promise<void> {
    await this.ds.getRepository(OutboxMessage).update({ id }, { nextAttemptAt, lastError });
  }

  // ---------- staff notifications ----------
  async insertStaffNotifications(em: EntityManager, rows: Omit<StaffNotification, 'id'>[]): Promise<void> {
    await insertRows(em, StaffNotification, rows);
  }
  staffNotifications(staffId: number) {
    return this.ds.getRepository(StaffNotification).find({ where: { staffId }, order: { id: 'DESC' }, take: 100 });
  }
  /** Marks one of the staff member's notifications read; false when it is not theirs (or does not exist). */
  async markRead(id: number, staffId: number, at: Date): Promise<boolean> {
    const repo = this.ds.getRepository(StaffNotification);
    await repo.update({ id, staffId, readAt: IsNull() }, { readAt: at });
    return repo.exists({ where: { id, staffId } });
  }

  // ---------- subscribe credits ----------
  /** Spends one credit of the owner's template; false when none is left. */
  async spendCredit(personId: number, template: string): Promise<boolean> {
    const spent = await this.ds
      .createQueryBuilder()
      .update(SubscribeCredit)
      .set({ credits: () => 'credits - 1' })
      .where('person_id = :personId AND template = :template AND credits > 0', { personId, template })
      .execute();
    return (spent.affected ?? 0) === 1;
  }
  async refundCredit(personId: number, template: string): Promise<void> {
    await this.ds.getRepository(SubscribeCredit).increment({ personId, template }, 'credits', 1);
  }
  /** One more credit: the row is created at 1 the first time (a concurrent first insert falls back to +1). */
  async addCredit(personId: number, template: string): Promise<void> {
    const repo = this.ds.getRepository(SubscribeCredit);
    const r = await repo.increment({ personId, template }, 'credits', 1);
    if (!r.affected) {
      try {
        await repo.insert({ personId, template, credits: 1 });
      } catch {
        await repo.increment({ personId, template }, 'credits', 1);
      }
    }
  }
  credits(personId: number) {
    return this.ds.getRepository(SubscribeCredit).find({ where: { personId } });
  }
}
