/**
 * 放行条 (mine, or my room's to confirm): where it stands in my words; issued — the code large to show the
 * guard, valid on its day; the items, vehicle and carrier; the owner confirms or declines a tenant's or
 * family member's application (R-PAS-01); the applicant may withdraw one not yet issued; the steps.
 */
import { Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Button } from '../../components/button';
import { Section, WrapAtSpaces } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { useElderClass } from '../../services/elder';
import { fullTime } from '../../services/format';
import { api, toast } from '../../services/request';
import { tagClass, when, type MyPass } from '../words';
import '../../srv-common/srv.css';
import '../pass.css';

function Steps(props: { p: MyPass; onDone: (p: MyPass) => void }) {
  const p = props.p;
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const act = async (action: 'confirm' | 'decline' | 'cancel', title: string) => {
    if (busy) return;
    if (action === 'decline' && reason.trim().length < 2) return toast('请填写不同意的原因');
    const ok = await Taro.showModal({
      title,
      content: action === 'confirm' ? '确认同意搬出以上物品？' : '确定吗？',
      confirmText: '确定',
      cancelText: '返回',
    });
    if (!ok.confirm) return;
    setBusy(true);
    try {
      props.onDone(
        await api.post('/me/passes/{id}/actions/{action}', {
          path: { id: p.id, action },
          body: reason.trim() ? { reason: reason.trim() } : {},
        }),
      );
    } catch {
      // shown
    } finally {
      setBusy(false);
    }
  };
  const canConfirm = p.allowedActions.includes('confirm');
  if (!canConfirm && !p.allowedActions.includes('cancel')) return null;
  return (
    <Section title={canConfirm ? '业主确认' : '撤回申请'}>
      <View className="card">
        {canConfirm ? (
          <Text className="ps-text">
            {p.applicantName}（{p.applicantRoleLabel}）申请从您的房屋搬出以上物品，请确认。
          </Text>
        ) : null}
        <Textarea
          className="textarea"
          placeholder={canConfirm ? '不同意时请写明原因' : '撤回原因（选填）'}
          maxlength={200}
          value={reason}
          onInput={(e) => setReason(e.detail.value)}
        />
        <View className="ps-btns">
          {canConfirm ? (
            <>
              <Button
                className="btn btn--primary btn--block t-pass-confirm"
                disabled={busy}
                onClick={() => void act('confirm', '同意放行')}
              >
                同意放行
              </Button>
              <Button
                className="btn btn--ghost btn--block t-pass-decline"
                disabled={busy}
                onClick={() => void act('decline', '不同意')}
              >
                不同意
              </Button>
            </>
          ) : (
            <Button
              className="btn btn--ghost btn--block t-pass-cancel"
              disabled={busy}
              onClick={() => void act('cancel', '撤回申请')}
            >
              撤回申请
            </Button>
          )}
        </View>
      </View>
    </Section>
  );
}

export default function PassDetail() {
  const elder = useElderClass();
  const id = Number(useRouter().params.id);
  const page = usePage(() => api.get('/me/passes/{id}', { path: { id }, silent: true }), { guard: requireOwner });
  return (
    <View className={`page ${elder}`}>
      <PageState page={page} notFound={{ title: '放行申请不存在', desc: '可能已被撤回，或不属于您的房屋' }}>
        {(p) => (
          <>
            <View className="card t-pass-detail">
              <View className="ps-row">
                <Text className="ps-title">{when(p)}</Text>
                <Text className={`ps-tag ${tagClass(p.shownStatus)} t-pass-status`}>{p.statusLabel}</Text>
              </View>
              <Text className="ps-text">
                {p.roomLabel} · {p.applicantName}（{p.applicantRoleLabel}）
              </Text>
              {p.code ? (
                <>
                  <Text className="ps-code t-pass-code" data-latin-ok>
                    {/* in its parts (prefix, day, serial): at large text it wraps between them, never off the screen */}
                    {[p.code.slice(0, -10), p.code.slice(-10, -4), p.code.slice(-4)].filter(Boolean).map((part, i) => (
                      <Text key={i} className="ps-code__part">
                        {part}
                      </Text>
                    ))}
                  </Text>
                  <Text className="muted">搬出当天（{p.moveOn}）向门岗出示此编号，门岗核对物品后放行；仅可使用一次。</Text>
                </>
              ) : null}
            </View>
            {p.refuseReason ? <View className="ps-notice t-pass-refuse">{p.refuseReason}</View> : null}
            <Section title={`物品清单（${p.items.length} 项）`}>
              <View className="card">
                {p.items.map((x, i) => (
                  <View key={i} className="ps-line">
                    <Text>{x.name}</Text>
                    <Text className="nowrap">× {x.quantity}</Text>
                  </View>
                ))}
                <Text className="ps-text">原因：{p.reasonLabel}</Text>
                {p.plate ? <Text className="ps-text">车牌：{p.plate}</Text> : null}
                {p.carrierName ? (
                  <Text className="ps-text">
                    搬运人：{p.carrierName} {p.carrierPhone ?? ''}
                  </Text>
                ) : null}
              </View>
            </Section>
            <Steps p={p} onDone={page.set} />
            <Section title="办理进度">
              <View className="card">
                {p.timeline
                  .slice()
                  .reverse()
                  .map((e, i) => (
                    <View key={i} className="ps-line" style={{ display: 'block' }}>
                      <View className="ps-row">
                        <Text className="ps-text">{e.label}</Text>
                        <WrapAtSpaces className="muted" text={fullTime(e.at)} />
                      </View>
                      {e.note ? <Text className="muted">{e.note}</Text> : null}
                    </View>
                  ))}
              </View>
            </Section>
          </>
        )}
      </PageState>
    </View>
  );
}
