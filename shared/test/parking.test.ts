import { describe, expect, it } from 'vitest';
import {
  parkingActionAllowed,
  parkingCardNo,
  parkingContractNo,
  parkingHandling,
  parkingRefusalText,
  parkingTermEnd,
  requiredParkingDocs,
} from '../src/parking.js';

describe('parking rules', () => {
  it('R-PRK-02 an owner gives the licences, insurance and purchase contract; a tenant also the lease and contact, address and employer', () => {
    expect(requiredParkingDocs('rental', 'owner')).toEqual(['driving_licence', 'vehicle_licence', 'insurance', 'purchase']);
    expect(requiredParkingDocs('rental', 'member')).toEqual(requiredParkingDocs('rental', 'owner'));
    expect(requiredParkingDocs('charging', 'tenant')).toEqual([
      'driving_licence',
      'vehicle_licence',
      'insurance',
      'purchase',
      'lease',
      'tenant_info',
    ]);
  });

  it('R-PRK-07 a fixed (VIP) space needs the ID card and the vehicle and driving licences, whoever applies', () => {
    expect(requiredParkingDocs('vip', 'owner')).toEqual(['id_card', 'vehicle_licence', 'driving_licence']);
    expect(requiredParkingDocs('vip', 'tenant')).toEqual(['id_card', 'vehicle_licence', 'driving_licence']);
  });

  it('R-PRK-06 the refusal is polite and names each missing or wrong document with its reason; nothing to say when all are checked', () => {
    const docs = requiredParkingDocs('rental', 'owner');
    expect(
      parkingRefusalText(docs, {
        driving_licence: { verdict: 'checked' },
        vehicle_licence: { verdict: 'wrong', reason: '车牌不符' },
        insurance: { verdict: 'missing' },
        purchase: { verdict: 'checked' },
      }),
    ).toBe(
      '您好，您的车位申请资料尚不齐全：行驶证与原件不符（车牌不符）；车辆保险单缺少。请补齐后重新提交，给您带来不便敬请谅解。',
    );
    // a document never judged counts as missing
    expect(parkingRefusalText(docs, { driving_licence: { verdict: 'checked' } })).toContain('购车合同或车辆产权证明缺少');
    expect(parkingRefusalText(docs, Object.fromEntries(docs.map((d) => [d, { verdict: 'checked' as const }])))).toBeNull();
  });

  it('R-PRK-03 R-PRK-07 the flows: a rented space is approved after its contract, a fixed one before the space is chosen; no step skipped', () => {
    expect(parkingActionAllowed('rental', 'approve', 'pending_approval')).toBe(true);
    expect(parkingActionAllowed('rental', 'approve', 'checked')).toBe(false);
    expect(parkingActionAllowed('rental', 'contract', 'submitted')).toBe(false);
    expect(parkingActionAllowed('vip', 'approve', 'checked')).toBe(true);
    expect(parkingActionAllowed('vip', 'contract', 'checked')).toBe(false);
    expect(parkingActionAllowed('vip', 'contract', 'approved')).toBe(true);
    expect(parkingActionAllowed('vip', 'hand_over', 'card_made')).toBe(false);
    expect(parkingActionAllowed('vip', 'hand_over', 'tested')).toBe(true);
    expect(parkingActionAllowed('rental', 'make_card', 'paid')).toBe(false);
  });

  it('R-PRK-05 handling from the first check to the card within 20 minutes; 21 is late; nothing while the card is not issued', () => {
    const t0 = new Date('2026-11-23T02:00:00Z');
    expect(parkingHandling(t0, new Date('2026-11-23T02:20:00Z'), 20)).toEqual({ minutes: 20, late: false });
    expect(parkingHandling(t0, new Date('2026-11-23T02:20:01Z'), 20)).toEqual({ minutes: 21, late: true });
    expect(parkingHandling(t0, null, 20)).toBeNull();
  });

  it('terms end the day before the same day of the month after; month ends are kept', () => {
    expect(parkingTermEnd('2026-11-23', 1)).toBe('2026-12-22');
    expect(parkingTermEnd('2026-11-23', 3)).toBe('2027-02-22');
    expect(parkingTermEnd('2026-01-31', 1)).toBe('2026-02-27');
    expect(parkingTermEnd('2026-12-01', 12)).toBe('2027-11-30');
  });

  it('numbers: the contract follows its application, the card carries the project', () => {
    expect(parkingContractNo('TC1012611230001')).toBe('HT1012611230001');
    expect(parkingCardNo('101', 42)).toBe('K1010000042');
  });
});
