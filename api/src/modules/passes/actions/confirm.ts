import type { PassActionDef } from './action.js';

/** R-PAS-01 the room's owner confirms a member's or tenant's application in the app; it goes to the desk. */
export const confirm: PassActionDef = {
  name: 'confirm',
  by: 'room_owner',
  async run({ actor, now, input }) {
    const note = input.note?.trim() || null;
    return {
      patch: {
        confirmedByPersonId: actor.id,
        confirmedByName: actor.name.slice(0, 50),
        confirmedAt: now,
        confirmNote: note ?? '业主在小程序内确认',
      },
      to: 'submitted',
      note: `业主 ${actor.name} 已确认${note ? '：' + note : ''}`,
      ownerNote: `业主 ${actor.name} 已确认，等待服务中心签发放行条`,
    };
  },
};
