/**
 * 我要建议 / 我要咨询: the room (from the binding), what I suggest or ask, how I want the answer
 * (here in the mini-program or by phone); once sent, the time the centre will answer by (R-SUG-01,
 * R-INQ-01). A question may already be in 常见问题: the link is on the form.
 */
import { Text, Textarea, View } from '@tarojs/components';
import { Button } from '../../components/button';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { ENQUIRY_TYPE_LABELS, type EnquiryType } from '@wy/shared';
import { Empty } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { fullTime } from '../../services/format';
import { api, toast } from '../../services/request';
import { loadMyRooms } from '../../services/rooms';
import type { MyRoom } from '../../services/models';
import { RoomBlock } from '../room';
import type { MyEnquiry } from '../types';
import { COMPLAINT_INVITATION } from '../words';
import '../../srv-common/srv.css';
import '../complaint.css';
import { tappable } from '../../components/tap';
import { useElderClass } from '../../services/elder';

const WAYS = [
  { value: 'miniapp', label: '在小程序里答复我' },
  { value: 'phone', label: '打电话答复我' },
] as const;

function Form(props: { rooms: MyRoom[]; room: MyRoom; type: EnquiryType; onFiled: (e: MyEnquiry) => void }) {
  const [room, setRoom] = useState(props.room);
  const [type, setType] = useState<EnquiryType>(props.type);
  const [content, setContent] = useState('');
  const [way, setWay] = useState<'miniapp' | 'phone'>('miniapp');
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    if (busy) return;
    const text = content.trim();
    if (text.length < 4) return toast(type === 'suggestion' ? '请写清楚您的建议' : '请写清楚您想咨询的问题');
    setBusy(true);
    try {
      props.onFiled(await api.post('/me/enquiries', { body: { roomId: room.roomId, type, content: text, replyWay: way } }));
    } catch {
      // the wrapper showed why
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <View className="chips t-enq-type">
        {(['suggestion', 'inquiry'] as const).map((t) => (
          <View key={t} className={`chip ${t === type ? 'chip--on' : ''}`} {...tappable(`我要${ENQUIRY_TYPE_LABELS[t]}`, () => setType(t), { pressed: t === type })}>
            我要{ENQUIRY_TYPE_LABELS[t]}
          </View>
        ))}
      </View>
      <RoomBlock rooms={props.rooms} room={room} onChange={setRoom} />
      <View className="form-block">
        <View className="form-block__title">{type === 'suggestion' ? '您的建议' : '您想咨询的问题'}</View>
        <Textarea
          className="textarea t-enq-content"
          placeholder={type === 'suggestion' ? '希望我们在哪些方面做得更好' : '例如：停车月卡怎么办理？'}
          maxlength={1000}
          value={content}
          onInput={(e) => setContent(e.detail.value)}
        />
        <View className="form-block__title" style={{ marginTop: '8px' }}>
          答复方式
        </View>
        <View className="chips">
          {WAYS.map((w) => (
            <View key={w.value} className={`chip t-enq-way ${w.value === way ? 'chip--on' : ''}`} {...tappable(w.label, () => setWay(w.value), { pressed: w.value === way })}>
              {w.label}
            </View>
          ))}
        </View>
      </View>
      {type === 'inquiry' ? (
        <View className="cp-invite" {...tappable('查看常见问题', () => Taro.navigateTo({ url: '/pkg-complaint/faq/index' }))}>
          先看看「常见问题」，也许已有答案 ›
        </View>
      ) : null}
      <View className="cp-btns">
        <Button className="btn btn--primary btn--block t-enq-submit" disabled={busy} onClick={submit}>
          提交
        </Button>
      </View>
    </>
  );
}

function Done(props: { e: MyEnquiry }) {
  return (
    <View className="card t-enq-done">
      <Text className="cp-item__title">{props.e.typeLabel}已收到</Text>
      <Text className="cp-item__text">
        我们将于 <Text className="nowrap">{fullTime(props.e.agreedReplyAt)}</Text> 前答复您，可在「我的建议与咨询」中查看。
      </Text>
      <View className="cp-invite">{COMPLAINT_INVITATION}</View>
      <View
        className="btn btn--primary btn--block"
        {...tappable('查看进度', () => Taro.redirectTo({ url: `/pkg-complaint/enquiry/index?id=${props.e.id}` }))}
      >
        查看进度
      </View>
    </View>
  );
}

export default function NewEnquiry() {
  const elder = useElderClass();
  const type: EnquiryType = useRouter().params.type === 'inquiry' ? 'inquiry' : 'suggestion';
  const page = usePage(loadMyRooms, { guard: requireOwner, once: true });
  const [done, setDone] = useState<MyEnquiry | null>(null);
  return (
    <View className={`page ${elder}`}>
      {done ? (
        <Done e={done} />
      ) : (
        <PageState page={page} rows={3}>
          {(f) =>
            f.current ? (
              <Form rooms={f.rooms} room={f.current} type={type} onFiled={setDone} />
            ) : (
              <Empty
                title="绑定房屋后即可在线提交"
                desc="也可以直接致电或到物业服务中心"
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
