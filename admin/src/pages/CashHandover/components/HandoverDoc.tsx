/**
 * 现金交款单 / 收费日报 (R-FEE-06): a cashier's business day handed to finance — totals per method, every
 * payment with its receipt number, finance's count — on A4 with signature lines. Same markup on screen and
 * on paper (print CSS in global.css); times in the project's zone.
 */
import {
  CASH_HANDOVER_STATUS_LABELS,
  fenToYuanString,
  formatLocal,
  formatYuan,
  PAYMENT_METHOD_LABELS,
  yuanInWords,
  type CashHandoverStatus,
  type PaymentMethod,
} from '@wy/shared';
import type { HandoverDetail } from '../../../services/models';

const methodLabel = (m: string) => PAYMENT_METHOD_LABELS[m as PaymentMethod] ?? m;

export default function HandoverDoc({ h }: { h: HandoverDetail }) {
  const at = (v: string) => formatLocal(new Date(v), h.timeZone);
  const counted = h.status === 'confirmed' || h.status === 'short';
  return (
    <div className="wy-doc wy-handover" data-testid="handover-doc">
      <div className="wy-doc-company">{h.companyName}</div>
      <h1>现金交款单</h1>
      <div className="wy-doc-sub">
        <span>{h.projectName} · 收费日报</span>
        <span>
          交款单号：<strong data-testid="handover-code">{h.code}</strong>
        </span>
      </div>
      <table>
        <tbody>
          <tr>
            <th>收款员</th>
            <td>{h.cashierName}</td>
            <th>营业日</th>
            <td data-testid="handover-day">{h.businessDay}</td>
          </tr>
          <tr>
            <th>收款笔数</th>
            <td>{h.paymentCount}</td>
            <th>交款时间</th>
            <td>{at(h.createdAt)}</td>
          </tr>
          <tr>
            <th>状态</th>
            <td>{CASH_HANDOVER_STATUS_LABELS[h.status as CashHandoverStatus] ?? h.status}</td>
            <th>备注</th>
            <td>{h.note ?? '—'}</td>
          </tr>
        </tbody>
      </table>
      <table data-testid="handover-methods">
        <thead>
          <tr>
            <th style={{ width: '46%' }}>收款方式</th>
            <th style={{ width: '20%', textAlign: 'right' }}>笔数</th>
            <th style={{ textAlign: 'right' }}>金额（元）</th>
          </tr>
        </thead>
        <tbody>
          {h.byMethod.map((m) => (
            <tr key={m.method}>
              <td>{methodLabel(m.method)}</td>
              <td style={{ textAlign: 'right' }}>{m.count}</td>
              <td style={{ textAlign: 'right' }}>{fenToYuanString(m.fen)}</td>
            </tr>
          ))}
          <tr>
            <td>
              <strong>合计</strong>（其中现金 {formatYuan(h.cashFen)}）
            </td>
            <td style={{ textAlign: 'right' }}>{h.paymentCount}</td>
            <td style={{ textAlign: 'right' }}>
              <strong data-testid="handover-total">{formatYuan(h.totalFen)}</strong>
            </td>
          </tr>
          <tr>
            <td colSpan={3}>
              合计人民币（大写）：<strong>{yuanInWords(h.totalFen)}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      <table className="wy-handover-lines">
        <thead>
          <tr>
            <th style={{ width: '5%' }}>序号</th>
            <th style={{ width: '17%' }}>收据号</th>
            <th style={{ width: '13%' }}>收款时间</th>
            <th style={{ width: '14%' }}>房屋</th>
            <th>收费项目</th>
            <th style={{ width: '10%' }}>方式</th>
            <th style={{ width: '11%', textAlign: 'right' }}>金额（元）</th>
          </tr>
        </thead>
        <tbody>
          {h.payments.length ? (
            h.payments.map((x, i) => (
              <tr key={x.id} data-testid="handover-line">
                <td>{i + 1}</td>
                <td>{x.receiptNo}</td>
                <td>{at(x.at).slice(5)}</td>
                <td>{x.roomLabel}</td>
                <td>{x.title}</td>
                <td>{methodLabel(x.method)}</td>
                <td style={{ textAlign: 'right' }}>{fenToYuanString(x.amountFen)}</td>
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={7}>本交款单已撤回，其中的收款已退回待移交。</td>
            </tr>
          )}
        </tbody>
      </table>
      {counted && (
        <table>
          <tbody>
            <tr>
              <th>应交现金</th>
              <td>{formatYuan(h.cashFen)}</td>
              <th>实收现金</th>
              <td>{formatYuan(h.receivedCashFen ?? 0)}</td>
            </tr>
            <tr>
              <th>短款</th>
              <td>{h.shortFen ? formatYuan(h.shortFen) : '无'}</td>
              <th>确认人</th>
              <td>
                {h.confirmedByName}
                {h.confirmedAt ? ` ${at(h.confirmedAt)}` : ''}
              </td>
            </tr>
            {h.confirmNote && (
              <tr>
                <th>说明</th>
                <td colSpan={3}>{h.confirmNote}</td>
              </tr>
            )}
          </tbody>
        </table>
      )}
      <div className="wy-sign">
        <div>
          交款人签字：
          <span />
        </div>
        <div>
          财务收款人签字：
          <span />
        </div>
        <div>
          日期：
          <span />
        </div>
      </div>
    </div>
  );
}
