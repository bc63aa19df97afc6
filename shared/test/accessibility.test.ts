import { describe, expect, it } from 'vitest';
import { ELDER_FONT_SCALE, elderModeOn } from '../src/index.js';

describe('长辈版 follows WeChat font size unless the owner chose', () => {
  it('a large WeChat font turns it on; the standard size leaves it off', () => {
    expect(elderModeOn(undefined, ELDER_FONT_SCALE)).toBe(true);
    expect(elderModeOn(null, 2)).toBe(true);
    expect(elderModeOn(undefined, 1)).toBe(false);
    expect(elderModeOn(undefined, 1.12)).toBe(false);
    expect(elderModeOn(undefined, undefined)).toBe(false);
  });
  it("the owner's switch wins both ways", () => {
    expect(elderModeOn('off', 2)).toBe(false);
    expect(elderModeOn('on', 1)).toBe(true);
  });
});
