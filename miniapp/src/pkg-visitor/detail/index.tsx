/**
 * 访客详情 / 访客码 (R-PAS-05): an invitation shows its code large to show the guard — valid on its day only, used
 * once; a visitor the guard registered waits for my 同意 / 拒绝; then the entry and leaving times. The one who
 * invited may cancel an invitation not yet used.
 */
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { formatVisitorCode } from '@wy/shared';
import { Button } from '../../components/button';
import { Section, WholeNumbers, WrapAtSpaces } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { useElderClass } from '../../services/elder';
import { fullTime } from '../../services/format';
import { api } from '../../services/request';
import { tagClass, type MyVisitor } from '../words';
import '../../components/workflow.css';
import '../visitor.css';

function Steps(props: { v: MyVisitor; onDone: (v: MyVisitor) => void }) {
  const v = props.v;
  const [busy, setBusy] = useState(false);
  const act = async (action: 'approve' | 'refuse' | 'cancel') => {
    if (busy) return;
    const words = {
      approve: ['同意来访', `同意 ${v.name} 进入拜访？门岗将放行。`],
      refuse: ['拒绝来访', `拒绝 ${v.name} 来访？门岗将不予放行。`],
      cancel: ['取消预约', '取消后访客码失效，不能再使用。'],
    }[action];
    const ok = await Taro.showModal({ title: words[0], content: words[1], confirmText: '确定', cancelText: '返回' });
    if (!ok.confirm) return;
    setBusy(true);
    try {
      props.onDone(await api.post('/me/visitors/{id}/actions/{action}', { path: { id: v.id, action }, body: {} }));
    } catch {
      // shown
    } finally {
      setBusy(false);
    }
  };
  if (v.allowedActions.includes('approve'))
    return (
      <View className="vs-btns">
        <Button className="btn btn--primary btn--block t-visitor-approve" disabled={busy} onClick={() => void act('approve')}>
          同意来访
        </Button>
        <Button className="btn btn--ghost btn--block t-visitor-refuse" disabled={busy} onClick={() => void act('refuse')}>
          拒绝来访
        </Button>
      </View>
    );
  if (v.allowedActions.includes('cancel'))
    return (
      <View className="vs-btns">
        <Button className="btn btn--ghost btn--block t-visitor-cancel" disabled={busy} onClick={() => void act('cancel')}>
          取消预约
        </Button>
      </View>
    );
  return null;
}

export default function VisitorDetail() {
  const elder = useElderClass();
  const id = Number(useRouter().params.id);
  const page = usePage(() => api.get('/me/visitors/{id}', { path: { id }, silent: true }), { guard: requireOwner });
  return (
    <View className={`page ${elder}`}>
      <PageState page={page} notFound={{ title: '访客记录不存在', desc: '可能不属于您的房屋' }}>
        {(v) => (
          <>
            <View className="card t-visitor-detail">
              <View className="wf-row">
                <Text className="wf-title">{v.name}</Text>
                <Text className={`wf-tag ${tagClass(v.shownStatus)} t-visitor-status`}>{v.statusLabel}</Text>
              </View>
              <Text className="wf-text">
                {v.visitOn} · {v.roomLabel} · {v.peopleCount}人
              </Text>
              {v.code ? (
                <>
                  <Text className="vs-code t-visitor-code" data-latin-ok>
                    {/* in two groups of four: at large text it wraps between them, never off the screen */}
                    {formatVisitorCode(v.code)
                      .split(' ')
                      .map((part, i) => (
                        <Text key={i} className="vs-code__part">
                          {part}
                        </Text>
                      ))}
                  </Text>
                  <Text className="muted">来访当天（{v.visitOn}）向门岗出示此访客码，门岗核验证件后登记进入；仅可使用一次。</Text>
                </>
              ) : null}
            </View>
            <Section title="来访信息">
              <View className="card">
                <Text className="wf-text">被访住户：{v.hostName}</Text>
                <Text className="wf-text">来访事由：{v.reasonLabel}</Text>
                {v.phone ? <Text className="wf-text">手机号：{v.phone}</Text> : null}
                {v.plate ? <Text className="wf-text">车牌：{v.plate}</Text> : null}
                {v.idNumberMasked ? <WholeNumbers className="wf-text vs-id" text={`证件：${v.idNumberMasked}`} /> : null}
                {v.confirmedVia === 'phone' ? <Text className="wf-text">门岗电话确认（接听人：{v.answeredBy}）</Text> : null}
                {v.refuseReason ? <Text className="wf-text">拒绝原因：{v.refuseReason}</Text> : null}
                {v.enteredAt ? (
                  <View className="wf-row">
                    <Text className="wf-text">进入时间</Text>
                    <WrapAtSpaces className="wf-text" text={fullTime(v.enteredAt)} />
                  </View>
                ) : null}
                {v.leftAt ? (
                  <View className="wf-row">
                    <Text className="wf-text">离开时间</Text>
                    <WrapAtSpaces className="wf-text" text={fullTime(v.leftAt)} />
                  </View>
                ) : null}
              </View>
            </Section>
            <Steps v={v} onDone={page.set} />
          </>
        )}
      </PageState>
    </View>
  );
}
