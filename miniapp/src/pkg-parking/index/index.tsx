/**
 * 停车服务: my spaces with their cards and terms (renew), my applications with where each stands and what
 * is missing, and the published plan — prices, the documents to bring and the process (R-PRK-01).
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Empty, Section } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { yuan } from '../../services/format';
import { api } from '../../services/request';
import { loadMyRooms } from '../../services/rooms';
import { kindText, type MyParkingApp, type ParkingPlan } from '../words';
import '../../components/workflow.css';
import '../parking.css';
import { tappable } from '../../components/tap';
import { useElderClass } from '../../services/elder';

const goApply = () => Taro.navigateTo({ url: '/pkg-parking/apply/index' });
const open = (id: number) => Taro.navigateTo({ url: `/pkg-parking/detail/index?id=${id}` });

async function load(): Promise<{ apps: MyParkingApp[]; plan: ParkingPlan | null; bound: boolean }> {
  const [{ current }, apps] = await Promise.all([loadMyRooms(), api.get('/me/parking/applications', { silent: true })]);
  if (!current) return { apps, plan: null, bound: false };
  const plan = await api.get('/me/parking/plan', { query: { projectId: current.projectId }, silent: true }).catch(() => null);
  return { apps, plan, bound: true };
}

function MySpace(props: { a: MyParkingApp }) {
  const a = props.a;
  return (
    <View className="card t-prk-space" {...tappable(`车位 ${a.spaceNo} ${a.statusLabel}`, () => open(a.id))}>
      <View className="wf-row">
        <Text className="wf-title">
          车位 {a.spaceNo} · {a.plate}
        </Text>
        <Text className="wf-tag wf-tag--ok">{a.statusLabel}</Text>
      </View>
      <Text className="wf-text">
        停车卡 <Text className="pk-card-no nowrap">{a.cardNo}</Text>
      </Text>
      <Text className="wf-text">
        租期至 <Text className="nowrap">{a.endOn}</Text>
      </Text>
    </View>
  );
}

function AppItem(props: { a: MyParkingApp }) {
  const a = props.a;
  const warn = a.status === 'incomplete' || a.status === 'awaiting_payment' || a.status === 'offered';
  return (
    <View className="card t-prk-app" {...tappable(`${kindText(a.kind)} ${a.statusLabel}`, () => open(a.id))}>
      <View className="wf-row">
        <Text className="wf-title">
          {kindText(a.kind)} · {a.plate}
        </Text>
        <Text className={`wf-tag ${warn ? 'wf-tag--warn' : ''}`}>{a.statusLabel}</Text>
      </View>
      {a.waitingPosition ? <Text className="wf-text">排队第 {a.waitingPosition} 位</Text> : null}
      {a.refusal ? <Text className="wf-text">{a.refusal}</Text> : null}
    </View>
  );
}

function Plan(props: { plan: ParkingPlan }) {
  const p = props.plan;
  return (
    <>
      <Section title="收费标准">
        <View className="card">
          {p.prices.map((x) => (
            <View key={`${x.kind}-${x.term}`} className="wf-line">
              <Text>
                {x.kindLabel} · {x.termLabel}
              </Text>
              <Text className="nowrap">{yuan(x.amountFen)}</Text>
            </View>
          ))}
          <Text className="muted">
            经业主大会通过（{p.approvedOn}，{p.approvalDocument}）
          </Text>
        </View>
      </Section>
      <Section title="需要的资料">
        <View className="card">
          {p.documents.map((d) => (
            <Text key={d.kind} className="wf-text">
              {d.kindLabel}：{d.owner.join('、')}
              {d.tenant.length > d.owner.length ? `；租户另需${d.tenant.slice(d.owner.length).join('、')}` : ''}
            </Text>
          ))}
        </View>
      </Section>
      <Section title="办理流程">
        <View className="card">
          <Text className="wf-text">{p.process}</Text>
          <Text className="muted">服务中心现场办理一般在 {p.handlingMinutes} 分钟内完成。</Text>
        </View>
      </Section>
    </>
  );
}

export default function ParkingHome() {
  const elder = useElderClass();
  const page = usePage(load, { guard: requireOwner });
  return (
    <View className={`page ${elder}`}>
      <PageState page={page}>
        {({ apps, plan, bound }) => {
          if (!bound)
            return (
              <Empty
                title="绑定房屋后即可申请车位"
                actionText="去绑定房屋"
                onAction={() => Taro.navigateTo({ url: '/pkg-auth/bind/index' })}
              />
            );
          const mine = apps.filter((a) => a.status === 'active');
          const open = apps.filter((a) => a.status !== 'active');
          return (
            <View className="t-prk-home">
              {mine.length ? (
                <Section title="我的车位">
                  {mine.map((a) => (
                    <MySpace key={a.id} a={a} />
                  ))}
                </Section>
              ) : null}
              {open.length ? (
                <Section title="我的申请">
                  {open.map((a) => (
                    <AppItem key={a.id} a={a} />
                  ))}
                </Section>
              ) : null}
              {plan ? (
                <>
                  <View className="pk-btns">
                    <View className="btn btn--primary btn--block t-prk-apply" {...tappable('申请车位', goApply)}>
                      申请车位
                    </View>
                  </View>
                  <Plan plan={plan} />
                </>
              ) : (
                <Empty title="本项目暂未公布车位租赁方案" desc="如需车位，请咨询物业服务中心" />
              )}
            </View>
          );
        }}
      </PageState>
    </View>
  );
}
