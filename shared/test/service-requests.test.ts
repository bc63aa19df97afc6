import { describe, expect, it } from 'vitest';
import {
  allowedRepairActions,
  callbackOutcome,
  CHANNELS,
  DEFAULT_REPAIR_SLA,
  dueAt,
  effectiveDue,
  isBreached,
  isWorkingDay,
  localDate,
  minutesLeft,
  missingFinishChecks,
  needsOwnerContact,
  nextRepairStatus,
  REPAIR_MACHINE,
  repairClockDuration,
  repairRequiredBy,
  REPAIR_STATUSES,
  requiredFinishChecks,
  resumeDue,
} from '../src/index.js';

const cal = { timeZone: 'Asia/Shanghai', holidays: ['2026-10-01', '2026-10-02', '2026-10-05'], workdays: ['2026-10-10'] };

describe('repair state machine', () => {
  it('R-SRV-01 every channel of the manual is a channel, plus patrol for staff-raised orders', () => {
    expect([...CHANNELS]).toEqual(['miniapp', 'phone', 'walk_in', 'email', 'letter', 'website', 'patrol']);
  });

  it('R-REP-04 R-REP-05 the happy path: dispatch → accept → arrive → finish → confirm → callback closes', () => {
    let s = nextRepairStatus('received', 'dispatch')!;
    expect(s).toBe('dispatched');
    s = nextRepairStatus(s, 'accept')!;
    expect(s).toBe('accepted');
    s = nextRepairStatus(s, 'arrive')!;
    expect(s).toBe('arrived');
    s = nextRepairStatus(s, 'finish')!;
    expect(s).toBe('finished');
    s = nextRepairStatus(s, 'confirm')!;
    expect(s).toBe('confirmed');
    expect(nextRepairStatus(s, 'callback')).toBe('closed');
  });

  it('refuses moves the machine does not declare', () => {
    expect(nextRepairStatus('received', 'finish')).toBeNull();
    expect(nextRepairStatus('closed', 'dispatch')).toBeNull();
    expect(nextRepairStatus('cancelled', 'reopen')).toBeNull();
    expect(nextRepairStatus('arrived', 'cancel')).toBeNull();
  });

  it('R-REP-04 transfer and return need a reason; a return goes back to the centre for dispatch', () => {
    expect(REPAIR_MACHINE.transfer.needsReason).toBe(true);
    expect(REPAIR_MACHINE.return.needsReason).toBe(true);
    expect(nextRepairStatus('accepted', 'return')).toBe('received');
    expect(nextRepairStatus('accepted', 'transfer')).toBe('dispatched');
  });

  it('R-REP-07 a missed appointment is rescheduled with a reason without changing the status', () => {
    expect(REPAIR_MACHINE.reschedule.needsReason).toBe(true);
    expect(nextRepairStatus('accepted', 'reschedule')).toBe('accepted');
  });

  it('R-REP-14 a change during the work pauses the order until the owner consents', () => {
    expect(nextRepairStatus('arrived', 'pause')).toBe('paused');
    expect(nextRepairStatus('paused', 'finish')).toBeNull();
    expect(nextRepairStatus('paused', 'resume')).toBe('arrived');
  });

  it('R-REP-06 the requester confirms completion; R-SRV-08 a dissatisfied callback reopens', () => {
    expect(allowedRepairActions('finished', 'requester')).toEqual(['confirm', 'reopen']);
    expect(callbackOutcome('dissatisfied')).toBe('reopen');
    expect(callbackOutcome('satisfied')).toBe('close');
    expect(nextRepairStatus('closed', 'reopen')).toBe('received');
  });

  it('R-REP-09 the callback may close a finished order the owner has not confirmed in the app (confirmed on the call)', () => {
    expect(nextRepairStatus('finished', 'callback')).toBe('closed');
    expect(allowedRepairActions('finished', 'centre')).toContain('callback');
    expect(allowedRepairActions('finished', 'technician')).not.toContain('callback');
    expect(nextRepairStatus('arrived', 'callback')).toBeNull();
  });

  it('shows each actor only its own actions', () => {
    expect(allowedRepairActions('received', 'centre')).toEqual(['review', 'dispatch', 'cancel']); // the API offers review only on unreviewed mini-program requests
    expect(allowedRepairActions('received', 'technician')).toEqual([]);
    // R-REP-16 the API offers 已联系业主 only on in-home orders not yet contacted since the dispatch
    expect(allowedRepairActions('dispatched', 'technician')).toEqual([
      'grab',
      'accept',
      'transfer',
      'return',
      'contact',
      'reschedule',
    ]);
    expect(allowedRepairActions('arrived', 'technician')).not.toContain('contact');
    expect(allowedRepairActions('accepted', 'requester')).toEqual([]);
    for (const s of REPAIR_STATUSES) expect(Array.isArray(allowedRepairActions(s, 'centre'))).toBe(true);
  });
});

