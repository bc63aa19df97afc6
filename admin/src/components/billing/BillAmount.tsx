/**
 * What a bill owes, line by line (R-FEE-03/05, R-PAY-04), as the API's billOwed gives it: the bill's own amount,
 * each approved adjustment (减免 费用 −¥x / 调增 费用 +¥x with its reason), the late fee, and the total owed
 * (or paid). One component for 收银台, the work order's 费用, the collect dialog and the printed receipt:
 * `stack` for a list cell or a dialog, `rows` for the receipt's item table (three columns; the item's own row
 * above them carries the bill's amount).
 */
import { Typography } from 'antd';
import {
  BILL_ADJUSTMENT_KIND_LABELS,
  BILL_ADJUSTMENT_TARGET_LABELS,
  fenToYuanString,
  formatYuan,
  type BillAdjustmentKind,
  type BillAdjustmentTarget,
} from '@wy/shared';

export interface BillAmountValue {
  /** the bill's own amount, as billed (never edited) */
  amountFen: number;
  /** approved adjustments: "减免 违约金 −¥1.00" and why */
  adjustments: { id: number; kind: string; target: string; amountFen: number; line: string; reason: string }[];
  lateFeeFen: number;
  /** days late (unpaid bills); 0 when unknown or paid */
  lateDays?: number;
  /** what is owed (unpaid) or was paid */
  totalFen: number;
}

export default function BillAmount({
  value: b,
  layout = 'stack',
  totalLabel = '应缴',
}: {
  value: BillAmountValue;
  layout?: 'stack' | 'rows';
  totalLabel?: string;
}) {
  const plain = !b.adjustments.length && b.lateFeeFen === 0;
  const late = b.lateFeeFen > 0 ? `违约金${b.lateDays ? `（逾期 ${b.lateDays} 天）` : ''}` : null;
  if (layout === 'rows')
    return plain ? null : (
      <>
        {b.adjustments.map((a) => (
          <tr key={a.id} data-testid="bill-amount-adjustment">
            <td colSpan={2}>
              {BILL_ADJUSTMENT_KIND_LABELS[a.kind as BillAdjustmentKind]}{' '}
              {BILL_ADJUSTMENT_TARGET_LABELS[a.target as BillAdjustmentTarget]}（{a.reason}）
            </td>
            <td style={{ textAlign: 'right' }}>
              {a.kind === 'reduce' ? '−' : '+'}
              {fenToYuanString(a.amountFen)}
            </td>
          </tr>
        ))}
        {late && (
          <tr>
            <td colSpan={2}>{late}</td>
            <td style={{ textAlign: 'right' }}>{fenToYuanString(b.lateFeeFen)}</td>
          </tr>
        )}
      </>
    );
  return (
    <div className="wy-bill-amount" data-testid="bill-amount">
      <Typography.Text strong data-testid="bill-amount-total">
        {plain ? '' : `${totalLabel} `}
        {formatYuan(b.totalFen)}
      </Typography.Text>
      {!plain && (
        <div style={{ fontSize: 12, lineHeight: '18px' }}>
          <Typography.Text type="secondary">原金额 {formatYuan(b.amountFen)}</Typography.Text>
          {b.adjustments.map((a) => (
            <div key={a.id} data-testid="bill-amount-adjustment">
              <Typography.Text type="secondary" title={a.reason}>
                {a.line}（{a.reason}）
              </Typography.Text>
            </div>
          ))}
          {late && (
            <div>
              <Typography.Text type="secondary">
                {late} {formatYuan(b.lateFeeFen)}
              </Typography.Text>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
