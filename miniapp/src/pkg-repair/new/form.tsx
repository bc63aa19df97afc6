import { Input, Text, Textarea, View } from '@tarojs/components';
import { Button } from '../../components/button';
import Taro from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { REPAIR_SCOPE_LABELS, type RepairScope } from '@wy/shared';
import { api, asApiError, toast } from '../../services/request';
import { session } from '../../services/session';
import { roomLabel, selectRoom } from '../../services/rooms';
import type { MyRoom, RepairCategory, RequestDetail } from '../../services/models';
import { PhotoPicker, Row } from '../../srv-common/ui';
import { appointmentText, halfDaySlots, priceText } from '../../services/format';
import { categoryGlyph } from '../glyph';
import { askSubscribe, canSubscribe } from '../../services/subscribe';
import { tappable } from '../../components/tap';

const SCOPES: RepairScope[] = ['in_home', 'public'];
const SCOPE_TABS: Record<RepairScope, string> = { in_home: '户内', public: '公区' };
const MAX_DESC = 500;

export function RepairForm(props: {
  rooms: MyRoom[];
  room: MyRoom;
  cats: RepairCategory[];
  /** the filed request, and how many progress reminders the owner accepted before it (null: not asked) */
  onFiled: (d: RequestDetail, reminders: number | null) => void;
}) {
  const { rooms } = props;
  const [room, setRoom] = useState<MyRoom>(props.room);
  const [cats, setCats] = useState<RepairCategory[]>(props.cats);
  const [scope, setScope] = useState<RepairScope>('in_home');
  const [catId, setCatId] = useState<number | null>(null);
  const [desc, setDesc] = useState('');
  const [location, setLocation] = useState('');
  const [photoIds, setPhotoIds] = useState<number[]>([]);
  const [uploading, setUploading] = useState(false);
  const [slotKey, setSlotKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const slots = useMemo(() => halfDaySlots(6), []);
  const me = session.me;

  const switchRoom = async () => {
    if (rooms.length < 2) return;
    const shown = rooms.slice(0, 6);
    let r: MyRoom | undefined;
    try {
      r = shown[(await Taro.showActionSheet({ itemList: shown.map((x) => roomLabel(x)) })).tapIndex];
    } catch {
      return; // cancelled
    }
    if (!r || r.roomId === room.roomId) return;
    if (r.projectId !== room.projectId) {
      try {
        setCats(await api.get('/directory/projects/{id}/repair-categories', { path: { id: r.projectId } }));
      } catch {
        return; // the wrapper said why; the form stays on the room it had
      }
      setCatId(null);
    }
    selectRoom(r);
    setRoom(r);
  };

  const shown = cats.filter((c) => c.scope === scope);
  const cat = cats.find((c) => c.id === catId) ?? null;
  const slot = slots.find((s) => s.key === slotKey) ?? null;
  const needSlot = cat?.scope !== 'public';

  const submit = async () => {
    if (busy) return;
    if (!cat) return toast('请选择报修类型');
    const text = desc.trim();
    if (text.length < 2) return toast('请描述一下问题');
    if (cat.scope === 'public' && !location.trim()) return toast('请填写公区位置，如：3 栋 2 单元 5 楼走廊');
    if (needSlot && !slot) return toast('请选择上门时间');
    if (uploading) return toast('照片上传中，请稍候');
    if (cat.paid) {
      const { confirm } = await Taro.showModal({
        title: '有偿服务',
        content: `${cat.name}：${priceText(cat.priceFen, cat.priceNote)}。师傅上门确认后按公布标准收费。`,
        confirmText: '同意提交',
      });
      if (!confirm) return;
    }
    // consent first, inside this tap and before the request exists: its 受理 message needs the credit
    const reminders = canSubscribe() ? (await askSubscribe()).length : null;
    setBusy(true);
    const description = cat.scope === 'public' ? `【位置】${location.trim()}\n${text}` : text;
    const body = {
      roomId: room.roomId,
      categoryId: cat.id,
      description,
      ...(photoIds.length ? { photoIds } : {}),
      ...(slot ? { appointmentStart: slot.start, appointmentEnd: slot.end } : {}),
    };
    try {
      props.onFiled(await api.post('/me/service-requests', { body, silent: true }), reminders);
    } catch (e) {
      const err = asApiError(e);
      if (err.code !== 'SRV_DUPLICATE') {
        if (err.kind !== 'auth') toast(err.message);
        return;
      }
      // the same problem is already being handled (重复报修): the owner says whether this is another one
      const { confirm } = await Taro.showModal({
        title: '已有相同报修',
        content: err.message,
        confirmText: '仍要提交',
        cancelText: '不提交',
      });
      if (confirm) {
        try {
          props.onFiled(await api.post('/me/service-requests', { body: { ...body, notDuplicate: true } }), reminders);
        } catch {
          // toast shown by the wrapper
        }
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <View className="form-block">
        <View className="form-block__title">
          <Text>报修类型</Text>
          <Text className="form-block__hint">{REPAIR_SCOPE_LABELS[scope]}</Text>
        </View>
        <View className="rp-scope">
          {SCOPES.map((s) => (
            <View
              key={s}
              className={`rp-scope__tab t-repair-scope-${s} ${scope === s ? 'rp-scope__tab--on' : ''}`}
              {...tappable(SCOPE_TABS[s], () => setScope(s), { pressed: scope === s })}
            >
              {SCOPE_TABS[s]}
            </View>
          ))}
        </View>
        {shown.length === 0 ? (
          <Text className="muted">暂无可选类型，请致电物业服务中心</Text>
        ) : (
          <View className="rp-cats">
            {shown.map((c) => (
              <View
                key={c.id}
                className={`rp-cat t-repair-cat t-repair-cat-${c.code} ${catId === c.id ? 'rp-cat--on' : ''}`}
                {...tappable(c.name, () => setCatId(c.id), { pressed: catId === c.id })}
              >
                <View className="rp-cat__glyph" style={{ backgroundColor: c.scope === 'public' ? '#1aa179' : '#2f7cf6' }}>
                  {categoryGlyph(c)}
                </View>
                <Text className="rp-cat__name">{c.name}</Text>
                {c.paid ? (
                  <Text className="rp-cat__price">{priceText(c.priceFen)}</Text>
                ) : (
                  <Text className="rp-cat__free">免费</Text>
                )}
              </View>
            ))}
          </View>
        )}
        {cat?.paid ? (
          <View className="rp-notice t-repair-price">
            <Text className="rp-notice__price">有偿服务 {priceText(cat.priceFen)}</Text>
            {'\n'}
            <Text>{cat.priceNote || '按物业公布的收费标准收取'}，师傅上门确认后收费。</Text>
          </View>
        ) : cat?.priceNote ? (
          <View className="rp-notice">{cat.priceNote}</View>
        ) : null}
      </View>

      {cat?.scope === 'public' ? (
        <View className="form-block">
          <View className="form-block__title">公区位置</View>
          <View className="field field--soft">
            <Input
              className="field__input t-repair-location"
              placeholder="如：3 栋 2 单元 5 楼走廊"
              maxlength={60}
              value={location}
              onInput={(e) => setLocation(e.detail.value)}
            />
          </View>
        </View>
      ) : null}

      <View className="form-block">
        <View className="form-block__title">问题描述</View>
        <Textarea
          className="textarea t-repair-desc"
          placeholder="请描述故障情况，如：厨房水龙头一直滴水"
          maxlength={MAX_DESC}
          value={desc}
          onInput={(e) => setDesc(e.detail.value)}
        />
        <Text className="rp-count">
          {desc.length}/{MAX_DESC}
        </Text>
        <View className="form-block__title" style={{ marginTop: '8px' }}>
          <Text>照片</Text>
          <Text className="form-block__hint">选填，最多 6 张</Text>
        </View>
        <PhotoPicker onChange={setPhotoIds} onBusy={setUploading} />
      </View>

      <View className="form-block">
        <View className="form-block__title">
          <Text>上门时间</Text>
          <Text className="form-block__hint">
            {needSlot ? (slot ? appointmentText(slot.start, slot.end) : '请选择') : '公区报修可不选'}
          </Text>
        </View>
        <View className="chips">
          {slots.map((s) => (
            <View
              key={s.key}
              className={`rp-slot t-repair-slot ${slotKey === s.key ? 'rp-slot--on' : ''}`}
              {...tappable(s.label, () => setSlotKey(slotKey === s.key ? null : s.key), { pressed: slotKey === s.key })}
            >
              <Text className="rp-slot__label">{s.label}</Text>
              <Text className="rp-slot__sub">{s.sub}</Text>
            </View>
          ))}
        </View>
      </View>

      <View className="form-block rp-contact">
        <View className="form-block__title">联系信息</View>
        <Row label="房屋">
          <Text className="t-repair-room">{roomLabel(room)}</Text>
          {rooms.length > 1 ? (
            <Text className="rp-contact__switch tap-min t-repair-room-switch" {...tappable('切换房屋', switchRoom)}>
              切换
            </Text>
          ) : null}
        </Row>
        <Row label="联系人">{me?.name || '—'}</Row>
        <Row label="电话">
          <Text className="nowrap">{me?.phoneMasked || '—'}</Text>
        </Row>
      </View>

      <View className="rp-submit">
        <Button
          className={`btn btn--primary btn--block t-repair-submit ${busy ? 'btn--disabled' : ''}`}
          loading={busy}
          onClick={submit}
        >
          提交报修
        </Button>
      </View>
    </>
  );
}
