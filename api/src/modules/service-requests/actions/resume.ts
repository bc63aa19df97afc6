import { REPAIR_MACHINE } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { RequestActionDef } from './action.js';

/** 继续处理 (R-REP-14): the work goes on only with the owner's recorded consent; the promises run again. */
export const resume: RequestActionDef = {
  type: 'repair',
  name: 'resume',
  move: REPAIR_MACHINE.resume,
  button: true,
  async run({ input: b }) {
    if (!b.note?.trim()) throw badRequest('继续处理前请记录业主的同意（如：业主电话同意更换方案）');
    return { patch: {}, note: `业主同意：${b.note}`, clocks: [{ op: 'resume' }] };
  },
};
