import {
  callbackNeedsReason,
  CALLBACK_METHOD_LABELS,
  SATISFACTION_LABELS,
  type CallbackMethod,
  type Satisfaction,
} from '@wy/shared';
import type { EntityManager } from 'typeorm';
import { badRequest } from '../../../common/app-error.js';
import type { ActionDto } from '../sr.dto.js';
import type { ActionContext } from './action.js';

export type CallbackAnswer = ActionDto & { method: CallbackMethod; satisfaction: Satisfaction };

/**
 * A callback's answer (R-REP-09/10): how it was made and how satisfied the customer is, never a default;
 * 一般 or 不满意 need the reason (R-SRV-08: 不满意 reopens the request).
 */
export function checkCallbackAnswer(b: ActionDto): asserts b is CallbackAnswer {
  if (!b.method) throw badRequest('请选择回访方式');
  if (!b.satisfaction) throw badRequest('请选择业主的满意度');
  if (callbackNeedsReason(b.satisfaction) && !b.comment?.trim())
    throw badRequest(`业主${SATISFACTION_LABELS[b.satisfaction]}，请填写原因`);
}

/** "回访（电话）：满意，…" */
export const callbackNote = (b: CallbackAnswer) =>
  `（${CALLBACK_METHOD_LABELS[b.method]}）：${SATISFACTION_LABELS[b.satisfaction]}${b.comment ? '，' + b.comment : ''}`;

/** R-REP-09/10: one callback row (method, satisfaction, on time or not) — what the KPIs count. */
export function recordCallback(ctx: ActionContext, b: CallbackAnswer, kind: 'callback' | 'second_callback', cycle: number) {
  const { p, r, now, tools } = ctx;
  return async (em: EntityManager) => {
    // on time: made by its promise's due time in force, the promise not broken (judged in the insert)
    await tools.insertCallbackRecord(em, {
      projectId: r.projectId,
      requestId: r.id,
      cycle,
      kind,
      at: now,
      staffId: p.id,
      staffName: p.name,
      method: b.method,
      satisfaction: b.satisfaction,
      // the owner's own rating of this cycle, if any (on a second callback: of the cycle that was called back)
      ownerSatisfaction: r.cycle === cycle ? r.ownerSatisfaction : null,
      comment: b.comment ?? null,
    });
  };
}
