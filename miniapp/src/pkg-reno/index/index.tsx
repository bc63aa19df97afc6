/**
 * 装修报备: my renovations and those of my rooms waiting for my consent (R-REN-02), where each stands, and
 * 申请装修.
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Button } from '../../components/button';
import { Empty, Section } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { tappable } from '../../components/tap';
import { StatusRow } from '../../components/workflow';
import { requireOwner } from '../../services/auth';
import { useElderClass } from '../../services/elder';
import { api } from '../../services/request';
import { openReno, period, tone, type MyReno } from '../words';

const goApply = () => Taro.navigateTo({ url: '/pkg-reno/apply/index' });

function RenoItem(props: { r: MyReno }) {
  const r = props.r;
  return (
    <View className="card t-reno-item" {...tappable(`装修 ${r.roomLabel} ${r.statusLabel}`, () => Taro.navigateTo({ url: openReno(r.id) }))}>
      <StatusRow title={r.roomLabel} status={r.statusLabel} tone={tone(r.status)} tagClassName="t-reno-status" />
      <Text className="wf-text">工期 {period(r)}</Text>
      <Text className="muted">
        {r.contractorCompany} · {r.applicantName}（{r.applicantRoleLabel}）
      </Text>
    </View>
  );
}

export default function MyRenovations() {
  const elder = useElderClass();
  const page = usePage(() => api.get('/me/renovations', { silent: true }), { guard: requireOwner });
  return (
    <View className={`page ${elder}`}>
      <PageState page={page}>
        {(list) => {
          const toConfirm = list.filter((r) => r.allowedActions.includes('confirm'));
          const rest = list.filter((r) => !r.allowedActions.includes('confirm'));
          return (
            <>
              {toConfirm.length ? (
                <Section title="待我同意">
                  {toConfirm.map((r) => (
                    <RenoItem key={r.id} r={r} />
                  ))}
                </Section>
              ) : null}
              <Section title="我的装修申请">
                {rest.length ? (
                  rest.map((r) => <RenoItem key={r.id} r={r} />)
                ) : (
                  <Empty title="暂无装修申请" desc="装修开工前，请先在线报备，审批通过并缴费后领取施工许可证" />
                )}
              </Section>
              <View className="wf-btns">
                <Button className="btn btn--primary btn--block t-reno-new" onClick={goApply}>
                  申请装修
                </Button>
              </View>
            </>
          );
        }}
      </PageState>
    </View>
  );
}
