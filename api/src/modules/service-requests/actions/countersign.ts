import { formatLocal, REPAIR_MACHINE } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { RequestActionDef } from './action.js';

/**
 * 签收工单 (R-REP-05): when the paper work order is back at the centre, the clerk writes on it the time
 * the technician left (with the order, for the site) and countersigns it, once. The leaving time lies
 * between collecting the order (accept) and arriving on site, and not in the future. Staff only.
 */
export const countersign: RequestActionDef = {
  type: 'repair',
  name: 'countersign',
  move: REPAIR_MACHINE.countersign,
  button: true,
  alreadyDone: (r) => (r.countersignedAt ? '该工单已签收' : null),
  notYet: (r) => (r.orderReturnedAt ? null : '工单尚未交回，不能签收'),
  async run({ p, r, input: b, now, settings }) {
    if (!b.leftAt) throw badRequest('请填写技工离开时间');
    const leftAt = new Date(b.leftAt);
    if (leftAt > now) throw badRequest('离开时间不能晚于现在');
    if (r.acceptedAt && leftAt < new Date(r.acceptedAt)) throw badRequest('离开时间不能早于技工领取工单的时间');
    if (r.arrivedAt && leftAt > new Date(r.arrivedAt)) throw badRequest('离开时间不能晚于技工到场的时间');
    return {
      patch: { leftAt, countersignedByStaffId: p.id, countersignedAt: now },
      note: [`技工离开时间 ${formatLocal(leftAt, settings.calendar.timeZone)}；${p.name} 签收`, b.note]
        .filter(Boolean)
        .join('：'),
      data: { leftAt: leftAt.toISOString() },
    };
  },
};
