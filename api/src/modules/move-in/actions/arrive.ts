import type { MoveInActionDef } from './action.js';

/** R-MOV-03 the buyer has come to the desk: the wait starts now. */
export const arrive: MoveInActionDef = {
  name: 'arrive',
  run: ({ m, input, now }) => {
    const note = input.note?.trim() || null;
    return {
      patch: { arrivedAt: now },
      to: 'waiting',
      note: `${m.buyerName} 到服务中心办理入伙${note ? '：' + note : ''}`,
      ownerNote: '您已到场登记，请稍候，工作人员马上为您办理',
    };
  },
};
