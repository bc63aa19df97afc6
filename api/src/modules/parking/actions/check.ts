import {
  PARKING_DOC_LABELS,
  parkingRefusalText,
  requiredParkingDocs,
  type ParkingApplicantRole,
  type ParkingDoc,
  type RentableSpaceKind,
} from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { ParkingActionDef } from './action.js';

/**
 * 核对资料 (R-PRK-02, R-PRK-06): the clerk checks each required document against its original —
 * checked, missing or wrong with a reason. All checked: the application goes on. Anything else: it is
 * politely refused, telling the owner exactly what is missing, and the owner can resubmit.
 * The desk's clock (R-PRK-05) starts at the first check.
 */
export const check: ParkingActionDef = {
  name: 'check',
  perm: 'parking.desk',
  async run({ a, input, now }) {
    const required = requiredParkingDocs(a.kind as RentableSpaceKind, a.applicantRole as ParkingApplicantRole);
    const verdicts = input.verdicts ?? [];
    const given = new Map(verdicts.map((v) => [v.doc, v]));
    if (given.size !== verdicts.length) throw badRequest('同一份资料核对了两次');
    const unchecked = required.filter((d) => !given.has(d));
    if (unchecked.length) throw badRequest(`请逐项核对：${unchecked.map((d) => PARKING_DOC_LABELS[d]).join('、')}`);
    const extra = verdicts.filter((v) => !required.includes(v.doc));
    if (extra.length) throw badRequest(`本申请不需要：${extra.map((v) => PARKING_DOC_LABELS[v.doc]).join('、')}`);
    for (const v of verdicts)
      if (v.verdict !== 'checked' && !v.reason?.trim()) throw badRequest(`请写明${PARKING_DOC_LABELS[v.doc]}缺少或不符的原因`);
    const docs = { ...a.docs };
    for (const d of required) {
      const v = given.get(d)!;
      docs[d] = {
        uploadIds: docs[d]?.uploadIds ?? [],
        verdict: v.verdict,
        reason: v.verdict === 'checked' ? null : v.reason!.trim(),
      };
    }
    const refusal = parkingRefusalText(
      required,
      Object.fromEntries(required.map((d: ParkingDoc) => [d, { verdict: docs[d]!.verdict!, reason: docs[d]!.reason }])),
    );
    const patch = { docs, refusal, firstCheckedAt: a.firstCheckedAt ?? now };
    if (refusal)
      return {
        patch,
        to: 'incomplete',
        event: 'refuse_docs',
        note: `资料不全：${required
          .filter((d) => docs[d]!.verdict !== 'checked')
          .map((d) => PARKING_DOC_LABELS[d])
          .join('、')}`,
        ownerNote: refusal,
      };
    return { patch, to: 'checked', note: '资料已逐项核对原件', ownerNote: '资料审核通过' };
  },
};
