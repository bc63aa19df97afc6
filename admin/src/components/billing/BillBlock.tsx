/** 费用 on a work order: the repair's bill, 收款 for the desk (billing.collect) and 打印收据 once paid (R-FEE-02). */
import { useState } from 'react';
import { Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { PayCircleOutlined, PrinterOutlined } from '@ant-design/icons';
import { BILL_STATUS_LABELS, yuanInWords } from '@wy/shared';
import { useAccess } from '../../auth';
import type { Bill, Receipt } from '../../services/models';
import { formatTime } from '../../utils/time';
import BillAmount from './BillAmount';
import CollectModal from './CollectModal';
import ReceiptModal from './ReceiptModal';

export const BILL_STATUS_COLORS: Record<Bill['status'], string> = { unpaid: 'orange', paid: 'green', void: 'default' };

export default function BillBlock({
  bill,
  payerName,
  onPaid,
}: {
  bill: Bill;
  payerName?: string | null;
  onPaid?: (r: Receipt) => void;
}) {
  const access = useAccess();
  const [collecting, setCollecting] = useState(false);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [receiptId, setReceiptId] = useState<number | null>(null);
  return (
    <Card
      size="small"
      title="费用"
      data-testid="bill-block"
      extra={
        <Space>
          {bill.status === 'unpaid' && access.billingCollect && (
            <Button
              type="primary"
              size="small"
              icon={<PayCircleOutlined />}
              onClick={() => setCollecting(true)}
              data-testid="bill-collect"
            >
              收款
            </Button>
          )}
          {bill.status === 'paid' && bill.paymentId && (
            <Button
              size="small"
              icon={<PrinterOutlined />}
              onClick={() => setReceiptId(bill.paymentId)}
              data-testid="bill-receipt"
            >
              打印收据
            </Button>
          )}
        </Space>
      }
    >
      <Descriptions size="small" column={2}>
        <Descriptions.Item label="收费项目">{bill.title}</Descriptions.Item>
        <Descriptions.Item label="状态">
          <Tag color={BILL_STATUS_COLORS[bill.status]} data-testid="bill-status">
            {BILL_STATUS_LABELS[bill.status]}
          </Tag>
        </Descriptions.Item>
        <Descriptions.Item label="金额">
          <Space size={6} wrap align="start">
            <BillAmount value={bill} totalLabel={bill.status === 'paid' ? '实收' : '应缴'} />
            <Typography.Text type="secondary">{yuanInWords(bill.totalFen)}</Typography.Text>
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label="收据号">{bill.receiptNo ?? '—'}</Descriptions.Item>
        {bill.paidAt && <Descriptions.Item label="缴费时间">{formatTime(bill.paidAt)}</Descriptions.Item>}
        {bill.status === 'unpaid' && !access.billingCollect && (
          <Descriptions.Item label="说明">请业主到服务中心前台或财务处缴费</Descriptions.Item>
        )}
      </Descriptions>

      <CollectModal
        bills={collecting ? [bill] : null}
        payerName={payerName}
        onClose={() => setCollecting(false)}
        onPaid={([r]) => {
          if (!r) return;
          setCollecting(false);
          setReceipt(r);
          setReceiptId(r.paymentId);
          onPaid?.(r);
        }}
      />
      <ReceiptModal paymentId={receiptId} receipt={receipt} onClose={() => setReceiptId(null)} />
    </Card>
  );
}
