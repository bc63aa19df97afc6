import { COMPLAINT_CLOCK_LABELS, formatLocal } from '@wy/shared';
import { AppError, badRequest } from '../../../common/app-error.js';
import type { ComplaintActionDef } from './action.js';

/**
 * 批准延期 (R-CMP-09): going over a limit needs the project manager's approval, recorded with its
 * reason; the promise's due time in force moves, the original stays on record.
 */
export const extend: ComplaintActionDef = {
  name: 'extend',
  perm: 'complaint.manage',
  async run({ c, p, input: b, now, calendar, tools }) {
    if (!b.clock) throw badRequest('请选择要延期的承诺');
    if (!b.until) throw badRequest('请选择延期至的时间');
    const until = new Date(b.until);
    const running = (await tools.clocks(c.id)).find((k) => k.kind === b.clock && !k.metAt);
    if (!running) throw new AppError('CONFLICT', `“${COMPLAINT_CLOCK_LABELS[b.clock]}”没有进行中的承诺`);
    const inForce = running.extendedUntil ?? running.dueAt;
    if (until <= now || until <= inForce) throw badRequest('延期后的时间必须晚于现在和原到期时间');
    return {
      patch: {},
      note: `批准延期：${COMPLAINT_CLOCK_LABELS[b.clock]}至 ${formatLocal(until, calendar.timeZone)}；原因：${b.reason}`,
      data: { clock: b.clock, until: until.toISOString() },
      clocks: [{ op: 'extend', kind: b.clock, until, by: p.id, reason: b.reason! }],
    };
  },
};
