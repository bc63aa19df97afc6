/**
 * Taro's Button, a button for everyone on H5 too: Taro draws it there as a custom element with no role and no
 * Tab stop, so a screen reader passes over it and a keyboard cannot reach it. Here it is a named button (its
 * visible words) with a Tab stop that Enter and Space press. In WeChat it is the native button, as it was.
 * Import it instead of `Button` from '@tarojs/components'.
 */
import { Button as TaroButton } from '@tarojs/components';
import type { ComponentProps } from 'react';

type Props = ComponentProps<typeof TaroButton>;

function h5Button(disabled: boolean | undefined): Record<string, unknown> {
  return {
    role: 'button',
    tabIndex: 0,
    ...(disabled ? { 'aria-disabled': true } : {}),
    onKeyDown: (e: { key: string; preventDefault: () => void; currentTarget: unknown }) => {
      if (e.key !== 'Enter' && e.key !== ' ') return;
      e.preventDefault();
      // a click as a tap makes it: the button's own handler, or its card's when the tap is the card's
      if (!disabled) (e.currentTarget as { click?: () => void } | null)?.click?.();
    },
  };
}

export function Button(props: Props) {
  if (process.env.TARO_ENV !== 'h5') return <TaroButton {...props} />;
  return <TaroButton {...h5Button(props.disabled)} {...props} />;
}
