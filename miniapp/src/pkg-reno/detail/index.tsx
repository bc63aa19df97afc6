/**
 * 装修详情 (mine, or my room's to consent to): where it stands in my words; 需补正 with what to fix and 修改并重新提交
 * (R-REN-03); the refusal grounds (R-REN-04); what to pay and what is paid, with 去缴费 (R-REN-05); the permit's
 * code and the workers' passes once issued; the owner consents or not to a tenant's or family member's
 * application (R-REN-02); the applicant may withdraw one not yet approved; the steps.
 */
import { Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { formatYuan } from '@wy/shared';
import { Button } from '../../components/button';
import { Section, WrapAtSpaces } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { useElderClass } from '../../services/elder';
import { fullTime } from '../../services/format';
import { api, toast } from '../../services/request';
import { PhotoStrip } from '../../srv-common/ui';
import { period, tagClass, type MyReno } from '../words';
import '../../srv-common/srv.css';
import '../reno.css';

const CONFIRM_TEXT: Record<'confirm' | 'decline' | 'cancel', string> = {
  confirm: '同意后，申请将提交服务中心审核。确定同意该装修申请？',
  decline: '不同意后，该申请将结束，申请人会看到您的原因。确定吗？',
  cancel: '撤回后，该申请将结束，需要时可重新申请。确定撤回？',
};

function Steps(props: { r: MyReno; onDone: (r: MyReno) => void }) {
  const r = props.r;
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const act = async (action: 'confirm' | 'decline' | 'cancel', title: string) => {
    if (busy) return;
    if (action === 'decline' && reason.trim().length < 2) return toast('请填写不同意的原因');
    const ok = await Taro.showModal({ title, content: CONFIRM_TEXT[action], confirmText: '确定', cancelText: '返回' });
    if (!ok.confirm) return;
    setBusy(true);
    try {
      props.onDone(
        await api.post('/me/renovations/{id}/actions/{action}', {
          path: { id: r.id, action },
          body: reason.trim() ? { reason: reason.trim() } : {},
        }),
      );
    } catch {
      // shown
    } finally {
      setBusy(false);
    }
  };
  const canConfirm = r.allowedActions.includes('confirm');
  const canResubmit = r.allowedActions.includes('resubmit');
  if (!canConfirm && !canResubmit && !r.allowedActions.includes('cancel')) return null;
  return (
    <Section title={canConfirm ? '业主同意' : '办理'}>
      <View className="card">
        {canConfirm ? (
          <Text className="rn-text">
            {r.applicantName}（{r.applicantRoleLabel}）申请在您的房屋装修（{period(r)}），请确认是否同意。
          </Text>
        ) : null}
        {canResubmit ? (
          <Button
            className="btn btn--primary btn--block t-reno-resubmit"
            onClick={() => Taro.navigateTo({ url: `/pkg-reno/apply/index?id=${r.id}` })}
          >
            修改并重新提交
          </Button>
        ) : null}
        <Textarea
          className="textarea"
          placeholder={canConfirm ? '不同意时请写明原因' : '撤回原因（选填）'}
          maxlength={200}
          value={reason}
          onInput={(e) => setReason(e.detail.value)}
        />
        <View className="rn-btns">
          {canConfirm ? (
            <>
              <Button className="btn btn--primary btn--block t-reno-confirm" disabled={busy} onClick={() => void act('confirm', '同意装修')}>
                同意装修
              </Button>
              <Button className="btn btn--ghost btn--block t-reno-decline" disabled={busy} onClick={() => void act('decline', '不同意')}>
                不同意
              </Button>
            </>
          ) : (
            <Button className="btn btn--ghost btn--block t-reno-cancel" disabled={busy} onClick={() => void act('cancel', '撤回申请')}>
              撤回申请
            </Button>
          )}
        </View>
      </View>
    </Section>
  );
}

export default function RenoDetail() {
  const elder = useElderClass();
  const id = Number(useRouter().params.id);
  const page = usePage(() => api.get('/me/renovations/{id}', { path: { id }, silent: true }), { guard: requireOwner });
  return (
    <View className={`page ${elder}`}>
      <PageState page={page} notFound={{ title: '装修申请不存在', desc: '可能已被撤回，或不属于您的房屋' }}>
        {(r) => {
          const unpaid = r.charges.filter((c) => !c.paidAt);
          return (
            <>
              <View className="card t-reno-detail">
                <View className="rn-row">
                  <Text className="rn-title">{r.roomLabel}</Text>
                  <Text className={`rn-tag ${tagClass(r.status)} t-reno-status`}>{r.statusLabel}</Text>
                </View>
                <Text className="rn-text">工期 {period(r)}</Text>
                <Text className="rn-text">
                  {r.applicantName}（{r.applicantRoleLabel}）
                </Text>
                {r.reviewDueAt && (r.status === 'submitted' || r.status === 'reviewed') ? (
                  <Text className="muted t-reno-due">
                    预计审批完成：<Text className="nowrap">{fullTime(r.reviewDueAt)}</Text>前
                  </Text>
                ) : null}
                {r.permitCode ? (
                  <>
                    <Text className="rn-code t-reno-permit" data-latin-ok>
                      {[r.permitCode.slice(0, -10), r.permitCode.slice(-10, -4), r.permitCode.slice(-4)].map((part, i) => (
                        <Text key={i} className="rn-code__part">
                          {part}
                        </Text>
                      ))}
                    </Text>
                    <Text className="muted">装修施工许可证编号。请将许可证张贴于门口，施工现场须配备灭火器。</Text>
                  </>
                ) : null}
              </View>
              {r.status === 'returned' && r.returnReason ? <View className="rn-notice t-reno-return">需要补正：{r.returnReason}</View> : null}
              {r.refuseGroundLabels.length ? (
                <View className="rn-notice t-reno-grounds">
                  未通过的原因：{r.refuseGroundLabels.join('；')}
                  {r.refuseReason ? `。说明：${r.refuseReason}` : ''}
                </View>
              ) : r.refuseReason && (r.status === 'refused' || r.status === 'declined') ? (
                <View className="rn-notice">{r.refuseReason}</View>
              ) : null}
              {r.charges.length ? (
                <Section title="费用与保证金">
                  <View className="card t-reno-charges">
                    {r.charges.map((c) => (
                      <View key={c.kind} className="rn-line">
                        <Text>{c.label}</Text>
                        <Text className="nowrap">
                          {formatYuan(c.amountFen)} {c.paidAt ? '已缴' : '未缴'}
                        </Text>
                      </View>
                    ))}
                    {unpaid.length ? (
                      <Button className="btn btn--primary btn--block t-reno-pay" onClick={() => Taro.navigateTo({ url: '/pkg-fee/index/index' })}>
                        去缴费
                      </Button>
                    ) : (
                      <Text className="muted">费用已缴清{r.permitCode ? '' : '，请到服务中心领取装修施工许可证'}</Text>
                    )}
                  </View>
                </Section>
              ) : null}
              <Section title="装修方案">
                <View className="card">
                  <Text className="rn-text">施工单位：{r.contractorCompany}</Text>
                  <Text className="rn-text">
                    负责人：{r.contractorLeader} {r.contractorPhone ?? ''}
                  </Text>
                  {r.items.map((x, i) => (
                    <Text key={i} className="rn-text">
                      {i + 1}. {x}
                    </Text>
                  ))}
                  <Text className="rn-text">
                    给排水{r.changesWater ? '有改动' : '不改动'}，电路{r.changesPower ? '有改动' : '不改动'}，燃气
                    {r.changesGas ? '有改动' : '不改动'}
                  </Text>
                  {r.changesNote ? <Text className="muted">{r.changesNote}</Text> : null}
                  <PhotoStrip photos={r.photos} />
                </View>
              </Section>
              <Section title={`施工人员（${r.workers.length} 名）`}>
                <View className="card">
                  {r.workers.map((w) => (
                    <View key={w.seq} className="rn-line">
                      <Text>{w.name}</Text>
                      <Text className="nowrap" data-latin-ok>
                        {w.passCode ? `出入证 ${w.passCode}` : (w.phone ?? '')}
                      </Text>
                    </View>
                  ))}
                </View>
              </Section>
              <Steps r={r} onDone={page.set} />
              <Section title="办理进度">
                <View className="card">
                  {r.timeline
                    .slice()
                    .reverse()
                    .map((e, i) => (
                      <View key={i} className="rn-line" style={{ display: 'block' }}>
                        <View className="rn-row">
                          <Text className="rn-text">{e.label}</Text>
                          <WrapAtSpaces className="muted" text={fullTime(e.at)} />
                        </View>
                        {e.note ? <Text className="muted">{e.note}</Text> : null}
                      </View>
                    ))}
                </View>
              </Section>
            </>
          );
        }}
      </PageState>
    </View>
  );
}
