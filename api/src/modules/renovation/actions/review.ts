import { RENO_REFUSAL_GROUND_LABELS, isRenoRefusalGround, renoGroundsText } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { RenoActionDef } from './action.js';

/**
 * R-REN-04 the engineering supervisor reviews the plan against the refusal grounds (a checklist): any ground
 * ticked refuses it, with the grounds shown to the applicant; none ticked passes it to the manager.
 */
export const review: RenoActionDef = {
  name: 'review',
  by: 'renovation.review',
  async run({ actor, input, now }) {
    const grounds = [...new Set(input.grounds ?? [])];
    if (grounds.some((g) => !isRenoRefusalGround(g))) throw badRequest('审核不通过的依据不正确');
    const note = input.note?.trim() || null;
    const base = { reviewedAt: now, reviewedByName: actor.name.slice(0, 50), reviewNote: note };
    if (grounds.length) {
      const text = renoGroundsText(grounds);
      return {
        patch: { ...base, refuseGrounds: grounds, refuseReason: note },
        to: 'refused',
        note: `工程审核不通过：${grounds.map((g) => RENO_REFUSAL_GROUND_LABELS[g as keyof typeof RENO_REFUSAL_GROUND_LABELS]).join('；')}${note ? `（${note}）` : ''}`,
        ownerNote: `装修方案未通过审核，原因：${text}${note ? `。说明：${note}` : ''}`,
      };
    }
    return {
      patch: { ...base, refuseGrounds: [] },
      to: 'reviewed',
      note: `工程审核通过${note ? '：' + note : ''}，待经理审批`,
      ownerNote: '装修方案已通过工程审核，等待管理处经理审批',
    };
  },
};
