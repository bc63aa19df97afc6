/**
 * 预约访客 (R-PAS-05): the room (from my bindings), the visitor's name and phone, the day (today and the next
 * days, the project's calendar), how many, the plate. Submitted, the visitor code shows large on the next page.
 */
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import {
  VISIT_REASONS,
  VISIT_REASON_LABELS,
  VISITOR_MAX_COUNT,
  isMobilePhone,
  isPlate,
  localDate,
  type VisitReason,
} from '@wy/shared';
import { Button } from '../../components/button';
import { Empty } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { tappable } from '../../components/tap';
import { requireOwner } from '../../services/auth';
import { useElderClass } from '../../services/elder';
import { api, toast } from '../../services/request';
import { loadMyRooms, roomLabel } from '../../services/rooms';
import type { MyRoom } from '../../services/models';
import { openVisitor } from '../words';
import '../../srv-common/srv.css';
import '../../components/workflow.css';
import '../visitor.css';

const WEEK = '日一二三四五六';

/** Today and the next 6 days in the project's zone, labelled 今天/明天/周x. */
function days(zone: string | null | undefined): { date: string; label: string }[] {
  const today = localDate(new Date(), zone || 'Asia/Shanghai');
  return Array.from({ length: 7 }, (_, i) => {
    const d = new Date(Date.parse(`${today}T00:00:00Z`) + i * 86_400_000);
    const date = d.toISOString().slice(0, 10);
    const name = i === 0 ? '今天' : i === 1 ? '明天' : `周${WEEK[d.getUTCDay()]}`;
    return { date, label: `${name} ${date.slice(5).replace('-', '/')}` };
  });
}

function Form(props: { rooms: MyRoom[]; current: MyRoom }) {
  const [room, setRoom] = useState(props.current);
  const dates = days(room.timeZone);
  const [visitOn, setVisitOn] = useState(dates[0]!.date);
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [count, setCount] = useState(1);
  const [plate, setPlate] = useState('');
  const [reason, setReason] = useState<VisitReason>('family');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    if (!name.trim()) return toast('请填写访客姓名');
    if (!isMobilePhone(phone.trim())) return toast('请填写访客的11位手机号');
    const p = plate.trim().toUpperCase();
    if (p && !isPlate(p)) return toast('请输入正确的车牌号，如 粤B12345');
    setBusy(true);
    try {
      const made = await api.post('/me/visitors', {
        body: {
          roomId: room.roomId,
          name: name.trim(),
          phone: phone.trim(),
          visitOn,
          peopleCount: count,
          reason,
          ...(p ? { plate: p } : {}),
        },
      });
      Taro.redirectTo({ url: openVisitor(made.id) });
    } catch {
      // the wrapper showed why
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <View className="form-block">
        <View className="form-block__title">被访房屋</View>
        {props.rooms.length > 1 ? (
          <View className="vs-chips">
            {props.rooms.map((r) => (
              <View
                key={r.roomId}
                className={`vs-chip ${r.roomId === room.roomId ? 'vs-chip--on' : ''}`}
                {...tappable(roomLabel(r), () => setRoom(r), { pressed: r.roomId === room.roomId })}
              >
                {roomLabel(r)}
              </View>
            ))}
          </View>
        ) : (
          <Text>{roomLabel(room)}</Text>
        )}
      </View>
      <View className="form-block">
        <View className="form-block__title">访客</View>
        <View className="vs-field">
          <Text className="vs-label">姓名</Text>
          <Input
            className="vs-input t-visitor-name"
            placeholder="访客姓名"
            aria-label="访客姓名"
            maxlength={50}
            value={name}
            onInput={(e) => setName(e.detail.value)}
          />
        </View>
        <View className="vs-field">
          <Text className="vs-label">手机号</Text>
          <Input
            className="vs-input t-visitor-phone"
            type="number"
            placeholder="访客手机号"
            aria-label="访客手机号"
            maxlength={11}
            value={phone}
            onInput={(e) => setPhone(e.detail.value)}
          />
        </View>
        <View className="wf-row">
          <Text className="wf-text">来访人数</Text>
          <View className="vs-chips">
            <View className="vs-chip" {...tappable('减少一人', () => setCount(Math.max(1, count - 1)))}>
              －
            </View>
            <Text className="wf-title t-visitor-count">{count}人</Text>
            <View className="vs-chip" {...tappable('增加一人', () => setCount(Math.min(VISITOR_MAX_COUNT, count + 1)))}>
              ＋
            </View>
          </View>
        </View>
      </View>
      <View className="form-block">
        <View className="form-block__title">来访日期</View>
        <View className="vs-chips t-visitor-days">
          {dates.map((d) => (
            <View
              key={d.date}
              className={`vs-chip ${d.date === visitOn ? 'vs-chip--on' : ''}`}
              {...tappable(d.label, () => setVisitOn(d.date), { pressed: d.date === visitOn })}
            >
              {d.label}
            </View>
          ))}
        </View>
        <Text className="form-block__hint">访客码仅在来访当天有效，使用一次</Text>
      </View>
      <View className="form-block">
        <View className="form-block__title">来访事由</View>
        <View className="vs-chips">
          {VISIT_REASONS.map((r) => (
            <View
              key={r}
              className={`vs-chip ${r === reason ? 'vs-chip--on' : ''}`}
              {...tappable(VISIT_REASON_LABELS[r], () => setReason(r), { pressed: r === reason })}
            >
              {VISIT_REASON_LABELS[r]}
            </View>
          ))}
        </View>
      </View>
      <View className="form-block">
        <View className="form-block__title">
          <Text>车牌号</Text>
          <Text className="form-block__hint">选填</Text>
        </View>
        <Input
          className="vs-input t-visitor-plate"
          placeholder="如 粤B12345"
          aria-label="车牌号"
          maxlength={10}
          value={plate}
          onInput={(e) => setPlate(e.detail.value)}
        />
      </View>
      <View className="vs-btns">
        <Button className="btn btn--primary btn--block t-visitor-submit" disabled={busy} onClick={submit}>
          生成访客码
        </Button>
      </View>
    </>
  );
}

export default function InviteVisitor() {
  const elder = useElderClass();
  const page = usePage(loadMyRooms, { guard: requireOwner, once: true });
  return (
    <View className={`page ${elder}`}>
      <PageState page={page} rows={4}>
        {({ rooms, current }) =>
          current ? (
            <Form rooms={rooms} current={current} />
          ) : (
            <Empty title="绑定房屋后即可预约访客" desc="如需帮助，请咨询物业服务中心" />
          )
        }
      </PageState>
    </View>
  );
}
