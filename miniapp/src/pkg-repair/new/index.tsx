/**
 * File a repair in one form (UX "2 screens"): category grid split 户内 / 公区 with the published price of a
 * paid item (R-REP-02), description, photos, a half-day appointment (R-REP-01); room, name and phone come
 * from the binding. Then a success screen asking for subscribe-message consent inside the tap.
 */
import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import Taro, { useLoad } from '@tarojs/taro';
import { useMemo, useState } from 'react';
import { REPAIR_SCOPE_LABELS, type RepairScope } from '@wy/shared';
import { Empty, Skeleton } from '../../components/ui';
import { api, toast } from '../../services/request';
import { session } from '../../services/session';
import { loadMyRooms, roomLabel, selectRoom } from '../../services/rooms';
import type { MyRoom, RepairCategory, RequestDetail } from '../../services/models';
import { PhotoPicker, Row } from '../../srv-common/ui';
import { appointmentText, halfDaySlots, priceText, shortTime } from '../../srv-common/format';
import { categoryGlyph } from '../glyph';
import { askSubscribe, canSubscribe } from '../subscribe';
import '../../srv-common/srv.css';
import '../repair.css';

const SCOPES: RepairScope[] = ['in_home', 'public'];
const SCOPE_TABS: Record<RepairScope, string> = { in_home: '户内', public: '公区' };
const MAX_DESC = 500;

function Done(props: { detail: RequestDetail }) {
  const d = props.detail;
  const [asked, setAsked] = useState<null | number>(null);
  const subscribe = async () => {
    const accepted = await askSubscribe();
    setAsked(accepted.length);
    if (accepted.length > 0) toast('已开启进度提醒');
  };
  const view = () => Taro.redirectTo({ url: `/pkg-repair/detail/index?id=${d.id}` });
  return (
    <View className="page t-repair-done">
      <View className="rp-done">
        <View className="rp-done__icon">✓</View>
        <Text className="rp-done__title">报修已提交</Text>
        <Text className="rp-done__desc">工单号 {d.code}</Text>
        <Text className="rp-done__desc">
          {d.promisedAt ? `物业服务中心将在 ${shortTime(d.promisedAt)} 前处理` : '物业服务中心将尽快受理并派单'}
        </Text>
      </View>
      {canSubscribe() && asked === null ? (
        <View className="card rp-sub">
          <Text className="rp-sub__title">接收进度提醒</Text>
          <Text className="rp-sub__desc">受理、派单、完工时通过微信通知您，无需来回打电话询问</Text>
          <Button className="btn btn--primary t-repair-subscribe" onClick={subscribe}>
            开启提醒
          </Button>
        </View>
      ) : null}
      <View className="rp-btns">
        <Button className="btn btn--primary btn--block t-repair-view" onClick={view}>
          查看进度
        </Button>
        <Button className="btn btn--block t-repair-home" onClick={() => Taro.switchTab({ url: '/pages/index/index' })}>
          返回首页
        </Button>
      </View>
    </View>
  );
}

export default function NewRepair() {
  const [loading, setLoading] = useState(true);
  const [rooms, setRooms] = useState<MyRoom[]>([]);
  const [room, setRoom] = useState<MyRoom | null>(null);
  const [cats, setCats] = useState<RepairCategory[]>([]);
  const [scope, setScope] = useState<RepairScope>('in_home');
  const [catId, setCatId] = useState<number | null>(null);
  const [desc, setDesc] = useState('');
  const [location, setLocation] = useState('');
  const [photoIds, setPhotoIds] = useState<number[]>([]);
  const [uploading, setUploading] = useState(false);
  const [slotKey, setSlotKey] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<RequestDetail | null>(null);
  const slots = useMemo(() => halfDaySlots(6), []);
  const me = session.me;

  const loadCats = async (r: MyRoom) => {
    try {
      setCats(await api.get('/directory/projects/{id}/repair-categories', { path: { id: r.projectId } }));
    } catch {
      setCats([]);
    }
  };

  useLoad(async () => {
    if (!session.isLoggedIn()) {
      void Taro.redirectTo({ url: '/pkg-auth/login/index' });
      return;
    }
    try {
      const r = await loadMyRooms();
      setRooms(r.rooms);
      setRoom(r.current);
      if (r.current) await loadCats(r.current);
    } catch {
      // toast shown by the wrapper
    } finally {
      setLoading(false);
    }
  });

  const switchRoom = async () => {
    if (rooms.length < 2) return;
    const shown = rooms.slice(0, 6);
    try {
      const { tapIndex } = await Taro.showActionSheet({ itemList: shown.map((r) => roomLabel(r)) });
      const r = shown[tapIndex];
      if (r && r.roomId !== room?.roomId) {
        selectRoom(r);
        setRoom(r);
        if (r.projectId !== room?.projectId) {
          setCatId(null);
          await loadCats(r);
        }
      }
    } catch {
      // cancelled
    }
  };

  if (done) return <Done detail={done} />;
  if (loading) {
    return (
      <View className="page pad">
        <Skeleton rows={4} />
      </View>
    );
  }
  if (!room) {
    return (
      <View className="page">
        <Empty
          title="绑定房屋后即可在线报修"
          desc="也可以直接致电物业服务中心"
          actionText="去绑定房屋"
          onAction={() => Taro.redirectTo({ url: '/pkg-auth/bind/index' })}
        />
      </View>
    );
  }

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
    setBusy(true);
    try {
      const description = cat.scope === 'public' ? `【位置】${location.trim()}\n${text}` : text;
      const d = await api.post('/me/service-requests', {
        body: {
          roomId: room.roomId,
          categoryId: cat.id,
          description,
          ...(photoIds.length ? { photoIds } : {}),
          ...(slot ? { appointmentStart: slot.start, appointmentEnd: slot.end } : {}),
        },
      });
      setDone(d);
    } catch {
      // toast shown by the wrapper
    } finally {
      setBusy(false);
    }
  };

  return (
    <View className="page rp-new">
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
              onClick={() => setScope(s)}
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
                onClick={() => setCatId(c.id)}
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
              onClick={() => setSlotKey(slotKey === s.key ? null : s.key)}
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
            <Text className="rp-contact__switch t-repair-room-switch" onClick={switchRoom}>
              切换
            </Text>
          ) : null}
        </Row>
        <Row label="联系人">{me?.name || '—'}</Row>
        <Row label="电话">{me?.phoneMasked || '—'}</Row>
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
    </View>
  );
}
