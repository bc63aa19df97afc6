import { formatLocal } from '@wy/shared';
import type { RenoActionDef } from './action.js';

/**
 * R-REN-07 申请竣工验收: the applicant or the room's owner in the app, or the desk for them; again after a
 * failed acceptance. The acceptance inspection is due 3 days later (computed in shared, stored here).
 */
export const requestAcceptance: RenoActionDef = {
  name: 'request_acceptance',
  by: ['applicant', 'room_owner', 'renovation.desk'],
  async run({ actor, now, project, reno, input }) {
    const due = project.acceptanceDue(now);
    const dueText = formatLocal(due, project.timeZone);
    const again = reno.status === 'rectifying';
    const note = input.note?.trim() || null;
    return {
      patch: { acceptanceRequestedAt: now, acceptanceDueAt: due, acceptanceCount: reno.acceptanceCount + 1 },
      to: 'acceptance_requested',
      note: `${actor.kind === 'owner' ? '业主' : '服务中心代'}${again ? '整改后再次' : ''}申请竣工验收，应于 ${dueText} 前验收${note ? '：' + note : ''}`,
      ownerNote: `已${again ? '再次' : ''}申请竣工验收，服务中心将于 ${dueText} 前上门验收`,
    };
  },
};
