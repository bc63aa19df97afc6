import { complaintResolveDue, isEscalatedClass } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { ComplaintActionDef, ComplaintClockOp } from './action.js';
import { gradeWords, readGrade } from './grade.js';

/**
 * 重新定级 (R-CMP-02/03): a new importance or category, with the reason. The serial stays, the
 * old code is kept; the handling limit is that of the new class from the receipt (an audited
 * change); raised to class A, it goes to the manager at once and owes its 2-day answer (R-CMP-08).
 */
export const regrade: ComplaintActionDef = {
  name: 'regrade',
  perm: 'complaint.desk',
  async run(ctx) {
    const { c, sla, tools } = ctx;
    const g = await readGrade(ctx, false);
    if (g.importance === c.importance && g.category === c.category) throw badRequest('重要程度和类别都没有变化');
    const from = c.receivedAt;
    const due = (d: Parameters<typeof tools.due>[1]) => tools.due(from, d);
    const clocks: ComplaintClockOp[] = [];
    if (c.status === 'handling')
      clocks.push({ op: 'setDue', kind: 'resolve', dueAt: complaintResolveDue(g.importance, from, c.askedBy, due, sla) });
    const toA = isEscalatedClass(g.importance) && !c.escalatedAt;
    if (toA && c.status === 'handling') clocks.push({ op: 'start', kind: 'answer', from, dueAt: due(sla.answer) });
    if (!isEscalatedClass(g.importance)) clocks.push({ op: 'cancel', kinds: ['answer'] });
    return {
      patch: { kind: g.kind ?? c.kind, classItemId: g.item?.id ?? c.classItemId },
      note: `重新定级为 ${gradeWords(g)}；原因：${ctx.input.reason}`,
      data: { from: { importance: c.importance, category: c.category }, to: { importance: g.importance, category: g.category } },
      clocks,
      grade: { importance: g.importance, category: g.category },
      escalate: toA,
    };
  },
};
