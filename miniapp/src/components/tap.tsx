/**
 * A tappable area that is a button for everyone: a name a screen reader reads (its visible words on H5,
 * aria-label in WeChat), and on H5 a Tab stop that Enter and Space press. Use it for every tappable View.
 */
import { View } from '@tarojs/components';
import type { CSSProperties, ReactNode } from 'react';

export interface TapProps {
  /** what WeChat's screen reader says (H5 reads the visible words inside, which must say the same) */
  label: string;
  onTap: () => void;
  className?: string;
  hoverClass?: string;
  style?: CSSProperties;
  /** a switch (长辈版) is read with its state */
  checked?: boolean;
  /** one of a set to choose from (a filter, a time slot, a category): read as chosen or not, not by colour alone */
  pressed?: boolean;
  /** what it shows is a sign (×, ＋), not words: on H5 too its name is the label */
  icon?: boolean;
  children?: ReactNode;
}

/** More of what a tap area says: chosen or not (one of a set), open or shut (what it unfolds), a sign for words. */
export interface TapMore {
  pressed?: boolean;
  expanded?: boolean;
  icon?: boolean;
}

export function a11yTap(
  label: string,
  onTap: () => void,
  checked?: boolean,
  more: TapMore = {},
): Record<string, unknown> {
  const role = checked === undefined ? 'button' : 'switch';
  if (process.env.TARO_ENV !== 'h5') return { ariaRole: role, ariaLabel: label };
  // H5: the name is the visible words inside (WCAG 2.5.3: what a voice user says is what they see)
  return {
    role,
    ...(checked === undefined ? {} : { 'aria-checked': checked }),
    ...(more.pressed === undefined ? {} : { 'aria-pressed': more.pressed }),
    ...(more.expanded === undefined ? {} : { 'aria-expanded': more.expanded }),
    ...(more.icon ? { 'aria-label': label } : {}),
    tabIndex: 0,
    onKeyDown: (e: { key: string; preventDefault: () => void }) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      onTap();
    },
  };
}

export function Tap(props: TapProps) {
  return (
    <View
      className={props.className}
      hoverClass={props.hoverClass}
      style={props.style}
      onClick={(e) => {
        e.stopPropagation();
        props.onTap();
      }}
      {...a11yTap(props.label, props.onTap, props.checked, { pressed: props.pressed, icon: props.icon })}
    >
      {props.children}
    </View>
  );
}

/**
 * A View or Text that stays one (its layout is its own), made a button: its tap and a button's name, role and
 * Tab stop in one spread — `<View className="card" {...tappable('查看报修单', open)}>`. A switch when `checked`.
 */
export function tappable(label: string, onTap: () => void, more: TapMore & { checked?: boolean } = {}): Record<string, unknown> {
  return { onClick: onTap, ...a11yTap(label, onTap, more.checked, more) };
}
