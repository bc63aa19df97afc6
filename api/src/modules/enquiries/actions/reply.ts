import { REPLY_WAY_LABELS, SUGGESTION_THANKS, type ReplyWay } from '@wy/shared';
import { AppError, badRequest } from '../../../common/app-error.js';
import type { EnquiryActionDef, EnquiryContext, EnquiryOutcome } from './action.js';

/**
 * 答复: the way the customer asked (R-SUG-05). A suggestion: adopted or not, with thanks, and the
 * reason when not (R-SUG-02). An inquiry: answered — in the staff member's words or from the FAQ
 * with one click (R-FAQ-03) — or explained as one the centre cannot answer, with where else to go
 * (R-INQ-03); one touching the developer only after asking them in writing (R-INQ-02).
 */
export const reply: EnquiryActionDef = {
  name: 'reply',
  perm: 'enquiry.desk',
  run: (ctx) => replyOutcome(ctx),
};

export async function replyOutcome(ctx: Pick<EnquiryContext, 'e' | 'input' | 'now' | 'tools'>): Promise<EnquiryOutcome> {
  const { e, input: b, now } = ctx;
  const way = e.replyWay as ReplyWay;
  const via = b.via ?? way;
  if (via !== way) throw badRequest(`客户要求以${REPLY_WAY_LABELS[way]}方式答复，请按此方式答复`);
  const base = { repliedAt: now, repliedVia: via };
  const said = `经${REPLY_WAY_LABELS[via]}答复`;
  if (e.type === 'suggestion') {
    if (b.adopted === undefined) throw badRequest('请选择是否采纳');
    const reason = b.reason?.trim();
    if (!b.adopted && !reason) throw badRequest('不采纳的建议需要说明原因');
    const words = [b.adopted ? '您的建议已被采纳' : `您的建议暂不采纳，原因：${reason}`, b.note?.trim(), SUGGESTION_THANKS]
      .filter(Boolean)
      .join('。');
    return {
      patch: { ...base, adopted: b.adopted, notAdoptedReason: b.adopted ? null : reason!, replyText: words },
      note: `${said}：${b.adopted ? '采纳' : '不采纳'}`,
      ownerNote: words,
    };
  }
  if (e.aboutDeveloper && !e.developerAskedAt) throw new AppError('CONFLICT', '涉及建设单位的咨询，须先书面询问建设单位后再答复');
  if (b.outcome === 'cannot_answer') {
    const where = b.referTo?.trim();
    if (!where) throw badRequest('无法解答的咨询需要建议客户可咨询的其他渠道');
    const words = [b.note?.trim() || '您咨询的问题本中心暂时无法解答', `建议您咨询：${where}`].join('。');
    return {
      patch: { ...base, outcome: 'cannot_answer', referTo: where, replyText: words },
      note: `${said}：无法解答，建议咨询${where}`,
      ownerNote: words,
    };
  }
  let text = b.note?.trim() ?? '';
  let faqEntryId: number | null = null;
  if (b.faqEntryId) {
    const entry = await ctx.tools.faqAnswer(e.projectId, b.faqEntryId);
    if (!entry) throw badRequest('答客问条目不存在');
    faqEntryId = entry.id;
    if (!text) text = entry.answer;
  }
  if (!text) throw badRequest('请填写答复内容，或从答客问中选择');
  return {
    patch: { ...base, outcome: 'answered', replyText: text, faqEntryId },
    note: `${said}${faqEntryId ? '（引用答客问）' : ''}：${text}`,
    ownerNote: text,
  };
}
