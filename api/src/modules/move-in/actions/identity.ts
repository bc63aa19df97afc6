import { moveInChecklistProblem } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { MoveInActionDef } from './action.js';

/**
 * 核验身份 (R-MOV-02/05): the move-in notice's original (collected), the purchase contract and the payment
 * receipt, each ticked; who came (the buyer, or an agent with a power of attorney) in the note.
 */
export const identity: MoveInActionDef = {
  name: 'identity',
  run: ({ input }) => {
    const problem = moveInChecklistProblem('identity', input.identityDocs);
    if (problem) throw badRequest(problem);
    const note = input.note?.trim() || null;
    return {
      patch: { identityDocs: [...new Set(input.identityDocs!)], identityNote: note },
      to: 'handling',
      note: `身份核验通过，已收回《入伙通知书》原件，查验购房合同及购房款收据${note ? '；' + note : ''}`,
      ownerNote: '身份核验完成',
    };
  },
};
