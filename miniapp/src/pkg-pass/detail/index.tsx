/**
 * 放行条 (mine, or my room's to confirm): where it stands in my words; issued — the code large to show the
 * guard, valid on its day; the items, vehicle and carrier; the owner confirms or declines a tenant's or
 * family member's application (R-PAS-01); the applicant may withdraw one not yet issued; the steps.
 */
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { Section } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { BigCode, OwnerDecision, StatusHeader, WorkflowTimeline } from '../../components/workflow';
import { requireOwner } from '../../services/auth';
import { useElderClass } from '../../services/elder';
import { api } from '../../services/request';
import { tone, when } from '../words';
import '../../srv-common/srv.css';

const CONFIRM_TEXT = { confirm: '确认同意搬出以上物品？', decline: '确定吗？', cancel: '确定吗？' };

export default function PassDetail() {
  const elder = useElderClass();
  const id = Number(useRouter().params.id);
  const page = usePage(() => api.get('/me/passes/{id}', { path: { id }, silent: true }), { guard: requireOwner });
  return (
    <View className={`page ${elder}`}>
      <PageState page={page} notFound={{ title: '放行申请不存在', desc: '可能已被撤回，或不属于您的房屋' }}>
        {(p) => (
          <>
            <StatusHeader
              className="t-pass-detail"
              title={when(p)}
              status={p.statusLabel}
              tone={tone(p.shownStatus)}
              tagClassName="t-pass-status"
            >
              <Text className="wf-text">
                {p.roomLabel} · {p.applicantName}（{p.applicantRoleLabel}）
              </Text>
              {p.code ? (
                <>
                  <BigCode code={p.code} className="t-pass-code" />
                  <Text className="muted">搬出当天（{p.moveOn}）向门岗出示此编号，门岗核对物品后放行；仅可使用一次。</Text>
                </>
              ) : null}
            </StatusHeader>
            {p.refuseReason ? <View className="wf-notice t-pass-refuse">{p.refuseReason}</View> : null}
            <Section title={`物品清单（${p.items.length} 项）`}>
              <View className="card">
                {p.items.map((x, i) => (
                  <View key={i} className="wf-line">
                    <Text>{x.name}</Text>
                    <Text className="nowrap">× {x.quantity}</Text>
                  </View>
                ))}
                <Text className="wf-text">原因：{p.reasonLabel}</Text>
                {p.plate ? <Text className="wf-text">车牌：{p.plate}</Text> : null}
                {p.carrierName ? (
                  <Text className="wf-text">
                    搬运人：{p.carrierName} {p.carrierPhone ?? ''}
                  </Text>
                ) : null}
              </View>
            </Section>
            <OwnerDecision
              allowed={p.allowedActions}
              titles={['业主确认', '撤回申请']}
              ask={`${p.applicantName}（${p.applicantRoleLabel}）申请从您的房屋搬出以上物品，请确认。`}
              agree="同意放行"
              confirmText={CONFIRM_TEXT}
              testPrefix="t-pass"
              send={(action, body) => api.post('/me/passes/{id}/actions/{action}', { path: { id: p.id, action }, body })}
              onDone={page.set}
            />
            <WorkflowTimeline events={p.timeline} />
          </>
        )}
      </PageState>
    </View>
  );
}
