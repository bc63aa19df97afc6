import { formatYuan } from '@wy/shared';
import { AppError, badRequest } from '../../../common/app-error.js';
import type { PassActionDef } from './action.js';

/**
 * 签发 (R-PAS-02): the clerk has checked who applied (the applicant's binding to the room, the owner's
 * confirmation, shown on the pass) and the household's payment status. A room with bills overdue unpaid
 * is refused unless the clerk explicitly issues it all the same (仍然签发) with a reason, which stays on the
 * pass with the amount owed. The pass gets its code; it is valid on the moving day only, in the project's zone.
 */
export const issue: PassActionDef = {
  name: 'issue',
  by: 'pass.desk',
  readsArrears: true,
  takesCode: true,
  async run({ actor, pass, input, now, project, arrears, nextCode }) {
    if (pass.moveOn < project.today(now)) throw new AppError('CONFLICT', `搬出日期 ${pass.moveOn} 已过，请让申请人重新申请`);
    const owed = arrears ?? { count: 0, fen: 0 };
    const reason = input.reason?.trim() || null;
    if (owed.fen > 0) {
      if (!input.overrideArrears)
        throw new AppError(
          'CONFLICT',
          `该房屋有 ${owed.count} 笔逾期未缴账单，共 ${formatYuan(owed.fen)} 元，请先缴清；确需放行请选择“仍然签发”并填写原因`,
          { arrearsFen: owed.fen, arrearsCount: owed.count },
        );
      if (!reason || reason.length < 2) throw badRequest('仍然签发时请填写原因（至少2个字）');
    }
    const code = await nextCode();
    const arrearsText = owed.fen > 0 ? `；该房屋逾期欠费 ${formatYuan(owed.fen)} 元，仍然签发：${reason}` : '；缴费情况正常';
    return {
      patch: {
        code,
        issuedAt: now,
        issuedByStaffId: actor.id,
        issuedByName: actor.name.slice(0, 50),
        arrearsFen: owed.fen,
        arrearsReason: owed.fen > 0 ? reason : null,
      },
      to: 'issued',
      note: `签发放行条 ${code}，有效日期 ${pass.moveOn}${arrearsText}`,
      ownerNote: `放行条 ${code} 已签发，${pass.moveOn} 当天向门岗出示即可`,
    };
  },
};
