/** 收据 (R-FEE-02): A5 receipt for a desk payment, the same markup on screen and on paper (print CSS in global.css). */
import {
  billLabel,
  fenToYuanString,
  formatLocal,
  formatYuan,
  PAYMENT_METHOD_LABELS,
  PAYMENT_REFUND_STATE_LABELS,
  yuanInWords,
} from '@wy/shared';
import type { Receipt } from '../../services/models';
import BillAmount from './BillAmount';

/** the receipt's time in the project's zone (the receipt says which), wherever the console is opened */
export default function ReceiptDoc({ r }: { r: Receipt }) {
  return (
    <div className="wy-doc wy-receipt" data-testid="receipt-doc">
      <div className="wy-receipt-company">{r.companyName}</div>
      <h1>收据</h1>
      <div className="wy-doc-sub">
        <span>{r.projectName}</span>
        <span>
          收据号：<strong data-testid="receipt-no">{r.receiptNo}</strong>
        </span>
      </div>
      <table>
        <tbody>
          <tr>
            <th>收款时间</th>
            <td>{formatLocal(new Date(r.at), r.timeZone)}</td>
            <th>收款方式</th>
            <td>{PAYMENT_METHOD_LABELS[r.method]}</td>
          </tr>
          <tr>
            <th>房屋</th>
            <td>{r.roomLabel}</td>
            <th>物业编码</th>
            <td>{r.propertyCode}</td>
          </tr>
          <tr>
            <th>缴款人</th>
            <td colSpan={3}>{r.payerName}</td>
          </tr>
        </tbody>
      </table>
      <table>
        <thead>
          <tr>
            <th style={{ width: '46%' }}>收费项目</th>
            <th style={{ width: '30%' }}>来源单号</th>
            <th style={{ textAlign: 'right' }}>金额（元）</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{billLabel(r)}</td>
            <td>{r.sourceCode ?? '—'}</td>
            <td style={{ textAlign: 'right' }}>{fenToYuanString(r.billAmountFen)}</td>
          </tr>
          <BillAmount
            layout="rows"
            value={{ amountFen: r.billAmountFen, adjustments: r.adjustments, lateFeeFen: r.lateFeeFen, totalFen: r.amountFen }}
          />
          <tr>
            <td colSpan={2}>
              合计人民币（大写）：<strong data-testid="receipt-words">{yuanInWords(r.amountFen)}</strong>
            </td>
            <td style={{ textAlign: 'right' }}>
              <strong>{formatYuan(r.amountFen)}</strong>
            </td>
          </tr>
          {r.note && (
            <tr>
              <td colSpan={3}>备注：{r.note}</td>
            </tr>
          )}
          {r.refundState !== 'none' && (
            <tr className="wy-receipt-refund" data-testid="receipt-refund">
              <td colSpan={2}>
                <strong>{PAYMENT_REFUND_STATE_LABELS[r.refundState]}</strong>
                {r.refundedAt ? `（${formatLocal(new Date(r.refundedAt), r.timeZone)} 退回）` : ''}
              </td>
              <td style={{ textAlign: 'right' }}>
                <strong>−{formatYuan(r.refundedFen)}</strong>
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <div className="wy-sign">
        <div>
          收款人：<span>{r.receivedByName}</span>
        </div>
        <div>
          缴款人签字：
          <span />
        </div>
      </div>
      <div className="wy-receipt-foot">
        <div>{r.feedbackLine}</div>
        {r.servicePhone && <div>服务中心电话：{r.servicePhone}</div>}
      </div>
    </div>
  );
}
