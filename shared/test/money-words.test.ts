import { describe, expect, it } from 'vitest';
import { yuanInWords } from '../src/index.js';

describe('receipt amount in capitals', () => {
  it('R-FEE-02 writes whole yuan with 元整, and 壹拾 rather than a bare 拾', () => {
    expect(yuanInWords(4500)).toBe('肆拾伍元整');
    expect(yuanInWords(8000)).toBe('捌拾元整');
    expect(yuanInWords(100)).toBe('壹元整');
    expect(yuanInWords(1000)).toBe('壹拾元整');
    expect(yuanInWords(1500)).toBe('壹拾伍元整');
    expect(yuanInWords(0)).toBe('零元整');
  });

  it('R-FEE-02 writes one 零 for any run of zeros and the 万/亿 groups only when they hold a digit', () => {
    expect(yuanInWords(100500)).toBe('壹仟零伍元整');
    expect(yuanInWords(100000)).toBe('壹仟元整');
    expect(yuanInWords(1000000)).toBe('壹万元整');
    expect(yuanInWords(10000500)).toBe('壹拾万零伍元整');
    expect(yuanInWords(10100000)).toBe('壹拾万零壹仟元整'); // 万位 is 0: the 零 is written
    expect(yuanInWords(101000000)).toBe('壹佰零壹万元整');
    expect(yuanInWords(1010000000)).toBe('壹仟零壹拾万元整');
    expect(yuanInWords(10000000000)).toBe('壹亿元整');
    expect(yuanInWords(10000500000)).toBe('壹亿零伍仟元整');
    expect(yuanInWords(12000000000)).toBe('壹亿贰仟万元整');
    expect(yuanInWords(123456789)).toBe('壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分');
  });

  it('R-FEE-02 writes 角 and 分: 零 before 分 when 角 is zero, 整 after 角 but never after 分', () => {
    expect(yuanInWords(5)).toBe('伍分');
    expect(yuanInWords(50)).toBe('伍角整');
    expect(yuanInWords(53)).toBe('伍角叁分');
    expect(yuanInWords(105)).toBe('壹元零伍分');
    expect(yuanInWords(1050)).toBe('壹拾元伍角整');
    expect(yuanInWords(168032)).toBe('壹仟陆佰捌拾元叁角贰分');
    expect(yuanInWords(10700053)).toBe('壹拾万零柒仟元伍角叁分');
  });

  it('R-FEE-02 marks a refund with 负 and refuses what is not whole fen', () => {
    expect(yuanInWords(-4500)).toBe('负肆拾伍元整');
    expect(() => yuanInWords(12.5)).toThrow('金额必须是整数分');
    expect(() => yuanInWords(100000000000000)).toThrow('金额过大');
  });
});
