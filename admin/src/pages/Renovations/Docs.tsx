/**
 * The printed renovation documents (R-REN-05): 装修施工许可证 on A4 for the door (room, works period, working
 * hours, supervision phone, contractor, the permit's code) and 施工人员出入证, one card per worker (name,
 * room, validity, pass code), several to an A4 sheet for cutting.
 */
import type { DeskReno } from './types';

export function PermitDoc({ r, projectName }: { r: DeskReno; projectName: string }) {
  return (
    <div style={{ width: '190mm', minHeight: '260mm', margin: '0 auto', padding: '10mm', fontSize: 16, lineHeight: 2 }} data-testid="reno-permit-doc">
      <style>{'@page { size: A4 portrait; margin: 10mm; }'}</style>
      <h1 style={{ textAlign: 'center', margin: 0, letterSpacing: 8 }}>装修施工许可证</h1>
      <div style={{ textAlign: 'center', fontSize: 14 }}>{projectName}</div>
      <div style={{ textAlign: 'center', fontSize: 22, fontWeight: 700, margin: '8px 0' }} data-latin-ok data-testid="reno-permit-doc-code">
        编号：{r.permitCode}
      </div>
      <div style={{ fontSize: 28, fontWeight: 700, textAlign: 'center', margin: '16px 0' }}>{r.roomLabel}</div>
      <div>
        施工期限：<b>{r.startOn} 至 {r.endOn}</b>
        <br />
        施工时间：{r.hours}
        <br />
        施工单位：{r.contractorCompany}
        <br />
        施工负责人：{r.contractorLeader}
        <br />
        装修项目：{r.items.join('；')}
        <br />
        装修监管电话：<b data-latin-ok>{r.supervisionPhone || '请咨询服务中心'}</b>
      </div>
      <div style={{ marginTop: 16, fontSize: 14 }}>
        注意事项：本证须张贴于施工户门上，接受管理处巡查；施工现场须配备灭火器；不得拆改承重结构、不得改变外立面；施工时间外不得进行产生噪声的作业；施工人员凭出入证进出。
      </div>
      <div style={{ display: 'flex', justifyContent: 'space-between', marginTop: 40 }}>
        <span>发证人：{r.permittedByName ?? ''}</span>
        <span>（服务中心盖章）</span>
      </div>
    </div>
  );
}

const card = {
  border: '1px solid #000',
  width: '85mm',
  height: '54mm',
  padding: '3mm 4mm',
  boxSizing: 'border-box',
  fontSize: 13,
  lineHeight: 1.7,
  pageBreakInside: 'avoid',
} as const;

export function WorkerPassesDoc({ r, projectName }: { r: DeskReno; projectName: string }) {
  return (
    <div style={{ width: '190mm', margin: '0 auto', display: 'flex', flexWrap: 'wrap', gap: '6mm' }} data-testid="reno-passes-doc">
      <style>{'@page { size: A4 portrait; margin: 10mm; }'}</style>
      {r.workers.map((w) => (
        <div key={w.seq} style={card} data-testid="reno-pass-card">
          <div style={{ textAlign: 'center', fontWeight: 700, fontSize: 15 }}>施工人员出入证</div>
          <div style={{ textAlign: 'center', fontSize: 11 }}>{projectName}</div>
          <div>
            姓名：<b>{w.name}</b>
            <br />
            施工房屋：{r.roomLabel}
            <br />
            有效期：{r.startOn} 至 {r.endOn}
            <br />
            编号：<span data-latin-ok>{w.passCode}</span>
          </div>
        </div>
      ))}
    </div>
  );
}
