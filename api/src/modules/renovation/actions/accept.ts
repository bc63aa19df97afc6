import { formatLocal } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { RenoActionDef } from './action.js';

/**
 * R-REN-07 验收通过: only with the permit and every worker's pass collected back (each ticked); the deposits'
 * refund is then due to start within 1 day and to be finished within 3 working days (R-REN-08, stored).
 */
export const accept: RenoActionDef = {
  name: 'accept',
  by: 'renovation.inspect',
  async run({ actor, now, input, project, reno, workers }) {
    const c = input.collected;
    if (!c?.permit) throw badRequest('请收回装修施工许可证后再确认验收通过');
    const got = new Set(c.passes.map((x) => x.trim()));
    const passes = (await workers()).map((w) => w.passCode).filter((x): x is string => !!x);
    const missing = passes.filter((x) => !got.has(x));
    if (missing.length) throw badRequest(`请收回全部施工人员出入证，尚未收回：${missing.join('、')}`);
    const unknown = [...got].filter((x) => !passes.includes(x));
    if (unknown.length) throw badRequest(`出入证编号不属于本装修：${unknown.join('、')}`);
    const startBy = project.refundStartDue(now);
    const refundBy = project.refundDue(now);
    const note = input.note?.trim() || null;
    return {
      patch: {
        acceptedAt: now,
        acceptedByName: actor.name.slice(0, 50),
        collectedPasses: [reno.permitCode ?? '', ...passes].filter(Boolean),
        refundStartDueAt: startBy,
        refundDueAt: refundBy,
      },
      to: 'accepted',
      note: `验收通过；已收回装修施工许可证 ${reno.permitCode ?? ''} 及施工人员出入证 ${passes.length} 张；保证金应于 ${formatLocal(startBy, project.timeZone)} 前发起退还、${formatLocal(refundBy, project.timeZone)} 前退还完毕${note ? '；' + note : ''}`,
      ownerNote: `竣工验收通过，许可证及出入证已收回。两项装修保证金将于 ${formatLocal(refundBy, project.timeZone, { dateOnly: true })} 前退还`,
    };
  },
};
