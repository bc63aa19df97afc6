/**
 * H5 only: what `@tarojs/components` means in the H5 build (config/index.ts points the name here).
 *
 * Taro's React components (@tarojs/components-react, `h5.useHtmlComponents`) instead of its Stencil custom
 * elements: those upgraded every element in script and fetched one small script per kind of element only
 * once a page drew it — a third round of requests before 首页 or the sign-in page showed anything.
 * Textarea has no React version and stays the custom element.
 *
 * Input is the one whose shape changed: the custom element was an element around a plain <input>, the
 * React one is the bare <input>. Here it keeps the element around it, so a field's class (its layout in
 * the stylesheets, its name in the browser tests: `.t-phone input`) is where it was. The weapp build never
 * comes here.
 */
import { Input as BareInput, View } from '@tarojs/components-react';
import type { ComponentProps } from 'react';

export * from '@tarojs/components-react';

type InputProps = ComponentProps<typeof BareInput>;

export function Input(props: InputProps) {
  const { className, style, ...field } = props;
  return (
    <View className={className} style={style}>
      <BareInput {...field} />
    </View>
  );
}
