import { CALLBACK_METHOD_LABELS, needsAcknowledgment } from '@wy/shared';
import { AppError, badRequest } from '../../../common/app-error.js';
import type { ComplaintActionDef } from './action.js';

/**
 * 回执 (R-CMP-06): a complaint made in writing, by e-mail or on the website is acknowledged
 * within 2 days, saying the centre will track it and reply. (A complaint filed in the
 * mini-program gets its automatic acknowledgment at intake.)
 */
export const acknowledge: ComplaintActionDef = {
  name: 'acknowledge',
  perm: 'complaint.desk',
  async run({ c, input: b }) {
    if (!needsAcknowledgment(c.channel)) throw new AppError('CONFLICT', '当面或电话投诉无需书面回执');
    if (!b.method) throw badRequest('请选择回执方式');
    return {
      patch: {},
      note: `经${CALLBACK_METHOD_LABELS[b.method]}发出回执${b.note ? '：' + b.note : ''}`,
      ownerNote: '服务中心已收到您的投诉，将跟踪处理并答复您',
      data: { method: b.method },
      clocks: [{ op: 'meet', kind: 'acknowledge', orElse: '已经发出过回执' }],
    };
  },
};
