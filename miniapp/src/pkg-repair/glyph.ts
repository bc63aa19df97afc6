import type { RepairCategory } from '../services/models';

const GLYPHS: Record<string, string> = {
  LIGHT: '灯',
  LIFT: '梯',
  WATER: '水',
  DOOR: '门',
  OTHER: '其',
  TAP: '管',
  DRAIN: '通',
  ELEC: '电',
  LOCK: '锁',
  WARRANTY: '保',
};

/** The grid glyph of a category: from its code's last part, else the first character of its name. */
export function categoryGlyph(c: Pick<RepairCategory, 'code' | 'name'>): string {
  const tail = c.code.split('-').pop()?.toUpperCase() ?? '';
  return GLYPHS[tail] ?? c.name.slice(0, 1);
}
