import type { VisitorActionDef } from './action.js';

/** 同意来访 (R-PAS-05): the host confirms a visitor the guard registered, in the mini-program's pending card. */
export const approve: VisitorActionDef = {
  name: 'approve',
  by: 'host',
  run: ({ actor, now }) => ({
    to: 'confirmed',
    patch: { confirmedVia: 'app', confirmedByName: actor.name.slice(0, 50), confirmedAt: now },
    note: `${actor.name} 在小程序同意来访`,
  }),
};
