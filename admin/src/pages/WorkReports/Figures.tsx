/** The month's figures a work report carries, as a table (screen and print alike). */
import { formatYuan } from '@wy/shared';
import type { WorkReportFigures } from './types';

const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

export default function FiguresTable({ f }: { f: WorkReportFigures }) {
  return (
    <table className="wy-figures" data-testid="work-report-figures">
      <tbody>
        <tr>
          <th>报修</th>
          <td>
            受理 {f.repairs.received} 单，完成 {f.repairs.resolved} 单；处理及时率 {pct(f.repairs.timelyRate)}，回访率{' '}
            {pct(f.repairs.callbackRate)}，满意率 {pct(f.repairs.satisfactionRate)}
          </td>
        </tr>
        <tr>
          <th>投诉</th>
          <td>
            受理 {f.complaints.received} 件；处理及时率 {pct(f.complaints.timelyRate)}，回访率 {pct(f.complaints.callbackRate)}
            ，满意率 {pct(f.complaints.satisfactionRate)}
          </td>
        </tr>
        <tr>
          <th>收费</th>
          <td>
            本月应收 {formatYuan(f.collection.billedFen)}，实收 {formatYuan(f.collection.collectedFen)}，收缴率{' '}
            {pct(f.collection.ratePct)}
          </td>
        </tr>
      </tbody>
      <caption style={{ captionSide: 'bottom', textAlign: 'left', fontSize: 12 }}>“—”表示本月没有可统计的记录</caption>
    </table>
  );
}
