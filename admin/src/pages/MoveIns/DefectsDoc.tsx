/**
 * 房屋遗留问题登记表 printed on A4 (R-MOV-04): what the owner found at the inspection, line by line, to send to
 * the developer in writing; the progress columns and the signature lines of the owner, the centre and the
 * developer's receipt.
 */
import { formatTime } from '../../utils/time';
import type { MoveIn } from './types';

const cell = { border: '1px solid #000', padding: '4px 6px', verticalAlign: 'top' } as const;
const blank = '＿＿＿＿＿＿';

export default function DefectsDoc({ m, projectName }: { m: MoveIn; projectName: string }) {
  return (
    <div style={{ width: '190mm', margin: '0 auto', fontSize: 13, lineHeight: 1.7 }} data-testid="movein-defects-doc">
      <style>{'@page { size: A4 portrait; margin: 12mm; }'}</style>
      <h2 style={{ textAlign: 'center', margin: '0 0 8px' }}>{projectName} 房屋遗留问题登记表</h2>
      <div>
        致：{m.developerName}
        <br />
        房屋：{m.roomLabel}（<span data-latin-ok>{m.propertyCode}</span>）{'\u3000'}业主：{m.buyerName}
        {'\u3000'}验房日期：{m.inspectedAt ? formatTime(m.inspectedAt, m.projectId) : blank}
        <br />
        以下问题系业主入伙验房时发现，请按《房屋质量保证书》的保修范围和期限安排整改，并将整改结果告知服务中心。
      </div>
      <table style={{ width: '100%', borderCollapse: 'collapse', margin: '8px 0' }}>
        <thead>
          <tr>
            <th style={{ ...cell, width: '8%' }}>序号</th>
            <th style={{ ...cell, width: '18%' }}>部位</th>
            <th style={cell}>问题描述</th>
            <th style={{ ...cell, width: '16%' }}>整改情况</th>
            <th style={{ ...cell, width: '14%' }}>业主确认</th>
          </tr>
        </thead>
        <tbody>
          {m.defectLines.map((d, i) => (
            <tr key={d.id} data-testid="movein-defects-doc-line">
              <td style={cell}>{i + 1}</td>
              <td style={cell}>{d.place}</td>
              <td style={cell}>{d.description}</td>
              <td style={cell}>{d.statusLabel}</td>
              <td style={cell}>{d.status === 'confirmed' ? '已确认' : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 24 }}>
        <span>业主签字：{blank}</span>
        <span>服务中心登记人：{blank}</span>
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 16 }}>
        <span>开发商签收：{blank}</span>
        <span>送达日期：{m.defectsSentAt ? formatTime(m.defectsSentAt, m.projectId) : '＿＿年＿＿月＿＿日'}</span>
      </div>
    </div>
  );
}
