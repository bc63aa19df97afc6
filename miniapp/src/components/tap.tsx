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
  children?: ReactNode;
}

export function a11yTap(label: string, onTap: () => void, checked?: boolean): Record<string, unknown> {
  const role = checked === undefined ? 'button' : 'switch';
  if (process.env.TARO_ENV !== 'h5') return { ariaRole: role, ariaLabel: label };
  // H5: the name is the visible words inside (WCAG 2.5.3: what a voice user says is what they see)
  return {
    role,
    ...(checked === undefined ? {} : { 'aria-checked': checked }),
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
      {...a11yTap(props.label, props.onTap, props.checked)}
    >
      {props.children}
    </View>
  );
}
