import { AppError, badRequest } from '../../../common/app-error.js';
import type { EnquiryActionDef } from './action.js';

/** 特别致谢 (R-SUG-04): an adopted suggestion whose effect was marked gets special thanks, once. */
export const thank: EnquiryActionDef = {
  name: 'thank',
  perm: 'enquiry.desk',
  async run({ e, input: b, now }) {
    if (!e.adopted) throw new AppError('CONFLICT', '只有被采纳的建议才能特别致谢');
    if (e.thankedAt) throw new AppError('CONFLICT', '已经特别致谢过');
    const words = b.note?.trim();
    if (!words) throw badRequest('请填写致谢内容（建议带来的效果）');
    return { patch: { thankedAt: now }, note: `特别致谢：${words}`, ownerNote: words };
  },
};
