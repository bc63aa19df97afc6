/**
 * 装修详情, after the permit (R-REN-06…08), for the owner: the rectification notices (整改通知书) with their
 * deadlines and how they stand (已整改, or 拒不整改 reported to the authorities); 竣工验收 — ask for it (again
 * after a failure), when it is due, the written requirements of a failure and their deadline; the two deposits'
 * refund, each with its deduction and where it stands. Every figure and flag is the API's.
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { formatYuan } from '@wy/shared';
import { Button } from '../../components/button';
import { Section } from '../../components/ui';
import { WorkflowTag, type Tone } from '../../components/workflow';
import { fullTime } from '../../services/format';
import { api } from '../../services/request';
import type { MyReno } from '../words';
import './after.css';

const noticeTone = (status: string, overdue: boolean): Tone => (status === 'rectified' ? 'ok' : status === 'refused' || overdue ? 'bad' : 'warn');
const refundTone = (state: string): Tone => (state === 'refunded' ? 'ok' : state === 'rejected' || state === 'failed' ? 'bad' : '');

export function RenoNotices(props: { r: MyReno }) {
  const notices = props.r.notices;
  if (!notices.length) return null;
  return (
    <Section title="整改通知书">
      <View className="card t-reno-notices">
        {notices.map((n) => (
          <View key={n.id} className="ra-block">
            <View className="wf-row">
              <Text className="wf-text" data-latin-ok>
                {n.code}
              </Text>
              <WorkflowTag status={n.overdue ? '已逾期' : n.statusLabel} tone={noticeTone(n.status, n.overdue)} />
            </View>
            {n.violationLabels.map((v, i) => (
              <Text key={i} className="wf-text">
                {i + 1}. {v}
              </Text>
            ))}
            <Text className="muted">
              整改期限：<Text className="nowrap">{n.deadlineOn}</Text>
              {n.status === 'refused' && n.reportedAt ? `。逾期未整改，已于 ${fullTime(n.reportedAt)} 报告主管部门` : ''}
              {n.status === 'rectified' ? '。已复查，整改完毕' : ''}
            </Text>
          </View>
        ))}
      </View>
    </Section>
  );
}

export function RenoAcceptance(props: { r: MyReno; onDone: (r: MyReno) => void }) {
  const r = props.r;
  const [busy, setBusy] = useState(false);
  const shown = ['permitted', 'acceptance_requested', 'rectifying', 'accepted'].includes(r.status);
  if (!shown) return null;
  const canAsk = r.allowedActions.includes('request_acceptance');
  const ask = async () => {
    if (busy) return;
    const ok = await Taro.showModal({
      title: '申请竣工验收',
      content: '请确认装修已完工、现场已清理。服务中心将在3天内上门验收，验收时请交回装修施工许可证和全部施工人员出入证。',
      confirmText: '申请',
      cancelText: '返回',
    });
    if (!ok.confirm) return;
    setBusy(true);
    try {
      props.onDone(await api.post('/me/renovations/{id}/actions/{action}', { path: { id: r.id, action: 'request_acceptance' }, body: {} }));
    } catch {
      // shown
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section title="竣工验收">
      <View className="card t-reno-acceptance">
        {r.status === 'permitted' ? <Text className="wf-text">完工后请申请竣工验收，服务中心将在3天内上门验收。</Text> : null}
        {r.status === 'acceptance_requested' && r.acceptanceDueAt ? (
          <Text className="wf-text">
            已申请验收，服务中心将于 <Text className="nowrap">{fullTime(r.acceptanceDueAt)}</Text> 前上门验收。
          </Text>
        ) : null}
        {r.status === 'rectifying' && r.acceptanceRequirements ? (
          <View className="wf-notice ra-notice t-reno-requirements">
            验收未通过，整改要求：{r.acceptanceRequirements}
            {r.acceptanceRectifyBy ? `。请于 ${r.acceptanceRectifyBy} 前整改完毕后再次申请验收。` : ''}
          </View>
        ) : null}
        {r.status === 'accepted' && r.acceptedAt ? (
          <Text className="wf-text">
            <Text className="nowrap">{fullTime(r.acceptedAt)}</Text> 验收通过，许可证及出入证已收回。
          </Text>
        ) : null}
        {canAsk ? (
          <Button className="btn btn--primary btn--block t-reno-ask-acceptance" disabled={busy} onClick={() => void ask()}>
            {r.status === 'rectifying' ? '整改完毕，再次申请验收' : '申请竣工验收'}
          </Button>
        ) : null}
      </View>
    </Section>
  );
}

export function RenoDepositRefund(props: { r: MyReno }) {
  const r = props.r;
  if (r.status !== 'accepted') return null;
  const deposits = r.charges.filter((c) => c.kind === 'owner_deposit' || c.kind === 'contractor_deposit');
  if (!deposits.length) return null;
  return (
    <Section title="保证金退还">
      <View className="card t-reno-refund">
        {deposits.map((c) => (
          <View key={c.kind} className="ra-block">
            <View className="wf-row">
              <Text className="wf-text">{c.label}</Text>
              <WorkflowTag status={c.refundStateLabel} tone={refundTone(c.refundState)} />
            </View>
            <Text className="muted">
              保证金 {formatYuan(c.amountFen)}
              {c.refundFen !== null ? `，退还 ${formatYuan(c.refundFen)}` : ''}
              {c.deductionFen ? `，扣除 ${formatYuan(c.deductionFen)}（${c.deductionReason ?? ''}）` : ''}
            </Text>
          </View>
        ))}
        {r.refundedAt ? (
          <Text className="muted">保证金已于 {fullTime(r.refundedAt)} 全部退还，按原缴费方式退回。</Text>
        ) : r.refundDueAt ? (
          <Text className="muted">
            将于 <Text className="nowrap">{fullTime(r.refundDueAt)}</Text> 前退还，按原缴费方式退回。
          </Text>
        ) : null}
      </View>
    </Section>
  );
}
