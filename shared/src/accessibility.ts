/**
 * Every owner can use it (issue 13): the sizes the mini-program keeps, after the MIIT 《移动互联网应用（APP）
 * 适老化通用设计规范》 and WeChat's 小程序适老化设计指南. The app's CSS and the browser tests both read these.
 */

/** Every tap area, everywhere: at least 44 × 44 px. */
export const MIN_TAP_PX = 44;
/** No text under 12 px. */
export const MIN_TEXT_PX = 12;

/** 长辈版: main text at least 18 px, line spacing at least 1.3, main tap areas at least 60 × 60 px. */
export const ELDER_MIN_TEXT_PX = 18;
export const ELDER_MIN_LINE_HEIGHT = 1.3;
export const ELDER_MIN_TAP_PX = 60;

/**
 * WeChat's font size (wx.getAppBaseInfo().fontSizeScaleFactor: 1 standard, up to 2 and more in 关怀模式):
 * at this factor or more, 长辈版 is on until the owner switches it off.
 */
export const ELDER_FONT_SCALE = 1.25;

/** The owner's own choice, if any, wins; otherwise a large WeChat font turns 长辈版 on. */
export function elderModeOn(choice: 'on' | 'off' | null | undefined, fontScale: number | null | undefined): boolean {
  if (choice === 'on') return true;
  if (choice === 'off') return false;
  return (fontScale ?? 1) >= ELDER_FONT_SCALE;
}

/** 长辈版's home page: only the few big jobs, in this order (报修, 缴费, 投诉, 一键呼叫物业服务中心). */
export const ELDER_HOME_JOBS = ['repair', 'fee', 'complaint', 'call'] as const;
export type ElderHomeJob = (typeof ELDER_HOME_JOBS)[number];
