/**
 * One activity (R-ACT-02): what it is, when and where, the places left; while it asks owners' opinion, the
 * poll (one answer each, the counts shown after answering); while open, sign-up (a room of mine in its
 * project, a name, how many people — the places are counted by the server) and cancel before it starts.
 */
import { Input, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Button } from '../../components/button';
import { PageState, usePage } from '../../components/page';
import { tappable } from '../../components/tap';
import { requireOwner } from '../../services/auth';
import { useElderClass } from '../../services/elder';
import { api, ApiError, toast } from '../../services/request';
import { loadMyRooms, roomLabel } from '../../services/rooms';
import { session } from '../../services/session';
import type { MyActivityDetail, MyRoom } from '../../services/models';
import { activityPlaces, activityWhen } from '../words';
import '../../srv-common/srv.css';
import '../info.css';

async function load(id: number) {
  if (!Number.isInteger(id) || id <= 0) throw new ApiError(404, 'NOT_FOUND', '活动不存在');
  const [a, r] = await Promise.all([api.get('/me/activities/{id}', { path: { id }, silent: true }), loadMyRooms()]);
  return { a, rooms: r.rooms.filter((x) => x.projectId === a.projectId) };
}

function Poll(props: { a: MyActivityDetail; onDone: (a: MyActivityDetail) => void }) {
  const { a } = props;
  const [pick, setPick] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const answered = a.myVote !== null;
  const total = a.poll.reduce((s, o) => s + o.votes, 0);
  const send = async () => {
    if (pick === null) return toast('请选择一项');
    setBusy(true);
    try {
      props.onDone(await api.post('/me/activities/{id}/poll', { path: { id: a.id }, body: { option: pick } }));
      toast('感谢您的意见');
    } catch {
      // shown
    } finally {
      setBusy(false);
    }
  };
  return (
    <View className="card t-activity-poll">
      <Text className="info-section__title">意见征询</Text>
      <Text className="info-detail__para">{a.pollQuestion}</Text>
      <View className="act-options">
        {a.poll.map((o, i) =>
          answered || a.phase !== 'poll' ? (
            <View key={i} className={`act-option ${a.myVote === i ? 'act-option--on' : ''}`}>
              <Text className="act-option__label">
                {o.label}
                {a.myVote === i ? '（我的选择）' : ''}
              </Text>
              {answered ? <Text className="act-option__count">{total ? `${o.votes} 人` : ''}</Text> : null}
            </View>
          ) : (
            <View
              key={i}
              className={`act-option ${pick === i ? 'act-option--on' : ''} t-activity-option`}
              {...tappable(o.label, () => setPick(i), { checked: pick === i })}
            >
              <Text className="act-option__label">{o.label}</Text>
            </View>
          ),
        )}
      </View>
      {!answered && a.phase === 'poll' ? (
        <Button className="btn btn--primary btn--block t-activity-vote" disabled={busy} onClick={send}>
          提交意见
        </Button>
      ) : null}
      {!answered && a.phase !== 'poll' ? <Text className="info-item__meta">意见征询已结束</Text> : null}
    </View>
  );
}

