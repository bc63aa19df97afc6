/** Shows a receipt (read by payment id unless given) with 打印收据; prints A5. */
import { Skeleton } from 'antd';
import Loaded from '../Loaded';
import PrintDialog from '../PrintDialog';
import { $api } from '../../services/api';
import type { Receipt } from '../../services/models';
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
  const given = receipt && receipt.paymentId === paymentId ? receipt : null;
  const q = $api.useQuery(
    'get',
    '/api/v1/receipts/{id}',
    { params: { path: { id: paymentId ?? 0 } } },
    { enabled: !!paymentId && !given },
  );
  const r = given ?? q.data ?? null;
  return (
    <PrintDialog
      title={r ? `收据 · ${r.receiptNo}` : '收据'}
      open={paymentId !== null}
      onClose={onClose}
      width={820}
      printText="打印收据"
      printTestId="receipt-print"
      loading={
        <Loaded query={q} notFound="收据不存在" skeleton={<Skeleton active paragraph={{ rows: 8 }} />}>
          {() => null}
        </Loaded>
      }
    >
      {r && <ReceiptDoc r={r} />}
    </PrintDialog>
  );
}
