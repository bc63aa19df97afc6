/**
 * The complaint screens' fixed words for owners: where and how to complain, the flow and the time limits
 * (R-CMP-20), read from the shared defaults so the published limits are the ones the centre works to.
 */
import { COMPLAINT_INVITATION, DEFAULT_COMPLAINT_SLA, type SlaDuration } from '@wy/shared';

export { COMPLAINT_INVITATION };

const UNIT: Record<SlaDuration['unit'], string> = { minutes: '分钟', hours: '小时', days: '天', working_days: '个工作日' };
export const durationText = (d: SlaDuration) => `${d.value} ${UNIT[d.unit]}`;

const s = DEFAULT_COMPLAINT_SLA;
export const GUIDE_WAYS = [
  '在本小程序「投诉建议」中提交（可随时查看处理进度）',
  '致电物业服务中心（电话见首页右上角）',
  '到物业服务中心前台当面反映',
  '书面信函或电子邮件寄送物业服务中心',
];
export const GUIDE_FLOW = ['受理登记', '评审定级', '落实处理', '过程跟踪', '结果答复', '回访'];
export const GUIDE_LIMITS = [
  `书面、邮件或小程序提交的投诉，${durationText(s.acknowledge)}内给您回执`,
  `一般、轻微投诉在 ${durationText(s.forward)}内转交专业主管处理`,
  `重大投诉立即上报管理处经理，${durationText(s.answer)}内给您明确答复，${durationText(s.resolve.A)}内处理完毕`,
  `一般投诉 ${durationText(s.resolve.B)}内处理完毕；轻微投诉 ${durationText(s.resolve.C)}内，或按您要求的时间`,
  `处理完毕当天答复您结果，最迟不超过 ${durationText(s.reply)}`,
  `处理完毕后 ${durationText(s.callback)}内回访；重大、一般投诉一个月内再回访一次`,
  '如需延期，须经管理处经理批准并告知您原因',
];
