/**
 * 入伙验房表 printed on A4 (R-MOV-02): the room and buyer, the meter readings (blank lines before the
 * inspection), the rooms checked item by item, the defects found, and the signature lines.
 */
import { formatTime } from '../../utils/time';
import type { MoveIn } from './types';

const cell = { border: '1px solid #000', padding: '4px 6px' } as const;
const PLACES = ['客厅', '餐厅', '主卧', '次卧', '厨房', '卫生间', '阳台'];
const CHECKS = ['门窗', '墙面天花', '地面', '水电开关', '给排水'];
const blank = '＿＿＿＿＿＿';

export default function InspectionDoc({ m, projectName }: { m: MoveIn; projectName: string }) {
  return (
    <div style={{ width: '190mm', margin: '0 auto', fontSize: 13, lineHeight: 1.7 }} data-testid="movein-inspection-doc">
      <style>{'@page { size: A4 portrait; margin: 12mm; }'}</style>
      <h2 style={{ textAlign: 'center', margin: '0 0 8px' }}>{projectName} 入伙验房表</h2>
      <div>
        房屋：{m.roomLabel}（<span data-latin-ok>{m.propertyCode}</span>）{'\u3000'}建筑面积：{(m.area / 100).toFixed(2)} 平方米
        <br />
        业主：{m.buyerName}{'\u3000'}批次：{m.batchName}{'\u3000'}验房日期：{m.inspectedAt ? formatTime(m.inspectedAt, m.projectId) : blank}
      </div>
      <table style={{ width: '100%', borderCollapse: 'collapse', margin: '8px 0' }}>
        <thead>
          <tr>
            <th style={cell}>水表底数</th>
            <th style={cell}>电表底数</th>
            <th style={cell}>燃气表底数</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td style={cell} data-testid="movein-doc-water">{m.meters?.water ?? ''}</td>
            <td style={cell}>{m.meters?.electricity ?? ''}</td>
            <td style={cell}>{m.meters ? (m.meters.gas ?? '无') : ''}</td>
          </tr>
        </tbody>
      </table>
      <table style={{ width: '100%', borderCollapse: 'collapse', margin: '8px 0' }}>
        <thead>
          <tr>
            <th style={cell}>查验部位</th>
            {CHECKS.map((c) => (
              <th key={c} style={cell}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PLACES.map((p) => (
            <tr key={p}>
              <td style={cell}>{p}</td>
              {CHECKS.map((c) => (
                <td key={c} style={{ ...cell, textAlign: 'center' }}>
                  □合格 □有问题
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div>发现的问题（详见《房屋遗留问题登记表》）：</div>
      <ol style={{ margin: '4px 0 8px', minHeight: 60 }}>
        {m.defectLines.map((d) => (
          <li key={d.id}>
            {d.place}：{d.description}
          </li>
        ))}
      </ol>
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 24 }}>
        <span>业主签字：{blank}</span>
        <span>验房人员签字：{blank}</span>
        <span>日期：＿＿年＿＿月＿＿日</span>
      </div>
    </div>
  );
}
