import { formatLocal, REPAIR_MACHINE } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { RequestActionDef } from './action.js';

/**
 * 改约 (R-REP-07): a missed appointment: apologise, give the reason and a new visit window. The
 * owner reads the new time (the reason stays with the centre).
 */
export const reschedule: RequestActionDef = {
  type: 'repair',
  name: 'reschedule',
  move: REPAIR_MACHINE.reschedule,
  button: true,
  may: ({ r, actors }) => !(r.status === 'dispatched' && r.inPool && !actors.includes('centre')),
  async run({ input: b, settings }) {
    if (!b.appointmentStart || !b.appointmentEnd) throw badRequest('改约需要新的预约时间');
    const [s, e] = [new Date(b.appointmentStart), new Date(b.appointmentEnd)];
    if (e <= s) throw badRequest('预约结束时间必须晚于开始时间');
    const when = formatLocal(s, settings.calendar.timeZone);
    return {
      patch: { appointmentStart: s, appointmentEnd: e },
      note: `致歉并改约至 ${when}；原因：${b.reason}`,
      ownerNote: `上门时间改约至 ${when}`,
    };
  },
};
