import { REPAIR_MACHINE, SATISFACTION_LABELS } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { RequestActionDef } from './action.js';

/**
 * 确认完工 (R-REP-06, R-REP-15): the owner confirms in the app, or signs on the screen of the
 * technician or the desk (the signature is kept as an upload, readable like the photos). The
 * owner's own rating is kept apart from any callback's answer.
 */
export const confirm: RequestActionDef = {
  type: 'repair',
  name: 'confirm',
  move: REPAIR_MACHINE.confirm,
  button: true,
  async run({ p, r, input: b, now, tools }) {
    if (p.kind === 'staff' && r.requesterStaffId !== p.id && !b.signature) throw badRequest('请业主在屏幕上签字确认');
    const signature = b.signature ? await tools.storeSignature(p, b.signature.replace(/^data:image\/png;base64,/, '')) : null;
    // the owner's own words: they read them back
    const note = [
      b.signature ? '业主签字确认' : '业主确认完工',
      b.satisfaction ? `评价：${SATISFACTION_LABELS[b.satisfaction]}` : null,
      b.comment,
    ]
      .filter(Boolean)
      .join('；');
    return {
      patch: {
        confirmedAt: now,
        ...(b.satisfaction ? { ownerSatisfaction: b.satisfaction } : {}),
        ...(signature ? { signatureUploadId: signature } : {}),
      },
      note,
      ownerNote: note,
      photoIds: signature ? [signature] : undefined,
      data: { signature: !!b.signature, satisfaction: b.satisfaction ?? null },
      // a confirmation refused after the signature was stored (someone confirmed first) leaves no file behind
      undo: signature ? () => tools.discardUpload(signature) : undefined,
    };
  },
};
