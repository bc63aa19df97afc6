/**
 * 装修详情 (mine, or my room's to consent to): where it stands in my words; 需补正 with what to fix and 修改并重新提交
 * (R-REN-03); the refusal grounds (R-REN-04); what to pay and what is paid, with 去缴费 (R-REN-05); the permit's
 * code and the workers' passes once issued; the owner consents or not to a tenant's or family member's
 * application (R-REN-02); the applicant may withdraw one not yet approved; the steps.
 */
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { formatYuan } from '@wy/shared';
import { Button } from '../../components/button';
import { Section } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { BigCode, OwnerDecision, StatusHeader, WorkflowTimeline, type OwnerAction } from '../../components/workflow';
import { requireOwner } from '../../services/auth';
import { useElderClass } from '../../services/elder';
import { fullTime } from '../../services/format';
import { api } from '../../services/request';
import { PhotoStrip } from '../../srv-common/ui';
import { period, tone } from '../words';
import { RenoAcceptance, RenoDepositRefund, RenoNotices } from './AfterPermit';
import '../../srv-common/srv.css';

const CONFIRM_TEXT: Record<OwnerAction, string> = {
  confirm: '同意后，申请将提交服务中心审核。确定同意该装修申请？',
  decline: '不同意后，该申请将结束，申请人会看到您的原因。确定吗？',
  cancel: '撤回后，该申请将结束，需要时可重新申请。确定撤回？',
};

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
              <StatusHeader
                className="t-reno-detail"
                title={r.roomLabel}
                status={r.statusLabel}
                tone={tone(r.status)}
                tagClassName="t-reno-status"
              >
                <Text className="wf-text">工期 {period(r)}</Text>
                <Text className="wf-text">
                  {r.applicantName}（{r.applicantRoleLabel}）
                </Text>
                {r.reviewDueAt && (r.status === 'submitted' || r.status === 'reviewed') ? (
                  <Text className="muted t-reno-due">
                    预计审批完成：<Text className="nowrap">{fullTime(r.reviewDueAt)}</Text>前
                  </Text>
                ) : null}
                {r.permitCode ? (
                  <>
                    <BigCode code={r.permitCode} className="t-reno-permit" />
                    <Text className="muted">装修施工许可证编号。请将许可证张贴于门口，施工现场须配备灭火器。</Text>
                  </>
                ) : null}
              </StatusHeader>
              {r.status === 'returned' && r.returnReason ? <View className="wf-notice t-reno-return">需要补正：{r.returnReason}</View> : null}
              {r.refuseGroundLabels.length ? (
                <View className="wf-notice t-reno-grounds">
                  未通过的原因：{r.refuseGroundLabels.join('；')}
                  {r.refuseReason ? `。说明：${r.refuseReason}` : ''}
                </View>
              ) : r.refuseReason && (r.status === 'refused' || r.status === 'declined') ? (
                <View className="wf-notice">{r.refuseReason}</View>
              ) : null}
              {r.charges.length ? (
                <Section title="费用与保证金">
                  <View className="card t-reno-charges">
                    {r.charges.map((c) => (
                      <View key={c.kind} className="wf-line">
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
              <RenoNotices r={r} />
              <RenoAcceptance r={r} onDone={page.set} />
              <RenoDepositRefund r={r} />
              <Section title="装修方案">
                <View className="card">
                  <Text className="wf-text">施工单位：{r.contractorCompany}</Text>
                  <Text className="wf-text">
                    负责人：{r.contractorLeader} {r.contractorPhone ?? ''}
                  </Text>
                  {r.items.map((x, i) => (
                    <Text key={i} className="wf-text">
                      {i + 1}. {x}
                    </Text>
                  ))}
                  <Text className="wf-text">
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
                    <View key={w.seq} className="wf-line ra-worker">
                      <Text>{w.name}</Text>
                      <Text className="ra-pass" data-latin-ok>
                        {w.passCode ? `出入证 ${w.passCode}` : (w.phone ?? '')}
                      </Text>
                    </View>
                  ))}
                </View>
              </Section>
              <OwnerDecision
                allowed={r.allowedActions}
                titles={['业主同意', '办理']}
                ask={`${r.applicantName}（${r.applicantRoleLabel}）申请在您的房屋装修（${period(r)}），请确认是否同意。`}
                agree="同意装修"
                confirmText={CONFIRM_TEXT}
                testPrefix="t-reno"
                extra={
                  r.allowedActions.includes('resubmit') ? (
                    <Button
                      className="btn btn--primary btn--block t-reno-resubmit"
                      onClick={() => Taro.navigateTo({ url: `/pkg-reno/apply/index?id=${r.id}` })}
                    >
                      修改并重新提交
                    </Button>
                  ) : null
                }
                send={(action, body) => api.post('/me/renovations/{id}/actions/{action}', { path: { id: r.id, action }, body })}
                onDone={page.set}
              />
              <WorkflowTimeline events={r.timeline} />
            </>
          );
        }}
      </PageState>
    </View>
  );
}
