/** 变更通知书 (R-OWN-04), printed on A4 and delivered to the owner before a fee-relevant change takes effect. */
import { FEE_FIELD_LABELS, type FeeField } from '@wy/shared';
import { formatDay } from '../../utils/time';
import type { FeeChangeNotice } from './types';

export default function NoticeDoc({ d }: { d: FeeChangeNotice }) {
  const field = FEE_FIELD_LABELS[d.field as FeeField] ?? d.field;
  return (
    <div className="wy-doc" data-testid="fee-change-notice">
      <h1>{d.projectName}</h1>
      <h1>业户资料变更通知书</h1>
      <div className="wy-doc-sub">
        <span>编号：BG{String(d.id).padStart(6, '0')}</span>
        <span>{d.propertyCode}</span>
      </div>
      <p>
        尊敬的{d.ownerNames.length ? d.ownerNames.join('、') : '业主'}（{d.roomLabel}）：
      </p>
      <p>
        贵户房屋的{field}将由 <strong>{d.fromText}</strong> 变更为 <strong>{d.toText}</strong>，自{' '}
        <strong>{d.effectiveOn}</strong> 起生效。变更原因：{d.reason}
        。该项资料涉及物业服务费等费用的计收，生效之日起按变更后的资料计费，生效前仍按原资料计费。
      </p>
      <p>如有疑问，请于生效日前与物业服务中心联系{d.servicePhone ? `（电话 ${d.servicePhone}）` : ''}。</p>
      <table>
        <tbody>
          <tr>
            <th style={{ width: 120 }}>变更项目</th>
            <td>{field}</td>
            <th style={{ width: 120 }}>生效日期</th>
            <td>{d.effectiveOn}</td>
          </tr>
          <tr>
            <th>变更前</th>
            <td>{d.fromText}</td>
            <th>变更后</th>
            <td>{d.toText}</td>
          </tr>
          <tr>
            <th>审批</th>
            <td>
              {d.decidedByName ?? ''} {d.decidedAt ? formatDay(d.decidedAt, d.projectId) : ''}
            </td>
            <th>经办</th>
            <td>{d.requestedByName}</td>
          </tr>
          <tr>
            <th>业主签收</th>
            <td style={{ height: 48 }} />
            <th>签收日期</th>
            <td />
          </tr>
        </tbody>
      </table>
      <p style={{ textAlign: 'right', marginTop: 24 }}>
        {d.companyName ?? ''} {d.projectName} 物业服务中心
        <br />
        {d.decidedAt ? formatDay(d.decidedAt, d.projectId) : ''}
      </p>
    </div>
  );
}
