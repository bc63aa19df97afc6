import { RENO_FEE_LABELS, renoWorkerPassCode, type RenoFeeKind } from '@wy/shared';
import { AppError } from '../../../common/app-error.js';
import type { RenoActionDef } from './action.js';

/**
 * R-REN-05 发放许可证: only when every charge is paid, the permit (装修施工许可证, code unique) and a pass for
 * each worker (施工人员出入证) are issued; the contractor is reminded to bring fire extinguishers.
 */
export const permit: RenoActionDef = {
  name: 'permit',
  by: 'renovation.desk',
  takesCode: true,
  async run({ actor, now, fees, workers, nextCode, setPassCode, reno }) {
    const unpaid = (await fees()).filter((f) => !f.paidAt);
    if (unpaid.length)
      throw new AppError(
        'CONFLICT',
        `尚未缴清：${unpaid.map((f) => RENO_FEE_LABELS[f.kind as RenoFeeKind] ?? f.kind).join('、')}，缴清后才能发放许可证`,
        { unpaid: unpaid.map((f) => f.kind) },
      );
    const code = await nextCode();
    const ws = await workers();
    for (const w of ws) await setPassCode(w.id, renoWorkerPassCode(code, w.seq));
    return {
      patch: { permitCode: code, permittedAt: now, permittedByName: actor.name.slice(0, 50) },
      to: 'permitted',
      note: `发放装修施工许可证 ${code} 及施工人员出入证 ${ws.length} 张；已提醒施工单位配备灭火器`,
      ownerNote: `装修施工许可证 ${code} 已发放（施工人员出入证 ${ws.length} 张），工期 ${reno.startOn} 至 ${reno.endOn}。请张贴于门口，施工现场须配备灭火器`,
    };
  },
};
