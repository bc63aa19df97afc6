/**
 * Repair UI shared by pkg-repair and pkg-staff: photo picker, photo strip, progress timeline, recorded
 * times, signature, bill status.
 */
import { Image, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { BILL_STATUS_LABELS, REPAIR_STATUS_LABELS, type BillStatus, type RepairStatus } from '@wy/shared';
import type { Material, Photo, RecordedTimes, TimelineEvent } from '../services/models';
import { compressToBase64, localPhoto, MAX_PHOTOS, pickImages, uploadBase64 } from './photos';
import { toast } from '../services/request';
import { shortTime } from '../services/format';
import './srv.css';
import { tappable } from '../components/tap';

type Stage = 'compress' | 'upload' | 'done' | 'fail';
interface Item {
  key: number;
  path: string;
  stage: Stage;
  id?: number;
}
const STAGE_PCT: Record<Stage, number> = { compress: 25, upload: 65, done: 100, fail: 100 };

let seq = 0;

/**
 * Pick up to `max` photos; each is compressed and uploaded at once, with a progress bar and a retry on
 * failure. `onChange` gets the uploaded ids; `onBusy` tells whether some are still on their way.
 */
export function PhotoPicker(props: {
  max?: number;
  onChange: (ids: number[]) => void;
  onBusy?: (busy: boolean) => void;
  className?: string;
}) {
  const max = props.max ?? MAX_PHOTOS;
  const [items, setItems] = useState<Item[]>([]);
  const ref = useRef(items);
  ref.current = items;

  useEffect(() => {
    props.onChange(items.filter((i) => i.stage === 'done' && i.id).map((i) => i.id!));
    props.onBusy?.(items.some((i) => i.stage === 'compress' || i.stage === 'upload'));
  }, [items]);

  const patch = (key: number, p: Partial<Item>) => setItems((xs) => xs.map((x) => (x.key === key ? { ...x, ...p } : x)));

  const run = async (it: Item) => {
    try {
      patch(it.key, { stage: 'compress' });
      const b64 = await compressToBase64(it.path);
      patch(it.key, { stage: 'upload' });
      const res = await uploadBase64(b64);
      patch(it.key, { stage: 'done', id: res.id });
    } catch {
      patch(it.key, { stage: 'fail' });
    }
  };

  const add = async () => {
    const paths = await pickImages(max - ref.current.length);
    const fresh = paths.map((path) => ({ key: ++seq, path, stage: 'compress' as Stage }));
    if (fresh.length === 0) return;
    setItems((xs) => [...xs, ...fresh].slice(0, max));
    for (const it of fresh) await run(it);
  };

  const remove = (key: number) => setItems((xs) => xs.filter((x) => x.key !== key));

  return (
    <View className={`photos ${props.className ?? ''}`}>
      {items.map((it) => (
        <View key={it.key} className="photos__cell t-photo">
          <Image className="photos__img" src={it.path} mode="aspectFill" />
          {it.stage !== 'done' ? (
            <View
              className={`photos__mask ${it.stage === 'fail' ? 'photos__mask--fail' : ''}`}
              {...(it.stage === 'fail' ? tappable('上传失败，点击重试', () => void run(it)) : {})}
            >
              {it.stage === 'fail' ? (
                <Text className="photos__retry t-photo-retry">上传失败{'\n'}点击重试</Text>
              ) : (
                <>
                  <Text className="photos__stage">{it.stage === 'compress' ? '压缩中' : '上传中'}</Text>
                  <View className="photos__bar">
                    <View className="photos__bar-fill" style={{ width: `${STAGE_PCT[it.stage]}%` }} />
                  </View>
                </>
              )}
            </View>
          ) : null}
          <View className="photos__del t-photo-del" {...tappable('删除这张照片', () => remove(it.key), { icon: true })}>
            ×
          </View>
        </View>
      ))}
      {items.length < max ? (
        <View className="photos__cell photos__add t-photo-add" hoverClass="cell--hover" {...tappable('添加照片', add)}>
          <Text className="photos__plus">＋</Text>
          <Text className="photos__count t-photo-count">
            {items.length}/{max}
          </Text>
        </View>
      ) : null}
    </View>
  );
}

/** One uploaded photo's thumbnail, fetched with the token; a tap opens the full photos. */
function Thumb(props: { photo: Photo; onOpen: (photo: Photo) => void }) {
  const { src, failed } = useLocalPhoto(props.photo.thumbUrl);
  return (
    <View className="photos__cell photos__cell--small t-thumb" {...tappable('查看照片', () => src && props.onOpen(props.photo), { icon: true })}>
      {src ? (
        <Image className="photos__img" src={src} mode="aspectFill" />
      ) : (
        <Text className="photos__ph">{failed ? '加载失败' : '…'}</Text>
      )}
    </View>
  );
}

/** A strip of thumbnails (never the full photos); a tap downloads the full ones and opens the one tapped. */
export function PhotoStrip(props: { photos: Photo[] | null | undefined }) {
  const photos = props.photos ?? [];
  if (photos.length === 0) return null;
  const open = async (tapped: Photo) => {
    const current = await localPhoto(tapped.url).catch(() => '');
    if (!current) return toast('原图加载失败，请稍后再试');
    const urls = await Promise.all(photos.map((p) => (p.id === tapped.id ? current : localPhoto(p.url).catch(() => ''))));
    void Taro.previewImage({ current, urls: urls.filter(Boolean) });
  };
  return (
    <View className="photos photos--strip">
      {photos.map((p) => (
        <Thumb key={p.id} photo={p} onOpen={open} />
      ))}
    </View>
  );
}

type Step = { id: number; at: string; title: string; status: string | null; who: string; note: string | null; photos: Photo[] };

/**
 * The steps a viewer sees, in the API's words for them (each event's `label`; owner responses carry only
 * owner-audience events with owner-safe notes — an event for staff is never shown to an owner). Staff also
 * see the status a step led to.
 */
function stepsFor(events: TimelineEvent[], viewer: 'owner' | 'staff'): Step[] {
  return events
    .filter((e) => viewer === 'staff' || e.audience === 'owner')
    .map((e) => ({
      id: e.id,
      at: e.at,
      title: e.label,
      status:
        viewer === 'staff' && e.toStatus && e.toStatus !== e.fromStatus
          ? (REPAIR_STATUS_LABELS[e.toStatus as RepairStatus] ?? e.toStatus)
          : null,
      who: e.actorName,
      note: e.note,
      photos: e.photos,
    }))
    .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : b.id - a.id));
}

