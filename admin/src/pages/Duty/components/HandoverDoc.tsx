/** 交接班记录 (R-SRV-04): the open-request list and the day's duty notes on A4, with both signatures. */
import type { DutyEntry, ShiftHandoverList } from '../../../services/models';
import { formatClock, formatTime } from '../../../utils/time';
import { statusText, urgencyText } from '../../../utils/srv';

export default function HandoverDoc({
  list,
  entries,
  projectName,
  from,
  date,
}: {
  list: ShiftHandoverList;
  entries: DutyEntry[];
  projectName?: string;
  from?: string;
  date: string;
}) {
  return (
    <div className="wy-doc">
      <h1>{projectName ? `${projectName} ` : ''}交接班记录</h1>
      <div className="wy-doc-sub">
        <span>日期：{date}</span>
        <span>生成时间：{formatTime(list.generatedAt)}</span>
        <span>交班人：{from ?? '________'}</span>
      </div>
      <table>
        <thead>
          <tr>
            <th style={{ width: '5%' }}>序</th>
            <th style={{ width: '17%' }}>单号</th>
            <th style={{ width: '9%' }}>状态</th>
            <th style={{ width: '15%' }}>房屋/位置</th>
            <th>内容</th>
            <th style={{ width: '9%' }}>处理人</th>
            <th style={{ width: '14%' }}>期限</th>
          </tr>
        </thead>
        <tbody>
          {list.openRequests.length ? (
            list.openRequests.map((r, i) => (
              <tr key={r.id}>
                <td>{i + 1}</td>
                <td>
                  {r.code}
                  {r.overdue ? '（超时）' : ''}
                </td>
                <td>{statusText(r.status)}</td>
                <td>{[r.roomLabel, r.location].filter(Boolean).join(' ')}</td>
                <td>
                  [{r.categoryName}·{urgencyText(r.urgency)}] {r.summary}
                </td>
                <td>{r.assigneeName ?? '未派'}</td>
                <td>{formatTime(r.dueAt)}</td>
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={7} style={{ textAlign: 'center' }}>
                无未完成工单
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <table>
        <thead>
          <tr>
            <th style={{ width: '14%' }}>时间</th>
            <th style={{ width: '12%' }}>记录人</th>
            <th>值班记事</th>
          </tr>
        </thead>
        <tbody>
          {entries.length ? (
            entries.map((e) => (
              <tr key={e.id}>
                <td>{formatClock(e.at)}</td>
                <td>{e.staffName}</td>
                <td>
                  {e.requestCode ? `[${e.requestCode}] ` : ''}
                  {e.content}
                </td>
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={3} style={{ height: 40 }} />
            </tr>
          )}
          <tr>
            <th>其他事项</th>
            <td colSpan={2} style={{ height: 60 }} />
          </tr>
        </tbody>
      </table>
      <div className="wy-sign">
        <div>
          交班人签字：
          <span />
        </div>
        <div>
          接班人签字：
          <span />
        </div>
        <div>
          交接时间：
          <span />
        </div>
      </div>
    </div>
  );
}
