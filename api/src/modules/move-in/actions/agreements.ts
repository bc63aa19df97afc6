import { MOVEIN_COLLECTION_LABELS, moveInChecklistProblem, type MoveInCollection } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { MoveInActionDef } from './action.js';

/** 资料与协议 (R-MOV-02/05): 前期物业服务协议 and 临时管理规约 signed; bank collection (托收) set up or declined. */
export const agreements: MoveInActionDef = {
  name: 'agreements',
  run: ({ input }) => {
    const problem = moveInChecklistProblem('agreements', input.agreements, input.collection);
    if (problem) throw badRequest(problem);
    const collection = input.collection as MoveInCollection;
    const note = input.collectionNote?.trim() || null;
    return {
      patch: { agreements: [...new Set(input.agreements!)], collection, collectionNote: note },
      to: 'handling',
      note: `已签署《前期物业服务协议》《临时管理规约》；${MOVEIN_COLLECTION_LABELS[collection]}${note ? '（' + note + '）' : ''}`,
      ownerNote: `已签署前期物业服务协议、临时管理规约；${MOVEIN_COLLECTION_LABELS[collection]}`,
    };
  },
};
