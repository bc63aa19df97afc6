import { MOVEIN_MAX_DEFECTS, isMeterReading } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { MoveInActionDef } from './action.js';

/**
 * 验房 (R-MOV-02/04): staff and the owner inspect the room — water, electricity and gas readings, each problem
 * found a line of the 房屋遗留问题登记表 (place, description, photo) — and the owner signs: on the screen (an
 * upload) or on the printed 入伙验房表 (ticked).
 */
export const inspection: MoveInActionDef = {
  name: 'inspection',
  run: ({ input, now }) => {
    const meters = input.meters;
    if (!meters || !isMeterReading(meters.water) || !isMeterReading(meters.electricity))
      throw badRequest('请抄录水表、电表底数（数字，最多两位小数）');
    if (meters.gas && !isMeterReading(meters.gas)) throw badRequest('燃气表底数应为数字，最多两位小数');
    const lines = input.defects ?? [];
    if (lines.length > MOVEIN_MAX_DEFECTS) throw badRequest(`遗留问题最多登记${MOVEIN_MAX_DEFECTS}项`);
    for (const [i, d] of lines.entries())
      if (!d.place?.trim() || !d.description?.trim()) throw badRequest(`第${i + 1}项遗留问题请填写部位和问题描述`);
    if (!input.signatureId && !input.paperSigned) throw badRequest('请业主在屏幕上签名，或在纸质验房表上签字后勾选“已纸质签字”');
    const photos = lines.map((d) => d.photoId).filter((x): x is number => !!x);
    return {
      patch: {
        meters: { water: meters.water, electricity: meters.electricity, gas: meters.gas || null },
        inspectionSignatureId: input.signatureId ?? null,
        inspectionPaperSigned: !input.signatureId && !!input.paperSigned,
        inspectedAt: now,
      },
      to: 'handling',
      note: `验房完成：水表 ${meters.water}，电表 ${meters.electricity}${meters.gas ? `，燃气表 ${meters.gas}` : ''}；遗留问题 ${lines.length} 项；业主${input.signatureId ? '屏幕签名' : '纸质签字'}确认`,
      ownerNote: `验房完成，登记遗留问题 ${lines.length} 项${lines.length ? '，服务中心将书面提交开发商整改' : ''}`,
      defects: lines.map((d) => ({ place: d.place.trim(), description: d.description.trim(), photoId: d.photoId ?? null })),
      uploads: [...photos, ...(input.signatureId ? [input.signatureId] : [])],
    };
  },
};
