import { complaintResolveDue, isEscalatedClass } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { ComplaintActionDef, ComplaintClockOp, ComplaintContext, ComplaintOutcome } from './action.js';
import { gradeWords, readGrade } from './grade.js';
import { checkHandler } from './handler.js';

/**
 * 评审 (R-CMP-01): valid or not. Invalid (R-CMP-16): the explanation given is recorded and the
 * complaint is kept as invalid, never deleted. Valid: importance, category (from the project's
 * classification table, R-CMP-04) and type (R-CMP-17) make the code (R-CMP-02), and the clocks
 * start from the receipt: class A is escalated to the manager at once, answered within 2 days and
 * handled within 10 (R-CMP-08); B and C are forwarded to the discipline supervisor within 1 hour
 * (R-CMP-07) and handled within 3 days, C within 2 or the complainant's own time (R-CMP-09).
 */
export const review: ComplaintActionDef = {
  name: 'review',
  perm: 'complaint.desk',
  run: (ctx) => reviewOutcome(ctx),
};

/** The review as data (the desk's intake checks it before filing, then takes it). */
export async function reviewOutcome(ctx: ComplaintContext): Promise<ComplaintOutcome> {
  const { c, input: b, now, sla, tools } = ctx;
  if (b.valid === undefined) throw badRequest('请选择是否有效投诉');
  const reviewed = { reviewedAt: now, reviewedBy: ctx.p.id };
  if (!b.valid) {
    const why = b.note?.trim();
    if (!why) throw badRequest('无效投诉需要填写向投诉人所作的解释');
    return {
      patch: { ...reviewed, invalidReason: why, kind: b.kind ?? null },
      to: 'invalid',
      event: 'invalid',
      note: `无效投诉：${why}`,
      ownerNote: why,
      // the explanation answers the complainant: a pending acknowledgment is kept by it
      clocks: [{ op: 'meet', kind: 'acknowledge' }],
    };
  }
  const g = await readGrade(ctx, true);
  const from = c.receivedAt;
  const due = (d: Parameters<typeof tools.due>[1]) => tools.due(from, d);
  const resolveDue = complaintResolveDue(g.importance, from, c.askedBy, due, sla);
  const clocks: ComplaintClockOp[] = [{ op: 'start', kind: 'resolve', from, dueAt: resolveDue }];
  const patch: ComplaintOutcome['patch'] = { ...reviewed, kind: g.kind, classItemId: g.item?.id ?? null };
  let note = `有效投诉：${gradeWords(g)}`;
  let assignedTo: number | null = null;
  if (isEscalatedClass(g.importance)) {
    clocks.push({ op: 'start', kind: 'answer', from, dueAt: due(sla.answer) });
  } else {
    const forwardDue = due(sla.forward);
    if (b.handlerStaffId) {
      const h = await checkHandler(ctx, b.handlerStaffId);
      patch.handlerStaffId = h.id;
      assignedTo = h.id;
      note += `；转交${h.name}处理`;
      clocks.push({ op: 'start', kind: 'forward', from, dueAt: forwardDue, metAt: now });
    } else clocks.push({ op: 'start', kind: 'forward', from, dueAt: forwardDue });
  }
  return {
    patch,
    note,
    data: { importance: g.importance, category: g.category, kind: g.kind },
    clocks,
    grade: { importance: g.importance, category: g.category },
    escalate: isEscalatedClass(g.importance),
    assignedTo,
  };
}