describe('SLA clocks (pinned times, Asia/Shanghai)', () => {
  const at = (s: string) => new Date(s);

  it('R-SRV-02 entry is due 2 hours after receipt', () => {
    expect(dueAt(at('2026-11-23T02:00:00Z'), DEFAULT_REPAIR_SLA.entry, cal)).toEqual(at('2026-11-23T04:00:00Z'));
  });

  it('R-REP-09 callback is due 24 hours after completion, across a weekend', () => {
    expect(dueAt(at('2026-11-27T09:30:00Z'), DEFAULT_REPAIR_SLA.callback, cal)).toEqual(at('2026-11-28T09:30:00Z'));
  });

  it('R-REP-10 the second callback is due one month (30 days) later', () => {
    expect(dueAt(at('2026-11-01T00:00:00Z'), DEFAULT_REPAIR_SLA.secondCallback, cal)).toEqual(at('2026-12-01T00:00:00Z'));
  });

  it('R-REP-13 the required completion time follows the urgency', () => {
    const t = at('2026-11-23T02:00:00Z');
    expect(dueAt(t, DEFAULT_REPAIR_SLA.resolve.emergency, cal)).toEqual(at('2026-11-23T06:00:00Z'));
    expect(dueAt(t, DEFAULT_REPAIR_SLA.resolve.urgent, cal)).toEqual(at('2026-11-24T02:00:00Z'));
    expect(dueAt(t, DEFAULT_REPAIR_SLA.resolve.normal, cal)).toEqual(at('2026-11-26T02:00:00Z'));
  });

  it('R-REP-13 R-SRV-06 the required-by time is the resolve promise, or the agreed visit end when later', () => {
    const t = at('2026-11-23T02:00:00Z');
    const s = {
      ...DEFAULT_REPAIR_SLA,
      resolve: { ...DEFAULT_REPAIR_SLA.resolve, urgent: { value: 2, unit: 'working_days' as const } },
    };
    // Monday + 2 working days with the project's own setting
    expect(repairRequiredBy(s, cal, 'urgent', t)).toEqual(at('2026-11-25T02:00:00Z'));
    // a visit agreed for later moves it; one within the promise does not
    expect(repairRequiredBy(s, cal, 'urgent', t, at('2026-11-26T10:00:00Z'))).toEqual(at('2026-11-26T10:00:00Z'));
    expect(repairRequiredBy(s, cal, 'urgent', t, at('2026-11-24T10:00:00Z'))).toEqual(at('2026-11-25T02:00:00Z'));
    expect(repairClockDuration(s, 'resolve', 'emergency')).toEqual({ value: 4, unit: 'hours' });
    expect(repairClockDuration(s, 'completion_entry')).toEqual({ value: 2, unit: 'hours' });
    expect(repairClockDuration(s, 'second_callback')).toEqual({ value: 30, unit: 'days' });
  });

  it('working days skip weekends and holidays, and count make-up Saturdays (local dates, not UTC)', () => {
    // Friday 2026-11-27 17:00 local (09:00Z) + 1 working day → Monday 17:00 local
    expect(dueAt(at('2026-11-27T09:00:00Z'), { value: 1, unit: 'working_days' }, cal)).toEqual(at('2026-11-30T09:00:00Z'));
    // Wednesday 2026-09-30 + 2 working days: 10-01, 10-02 holidays, 10-03/04 weekend, 10-05 holiday → 10-06, 10-07
    expect(dueAt(at('2026-09-30T02:00:00Z'), { value: 2, unit: 'working_days' }, cal)).toEqual(at('2026-10-07T02:00:00Z'));
    // Saturday 2026-10-10 is a make-up working day
    expect(isWorkingDay(at('2026-10-10T02:00:00Z'), cal)).toBe(true);
    // 2026-11-23 23:30 local is still Monday there though UTC says 15:30 Monday; 00:30 local Tuesday is UTC Monday
    expect(localDate(at('2026-11-23T16:30:00Z'), 'Asia/Shanghai')).toBe('2026-11-24');
  });

  it('a paused clock does not run: resuming moves the due time by the pause', () => {
    const due = at('2026-11-23T06:00:00Z');
    expect(resumeDue(due, at('2026-11-23T03:00:00Z'), at('2026-11-23T05:30:00Z'))).toEqual(at('2026-11-23T08:30:00Z'));
    expect(
      isBreached(
        { dueAt: due, metAt: null, pausedAt: at('2026-11-23T05:00:00Z'), extendedUntil: null },
        at('2026-11-23T09:00:00Z'),
      ),
    ).toBe(false);
  });

  it('an approved extension moves the effective due time; breach is judged against it', () => {
    const c = { dueAt: at('2026-11-23T06:00:00Z'), metAt: null, pausedAt: null, extendedUntil: at('2026-11-24T06:00:00Z') };
    expect(effectiveDue(c)).toEqual(at('2026-11-24T06:00:00Z'));
    expect(isBreached(c, at('2026-11-23T07:00:00Z'))).toBe(false);
    expect(isBreached(c, at('2026-11-24T06:00:01Z'))).toBe(true);
    expect(minutesLeft(c, at('2026-11-24T05:00:00Z'))).toBe(60);
  });

  it('a clock met late stays breached; met in time stays met', () => {
    const due = at('2026-11-23T06:00:00Z');
    expect(
      isBreached(
        { dueAt: due, metAt: at('2026-11-23T05:59:00Z'), pausedAt: null, extendedUntil: null },
        at('2026-12-01T00:00:00Z'),
      ),
    ).toBe(false);
    expect(
      isBreached(
        { dueAt: due, metAt: at('2026-11-23T06:01:00Z'), pausedAt: null, extendedUntil: null },
        at('2026-11-23T06:02:00Z'),
      ),
    ).toBe(true);
  });
});

