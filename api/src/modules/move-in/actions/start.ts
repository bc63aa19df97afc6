import type { MoveInActionDef } from './action.js';

/** R-MOV-03 a clerk takes the buyer: the wait ends and the handling starts now. */
export const start: MoveInActionDef = {
  name: 'start',
  run: ({ actor, now }) => ({
    patch: { startedAt: now, handledByName: actor.name.slice(0, 50) },
    to: 'handling',
    note: `${actor.name} 开始办理`,
    ownerNote: '工作人员已开始为您办理入伙手续',
  }),
};
