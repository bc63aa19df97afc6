/** Shows a receipt (fetched by payment id unless given) with 打印收据; prints A5 through PrintPortal. */
import { useEffect, useState } from 'react';
import { Button, Empty, Modal, Spin } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { errorText, getReceipt } from '../../services/api';
import type { Receipt } from '../../services/models';
import PrintPortal from '../srv/PrintPortal';
import ReceiptDoc from './ReceiptDoc';

export default function ReceiptModal({
  paymentId,
  receipt,
  onClose,
}: {
  /** open when set */
  paymentId: number | null;
  /** the receipt already at hand (e.g. the answer of a desk payment) */
  receipt?: Receipt | null;
  onClose: () => void;
}) {
  const [r, setR] = useState<Receipt | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const given = receipt && receipt.paymentId === paymentId ? receipt : null;

  useEffect(() => {
    setError(null);
    if (!paymentId) return setR(null);
    if (given) return setR(given);
    let live = true;
    setR(null);
    getReceipt(paymentId).then(
      (x) => live && setR(x),
      (e) => live && setError(errorText(e)),
    );
    return () => {
      live = false;
    };
  }, [paymentId, given, attempt]);

  const open = paymentId !== null;
  return (
    <>
      <Modal
        title={r ? `收据 · ${r.receiptNo}` : '收据'}
        open={open}
        width={820}
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
            disabled={!r}
            onClick={() => window.print()}
            data-testid="receipt-print"
          >
            打印收据
          </Button>,
        ]}
      >
        {r ? (
          <div className="wy-doc-preview">
            <ReceiptDoc r={r} />
          </div>
        ) : error ? (
          <Empty description={`收据加载失败：${error}`}>
            <Button onClick={() => setAttempt((n) => n + 1)}>重试</Button>
          </Empty>
        ) : (
          <Spin style={{ display: 'block', margin: '60px auto' }} />
        )}
      </Modal>
      {open && r && (
        <PrintPortal>
          <ReceiptDoc r={r} />
        </PrintPortal>
      )}
    </>
  );
}
