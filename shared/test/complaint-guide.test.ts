import { describe, expect, it } from 'vitest';
import { complaintGuideLimits, complaintSla, DEFAULT_COMPLAINT_SLA } from '../src/complaints.js';

describe('R-CMP-20 the complaint guide', () => {
  it('R-CMP-20 the published time limits are written from the complaint durations the clocks run on, not retyped', () => {
    const text = complaintGuideLimits().join('\n');
    expect(text).toContain('2 天内给您回执'); // R-CMP-06
    expect(text).toContain('1 小时内转交'); // R-CMP-07
    expect(text).toContain('2 天内给您明确答复，10 天内处理完毕'); // R-CMP-08
    expect(text).toContain('一般投诉 3 天内处理完毕；轻微投诉 2 天内'); // R-CMP-09
    expect(text).toContain('3 天内回访'); // R-CMP-11
    expect(text).toContain('30 天内再回访一次'); // R-CMP-12
    expect(complaintGuideLimits(DEFAULT_COMPLAINT_SLA)).toEqual(complaintGuideLimits());
  });
  it('R-CMP-20 other durations give other texts (a limit is never a fixed string)', () => {
    const s = complaintSla({ resolve: { B: { value: 5, unit: 'working_days' } } as never, callback: { value: 1, unit: 'days' } });
    const text = complaintGuideLimits(s).join('\n');
    expect(text).toContain('一般投诉 5 个工作日内处理完毕');
    expect(text).toContain('1 天内回访');
    expect(text).not.toContain('一般投诉 3 天内');
  });
});
