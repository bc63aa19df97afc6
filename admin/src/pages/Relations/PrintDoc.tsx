/** 沟通记录 of a quarter as printed (A4): every record in date order, then each person's count against what is required. */
import type { CommunicationPrint } from './types';

export default function PrintDoc({ d }: { d: CommunicationPrint }) {
  return (
    <div className="wy-doc" data-testid="communication-doc">
      <h1>{d.projectName}</h1>
      <h1>重点客户及业委会沟通记录</h1>
      <div className="wy-doc-sub">
        <span>{d.quarterLabel}</span>
        <span>
          {d.from} 至 {d.to}
        </span>
      </div>
      <table>
        <thead>
          <tr>
            <th style={{ width: 88 }}>日期</th>
            <th style={{ width: 70 }}>沟通人</th>
            <th style={{ width: 110 }}>沟通对象</th>
            <th style={{ width: 64 }}>方式</th>
            <th>主题与内容</th>
            <th style={{ width: 120 }}>跟进事项</th>
          </tr>
        </thead>
        <tbody>
          {d.items.length ? (
            d.items.map((x) => (
              <tr key={x.id}>
                <td>{x.contactOn}</td>
                <td>{x.staffName}</td>
                <td>
                  {x.withName}
                  <br />（{x.customerKindLabel}）
                </td>
                <td>{x.channelLabel}</td>
                <td>
                  <strong>{x.topic}</strong>
                  <br />
                  {x.summary}
                </td>
                <td>{x.followUp ?? ''}</td>
              </tr>
            ))
          ) : (
            <tr>
              <td colSpan={6}>本季度没有沟通记录</td>
            </tr>
          )}
        </tbody>
      </table>
      <h3>本季度沟通情况（业委会委员每月至少一次，重点客户每季度至少一次）</h3>
      <table>
        <thead>
          <tr>
            <th>姓名</th>
            <th>类别</th>
            <th>沟通次数</th>
            <th>应沟通</th>
            <th>是否达标</th>
          </tr>
        </thead>
        <tbody>
          {d.coverage.map((c) => (
            <tr key={c.keyCustomerId}>
              <td>{c.name}</td>
              <td>{c.kindLabel}</td>
              <td>{c.count}</td>
              <td>{c.required}</td>
              <td>{c.count >= c.required ? '达标' : '未达标'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table>
        <tbody>
          <tr>
            <th style={{ width: 120 }}>记录人</th>
            <td style={{ height: 40 }} />
            <th style={{ width: 120 }}>管理处经理</th>
            <td />
          </tr>
        </tbody>
      </table>
    </div>
  );
}
