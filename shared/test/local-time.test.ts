import { afterEach, describe, expect, it } from 'vitest';
import { formatLocal, localDayDiff, wallClock, zonedInstant, zoneOffsetMinutes } from '../src/index.js';

describe('the one formatter: times in the project zone, whatever the device', () => {
  const saved = { tz: process.env.TZ, intl: globalThis.Intl };
  afterEach(() => {
    process.env.TZ = saved.tz;
    globalThis.Intl = saved.intl;
  });

  it('China time without Intl (the mini-program runtime may lack time-zone data), in any device zone', () => {
    const t = new Date('2026-11-30T16:05:09Z');
    const seen = ['UTC', 'America/New_York', 'Asia/Shanghai', 'Europe/Berlin'].map((z) => {
      process.env.TZ = z;
      // @ts-expect-error: a runtime without Intl
      delete globalThis.Intl;
      const r = [formatLocal(t, 'Asia/Shanghai', { seconds: true }), formatLocal(t, 'Asia/Shanghai', { dateOnly: true })];
      globalThis.Intl = saved.intl;
      return r.join(' | ');
    });
    expect(new Set(seen)).toEqual(new Set(['2026-12-01 00:05:09 | 2026-12-01']));
  });

  it('wall clock fields, the instant of a local time and whole local days between instants', () => {
    expect(wallClock(new Date('2026-12-05T23:30:00Z'), 'Asia/Shanghai')).toEqual({
      year: 2026,
      month: 12,
      day: 6,
      hour: 7,
      minute: 30,
      second: 0,
      weekday: 0,
    });
    expect(zonedInstant('Asia/Shanghai', 2026, 12, 2, 9).toISOString()).toBe('2026-12-02T01:00:00.000Z');
    expect(zonedInstant('Asia/Shanghai', 2026, 12, 32, 9).toISOString()).toBe('2027-01-01T01:00:00.000Z');
    // 23:30 on 1 Dec and 00:30 on 2 Dec (China time) are one day apart though one hour apart
    expect(localDayDiff(new Date('2026-12-01T16:30:00Z'), new Date('2026-12-01T15:30:00Z'), 'Asia/Shanghai')).toBe(1);
    expect(localDayDiff(new Date('2026-12-01T14:00:00Z'), new Date('2026-12-01T15:30:00Z'), 'Asia/Shanghai')).toBe(0);
  });

  it('a zone with daylight saving still goes through Intl', () => {
    expect(zoneOffsetMinutes(new Date('2026-07-01T12:00:00Z'), 'America/New_York')).toBe(-240);
    expect(zoneOffsetMinutes(new Date('2026-12-01T12:00:00Z'), 'America/New_York')).toBe(-300);
    expect(zonedInstant('America/New_York', 2026, 3, 8, 12).toISOString()).toBe('2026-03-08T16:00:00.000Z');
  });
});
