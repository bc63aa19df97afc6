import { afterEach, describe, expect, it } from 'vitest';
import { appointmentText, fullTime, halfDaySlots, shortTime } from '../src/services/format';

const zones = ['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Europe/Berlin'];
const saved = process.env.TZ;
afterEach(() => {
  process.env.TZ = saved;
});
const inEveryZone = <T>(fn: () => T): T[] =>
  zones.map((z) => {
    process.env.TZ = z; // the phone's own zone
    return fn();
  });

describe('times on the phone are the service centre’s (Asia/Shanghai), whatever the phone’s zone', () => {
  const now = new Date('2026-12-01T15:30:00Z'); // 23:30 on 1 Dec in Shanghai

  it('R-REP-01 an appointment tomorrow morning reads the same on every phone', () => {
    const text = inEveryZone(() => appointmentText('2026-12-02T01:00:00Z', '2026-12-02T04:00:00Z', now));
    expect(new Set(text)).toEqual(new Set(['明天上午 09:00-12:00']));
  });

  it('"today" and "tomorrow" follow the centre’s day: 00:30 on 2 Dec is tomorrow at 23:30 on 1 Dec', () => {
    expect(new Set(inEveryZone(() => shortTime('2026-12-01T16:30:00Z', now)))).toEqual(new Set(['明天 00:30']));
    expect(new Set(inEveryZone(() => shortTime('2026-12-01T14:00:00Z', now)))).toEqual(new Set(['今天 22:00']));
    expect(fullTime('2026-12-01T16:05:09Z', { seconds: true })).toBe('2026-12-02 00:05:09');
  });

  it('R-REP-01 half-day visit windows are the centre’s mornings and afternoons', () => {
    const slots = inEveryZone(() => halfDaySlots(3, now).map((s) => `${s.label} ${s.sub} ${s.start}`));
    for (const s of slots) expect(s).toEqual(slots[0]);
    expect(slots[0]).toEqual([
      '明天上午 09:00-12:00 2026-12-02T01:00:00.000Z',
      '明天下午 14:00-18:00 2026-12-02T06:00:00.000Z',
      '后天上午 09:00-12:00 2026-12-03T01:00:00.000Z',
    ]);
  });
});
