/**
 * 费用催缴通知单 (R-ARR-01): one A4 page per household — room, owner, the overdue bills with period, amount and
 * late fee so far, the contract's late-fee rule (R-FEE-05), the total, how to pay (the mini-program's bill page,
 * where the QR code is printed) and the customer's signature line.
 */
import { fenToYuanString, formatYuan } from '@wy/shared';
import type { NoticeBatch } from '../../services/models';

type Notice = NoticeBatch['notices'][number];

export default function NoticeDoc({ batch, n }: { batch: NoticeBatch; n: Notice }) {
  const rules = [...new Set(n.bills.map((b) => b.lateFeeRule))];
  return (
    <div className="wy-doc wy-notice" data-testid="notice-doc">
      <div className="wy-doc-company">{batch.companyName}</div>
      <h1>费用催缴通知单</h1>
      <div className="wy-doc-sub">
        <span>{batch.projectName}</span>
        <span>日期：{batch.today}</span>
      </div>
      <p>
        尊敬的 <b>{n.ownerName ?? '业主'}</b>（{n.roomLabel}）：
      </p>
      <p>
        截至 {batch.today}，您的房屋尚有以下费用逾期未缴（已欠 {n.ageMonths} 个月），合计 <b>{formatYuan(n.totalFen)}</b>
        ，其中违约金 {formatYuan(n.lateFeeFen)}。为免违约金继续增加，请尽快缴纳。
      </p>
      <table>
        <thead>
          <tr>
            <th style={{ width: '34%' }}>收费项目</th>
            <th>账期</th>
            <th>到期日</th>
            <th style={{ textAlign: 'right' }}>金额（元）</th>
            <th style={{ textAlign: 'right' }}>违约金（元）</th>
            <th style={{ textAlign: 'right' }}>小计（元）</th>
          </tr>
        </thead>
        <tbody>
          {n.bills.map((b) => (
            <tr key={b.billId}>
              <td>{b.title}</td>
              <td>{b.period ?? '—'}</td>
              <td>{b.dueOn}</td>
              <td style={{ textAlign: 'right' }}>{fenToYuanString(b.principalFen)}</td>
              <td style={{ textAlign: 'right' }}>{fenToYuanString(b.lateFeeFen)}</td>
              <td style={{ textAlign: 'right' }}>{fenToYuanString(b.totalFen)}</td>
            </tr>
          ))}
          <tr>
            <th colSpan={3}>合计</th>
            <td style={{ textAlign: 'right' }}>{fenToYuanString(n.principalFen)}</td>
            <td style={{ textAlign: 'right' }}>{fenToYuanString(n.lateFeeFen)}</td>
            <td style={{ textAlign: 'right' }} data-testid="notice-total">
              {fenToYuanString(n.totalFen)}
            </td>
          </tr>
        </tbody>
      </table>
      <p>违约金规则：{rules.join('；')}</p>
      <p>{batch.payInstructions}</p>
      <div className="wy-notice-qr">
        <div className="wy-notice-qr-box">缴费二维码</div>
        <div>
          小程序缴费页：<span data-latin-ok>{batch.payLink}</span>
        </div>
      </div>
      <div className="wy-sign">
        <div>
          客户签收：
          <span />
        </div>
        <div>
          签收日期：
          <span />
        </div>
      </div>
    </div>
  );
}