function SignUp(props: { a: MyActivityDetail; rooms: MyRoom[]; onDone: (a: MyActivityDetail) => void }) {
  const { a, rooms } = props;
  const [room, setRoom] = useState<MyRoom | null>(rooms[0] ?? null);
  const [name, setName] = useState(session.me?.name ?? '');
  const [people, setPeople] = useState(1);
  const [busy, setBusy] = useState(false);
  const left = a.capacity === null ? 0 : a.capacity - a.signedPeople;
  const mine = a.mySignup;
  const submit = async () => {
    if (!room) return toast('请先绑定本项目的房屋');
    if (!name.trim()) return toast('请填写报名人姓名');
    setBusy(true);
    try {
      props.onDone(
        await api.post('/me/activities/{id}/signup', {
          path: { id: a.id },
          body: { roomId: room.roomId, name: name.trim(), people },
        }),
      );
      toast('报名成功');
    } catch {
      // shown
    } finally {
      setBusy(false);
    }
  };
  const cancel = async () => {
    const ok = await Taro.showModal({
      title: '取消报名',
      content: '取消后名额将释放给其他业主，活动开始前可重新报名。确定取消吗？',
      confirmText: '确定取消',
      cancelText: '返回',
    });
    if (!ok.confirm) return;
    setBusy(true);
    try {
      await api.post('/me/activities/{id}/signup/cancel', { path: { id: a.id } });
      props.onDone(await api.get('/me/activities/{id}', { path: { id: a.id } }));
      toast('已取消报名');
    } catch {
      // shown
    } finally {
      setBusy(false);
    }
  };
  if (mine)
    return (
      <View className="card t-activity-mine">
        <Text className="info-section__title">我的报名</Text>
        <Text className="info-detail__para t-activity-mine-text">
          {mine.name} · {mine.roomLabel} · {mine.people} 人
        </Text>
        {a.phase === 'open' || a.phase === 'full' ? (
          <Button className="btn btn--block t-activity-cancel" disabled={busy} onClick={cancel}>
            取消报名
          </Button>
        ) : null}
      </View>
    );
  if (a.phase !== 'open') return null;
  return (
    <View className="card t-activity-signup">
      <Text className="info-section__title">报名</Text>
      {rooms.length === 0 ? (
        <Text className="info-item__meta">绑定本项目的房屋后才能报名</Text>
      ) : (
        <>
          <View className="act-field">
            <View className="act-field__title">房屋</View>
            <View className="act-options act-options--row">
              {rooms.map((r) => (
                <View
                  key={r.roomId}
                  className={`act-option ${room?.roomId === r.roomId ? 'act-option--on' : ''}`}
                  {...tappable(roomLabel(r), () => setRoom(r), { pressed: room?.roomId === r.roomId })}
                >
                  <Text className="act-option__label">{roomLabel(r)}</Text>
                </View>
              ))}
            </View>
          </View>
          <View className="act-field">
            <View className="act-field__title">报名人姓名</View>
            <Input
              className="act-input t-activity-name"
              value={name}
              maxlength={50}
              placeholder="请输入姓名"
              aria-label="报名人姓名"
              onInput={(e) => setName(e.detail.value)}
            />
          </View>
          <View className="act-field">
            <View className="act-field__title">参加人数（每户最多 {a.maxPerSignup} 人）</View>
            <View className="act-options act-options--row">
              {Array.from({ length: Math.max(1, Math.min(a.maxPerSignup, left)) }, (_, i) => i + 1).map((n) => (
                <View
                  key={n}
                  className={`act-option act-option--num ${people === n ? 'act-option--on' : ''} t-activity-people-${n}`}
                  {...tappable(`${n} 人`, () => setPeople(n), { pressed: people === n })}
                >
                  <Text className="act-option__label">{n} 人</Text>
                </View>
              ))}
            </View>
          </View>
          <Button className="btn btn--primary btn--block t-activity-submit" disabled={busy} onClick={submit}>
            立即报名
          </Button>
        </>
      )}
    </View>
  );
}

export default function ActivityPage() {
  const elder = useElderClass();
  const id = Number(useRouter().params.id);
  const page = usePage(() => load(id), { guard: requireOwner });
  return (
    <PageState page={page} rows={5} notFound={{ title: '活动不存在或已取消', desc: '该活动已取消，或不是您所在项目的活动' }}>
      {({ a, rooms }) => {
        const set = (next: MyActivityDetail) => page.set({ a: next, rooms });
        return (
          <View className={`page t-activity-detail ${elder}`}>
            <View className="card">
              <View className="info-item__row">
                <Text className={`info-tag info-tag--${a.phase} t-activity-phase`}>{a.phaseLabel}</Text>
                <Text className="info-item__meta act-project">{a.projectName}</Text>
              </View>
              <Text className="info-detail__title t-activity-title">{a.theme}</Text>
              <Text className="info-item__meta t-activity-when">{activityWhen(a)}</Text>
              {activityPlaces(a) ? <Text className="info-item__meta t-activity-places">{activityPlaces(a)}</Text> : null}
              <Text className="info-detail__para">活动目的：{a.purpose}</Text>
              {a.description ? <Text className="info-detail__para">{a.description}</Text> : null}
            </View>
            {a.pollQuestion && a.poll.length ? <Poll a={a} onDone={set} /> : null}
            <SignUp a={a} rooms={rooms} onDone={set} />
          </View>
        );
      }}
    </PageState>
  );
}
