/**
 * 活动档案 printed on A4 (R-ACT-05): the plan entry, the budget asked and approved, time and place, the safety
 * measures, the poll's answers, the sign-up list, the callbacks and satisfaction, and the summary — what the
 * desk files after an activity.
 */
import { formatRange, formatTime } from '../../utils/time';
import { yuan } from './display';
import type { ActivityDetail } from './types';

const cell = { border: '1px solid #000', padding: '3px 6px' } as const;

export default function ActivityFile({
  a,
  signups,
}: {
  a: ActivityDetail;
  signups: { id: number; name: string; roomLabel: string; people: number; status: string; createdAt: string }[];
}) {
  const t = (v: string | null | undefined) => formatTime(v, a.projectId);
  return (
    <div style={{ width: '186mm', margin: '0 auto', fontSize: 12.5, lineHeight: 1.7 }} data-testid="activity-file">
      <style>{'@page { size: A4 portrait; margin: 12mm; }'}</style>
      <h2 style={{ textAlign: 'center', margin: '0 0 6px' }}>社区活动档案</h2>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <tbody>
          <tr>
            <td style={cell}>活动主题</td>
            <td style={cell} colSpan={3}>
              {a.theme}
              {a.extra ? '（计划外）' : ''}
            </td>
          </tr>
          <tr>
            <td style={cell}>活动目的</td>
            <td style={cell} colSpan={3}>
              {a.purpose}
            </td>
          </tr>
          <tr>
            <td style={cell}>年度计划</td>
            <td style={cell}>
              {a.year}年 · 计划 {a.plannedMonth}
            </td>
            <td style={cell}>计划预算</td>
            <td style={cell}>{yuan(a.budgetFen)}</td>
          </tr>
          <tr>
            <td style={cell}>申请预算</td>
            <td style={cell}>{yuan(a.budgetRequestedFen)}</td>
            <td style={cell}>财务批准</td>
            <td style={cell}>
              {yuan(a.budgetApprovedFen)} {a.budgetApprovedByName ?? ''} {a.budgetApprovedAt ? t(a.budgetApprovedAt) : ''}
            </td>
          </tr>
          <tr>
            <td style={cell}>活动时间</td>
            <td style={cell}>{formatRange(a.startsAt, a.endsAt, a.projectId)}</td>
            <td style={cell}>地点</td>
            <td style={cell}>{a.place ?? '—'}</td>
          </tr>
          <tr>
            <td style={cell}>发布</td>
            <td style={cell}>{a.publishedAt ? `${a.publishedByName} ${t(a.publishedAt)}` : '—'}</td>
            <td style={cell}>报名</td>
            <td style={cell}>
              {a.signups} 户 {a.signedPeople} 人 / 名额 {a.capacity ?? '—'} 人
            </td>
          </tr>
          <tr>
            <td style={cell}>安全措施</td>
            <td style={{ ...cell, whiteSpace: 'pre-wrap' }} colSpan={3}>
              {a.safetyMeasures ?? '—'}
            </td>
          </tr>
          <tr>
            <td style={cell}>意见征询</td>
            <td style={cell} colSpan={3}>
              {a.pollQuestion ?? '—'}
              {a.poll.length > 0 && `：${a.poll.map((o) => `${o.label} ${o.votes} 人`).join('；')}`}
            </td>
          </tr>
          <tr>
            <td style={cell}>回访</td>
            <td style={cell} colSpan={3}>
              应回访 {a.callbackQuota} 户，已回访 {a.callbacksMade} 户，满意 {a.callbacksSatisfied} 户，满意率{' '}
              {a.satisfactionRate === null ? '—' : `${a.satisfactionRate}%`}（目标 {a.satisfactionTarget}%）
            </td>
          </tr>
          <tr>
            <td style={cell}>活动总结</td>
            <td style={{ ...cell, whiteSpace: 'pre-wrap' }} colSpan={3}>
              {a.summary ?? '—'}
              {a.photos.length > 0 && `（照片 ${a.photos.length} 张，存于系统）`}
            </td>
          </tr>
        </tbody>
      </table>
      <h3 style={{ margin: '10px 0 4px' }}>报名表</h3>
      <table style={{ width: '100%', borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            {['序号', '报名人', '房屋', '人数', '报名时间', '状态'].map((h) => (
              <th key={h} style={cell}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {signups.map((s, i) => (
            <tr key={s.id}>
              <td style={cell}>{i + 1}</td>
              <td style={cell}>{s.name}</td>
              <td style={cell}>{s.roomLabel}</td>
              <td style={cell}>{s.people}</td>
              <td style={cell}>{t(s.createdAt)}</td>
              <td style={cell}>{s.status === 'active' ? '已报名' : '已取消'}</td>
            </tr>
          ))}
          {!signups.length && (
            <tr>
              <td style={cell} colSpan={6}>
                无报名
              </td>
            </tr>
          )}
        </tbody>
      </table>
      <div style={{ marginTop: 16, display: 'flex', justifyContent: 'space-between' }}>
        <span>整理人：</span>
        <span>审核（管理处经理）：</span>
        <span>归档日期：{a.archivedAt ? t(a.archivedAt).slice(0, 10) : ''}</span>
      </div>
    </div>
  );
}
