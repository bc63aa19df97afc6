import { describe, expect, it } from 'vitest';
import {
  canMoveFeeChange,
  entryDueOn,
  feeChangeTakesEffect,
  isLateEntry,
  maskBankAccount,
  FEE_CHANGE_STATUSES,
  PERMISSIONS,
  can,
} from '../src/index.js';

describe('owner records', () => {
  it('R-OWN-02 entry is due 3 days after the papers came in, across month and year ends and leap days', () => {
    expect(entryDueOn('2026-11-20')).toBe('2026-11-23');
    expect(entryDueOn('2026-11-29')).toBe('2026-12-02');
    expect(entryDueOn('2026-12-30')).toBe('2027-01-02');
    expect(entryDueOn('2028-02-27')).toBe('2028-03-01');
    expect(entryDueOn('2026-11-20', 5)).toBe('2026-11-25');
  });

  it('R-OWN-02 an entry is late only after the due day in the project zone, and never without a receipt date', () => {
    const zone = 'Asia/Shanghai';
    // 23:59 on the 23rd in China (15:59 UTC): in time; 00:00 on the 24th (16:00 UTC on the 23rd): late
    expect(isLateEntry('2026-11-20', new Date('2026-11-23T15:59:00Z'), zone)).toBe(false);
    expect(isLateEntry('2026-11-20', new Date('2026-11-23T16:00:00Z'), zone)).toBe(true);
    // the same instant in UTC is still the 23rd
    expect(isLateEntry('2026-11-20', new Date('2026-11-23T16:00:00Z'), 'UTC')).toBe(false);
    expect(isLateEntry(null, new Date('2030-01-01T00:00:00Z'), zone)).toBe(false);
    expect(isLateEntry('2026-11-20', new Date('2026-11-24T02:00:00Z'), zone, 5)).toBe(false);
  });

  it('R-OWN-04 a fee change moves pending → approved → delivered → effective (or rejected), never back or around', () => {
    expect(canMoveFeeChange('pending', 'approved')).toBe(true);
    expect(canMoveFeeChange('pending', 'rejected')).toBe(true);
    expect(canMoveFeeChange('approved', 'delivered')).toBe(true);
    expect(canMoveFeeChange('delivered', 'effective')).toBe(true);
    expect(canMoveFeeChange('pending', 'delivered')).toBe(false);
    expect(canMoveFeeChange('approved', 'effective')).toBe(false);
    expect(canMoveFeeChange('rejected', 'approved')).toBe(false);
    for (const s of FEE_CHANGE_STATUSES) expect(canMoveFeeChange('effective', s)).toBe(false);
  });

  it('R-OWN-04 a change takes effect only once delivered and on its effective day in the project zone', () => {
    const zone = 'Asia/Shanghai';
    const c = { effectiveOn: '2026-11-25' };
    expect(feeChangeTakesEffect({ ...c, status: 'approved' }, new Date('2026-12-31T00:00:00Z'), zone)).toBe(false);
    expect(feeChangeTakesEffect({ ...c, status: 'delivered' }, new Date('2026-11-24T15:59:00Z'), zone)).toBe(false);
    expect(feeChangeTakesEffect({ ...c, status: 'delivered' }, new Date('2026-11-24T16:00:00Z'), zone)).toBe(true);
    expect(feeChangeTakesEffect({ ...c, status: 'effective' }, new Date('2026-11-30T00:00:00Z'), zone)).toBe(false);
  });

  it('R-OWN-09 base information by customer service, fee information by finance: neither enters the other', () => {
    expect(can(['finance'], 'records.fee')).toBe(true);
    expect(can(['finance'], 'org.write')).toBe(false);
    expect(can(['finance'], 'people.write')).toBe(false);
    for (const r of ['service_clerk', 'cs_assistant', 'cs_supervisor'] as const) {
      expect(can([r], 'records.fee')).toBe(false);
      expect(can([r], 'people.write')).toBe(true);
    }
    expect(PERMISSIONS['org.codes_approve']).toEqual(['head_office']);
  });

  it('a collection account shows its last 4 digits only', () => {
    expect(maskBankAccount('6222021234567890123')).toBe('**** **** 0123');
    expect(maskBankAccount(null)).toBeNull();
  });
});
