/**
 * 申请放行 (R-PAS-01, R-PAS-04): the first screen is the published guide (所需资料和流程); then the form — the
 * room (from my bindings), the moving day (the next two weeks, the project's days) and window, the item list
 * (at least one row, each a name and a quantity), the vehicle and carrier, the reason. A tenant's or family
 * member's application goes to the room's owner to confirm first.
 */
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import {
  PASS_REASONS,
  PASS_REASON_LABELS,
  isMobilePhone,
  isPlate,
  localDate,
  passItemsProblem,
  type PassReason,
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
import { openPass } from '../words';
import '../../srv-common/srv.css';
import '../../components/workflow.css';

const WINDOWS = [
  { key: 'am', label: '上午 08:00–12:00', from: '08:00', to: '12:00' },
  { key: 'pm', label: '下午 13:00–18:00', from: '13:00', to: '18:00' },
  { key: 'day', label: '全天', from: undefined, to: undefined },
] as const;
const WEEK = '日一二三四五六';

async function load() {
  const { rooms, current } = await loadMyRooms();
  const guide = current
    ? await api.get('/me/passes/guide', { query: { projectId: current.projectId }, silent: true }).catch(() => null)
    : null;
  return { rooms, current, guide };
}

/** The next 14 days in the project's zone, labelled 今天/明天/周x. */
function days(zone: string | null | undefined): { date: string; label: string }[] {
  const out: { date: string; label: string }[] = [];
  const today = localDate(new Date(), zone || 'Asia/Shanghai');
  for (let i = 0; i < 14; i++) {
    const d = new Date(Date.parse(`${today}T00:00:00Z`) + i * 86_400_000);
    const date = d.toISOString().slice(0, 10);
    const name = i === 0 ? '今天' : i === 1 ? '明天' : `周${WEEK[d.getUTCDay()]}`;
    out.push({ date, label: `${name} ${date.slice(5).replace('-', '/')}` });
  }
  return out;
}

function Form(props: { rooms: MyRoom[]; current: MyRoom }) {
  const [room, setRoom] = useState(props.current);
  const dates = days(room.timeZone);
  const [moveOn, setMoveOn] = useState(dates[0]!.date);
  const [win, setWin] = useState<(typeof WINDOWS)[number]['key']>('day');
  const [items, setItems] = useState<{ name: string; quantity: string }[]>([{ name: '', quantity: '1' }]);
  const [plate, setPlate] = useState('');
  const [carrierName, setCarrierName] = useState('');
  const [carrierPhone, setCarrierPhone] = useState('');
  const [reason, setReason] = useState<PassReason>('move_out');
  const [busy, setBusy] = useState(false);
  const setItem = (i: number, patch: Partial<{ name: string; quantity: string }>) =>
    setItems(items.map((x, j) => (j === i ? { ...x, ...patch } : x)));

  const submit = async () => {
    if (busy) return;
    const rows = items
      .filter((x) => x.name.trim() || x.quantity !== '1')
      .map((x) => ({ name: x.name.trim(), quantity: Number(x.quantity) }));
    const bad = passItemsProblem(rows);
    if (bad) return toast(bad);
    const p = plate.trim().toUpperCase();
    if (p && !isPlate(p)) return toast('请输入正确的车牌号，如 粤B12345');
    if (carrierPhone.trim() && !isMobilePhone(carrierPhone.trim())) return toast('搬运人电话应为11位手机号');
    const w = WINDOWS.find((x) => x.key === win)!;
    setBusy(true);
    try {
      const made = await api.post('/me/passes', {
        body: {
          roomId: room.roomId,
          moveOn,
          ...(w.from ? { fromTime: w.from, toTime: w.to } : {}),
          items: rows,
          ...(p ? { plate: p } : {}),
          ...(carrierName.trim() ? { carrierName: carrierName.trim() } : {}),
          ...(carrierPhone.trim() ? { carrierPhone: carrierPhone.trim() } : {}),
          reason,
        },
      });
      Taro.redirectTo({ url: openPass(made.id) });
    } catch {
      // the wrapper showed why
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <View className="form-block">
        <View className="form-block__title">房屋</View>
        {props.rooms.length > 1 ? (
          <View className="wf-chips">
            {props.rooms.map((r) => (
              <View
                key={r.roomId}
                className={`wf-chip ${r.roomId === room.roomId ? 'wf-chip--on' : ''}`}
                {...tappable(roomLabel(r), () => setRoom(r), { pressed: r.roomId === room.roomId })}
              >
                {roomLabel(r)}
              </View>
            ))}
          </View>
        ) : (
          <Text>{roomLabel(room)}</Text>
        )}
        {room.kind !== 'owner' ? <Text className="form-block__hint">租户或家庭成员申请，需业主在小程序内确认</Text> : null}
      </View>
      <View className="form-block">
        <View className="form-block__title">搬出日期</View>
        <View className="wf-chips t-pass-days">
          {dates.map((d) => (
            <View
              key={d.date}
              className={`wf-chip ${d.date === moveOn ? 'wf-chip--on' : ''}`}
              {...tappable(d.label, () => setMoveOn(d.date), { pressed: d.date === moveOn })}
            >
              {d.label}
            </View>
          ))}
        </View>
        <View className="form-block__title" style={{ marginTop: '12px' }}>
          时间段
        </View>
        <View className="wf-chips">
          {WINDOWS.map((w) => (
            <View
              key={w.key}
              className={`wf-chip ${w.key === win ? 'wf-chip--on' : ''}`}
              {...tappable(w.label, () => setWin(w.key), { pressed: w.key === win })}
            >
              {w.label}
            </View>
          ))}
        </View>
      </View>
      <View className="form-block">
        <View className="form-block__title">
          <Text>物品清单</Text>
          <Text className="form-block__hint">门岗将逐项核对</Text>
        </View>
        {items.map((x, i) => (
          <View key={i} className="wf-item">
            <Input
              className={`wf-input wf-item__name t-pass-item-name-${i}`}
              placeholder="物品名称，如 沙发"
              maxlength={40}
              value={x.name}
              onInput={(e) => setItem(i, { name: e.detail.value })}
            />
            <Input
              className={`wf-input wf-item__qty t-pass-item-qty-${i}`}
              type="number"
              maxlength={3}
              value={x.quantity}
              onInput={(e) => setItem(i, { quantity: e.detail.value })}
            />
            {items.length > 1 ? (
              <View className="muted" {...tappable(`删除第${i + 1}项`, () => setItems(items.filter((_, j) => j !== i)))}>
                删除
              </View>
            ) : null}
          </View>
        ))}
        {items.length < 30 ? (
          <View
            className="btn btn--ghost btn--small t-pass-add"
            {...tappable('添加物品', () => setItems([...items, { name: '', quantity: '1' }]))}
          >
            添加物品
          </View>
        ) : null}
      </View>
      <View className="form-block">
        <View className="form-block__title">搬出原因</View>
        <View className="wf-chips">
          {PASS_REASONS.map((r) => (
            <View
              key={r}
              className={`wf-chip ${r === reason ? 'wf-chip--on' : ''}`}
              {...tappable(PASS_REASON_LABELS[r], () => setReason(r), { pressed: r === reason })}
            >
              {PASS_REASON_LABELS[r]}
            </View>
          ))}
        </View>
      </View>
      <View className="form-block">
        <View className="form-block__title">
          <Text>车辆与搬运人</Text>
          <Text className="form-block__hint">选填</Text>
        </View>
        <Input
          className="wf-input t-pass-plate"
          placeholder="车牌号，如 粤B12345"
          maxlength={10}
          value={plate}
          onInput={(e) => setPlate(e.detail.value)}
        />
        <View style={{ height: '8px' }} />
        <Input
          className="wf-input"
          placeholder="搬运人姓名或搬家公司"
          maxlength={50}
          value={carrierName}
          onInput={(e) => setCarrierName(e.detail.value)}
        />
        <View style={{ height: '8px' }} />
        <Input
          className="wf-input"
          type="number"
          placeholder="搬运人手机号"
          maxlength={11}
          value={carrierPhone}
          onInput={(e) => setCarrierPhone(e.detail.value)}
        />
      </View>
      <View className="wf-btns">
        <Button className="btn btn--primary btn--block t-pass-submit" disabled={busy} onClick={submit}>
          提交申请
        </Button>
      </View>
    </>
  );
}

export default function ApplyPass() {
  const elder = useElderClass();
  const page = usePage(load, { guard: requireOwner, once: true });
  const [read, setRead] = useState(false);
  return (
    <View className={`page ${elder}`}>
      <PageState page={page} rows={4}>
        {({ rooms, current, guide }) =>
          !current ? (
            <Empty title="绑定房屋后即可申请放行" desc="如需帮助，请咨询物业服务中心" />
          ) : !read ? (
            <>
              <View className="card t-pass-guide">
                <Text className="wf-title">办理须知（所需资料和流程）</Text>
                <Text className="wf-guide">{guide?.text ?? '请携带身份证件到物业服务中心办理放行条。'}</Text>
              </View>
              <View className="wf-btns">
                <Button className="btn btn--primary btn--block t-pass-read" onClick={() => setRead(true)}>
                  我已了解，开始填写
                </Button>
              </View>
            </>
          ) : (
            <Form rooms={rooms} current={current} />
          )
        }
      </PageState>
    </View>
  );
}
