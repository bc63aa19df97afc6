import { formatLocal, REPAIR_MACHINE, repairRequiredBy, URGENCIES, URGENCY_LABELS, type Urgency } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { RequestActionDef } from './action.js';

/** A request from the mini-program no clerk has reviewed yet: it has no first-contact owner. */
export const awaitsReview = (r: { channel: string; ownerStaffId: number | null }): boolean =>
  r.channel === 'miniapp' && r.ownerStaffId === null;

/**
 * 审核 (R-SRV-03, R-REP-13): a clerk reviews a request an owner filed in the mini-program, once,
 * before it is dispatched. The clerk classifies its urgency (and whether it is important); the
 * required completion time follows from the project's default durations for that urgency, counted
 * from receipt (or the agreed visit's end when later), and is what the owner is told (R-SRV-06).
 * The reviewer becomes the request's first-contact owner.
 */
export const review: RequestActionDef = {
  type: 'repair',
  name: 'review',
  move: REPAIR_MACHINE.review,
  button: true,
  alreadyDone: (r) => (r.channel === 'miniapp' && r.ownerStaffId !== null ? '该报修已审核' : null),
  may: ({ r }) => r.channel === 'miniapp',
  async run({ p, r, input: b, settings }) {
    if (!b.urgency || !(URGENCIES as readonly string[]).includes(b.urgency)) throw badRequest('审核需要确定紧急程度');
    const urgency = b.urgency as Urgency;
    const requiredBy = repairRequiredBy(settings.repair, settings.calendar, urgency, new Date(r.receivedAt), r.appointmentEnd);
    const promise = `预计 ${formatLocal(requiredBy, settings.calendar.timeZone)} 前处理完毕`;
    const isImportant = b.isImportant ?? r.isImportant;
    return {
      patch: { ownerStaffId: p.id, urgency, isImportant, requiredBy, promisedAt: requiredBy },
      note: [`紧急程度：${URGENCY_LABELS[urgency]}${isImportant ? '，重要报修' : ''}`, promise, `首问负责人：${p.name}`, b.note]
        .filter(Boolean)
        .join('；'),
      ownerNote: promise,
      data: { urgency, isImportant, requiredBy: requiredBy.toISOString() },
      clocks: [{ op: 'setDue', kind: 'resolve', dueAt: requiredBy }],
    };
  },
};