/** R-SRV-07 progress timeline, newest first: time, who, what, note and photos at each step, in the viewer's words. */
export function Timeline(props: { events: TimelineEvent[]; viewer: 'owner' | 'staff' }) {
  const steps = stepsFor(props.events, props.viewer);
  if (steps.length === 0) return <Text className="muted">暂无进度</Text>;
  return (
    <View className="tl t-timeline">
      {steps.map((e, i) => (
        <View key={e.id} className={`tl__item t-tl-item ${i === 0 ? 'tl__item--now' : ''}`}>
          <View className="tl__dot" />
          <View className="tl__body">
            <View className="tl__head">
              <Text className="tl__title">
                {e.title}
                {e.status ? <Text className="tl__to"> · {e.status}</Text> : null}
              </Text>
            </View>
            <Text className="tl__meta">
              {shortTime(e.at)} {e.who}
            </Text>
            {e.note ? <Text className="tl__note">{e.note}</Text> : null}
            <PhotoStrip photos={e.photos} />
          </View>
        </View>
      ))}
    </View>
  );
}

/** 材料: name (spec) × quantity unit, one per line. */
export function Materials(props: { materials: Material[] }) {
  if (props.materials.length === 0) return null;
  return (
    <Row label="材料">
      {props.materials.map((m, i) => (
        <Text key={i} className="t-material" style={{ display: 'block' }}>
          {m.name}
          {m.spec ? `（${m.spec}）` : ''} × {m.quantity}
          {m.unit ?? ''}
        </Text>
      ))}
    </Row>
  );
}

/** A titled text box of a form (title, a hint such as 选填, the box). */
export function TextBox(props: {
  title: string;
  hint?: string;
  className: string;
  placeholder: string;
  max?: number;
  value: string;
  onChange: (value: string) => void;
  spaced?: boolean;
}) {
  return (
    <>
      <View className="form-block__title" style={props.spaced ? { marginTop: '12px' } : undefined}>
        <Text>{props.title}</Text>
        {props.hint ? <Text className="form-block__hint">{props.hint}</Text> : null}
      </View>
      <Textarea
        className={`textarea ${props.className}`}
        placeholder={props.placeholder}
        maxlength={props.max ?? 200}
        value={props.value}
        onInput={(e) => props.onChange(e.detail.value)}
      />
    </>
  );
}

