import { RENO_DEPOSIT_KINDS, RENO_FEE_LABELS, formatYuan, renoDeductionProblem, type RenoFeeKind } from '@wy/shared';
import { AppError, badRequest } from '../../../common/app-error.js';
import type { RenoActionDef } from './action.js';

/**
 * R-REN-08 发起退还保证金 (once, after the pass): each paid deposit, less an optional deduction for damage not
 * put right (fen, with a reason, not more than the deposit), is asked back through payments' refund flow
 * (finance's second person decides; WeChat Pay or the desk pays it back). A deposit kept whole is done at once.
 */
export const refundDeposits: RenoActionDef = {
  name: 'refund_deposits',
  by: 'renovation.desk',
  async run({ actor, now, input, reno, fees, requestRefund, patchFee, project }) {
    if (reno.refundStartedAt) throw new AppError('CONFLICT', '保证金退还已发起，请勿重复操作');
    const deposits = (await fees()).filter((f) => (RENO_DEPOSIT_KINDS as readonly string[]).includes(f.kind));
    const cut = new Map<string, { fen: number; reason: string | null }>();
    for (const d of input.deductions ?? []) {
      if (cut.has(d.kind)) throw badRequest('同一项保证金只能填写一次扣除');
      cut.set(d.kind, { fen: d.fen, reason: d.reason?.trim() || null });
    }
    const lines: string[] = [];
    const ownerLines: string[] = [];
    let allBack = true;
    for (const [kind] of cut)
      if (!deposits.some((f) => f.kind === kind)) throw badRequest(`本装修没有${RENO_FEE_LABELS[kind as RenoFeeKind]}`);
    for (const f of deposits) {
      const label = RENO_FEE_LABELS[f.kind as RenoFeeKind] ?? f.kind;
      if (!f.paidAt || !f.billId) throw new AppError('CONFLICT', `${label}尚未缴纳，无法退还`);
      const amount = Number(f.amountFen);
      const d = cut.get(f.kind) ?? { fen: 0, reason: null };
      const problem = renoDeductionProblem(label, d.fen, amount, d.reason);
      if (problem) throw badRequest(problem);
      const back = amount - d.fen;
      const deducted = d.fen ? `，扣除 ${formatYuan(d.fen)}（${d.reason}）` : '';
      if (back > 0) {
        const refundId = await requestRefund(f.billId, back, `装修验收通过，退还${label}${d.fen ? `（扣除${formatYuan(d.fen)}：${d.reason}）` : ''}`.slice(0, 200));
        await patchFee(f.id, { deductionFen: d.fen, deductionReason: d.reason, refundId, refundRequestedAt: now });
        allBack = false;
      } else await patchFee(f.id, { deductionFen: d.fen, deductionReason: d.reason, refundedFen: 0, refundedAt: now });
      lines.push(`${label} ${formatYuan(amount)}，退还 ${formatYuan(back)}${deducted}`);
      ownerLines.push(`${label}退还 ${formatYuan(back)}${deducted}`);
    }
    if (!deposits.length) throw new AppError('CONFLICT', '本装修没有需要退还的保证金');
    return {
      patch: {
        refundStartedAt: now,
        refundStartedByName: actor.name.slice(0, 50),
        ...(allBack ? { refundedAt: now } : {}),
      },
      to: 'accepted',
      note: `发起退还保证金：${lines.join('；')}${allBack ? '' : '；待财务审批后原路退回'}`,
      ownerNote: `装修保证金退还已办理：${ownerLines.join('；')}${allBack ? '' : `，预计 ${project.today(reno.refundDueAt ?? now)} 前到账`}`,
    };
  },
};
