/**
 * Shows a receipt (read by payment id unless given) with 打印收据; prints A5. Several receipts at hand (合并收款)
 * show one under another and print one per page.
 */
import { Skeleton } from 'antd';
import Loaded from '../Loaded';
import PrintDialog from '../PrintDialog';
import { $api } from '../../services/api';
import type { Receipt } from '../../services/models';
import ReceiptDoc from './ReceiptDoc';

export default function ReceiptModal({
  paymentId,
  receipt,
  receipts,
  onClose,
}: {
  /** open when set */
  paymentId: number | null;
  /** the receipt already at hand (e.g. the answer of a desk payment) */
  receipt?: Receipt | null;
  /** several receipts at hand (合并收款): shown together when `paymentId` is the first one's */
  receipts?: Receipt[] | null;
  onClose: () => void;
}) {
  const batch = receipts && receipts.length > 1 && receipts[0]!.paymentId === paymentId ? receipts : null;
  const given = batch?.[0] ?? (receipt && receipt.paymentId === paymentId ? receipt : null);
  const q = $api.useQuery(
    'get',
    '/api/v1/receipts/{id}',
    { params: { path: { id: paymentId ?? 0 } } },
    { enabled: !!paymentId && !given },
  );
  const r = given ?? q.data ?? null;
  return (
    <PrintDialog
      title={batch ? `收据 · ${batch.length} 张` : r ? `收据 · ${r.receiptNo}` : '收据'}
      open={paymentId !== null}
      onClose={onClose}
      width={820}
      printText={batch ? `打印 ${batch.length} 张收据` : '打印收据'}
      printTestId="receipt-print"
      loading={
        <Loaded query={q} notFound="收据不存在" skeleton={<Skeleton active paragraph={{ rows: 8 }} />}>
          {() => null}
        </Loaded>
      }
    >
      {batch ? batch.map((x) => <ReceiptDoc key={x.paymentId} r={x} />) : r && <ReceiptDoc r={r} />}
    </PrintDialog>
  );
}
