/** 月度工作报告 as printed for the owners' committee (A4): the figures, the text, the committee's review and signature lines. */
import { formatDay } from '../../utils/time';
import { Paragraphs } from '../Announcements/DetailView';
import FiguresTable from './Figures';
import type { WorkReportDetail } from './types';

export default function PrintDoc({ r }: { r: WorkReportDetail }) {
  const [y, m] = r.month.split('-');
  return (
    <div className="wy-doc" data-testid="work-report-doc">
      <h1>{r.projectName}</h1>
      <h1>
        {y}年{Number(m)}月工作报告
      </h1>
      <div className="wy-doc-sub">
        <span>报送：业主委员会</span>
        <span>{r.submittedAt ? `报送日期：${formatDay(r.submittedAt, r.projectId)}` : '（草稿，尚未报送）'}</span>
      </div>
      <h3>一、本月主要数据</h3>
      <FiguresTable f={r.figures} />
      <h3>二、本月工作</h3>
      <Paragraphs text={r.summary || '（未填写）'} />
      <h3>三、下月计划</h3>
      <Paragraphs text={r.plan || '（未填写）'} />
      <h3>四、业主委员会审核意见</h3>
      <table>
        <tbody>
          <tr>
            <th>审核意见</th>
            <td colSpan={3} style={{ height: 60 }}>
              {r.reviewOpinion ?? ''}
            </td>
          </tr>
          <tr>
            <th>审核委员</th>
            <td>{r.reviewerName ?? ''}</td>
            <th>审核日期</th>
            <td>{r.reviewedAt ? formatDay(r.reviewedAt, r.projectId) : ''}</td>
          </tr>
          <tr>
            <th>管理处（盖章）</th>
            <td style={{ height: 48 }} />
            <th>业主委员会（盖章）</th>
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
