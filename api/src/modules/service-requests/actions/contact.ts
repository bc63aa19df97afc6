import { formatLocal, needsOwnerContact, REPAIR_MACHINE } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { ClockOp } from '../../../events/events.js';
import type { ServiceRequest } from '../entities.js';
import type { RequestActionDef } from './action.js';

/**
 * R-REP-16 the contact promise of a dispatch round: "The technician contacts the owner within a set
 * time after dispatch" — the promise is the technician's, so it runs from the moment a technician
 * (or team) is given the order: a dispatch or transfer to someone, or a grab from the pool. An order
 * put in the grab pool has no technician yet, so no promise runs while it waits there. Each round
 * has its own promise: a re-dispatch ends the previous round's (a breach stays one) and starts the
 * next. A public area has no owner to call.
 */
export const contactClock = (r: ServiceRequest, now: Date, toPool = false): ClockOp[] =>
  !needsOwnerContact(r.scope)
    ? []
    : toPool
      ? [{ op: 'supersede', kind: 'contact' }]
      : // never dispatched before: no earlier round's promise can be running
        [{ op: 'restart', kind: 'contact', from: now, first: r.dispatchedAt === null }];

/**
 * 已联系业主 (R-REP-16): the technician has called the owner of an in-home repair and agreed the visit
 * time. Keeps the contact promise (late when past its due time); the agreed window becomes the
 * appointment, and the owner reads it.
 */
export const contact: RequestActionDef = {
  type: 'repair',
  name: 'contact',
  move: REPAIR_MACHINE.contact,
  button: true,
  alreadyDone: (r) => (r.contactedAt ? '已联系过业主' : null),
  notYet: (r) =>
    !needsOwnerContact(r.scope) ? '公共区域报修无需联系业主' : r.inPool ? '抢单池中的工单请先抢单再联系业主' : null,
  async run({ input: b, now, settings }) {
    if (!b.appointmentStart || !b.appointmentEnd) throw badRequest('请填写与业主约定的上门时间');
    const [s, e] = [new Date(b.appointmentStart), new Date(b.appointmentEnd)];
    if (e <= s) throw badRequest('约定上门的结束时间必须晚于开始时间');
    if (e <= now) throw badRequest('约定的上门时间已过，请重新填写');
    const tz = settings.calendar.timeZone;
    const [from, to] = [formatLocal(s, tz), formatLocal(e, tz)];
    const when = `${from}–${to.slice(0, 10) === from.slice(0, 10) ? to.slice(11) : to}`;
    return {
      patch: { contactedAt: now, appointmentStart: s, appointmentEnd: e },
      note: [`已联系业主，约定 ${when} 上门`, b.note].filter(Boolean).join('；'),
      ownerNote: `师傅已与您联系，约定 ${when} 上门`,
      data: { appointmentStart: s.toISOString(), appointmentEnd: e.toISOString() },
      clocks: [{ op: 'meet', kind: 'contact' }],
    };
  },
};
