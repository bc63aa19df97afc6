/**
 * 入伙通知 (R-MOV-01/04/05): the room's notice with the batch's guide (办理流程及注意事项), renovation notes and
 * payment notice; where the move-in stands (the five steps); the move-in bills; the defects found at the
 * inspection with their progress with the developer — a fixed one the owner confirms, or sends back with what
 * is still wrong; the steps in owner words.
 */
import { Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { MOVEIN_HALF_LABELS, MOVEIN_HALVES, formatYuan, type MoveInHalf } from '@wy/shared';
import { tappable } from '../../components/tap';
import { Button } from '../../components/button';
import { Section } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { StatusHeader, WorkflowSteps, WorkflowTag, WorkflowTimeline } from '../../components/workflow';
import { requireOwner } from '../../services/auth';
import { useElderClass } from '../../services/elder';
import { fullTime } from '../../services/format';
import { api, toast } from '../../services/request';
import { tone, type MyMoveIn } from '../words';
import '../movein.css';

/** R-MOV-01 the owner books the half-day they will come (optional), until they arrive. */
function Booking(props: { m: MyMoveIn; onDone: (m: MyMoveIn) => void }) {
  const m = props.m;
  const [day, setDay] = useState<string | null>(m.bookedOn);
  const [half, setHalf] = useState<MoveInHalf | null>((m.bookedHalf as MoveInHalf | null) ?? null);
  const [busy, setBusy] = useState(false);
  if (!m.bookableDays.length) return null;
  const save = async () => {
    if (!day || !half) return toast('请选择日期和时段');
    setBusy(true);
    try {
      props.onDone(await api.post('/me/move-ins/{id}/booking', { path: { id: m.id }, body: { day, half } }));
      toast('预约成功');
    } catch {
      // shown
    } finally {
      setBusy(false);
    }
  };
  return (
    <Section title="预约到场时间（可选）">
      <View className="card t-movein-booking">
        {m.bookedLabel ? <Text className="wf-text">已预约：{m.bookedLabel}</Text> : null}
        <View className="wf-chips mv-chips">
          {m.bookableDays.map((d) => (
            <View key={d} className={`wf-chip mv-chip ${day === d ? 'wf-chip--on' : ''}`} {...tappable(d.slice(5), () => setDay(d), { pressed: day === d })}>
              {d.slice(5)}
            </View>
          ))}
        </View>
        <View className="wf-chips mv-chips">
          {MOVEIN_HALVES.map((h) => (
            <View key={h} className={`wf-chip mv-chip ${half === h ? 'wf-chip--on' : ''}`} {...tappable(MOVEIN_HALF_LABELS[h], () => setHalf(h), { pressed: half === h })}>
              {MOVEIN_HALF_LABELS[h]}
            </View>
          ))}
        </View>
        <Button className="btn btn--primary btn--block t-movein-book" disabled={busy} onClick={() => void save()}>
          {m.bookedLabel ? '改约' : '预约'}
        </Button>
      </View>
    </Section>
  );
}

function Defects(props: { m: MyMoveIn; onDone: (m: MyMoveIn) => void }) {
  const m = props.m;
  const [note, setNote] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState(false);
  const move = async (defectId: number, to: 'confirmed' | 'fixing') => {
    if (busy) return;
    const words = (note[defectId] ?? '').trim();
    if (to === 'fixing' && words.length < 2) return toast('请写明还有什么问题');
    const ok = await Taro.showModal({
      title: to === 'confirmed' ? '确认已修好' : '反馈仍未修好',
      content: to === 'confirmed' ? '确认后该问题将结案。' : '服务中心会再次联系开发商整改。',
      confirmText: '确定',
      cancelText: '返回',
    });
    if (!ok.confirm) return;
    setBusy(true);
    try {
      props.onDone(
        await api.post('/me/move-ins/{id}/defects/{defectId}/progress', {
          path: { id: m.id, defectId },
          body: to === 'fixing' ? { to, note: words } : { to },
        }),
      );
    } catch {
      // shown
    } finally {
      setBusy(false);
    }
  };
  if (!m.defectLines.length) return null;
  return (
    <Section title={`房屋遗留问题（${m.defectLines.length} 项）`}>
      <View className="card t-movein-defects">
        <Text className="muted">
          {m.defectsSentAt ? `已于 ${fullTime(m.defectsSentAt)} 书面提交开发商整改` : '服务中心将书面提交开发商整改'}
        </Text>
        {m.defectLines.map((d) => (
          <View key={d.id} className="mv-line t-movein-defect">
            <View className="wf-row">
              <Text className="wf-text">
                {d.place}：{d.description}
              </Text>
              <WorkflowTag status={d.statusLabel} tone={tone(d.status)} className="t-movein-defect-status" />
            </View>
            {d.progressNote ? <Text className="muted">{d.progressNote}</Text> : null}
            {d.allowedMoves.length ? (
              <>
                <Textarea
                  className="textarea"
                  placeholder="仍未修好时，请写明还有什么问题"
                  maxlength={200}
                  value={note[d.id] ?? ''}
                  onInput={(e) => setNote({ ...note, [d.id]: e.detail.value })}
                />
                <View className="mv-btns">
                  <Button className="btn btn--primary t-movein-confirm" disabled={busy} onClick={() => void move(d.id, 'confirmed')}>
                    确认已修好
                  </Button>
                  <Button className="btn btn--ghost t-movein-back" disabled={busy} onClick={() => void move(d.id, 'fixing')}>
                    仍未修好
                  </Button>
                </View>
              </>
            ) : null}
          </View>
        ))}
      </View>
    </Section>
  );
}

export default function MoveInDetail() {
  const elder = useElderClass();
  const id = Number(useRouter().params.id);
  const page = usePage(() => api.get('/me/move-ins/{id}', { path: { id }, silent: true }), { guard: requireOwner });
  return (
    <View className={`page mv-page ${elder}`}>
      <PageState page={page} notFound={{ title: '入伙通知不存在', desc: '可能不属于您的房屋' }}>
        {(m) => (
          <>
            <StatusHeader
              className="t-movein-detail"
              title={m.roomLabel}
              status={m.statusLabel}
              tone={tone(m.status)}
              tagClassName="t-movein-status"
            >
              <Text className="wf-text">
                {m.projectName} · {m.batchName}
              </Text>
              <Text className="wf-text">
                集中交付时间：{m.startOn} 至 {m.endOn}
              </Text>
              <WorkflowSteps steps={m.steps} />
              {m.finishedAt ? <Text className="muted">已于 {fullTime(m.finishedAt)} 领取钥匙</Text> : null}
            </StatusHeader>
            <Booking m={m} onDone={page.set} />
            <Defects m={m} onDone={page.set} />
            {m.bills.length ? (
              <Section title="入伙费用">
                <View className="card">
                  {m.bills.map((b) => (
                    <View key={b.billId} className="wf-row">
                      <Text className="wf-text">{b.title}</Text>
                      <Text className="wf-text nowrap">
                        {formatYuan(b.totalFen)} {b.status === 'paid' ? '已缴' : '待缴'}
                      </Text>
                    </View>
                  ))}
                </View>
              </Section>
            ) : null}
            <Section title="入伙办理指南">
              <View className="card">
                <Text className="wf-guide wf-guide--block t-movein-guide">{m.guide}</Text>
              </View>
            </Section>
            <Section title="装修须知">
              <View className="card">
                <Text className="wf-guide wf-guide--block">{m.renovationNotes}</Text>
              </View>
            </Section>
            <Section title="缴费通知">
              <View className="card">
                <Text className="wf-guide wf-guide--block">{m.paymentNotice}</Text>
              </View>
            </Section>
            {m.timeline.length ? <WorkflowTimeline events={m.timeline} /> : null}
          </>
        )}
      </PageState>
    </View>
  );
}
