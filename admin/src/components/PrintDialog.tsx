/**
 * A printed document's dialog: the document previewed on screen and, while open, in the print portal, so
 * 打印 prints only the document. `children` is the document (null while it loads: the body shows `loading`).
 */
import type { ReactNode } from 'react';
import { Button, Modal } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import PrintPortal from './PrintPortal';

export default function PrintDialog({
  title,
  open,
  onClose,
  width = 860,
  printText = '打印',
  printTestId,
  loading,
  onPrint,
  children,
}: {
  title: ReactNode;
  open: boolean;
  onClose: () => void;
  width?: number;
  printText?: string;
  printTestId?: string;
  /** what the body shows while there is no document yet */
  loading?: ReactNode;
  /** recorded before the browser prints (a work order's print time); a failure stops the print */
  onPrint?: () => Promise<unknown>;
  children: ReactNode | null | undefined;
}) {
  return (
    <>
      <Modal
        title={title}
        open={open}
        width={width}
        onCancel={onClose}
        destroyOnHidden
        footer={[
          <Button key="close" onClick={onClose}>
            关闭
          </Button>,
          <Button
            key="print"
            type="primary"
            icon={<PrinterOutlined />}
            disabled={!children}
            onClick={() =>
              onPrint
                ? onPrint().then(
                    () => window.print(),
                    () => undefined,
                  )
                : window.print()
            }
            data-testid={printTestId}
          >
            {printText}
          </Button>,
        ]}
      >
        {children ? <div className="wy-doc-preview">{children}</div> : loading}
      </Modal>
      {open && children && <PrintPortal>{children}</PrintPortal>}
    </>
  );
}