describe('R-REP-16 contact and completion checklist', () => {
  it('only an in-home repair has an owner to contact', () => {
    expect(needsOwnerContact('in_home')).toBe(true);
    expect(needsOwnerContact('public')).toBe(false);
  });
  it('an in-home finish needs the fix tried and the site cleaned, and the fee explained only when a fee is charged', () => {
    expect(requiredFinishChecks('in_home', 3000)).toEqual(['feeExplained', 'fixTried', 'siteCleaned']);
    expect(requiredFinishChecks('in_home', 0)).toEqual(['fixTried', 'siteCleaned']);
    expect(requiredFinishChecks('in_home', null)).toEqual(['fixTried', 'siteCleaned']);
    expect(requiredFinishChecks('public', 3000)).toEqual([]);
    expect(missingFinishChecks('in_home', 3000, { feeExplained: true, fixTried: true })).toEqual(['siteCleaned']);
    expect(missingFinishChecks('in_home', 3000, { feeExplained: false, fixTried: true, siteCleaned: true })).toEqual([
      'feeExplained',
    ]);
    expect(missingFinishChecks('in_home', null, { fixTried: true, siteCleaned: true })).toEqual([]);
  });
  it('the contact promise runs 30 minutes by default', () => {
    expect(repairClockDuration(DEFAULT_REPAIR_SLA, 'contact')).toEqual({ value: 30, unit: 'minutes' });
  });
});
