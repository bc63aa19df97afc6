import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { effectiveDue, isBreached } from '@wy/shared';
import { AppError } from '../../common/app-error.js';
import { isUniqueViolation } from '../../database/errors.js';
import type { ComplaintClockOp } from './actions/action.js';
import { ComplaintsRepository } from './complaints.repository.js';
import type { Complaint, ComplaintClock } from './entities.js';

/** A clock's state as the shared rules read it (complaint clocks never pause). */
export const clockState = (k: ComplaintClock) => ({ ...k, pausedAt: null });
export const isLate = (k: ComplaintClock, now: Date) => !k.cancelledAt && isBreached(clockState(k), now);
export const dueInForce = (k: ComplaintClock) => effectiveDue(clockState(k));

/**
 * Applies a step's clock ops in its transaction. Due times are absolute instants computed when a
 * clock starts (on the project's calendar, by the step); only an approved extension moves one.
 * A promise kept after its due time is marked broken when it is kept.
 */
@Injectable()
export class ComplaintClocks {
  constructor(@Inject(ComplaintsRepository) private readonly repo: ComplaintsRepository) {}

  async apply(em: EntityManager, c: Pick<Complaint, 'id' | 'projectId'>, cycle: number, ops: ComplaintClockOp[], at: Date) {
    for (const op of ops) {
      switch (op.op) {
        case 'start': {
          const metAt = op.metAt ?? null;
          try {
            await this.repo.insertClock(em, {
              complaintId: c.id,
              projectId: c.projectId,
              kind: op.kind,
              cycle,
              startedAt: op.from,
              dueAt: op.dueAt,
              metAt,
              breachedAt: metAt && metAt > op.dueAt ? metAt : null,
              extendedUntil: null,
              extensionApprovedBy: null,
              extensionReason: null,
              cancelledAt: null,
              breachRun: null,
            });
          } catch (e) {
            if (!isUniqueViolation(e)) throw e; // already started in this cycle: starting twice is a no-op
          }
          break;
        }
        case 'meet': {
          const k = await this.repo.runningClock(em, c.id, op.kind);
          const done = k ? await this.repo.stopClock(em, k.id, { metAt: at, breachedAt: at > dueInForce(k) ? at : null }) : false;
          if (!done && op.orElse) throw new AppError('CONFLICT', op.orElse);
          break;
        }
        case 'cancel':
          await this.repo.cancelClocks(em, c.id, op.kinds, at);
          break;
        case 'setDue': {
          const k = await this.repo.runningClock(em, c.id, op.kind);
          if (k) await this.repo.setClock(em, k.id, { dueAt: op.dueAt });
          break;
        }
        case 'extend': {
          const k = await this.repo.runningClock(em, c.id, op.kind);
          if (!k) throw new AppError('CONFLICT', '该承诺已完成，无需延期');
          await this.repo.setClock(em, k.id, {
            extendedUntil: op.until,
            extensionApprovedBy: op.by,
            extensionReason: op.reason.slice(0, 200),
          });
          break;
        }
      }
    }
  }
}
