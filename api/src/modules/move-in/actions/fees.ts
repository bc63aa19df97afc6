import { formatYuan } from '@wy/shared';
import { AppError } from '../../../common/app-error.js';
import type { MoveInActionDef } from './action.js';

/**
 * 缴费 (R-MOV-02/05): the move-in bills (property fee, maintenance fund) are raised through billing and paid at
 * the 收银台 or by WeChat like any bill; this step passes only when billing says every one is paid — the
 * receipts are checked before the keys.
 */
export const fees: MoveInActionDef = {
  name: 'fees',
  readsBills: true,
  run: ({ bills, batch }) => {
    const charged = batch.fundFenPerM2 > 0 || (batch.propertyFeeFenPerM2 > 0 && batch.propertyFeeMonths > 0);
    if (!bills.length && !charged)
      return { patch: {}, to: 'handling', note: '本批次未设入伙收费，无需缴费', ownerNote: '本批次无需在入伙时缴费' };
    if (!bills.length) throw new AppError('CONFLICT', '尚未生成入伙费用账单，请先生成账单');
    const unpaid = bills.filter((b) => b.status !== 'paid');
    if (unpaid.length)
      throw new AppError(
        'CONFLICT',
        `入伙费用尚未缴清：${unpaid.map((b) => `${b.title} ${formatYuan(b.totalFen)}`).join('、')}，请先到收银台缴费`,
      );
    const receipts = bills.map((b) => b.receiptNo).filter(Boolean).join('、');
    return {
      patch: { receiptNos: receipts.slice(0, 200) || null },
      to: 'handling',
      note: `入伙费用已缴清，已查验票据 ${receipts}`,
      ownerNote: '入伙费用已缴清',
    };
  },
};
