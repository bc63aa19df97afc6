/**
 * 长辈版 (elder mode): bigger text and buttons, and a home page of the few big jobs. It follows the owner's
 * WeChat font size (wx.getAppBaseInfo().fontSizeScaleFactor) until the owner switches it under 我的 or answers
 * the offer on 首页; the rule itself lives in @wy/shared.
 */
import Taro, { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { elderModeOn } from '@wy/shared';

const KEY = 'wy.elder';

/**
 * WeChat's font size factor (1 = standard); in a browser (H5) the reader's default text size over 16 px;
 * 1 where neither says.
 */
export function fontScale(): number {
  // if/else, not an early return: the H5 build then drops the weapp branch and with it Taro's system-info
  // code (a 42 KB browser sniffer) from the first pages' script
  if (process.env.TARO_ENV === 'h5') {
    try {
      const probe = document.createElement('div');
      probe.style.cssText = 'position:absolute;visibility:hidden;font-size:medium';
      document.body.appendChild(probe);
      const px = parseFloat(getComputedStyle(probe).fontSize);
      probe.remove();
      return px > 0 ? px / 16 : 1;
    } catch {
      return 1;
    }
  } else {
    try {
      const f = (Taro.getAppBaseInfo() as { fontSizeScaleFactor?: number }).fontSizeScaleFactor;
      return typeof f === 'number' && f > 0 ? f : 1;
    } catch {
      return 1;
    }
  }
}

/** What the owner chose, or null before they chose. */
export function elderChoice(): 'on' | 'off' | null {
  const v = Taro.getStorageSync(KEY) as unknown;
  return v === 'on' || v === 'off' ? v : null;
}

export function isElder(): boolean {
  return elderModeOn(elderChoice(), fontScale());
}

export function setElder(on: boolean): void {
  Taro.setStorageSync(KEY, on ? 'on' : 'off');
}

/** The page's view of 长辈版, read again each time the page shows (the switch lives on another page). */
export function useElder(): { on: boolean; chosen: boolean; set: (on: boolean) => void } {
  const read = () => ({ on: isElder(), chosen: elderChoice() !== null });
  const [state, setState] = useState(read);
  // the same answer keeps the same state, so showing the page (its first show included) does not draw it again
  const update = () => {
    const next = read();
    setState((s) => (s.on === next.on && s.chosen === next.chosen ? s : next));
  };
  useDidShow(update);
  return {
    ...state,
    set: (on) => {
      setElder(on);
      update();
    },
  };
}

/** The page root's class for 长辈版 ('elder' while it is on): `<View className={`page ${useElderClass()}`}>`. */
export function useElderClass(): string {
  return useElder().on ? 'elder' : '';
}
