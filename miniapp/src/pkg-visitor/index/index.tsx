/**
 * 访客登记 (R-PAS-05): visitors the guard registered for my rooms wait here for my answer (同意 / 拒绝, on a
 * card at the top); below, my rooms' visitors and those I invited, each with where it stands; 预约访客 invites
 * one in advance and gives a visitor code for the gate.
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Button } from '../../components/button';
import { Empty, Section, WholeNumbers } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { tappable } from '../../components/tap';
import { requireOwner } from '../../services/auth';
import { useElderClass } from '../../services/elder';
import { api } from '../../services/request';
import { openVisitor, tagClass, type MyVisitor } from '../words';
import '../../components/workflow.css';
import '../visitor.css';

const goInvite = () => Taro.navigateTo({ url: '/pkg-visitor/invite/index' });

function VisitorItem(props: { v: MyVisitor }) {
  const v = props.v;
  return (
    <View
      className="card t-visitor-item"
      {...tappable(`访客 ${v.name} ${v.statusLabel}`, () => Taro.navigateTo({ url: openVisitor(v.id) }))}
    >
      <View className="wf-row">
        <Text className="wf-title">{v.name}</Text>
        <Text className={`wf-tag ${tagClass(v.shownStatus)} t-visitor-status`}>{v.statusLabel}</Text>
      </View>
      <Text className="wf-text">
        {v.visitOn} · {v.roomLabel} · {v.peopleCount}人
      </Text>
      <Text className="muted">
        {v.sourceLabel}
        {v.source === 'invite' ? `（${v.hostName}）` : ''}
      </Text>
    </View>
  );
}

/** A visitor the guard registered, waiting for my answer. */
function PendingCard(props: { v: MyVisitor; onDone: (v: MyVisitor) => void }) {
  const v = props.v;
  const [busy, setBusy] = useState(false);
  const answer = async (action: 'approve' | 'refuse') => {
    if (busy) return;
    const ok = await Taro.showModal({
      title: action === 'approve' ? '同意来访' : '拒绝来访',
      content: action === 'approve' ? `同意 ${v.name} 进入拜访？门岗将放行。` : `拒绝 ${v.name} 来访？门岗将不予放行。`,
      confirmText: '确定',
      cancelText: '返回',
    });
    if (!ok.confirm) return;
    setBusy(true);
    try {
      props.onDone(await api.post('/me/visitors/{id}/actions/{action}', { path: { id: v.id, action }, body: {} }));
    } catch {
      // the wrapper showed why
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="card vs-pending t-visitor-pending">
      <Text className="wf-title">
        {v.name}（{v.peopleCount}人）来访
      </Text>
      <Text className="wf-text">
        拜访 {v.roomLabel} {v.hostName} · {v.reasonLabel}
      </Text>
      {v.plate ? <Text className="wf-text">车牌：{v.plate}</Text> : null}
      <WholeNumbers className="muted vs-id" text={`门岗已登记，证件 ${v.idNumberMasked ?? ''}`} />
      <View className="vs-btns vs-btns--row">
        <Button className="btn btn--primary t-visitor-approve" disabled={busy} onClick={() => void answer('approve')}>
          同意
        </Button>
        <Button className="btn btn--ghost t-visitor-refuse" disabled={busy} onClick={() => void answer('refuse')}>
          拒绝
        </Button>
      </View>
    </View>
  );
}

export default function MyVisitors() {
  const elder = useElderClass();
  const page = usePage(() => api.get('/me/visitors', { silent: true }), { guard: requireOwner });
  const replace = (list: MyVisitor[], v: MyVisitor) => page.set(list.map((x) => (x.id === v.id ? v : x)));
  return (
    <View className={`page ${elder}`}>
      <PageState page={page}>
        {(list) => {
          const pending = list.filter((v) => v.allowedActions.includes('approve'));
          const rest = list.filter((v) => !v.allowedActions.includes('approve'));
          return (
            <>
              {pending.length ? (
                <Section title="待我确认">
                  {pending.map((v) => (
                    <PendingCard key={v.id} v={v} onDone={(x) => replace(list, x)} />
                  ))}
                </Section>
              ) : null}
              <Section title="来访记录">
                {rest.length ? (
                  rest.map((v) => <VisitorItem key={v.id} v={v} />)
                ) : (
                  <Empty title="暂无访客" desc="亲友来访前可先预约，到门岗出示访客码即可登记进入" />
                )}
              </Section>
              <View className="vs-btns">
                <Button className="btn btn--primary btn--block t-visitor-new" onClick={goInvite}>
                  预约访客
                </Button>
              </View>
            </>
          );
        }}
      </PageState>
    </View>
  );
}
