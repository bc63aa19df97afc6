import { AppError, badRequest } from '../../../common/app-error.js';
import type { EnquiryActionDef } from './action.js';

/** 书面询问建设单位 (R-INQ-02): a question touching the developer is asked in writing before it is answered. */
export const askDeveloper: EnquiryActionDef = {
  name: 'ask_developer',
  perm: 'enquiry.desk',
  async run({ e, input: b, now }) {
    if (!e.aboutDeveloper) throw new AppError('CONFLICT', '该咨询不涉及建设单位');
    if (e.developerAskedAt) throw new AppError('CONFLICT', '已书面询问过建设单位');
    const letter = b.letter?.trim();
    if (!letter) throw badRequest('请填写书面询问的函件编号或内容');
    return { patch: { developerAskedAt: now, developerLetter: letter }, note: `已书面询问建设单位：${letter}` };
  },
};
