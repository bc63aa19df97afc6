/**
 * 加入联名投诉 (R-CMP-14): a neighbour's complaint joined with the 8-character code they shared; three
 * people or more make it a major complaint reported to the company the same day.
 */
import { Input, View } from '@tarojs/components';
import { Button } from '../../components/button';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { JOINT_COMPLAINT_MIN } from '@wy/shared';
import { Empty } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { api, toast } from '../../services/request';
import { loadMyRooms } from '../../services/rooms';
import type { MyRoom } from '../../services/models';
import { RoomBlock } from '../room';
import '../../srv-common/srv.css';
import '../complaint.css';
import { useElderClass } from '../../services/elder';

function Form(props: { rooms: MyRoom[]; room: MyRoom }) {
  const [room, setRoom] = useState(props.room);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    const joinCode = code.trim().toUpperCase();
    if (!/^[A-Z0-9]{8}$/.test(joinCode)) return toast('请输入邻居给您的 8 位联名码');
    if (busy) return;
    setBusy(true);
    try {
      const c = await api.post('/me/complaints/join', { body: { roomId: room.roomId, joinCode } });
      void Taro.redirectTo({ url: `/pkg-complaint/detail/index?id=${c.id}` });
    } catch {
      // the wrapper showed why
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <View className="cp-invite">
        邻居已经在小程序投诉了同一件事？输入他分享的联名码即可一起投诉。{JOINT_COMPLAINT_MIN}{' '}
        人及以上联名的投诉作为重大投诉当天上报公司。
      </View>
      <RoomBlock rooms={props.rooms} room={room} onChange={setRoom} />
      <View className="form-block">
        <View className="form-block__title">联名码</View>
        <Input
          className="field__input t-join-code"
          placeholder="8 位字母或数字"
          maxlength={8}
          value={code}
          onInput={(e) => setCode(e.detail.value)}
        />
      </View>
      <View className="cp-btns">
        <Button className="btn btn--primary btn--block t-join-submit" disabled={busy} onClick={submit}>
          加入联名
        </Button>
      </View>
    </>
  );
}

export default function JoinComplaint() {
  const elder = useElderClass();
  const page = usePage(loadMyRooms, { guard: requireOwner, once: true });
  return (
    <View className={`page ${elder}`}>
      <PageState page={page} rows={3}>
        {(f) =>
          f.current ? (
            <Form rooms={f.rooms} room={f.current} />
          ) : (
            <Empty
              title="绑定房屋后即可联名投诉"
              actionText="去绑定房屋"
              onAction={() => Taro.redirectTo({ url: '/pkg-auth/bind/index' })}
            />
          )
        }
      </PageState>
    </View>
  );
}
