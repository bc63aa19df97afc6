import { formatYuan } from '@wy/shared';
import { AppError, badRequest } from '../../../common/app-error.js';
import type { ComplaintActionDef } from './action.js';

const RELATION: Record<string, string> = { owner: '业主', member: '家庭成员', tenant: '租户' };

/**
 * 核实身份 (R-CMP-23): before a communication-type complaint is handled, the taker confirms who the
 * complainant is and looks at the room's payments; what was seen is recorded with the step.
 */
export const verifyIdentity: ComplaintActionDef = {
  name: 'verify_identity',
  perm: 'complaint.desk',
  async run({ c, input: b, now, tools }) {
    if (c.identityCheckedAt) throw new AppError('CONFLICT', '已核实过投诉人身份');
    const how = b.note?.trim();
    if (!how) throw badRequest('请填写核实身份的方式（如核对姓名、房号、预留电话）');
    const seen = await tools.identity(c);
    const who = seen.relation ? `已绑定${RELATION[seen.relation] ?? '住户'}` : '非本项目已绑定住户';
    const pay = seen.unpaidCount ? `欠费 ${formatYuan(seen.unpaidFen)}（${seen.unpaidCount} 笔）` : '无欠费';
    return {
      patch: { identityCheckedAt: now },
      note: `核实身份：${how}；${who}；${pay}`,
      data: { relation: seen.relation, unpaidFen: seen.unpaidFen, unpaidCount: seen.unpaidCount },
    };
  },
};
