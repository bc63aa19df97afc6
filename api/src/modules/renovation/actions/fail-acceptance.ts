import { renoRectifyByProblem } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { RenoActionDef } from './action.js';

/**
 * R-REN-07 验收不通过: the written rectification requirements and their deadline (printed for the owner and
 * the contractor to sign); the owner puts it right and asks for the acceptance again.
 */
export const failAcceptance: RenoActionDef = {
  name: 'fail_acceptance',
  by: 'renovation.inspect',
  async run({ actor, now, input, project }) {
    const requirements = input.requirements?.trim() ?? '';
    if (requirements.length < 2) throw badRequest('请填写书面整改要求');
    const problem = renoRectifyByProblem(input.rectifyBy, project.today(now));
    if (problem) throw badRequest(problem);
    return {
      patch: {
        acceptanceRequirements: requirements,
        acceptanceRectifyBy: input.rectifyBy!,
        acceptanceFailedAt: now,
        acceptanceFailedByName: actor.name.slice(0, 50),
      },
      to: 'rectifying',
      note: `验收不通过，整改要求：${requirements}；整改期限 ${input.rectifyBy}`,
      ownerNote: `竣工验收未通过。整改要求：${requirements}。请于 ${input.rectifyBy} 前整改完毕后再次申请验收`,
    };
  },
};
