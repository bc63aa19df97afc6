import { badRequest } from '../../../common/app-error.js';
import type { EnquiryActionDef } from './action.js';

/** 征询业委会 (R-SUG-03): when adoption is unclear, the owners' committee's view is asked and recorded before the reply. */
export const consult: EnquiryActionDef = {
  name: 'consult',
  perm: 'enquiry.desk',
  async run({ input: b, now }) {
    const view = b.note?.trim();
    if (!view) throw badRequest('请记录征询业主委员会的情况和意见');
    return { patch: { consultedAt: now }, note: `征询业主委员会：${view}` };
  },
};
