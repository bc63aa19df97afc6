import type { RenoActionDef } from './action.js';

/** R-REN-02 the room's owner consents in the app to a member's or tenant's application; it goes to the centre. */
export const confirm: RenoActionDef = {
  name: 'confirm',
  by: 'room_owner',
  async run({ actor, now, input, project }) {
    const note = input.note?.trim() || null;
    return {
      patch: {
        confirmedByName: actor.name.slice(0, 50),
        confirmedAt: now,
        confirmNote: note ?? '业主在小程序内同意',
        submittedAt: now,
        reviewDueAt: project.reviewDue(now),
      },
      to: 'submitted',
      note: `业主 ${actor.name} 同意装修申请${note ? '：' + note : ''}`,
      ownerNote: `业主 ${actor.name} 已同意，等待服务中心审核`,
    };
  },
};
