/**
 * 物品放行: my release passes and those of my rooms waiting for me to confirm (R-PAS-01), where each stands,
 * and 申请放行.
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
import { openPass, tone, when, type MyPass } from '../words';

const goApply = () => Taro.navigateTo({ url: '/pkg-pass/apply/index' });

function PassItem(props: { p: MyPass }) {
  const p = props.p;
  return (
    <View
      className="card t-pass-item"
      {...tappable(`放行 ${p.moveOn} ${p.statusLabel}`, () => Taro.navigateTo({ url: openPass(p.id) }))}
    >
      <StatusRow title={when(p)} status={p.statusLabel} tone={tone(p.shownStatus)} tagClassName="t-pass-status" />
      <Text className="wf-text">
        {p.roomLabel} · {p.applicantName}（{p.applicantRoleLabel}）
      </Text>
      <Text className="muted">{p.items.map((x) => `${x.name}×${x.quantity}`).join('、')}</Text>
    </View>
  );
}

export default function MyPasses() {
  const elder = useElderClass();
  const page = usePage(() => api.get('/me/passes', { silent: true }), { guard: requireOwner });
  return (
    <View className={`page ${elder}`}>
      <PageState page={page}>
        {(list) => {
          const toConfirm = list.filter((p) => p.allowedActions.includes('confirm'));
          const rest = list.filter((p) => !p.allowedActions.includes('confirm'));
          return (
            <>
              {toConfirm.length ? (
                <Section title="待我确认">
                  {toConfirm.map((p) => (
                    <PassItem key={p.id} p={p} />
                  ))}
                </Section>
              ) : null}
              <Section title="我的放行申请">
                {rest.length ? (
                  rest.map((p) => <PassItem key={p.id} p={p} />)
                ) : (
                  <Empty title="暂无放行申请" desc="搬出家具、家电等大件物品前，请先申请放行条" />
                )}
              </Section>
              <View className="wf-btns">
                <Button className="btn btn--primary btn--block t-pass-new" onClick={goApply}>
                  申请放行
                </Button>
              </View>
            </>
          );
        }}
      </PageState>
    </View>
  );
}
