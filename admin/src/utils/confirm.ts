/** A step that cannot be undone says what will happen and waits for 确定; any other step runs at once. */
import { Modal } from 'antd';

export function confirmThen(title: string, warn: string | null | undefined, run: () => Promise<void>): Promise<void> | void {
  if (!warn) return run();
  Modal.confirm({ title, content: warn, okText: '确定', cancelText: '返回', onOk: run });
}
