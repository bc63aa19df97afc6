import { passGateRefusal } from '@wy/shared';
import { AppError, badRequest } from '../../../common/app-error.js';
import type { PassActionDef } from './action.js';

/**
 * 门岗放行 (R-PAS-03): the guard checks the pass (issued, today in the project's zone, not used) and ticks
 * every row of the item list against what goes out; items that differ are not released (the pass is put
 * right at the desk). The release is recorded once: the guard, the time, the note.
 */
export const release: PassActionDef = {
  name: 'release',
  by: 'pass.gate',
  illegal: (pass, today) => passGateRefusal(pass, today),
  async run({ actor, pass, input, now, project }) {
    const refusal = passGateRefusal(pass, project.today(now));
    if (refusal) throw new AppError('CONFLICT', refusal);
    const ticked = new Set(input.checkedItems ?? []);
    if ([...ticked].some((i) => i < 0 || i >= pass.items.length)) throw badRequest('核对的物品不在清单中');
    const unchecked = pass.items.filter((_, i) => !ticked.has(i));
    if (unchecked.length)
      throw badRequest(`请逐项核对物品清单，未核对：${unchecked.map((x) => `${x.name}×${x.quantity}`).join('、')}`);
    const note = input.note?.trim() || null;
    return {
      patch: { releasedAt: now, releasedByStaffId: actor.id, releasedByName: actor.name.slice(0, 50), releaseNote: note },
      to: 'released',
      note: `门岗 ${actor.name} 核对物品清单（${pass.items.length} 项）后放行${note ? '：' + note : ''}`,
      ownerNote: `物品已于门岗核对放行（放行条 ${pass.code ?? ''}）`,
    };
  },
};
