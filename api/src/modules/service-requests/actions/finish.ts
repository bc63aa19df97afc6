import { FINISH_CHECK_LABELS, missingFinishChecks, needsOwnerContact, REPAIR_MACHINE } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { RequestActionDef } from './action.js';

/**
 * 完工 (R-REP-06): the technician enters the result, materials, the fee of a paid repair and
 * photos; in a home, that the fee was explained, the owner tried the fix and the site is clean
 * (R-REP-16). Clocks: resolve (and a pending completion entry) kept; the callback promise starts,
 * and the second callback for important requests (R-REP-09/10). Raises repair.finished (billing
 * makes the room's bill of a paid repair's fee).
 */
export const finish: RequestActionDef = {
  type: 'repair',
  name: 'finish',
  move: REPAIR_MACHINE.finish,
  button: true,
  async run({ r, input: b, now, category }) {
    if (!b.result?.trim()) throw badRequest('完工需要填写处理结果');
    if (r.chargeKind === 'paid' && (b.feeFen === undefined || b.feeFen === null)) throw badRequest('有偿维修需要填写费用');
    // R-REP-03: public areas and repairs under warranty are free: no fee, so no bill
    if (r.chargeKind !== 'paid' && b.feeFen)
      throw badRequest(r.chargeKind === 'warranty' ? '保修期内维修免费，不能收费' : '公共区域维修免费，不能收费');
    const feeFen = r.chargeKind === 'paid' ? b.feeFen! : null;
    // R-REP-16 in-home: the fee (if any) shown and explained, the owner tried the fix, the site cleaned
    const missing = missingFinishChecks(r.scope, feeFen, b);
    if (missing.length) throw badRequest(`完工前请确认：${missing.map((c) => FINISH_CHECK_LABELS[c]).join('、')}`);
    const checklist = needsOwnerContact(r.scope)
      ? { feeExplained: b.feeExplained === true, fixTried: b.fixTried === true, siteCleaned: b.siteCleaned === true }
      : null;
    return {
      patch: { finishedAt: now, result: b.result, materials: b.materials ?? [], feeFen },
      note: b.result,
      ownerNote: b.result,
      data: { result: b.result, materials: b.materials ?? [], feeFen: feeFen, checklist },
      clocks: [
        { op: 'meet', kind: 'resolve' },
        { op: 'meet', kind: 'completion_entry' },
        { op: 'start', kind: 'callback', from: now },
        ...(r.isImportant ? [{ op: 'start' as const, kind: 'second_callback' as const, from: now }] : []),
      ],
      raises: [
        {
          name: 'repair.finished',
          payload: {
            requestId: r.id,
            projectId: r.projectId,
            roomId: r.roomId,
            code: r.code ?? String(r.id),
            categoryName: category?.name ?? '报修',
            chargeKind: r.chargeKind,
            feeFen: b.feeFen ?? 0,
            at: now,
          },
        },
      ],
    };
  },
};