/** A label/value row of a detail card. */
export function Row(props: { label: string; children: ReactNode; className?: string }) {
  return (
    <View className={`kv ${props.className ?? ''}`}>
      <Text className="kv__label">{props.label}</Text>
      <View className="kv__value">{props.children}</View>
    </View>
  );
}

/** A bottom sheet holding an action's form. */
export function Sheet(props: { title: string; onClose: () => void; children: ReactNode; footer: ReactNode; className?: string }) {
  return (
    <View className="sheet-mask" catchMove onClick={props.onClose}>
      <View className={`sheet ${props.className ?? ''}`} onClick={(e) => e.stopPropagation()}>
        <View className="sheet__head">
          <Text className="sheet__title">{props.title}</Text>
          <Text className="sheet__close tap-min t-sheet-close" {...tappable('取消', props.onClose)}>
            取消
          </Text>
        </View>
        {props.children}
        <View className="sheet__foot">{props.footer}</View>
      </View>
    </View>
  );
}

export type TimeKey = keyof RecordedTimes;
export const TIME_LABELS: Record<TimeKey, string> = {
  dispatchedAt: '派单',
  contactedAt: '联系业主',
  acceptedAt: '接单',
  arrivedAt: '到场',
  finishedAt: '完工',
  orderReturnedAt: '交回工单',
  confirmedAt: '确认',
  closedAt: '关闭',
  printedAt: '打印派工单',
  leftAt: '离开',
  countersignedAt: '签收',
};

/**
 * The times recorded at each step (R-REP-05), as a compact two-column grid. `keys` in display order; a key in
 * `always` shows "—" until it is recorded, the others only once they are.
 */
export function TimesGrid(props: { times: RecordedTimes | null | undefined; keys: TimeKey[]; always?: TimeKey[] }) {
  const t = props.times;
  if (!t) return null;
  const shown = props.keys.filter((k) => t[k] || props.always?.includes(k));
  if (shown.length === 0) return null;
  return (
    <View className="times t-times">
      {shown.map((k) => (
        <View key={k} className={`times__cell t-time-${k} ${t[k] ? '' : 'times__cell--pending'}`}>
          <Text className="times__label">{TIME_LABELS[k]}</Text>
          <Text className="times__value">{t[k] ? shortTime(t[k]) : '—'}</Text>
        </View>
      ))}
    </View>
  );
}

/** An uploaded photo fetched with the token into a local path the Image can show. */
function useLocalPhoto(url: string | undefined): { src: string; failed: boolean } {
  const [state, setState] = useState({ src: '', failed: false });
  useEffect(() => {
    if (!url) return;
    let live = true;
    setState({ src: '', failed: false });
    localPhoto(url).then(
      (src) => live && setState({ src, failed: false }),
      () => live && setState({ src: '', failed: true }),
    );
    return () => {
      live = false;
    };
  }, [url]);
  return state;
}

/** 业主签字 (R-REP-06): the owner's on-screen signature, fetched like any upload; tap to enlarge. */
export function Signature(props: { photo: Photo | null | undefined }) {
  const { src, failed } = useLocalPhoto(props.photo?.url);
  if (!props.photo) return null;
  return (
    <View className="sign-row">
      <Text className="kv__label">业主签字</Text>
      <View className="sign t-signature" {...tappable('查看签名', () => src && void Taro.previewImage({ current: src, urls: [src] }), { icon: true })}>
        {src ? (
          <Image className="sign__img" src={src} mode="aspectFit" />
        ) : (
          <Text className="photos__ph">{failed ? '签名加载失败' : '签名加载中…'}</Text>
        )}
      </View>
    </View>
  );
}

const BILL_TONE: Record<BillStatus, string> = { unpaid: 'warn', paid: 'ok', void: 'muted' };

/** 待缴 / 已缴 / 已作废 (labels from @wy/shared). */
export function BillStatusTag(props: { status: string; className?: string }) {
  const s = props.status as BillStatus;
  return (
    <Text className={`ui-tag ui-tag--${BILL_TONE[s] ?? 'muted'} t-bill-status t-bill-status-${s} ${props.className ?? ''}`}>
      {BILL_STATUS_LABELS[s] ?? s}
    </Text>
  );
}
