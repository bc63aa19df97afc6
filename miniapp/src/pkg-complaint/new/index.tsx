/**
 * 我要投诉: the room (from the binding), what happened, what I ask for; the centre's promise to reply is
 * shown once it is filed, with the sentence of R-CMP-19 and a link to how complaints are handled (R-CMP-20).
 */
import { Text, Textarea, View } from '@tarojs/components';
import { Button } from '../../components/button';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Empty } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { fullTime } from '../../services/format';
import { api, toast } from '../../services/request';
import { loadMyRooms } from '../../services/rooms';
import type { MyRoom } from '../../services/models';
import type { MyComplaint } from '../types';
import { RoomBlock } from '../room';
import { COMPLAINT_INVITATION } from '../words';
import '../../srv-common/srv.css';
import '../complaint.css';
import { tappable } from '../../components/tap';
import { useElderClass } from '../../services/elder';

const MAX = 500;

function Form(props: { rooms: MyRoom[]; room: MyRoom; onFiled: (c: MyComplaint) => void }) {
  const [room, setRoom] = useState(props.room);
  const [problem, setProblem] = useState('');
  const [asks, setAsks] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const text = problem.trim();
    if (text.length < 4) return toast('请写清楚您要投诉的事情');
    setBusy(true);
    try {
      props.onFiled(
        await api.post('/me/complaints', {
          body: { roomId: room.roomId, problem: text, ...(asks.trim() ? { asks: asks.trim() } : {}) },
        }),
      );
    } catch {
      // the wrapper showed why
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <View className="cp-invite t-cmp-invite">{COMPLAINT_INVITATION}</View>
      <RoomBlock rooms={props.rooms} room={room} onChange={setRoom} />
      <View className="form-block">
        <View className="form-block__title">投诉内容</View>
        <Textarea
          className="textarea t-cmp-problem"
          placeholder="请说明发生了什么、在哪里、什么时候"
          maxlength={MAX}
          value={problem}
          onInput={(e) => setProblem(e.detail.value)}
        />
        <View className="form-block__title" style={{ marginTop: '8px' }}>
          <Text>您的要求</Text>
          <Text className="form-block__hint">选填</Text>
        </View>
        <Textarea
          className="textarea t-cmp-asks"
          placeholder="希望我们怎么处理"
          maxlength={MAX}
          value={asks}
          onInput={(e) => setAsks(e.detail.value)}
        />
      </View>
      <View className="cp-btns">
        <Button className="btn btn--primary btn--block t-cmp-submit" disabled={busy} onClick={submit}>
          提交投诉
        </Button>
        <View className="btn btn--ghost btn--block t-cmp-guide-link" {...tappable('投诉怎样处理？', () => Taro.navigateTo({ url: '/pkg-complaint/guide/index' }))}>
          投诉怎样处理？
        </View>
        <View
          className="btn btn--ghost btn--block t-cmp-join"
          {...tappable('邻居已投诉？加入联名', () => Taro.navigateTo({ url: '/pkg-complaint/join/index' }))}
        >
          邻居已投诉？加入联名
        </View>
      </View>
    </>
  );
}

function Done(props: { c: MyComplaint }) {
  return (
    <View className="card t-cmp-done">
      <Text className="cp-item__title">投诉已受理</Text>
      <Text className="cp-item__text">
        我们将于 <Text className="nowrap">{fullTime(props.c.promisedAt)}</Text> 前答复您，处理进度可在「我的投诉」中查看。
      </Text>
      <View className="cp-invite">{COMPLAINT_INVITATION}</View>
      <View
        className="btn btn--primary btn--block"
        {...tappable('查看进度', () => Taro.redirectTo({ url: `/pkg-complaint/detail/index?id=${props.c.id}` }))}
      >
        查看进度
      </View>
    </View>
  );
}

export default function NewComplaint() {
  const elder = useElderClass();
  const page = usePage(loadMyRooms, { guard: requireOwner, once: true });
  const [done, setDone] = useState<MyComplaint | null>(null);
  return (
    <View className={`page ${elder}`}>
      {done ? (
        <Done c={done} />
      ) : (
        <PageState page={page} rows={3}>
          {(f) =>
            f.current ? (
              <Form rooms={f.rooms} room={f.current} onFiled={setDone} />
            ) : (
              <Empty
                title="绑定房屋后即可在线投诉"
                desc="也可以直接致电或到物业服务中心反映"
                actionText="去绑定房屋"
                onAction={() => Taro.redirectTo({ url: '/pkg-auth/bind/index' })}
              />
            )
          }
        </PageState>
      )}
    </View>
  );
}
