import { PASS_MAX_QUANTITY } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { MoveInActionDef } from './action.js';

/**
 * 交钥匙 (R-MOV-02/05): the keys and other items handed over against a register (what, how many) the owner
 * signs; the payment receipts were checked at 缴费. The move-in is finished: the buyer becomes the room's
 * owner of record (movein.completed; people records it).
 */
export const keys: MoveInActionDef = {
  name: 'keys',
  run: ({ input, m, now }) => {
    const rows = input.keys ?? [];
    if (!rows.length) throw badRequest('请登记移交的钥匙及物品');
    for (const [i, k] of rows.entries()) {
      if (!k.name?.trim()) throw badRequest(`第${i + 1}项请填写物品名称`);
      if (!Number.isInteger(k.quantity) || k.quantity < 1 || k.quantity > PASS_MAX_QUANTITY)
        throw badRequest(`第${i + 1}项（${k.name.trim()}）的数量应为1到${PASS_MAX_QUANTITY}`);
    }
    if (!input.signatureId && !input.paperSigned) throw badRequest('请业主在屏幕上签名，或在纸质登记表上签字后勾选“已纸质签字”');
    const list = rows.map((k) => `${k.name.trim()}×${k.quantity}`).join('、');
    return {
      patch: {
        finishedAt: now,
        keys: rows.map((k) => ({ name: k.name.trim(), quantity: k.quantity })),
        keysSignatureId: input.signatureId ?? null,
        keysPaperSigned: !input.signatureId && !!input.paperSigned,
      },
      to: 'done',
      note: `已移交：${list}；${m.buyerName}${input.signatureId ? '屏幕签名' : '纸质签字'}领取`,
      ownerNote: `钥匙及物品已领取（${list}），欢迎入住`,
      uploads: input.signatureId ? [input.signatureId] : [],
      completes: true,
    };
  },
};
