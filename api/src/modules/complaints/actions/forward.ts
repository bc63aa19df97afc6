import { badRequest } from '../../../common/app-error.js';
import type { ComplaintActionDef } from './action.js';
import { checkHandler } from './handler.js';

/**
 * 转交主管 (R-CMP-07): a class B or C complaint goes to the discipline supervisor within 1 hour
 * of intake (the forward promise is kept now); a class A one is given to whoever the manager
 * names. Forwarding again hands it to another supervisor.
 */
export const forward: ComplaintActionDef = {
  name: 'forward',
  perm: 'complaint.desk',
  async run(ctx) {
    if (!ctx.input.handlerStaffId) throw badRequest('请选择处理主管');
    const h = await checkHandler(ctx, ctx.input.handlerStaffId);
    if (h.id === ctx.c.handlerStaffId) throw badRequest(`已由${h.name}处理`);
    return {
      patch: { handlerStaffId: h.id },
      note: `转交${h.name}处理${ctx.input.note ? '：' + ctx.input.note : ''}`,
      data: { handlerStaffId: h.id },
      clocks: [{ op: 'meet', kind: 'forward' }],
      assignedTo: h.id,
    };
  },
};
