import { Button, type ButtonProps } from 'antd';

/**
 * A table row's action (编辑, 详情, 归档 …): a real button in link style, so a keyboard reaches it with Tab and
 * opens it with Enter (a bare <a> without href is neither), and `danger` takes the theme's AA red.
 */
export default function LinkButton({ style, ...props }: Omit<ButtonProps, 'type' | 'size'>) {
  return <Button type="link" size="small" style={{ padding: 0, height: 'auto', ...style }} {...props} />;
}
