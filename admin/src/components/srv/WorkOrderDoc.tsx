/** 处理派工单 (R-REP-04): A4 work order with the owner's signature line. Same markup on screen and on paper. */
import {
  CHANNEL_LABELS,
  CHARGE_KIND_LABELS,
  FINISH_CHECK_LABELS,
  FINISH_CHECKS,
  formatYuan,
  REPAIR_SCOPE_LABELS,
  type ChargeKind,
} from '@wy/shared';
import type { RequestDetail } from '../../services/models';
import { formatRange, formatTime } from '../../utils/time';
import { statusText, urgencyText } from '../../utils/srv';

export default function WorkOrderDoc({ r, projectName }: { r: RequestDetail; projectName?: string }) {
  const dispatched = [...r.events].reverse().find((e) => e.action === 'dispatch' || e.action === 'transfer');
  const blankRows = Math.max(0, 4 - r.materials.length);
  const inHome = r.scope === 'in_home';
  // R-REP-16 the completion checks of the latest round: ticked once finished, boxes to tick on paper before
  const checks = r.rounds.at(-1)?.checklist ?? null;
  return (
    <div className="wy-doc">
      <h1>{projectName ? `${projectName} ` : ''}处理派工单</h1>
      <div className="wy-doc-sub">
        <span>单号：{r.code}</span>
        <span>状态：{statusText(r.status)}</span>
        <span>打印时间：{formatTime(new Date(), r.projectId)}</span>
      </div>
      <table>
        <tbody>
          <tr>
            <th>受理时间</th>
            <td>{formatTime(r.receivedAt)}</td>
            <th>来源渠道</th>
            <td>{CHANNEL_LABELS[r.channel]}</td>
          </tr>
          <tr>
            <th>报修人</th>
            <td>{r.requesterName}</td>
            <th>联系电话</th>
            <td>{r.phoneMasked ?? '—'}</td>
          </tr>
          <tr>
            <th>房屋/位置</th>
            <td colSpan={3}>{[r.roomLabel, r.location].filter(Boolean).join(' · ') || '—'}</td>
          </tr>
          <tr>
            <th>报修类别</th>
            <td>
              {r.categoryName}（{REPAIR_SCOPE_LABELS[r.scope]}）
            </td>
            <th>紧急程度</th>
            <td>{urgencyText(r.urgency)}</td>
          </tr>
          <tr>
            <th>收费类型</th>
            <td>
              {CHARGE_KIND_LABELS[r.chargeKind as ChargeKind] ?? r.chargeKind}
              {r.priceFen != null ? `（标准 ${formatYuan(r.priceFen)}）` : ''}
            </td>
            <th>预约上门</th>
            <td>{formatRange(r.appointmentStart, r.appointmentEnd)}</td>
          </tr>
          <tr>
            <th>问题描述</th>
            <td colSpan={3} style={{ height: 60 }}>
              {r.description}
            </td>
          </tr>
          <tr>
            <th>派工对象</th>
            <td>{r.assigneeName ?? '—'}</td>
            <th>派工时间</th>
            <td>{dispatched ? formatTime(dispatched.at) : '—'}</td>
          </tr>
          <tr>
            <th>要求完成</th>
            <td>{formatTime(r.requiredBy)}</td>
            <th>首问负责人</th>
            <td>{r.firstContactName ?? '—'}</td>
          </tr>
          <tr>
            <th>领单时间</th>
            <td />
            <th>到场时间</th>
            <td />
          </tr>
          {inHome && (
            <tr>
              <th>联系业主</th>
              <td colSpan={3}>{formatTime(r.times.contactedAt)}</td>
            </tr>
          )}
          <tr>
            <th>完工时间</th>
            <td />
            <th>交回时间</th>
            <td />
          </tr>
        </tbody>
      </table>
      <table>
        <thead>
          <tr>
            <th style={{ width: '8%' }}>序号</th>
            <th style={{ width: '34%' }}>材料名称</th>
            <th style={{ width: '30%' }}>规格型号</th>
            <th>数量</th>
            <th>单位</th>
          </tr>
        </thead>
        <tbody>
          {r.materials.map((m, i) => (
            <tr key={i}>
              <td>{i + 1}</td>
              <td>{m.name}</td>
              <td>{m.spec ?? ''}</td>
              <td>{m.quantity}</td>
              <td>{m.unit ?? ''}</td>
            </tr>
          ))}
          {Array.from({ length: blankRows }, (_, i) => (
            <tr key={`b${i}`}>
              <td>{r.materials.length + i + 1}</td>
              <td />
              <td />
              <td />
              <td />
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <tbody>
          <tr>
            <th>处理结果</th>
            <td colSpan={3} style={{ height: 60 }}>
              {r.result ?? ''}
            </td>
          </tr>
          <tr>
            <th>收费金额</th>
            <td>{r.feeFen != null ? formatYuan(r.feeFen) : '¥______'}</td>
            <th>业主评价</th>
            <td>{'□ 非常满意　□ 满意　□ 一般　□ 不满意'}</td>
          </tr>
          {inHome && (
            <tr>
              <th>完工确认</th>
              <td colSpan={3} data-testid="doc-finish-checklist">
                {FINISH_CHECKS.map((k) => `${checks?.[k] ? '☑' : '□'} ${FINISH_CHECK_LABELS[k]}`).join('　')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <div className="wy-sign">
        <div>
          维修人员签字：
          <span />
        </div>
        <div>
          业主（客户）签字：
          <span />
        </div>
      </div>
      <div className="wy-sign">
        <div>
          客服签字：
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
