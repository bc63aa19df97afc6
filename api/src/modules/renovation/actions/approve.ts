import { RENO_FEE_LABELS, formatYuan, renoCharges } from '@wy/shared';
import type { RenoActionDef } from './action.js';

/**
 * R-REN-04/05 the manager approves a reviewed plan: the management fee, the owner's and the contractor's
 * deposits and, when the centre removes the rubble, its fee become the room's bills (through billing, paid at
 * the desk or online like any bill). The permit waits until all are paid.
 */
export const approve: RenoActionDef = {
  name: 'approve',
  by: 'renovation.approve',
  async run({ actor, input, now, project, reno, charge }) {
    const charges = renoCharges(project.fees, reno.rubbleByCentre);
    for (const c of charges) await charge(c.kind, c.amountFen, `${RENO_FEE_LABELS[c.kind]}（${reno.startOn}至${reno.endOn}装修）`);
    const list = charges.map((c) => `${RENO_FEE_LABELS[c.kind]} ${formatYuan(c.amountFen)}`).join('、');
    const total = charges.reduce((s, c) => s + c.amountFen, 0);
    const note = input.note?.trim() || null;
    return {
      patch: { approvedAt: now, approvedByName: actor.name.slice(0, 50) },
      to: 'approved',
      note: `经理审批通过${note ? '：' + note : ''}；应缴 ${list}`,
      ownerNote: `装修申请已批准。请缴纳 ${list}，共 ${formatYuan(total)}（可在服务中心收银台或小程序缴费），缴清后领取装修施工许可证`,
    };
  },
};
