/**
 * 放行条 printed on A5 (R-PAS-03): the code large (the guard types or scans it), room, applicant, the moving
 * day it is valid on, vehicle and carrier, the item list, who issued it, and the lines the gate signs.
 */
import type { Pass } from './types';
import { formatTime } from '../../utils/time';
import { timeWindow } from './display';

const cell = { border: '1px solid #000', padding: '4px 8px' } as const;

export default function PassDoc({ p, projectName }: { p: Pass; projectName: string }) {
  return (
    <div
      style={{ width: '138mm', minHeight: '190mm', margin: '0 auto', padding: '6mm', fontSize: 13, lineHeight: 1.8 }}
      data-testid="pass-doc"
    >
      <style>{'@page { size: A5 portrait; margin: 8mm; }'}</style>
      <h2 style={{ textAlign: 'center', margin: 0 }}>{projectName} 物品放行条</h2>
      <div
        style={{ textAlign: 'center', fontSize: 28, fontWeight: 700, letterSpacing: 2, margin: '6px 0' }}
        data-latin-ok
        data-testid="pass-doc-code"
      >
        {p.code}
      </div>
      <div>
        房屋：{p.roomLabel}{'\u3000'}申请人：{p.applicantName}（{p.applicantRoleLabel}）
        <br />
        有效日期：<b>{timeWindow(p)}</b>（仅当日有效，放行一次）
        <br />
        车牌：<span data-latin-ok>{p.plate ?? '—'}</span>{'\u3000'}搬运人：{p.carrierName ?? '—'}{' '}
        <span data-latin-ok>{p.carrierPhone ?? ''}</span>
        <br />
        原因：{p.reasonLabel}
        {p.reasonNote ? `（${p.reasonNote}）` : ''}{'\u3000'}业主确认：{p.confirmedByName ?? '—'}
      </div>
      <table style={{ width: '100%', borderCollapse: 'collapse', margin: '6px 0' }}>
        <thead>
          <tr>
            <th style={cell}>序号</th>
            <th style={cell}>物品名称</th>
            <th style={cell}>数量</th>
            <th style={cell}>门岗核对</th>
          </tr>
        </thead>
        <tbody>
          {p.items.map((x, i) => (
            <tr key={i}>
              <td style={cell}>{i + 1}</td>
              <td style={cell}>{x.name}</td>
              <td style={cell}>{x.quantity}</td>
              <td style={cell}>□</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div>
        签发人：{p.issuedByName ?? '—'}{'\u3000'}签发时间：{p.issuedAt ? formatTime(p.issuedAt, p.projectId) : '—'}（服务中心盖章）
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 24 }}>
        <span>门岗签字：＿＿＿＿＿＿</span>
        <span>放行时间：＿＿月＿＿日＿＿时＿＿分</span>
      </div>
    </div>
  );
}
