import { describe, expect, it } from 'vitest';
import { billLabel } from '../src/billing';

describe('a bill named where it is listed apart from its period', () => {
  it('R-FEE-02 a title without its period gets it after it; one that says it already stays as it is', () => {
    expect(billLabel({ title: '大件垃圾清运费', period: '2026-10' })).toBe('大件垃圾清运费（2026-10）');
    expect(billLabel({ title: '物业服务费 2026-11', period: '2026-11' })).toBe('物业服务费 2026-11');
    expect(billLabel({ title: '有偿维修：换锁芯', period: null })).toBe('有偿维修：换锁芯');
  });
});
