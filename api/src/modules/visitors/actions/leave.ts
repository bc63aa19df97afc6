import type { VisitorActionDef } from './action.js';

/** 登记离开 (R-PAS-05): the leaving time of a visitor who went in. */
export const leave: VisitorActionDef = {
  name: 'leave',
  by: 'visitor.gate',
  illegal: (v) => (v.status === 'left' ? '该访客已登记离开' : '访客尚未登记进入，不能登记离开'),
  run: ({ actor, now }) => ({
    to: 'left',
    patch: { leftAt: now, leftByName: actor.name.slice(0, 50) },
    note: `${actor.name} 登记离开`,
  }),
};
