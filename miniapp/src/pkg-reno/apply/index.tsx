/**
 * 申请装修 (R-REN-01/02/03), a wizard whose draft is kept on the phone as it is typed (a closed page or a
 * lost signal loses nothing; the draft goes once submitted): 须知 (process, documents, fees) → 房屋与工期 →
 * 施工单位与人员 → 装修方案 (items, water/power/gas as explicit choices, rubble, photos and drawings) → 核对提交.
 * A tenant's or family member's application goes to the room's owner to consent first. Opened with ?id= it
 * fixes a returned application (退回补正) and submits it again.
 */
import { Input, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import {
  RENO_MAX_ITEMS,
  RENO_MAX_WORKERS,
  formatYuan,
  isMobilePhone,
  isResidentIdNumber,
  localDate,
  renoPeriodProblem,
} from '@wy/shared';
import { Button } from '../../components/button';
import { Empty, Section } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { tappable } from '../../components/tap';
import { requireOwner } from '../../services/auth';
import { useElderClass } from '../../services/elder';
import { api, toast } from '../../services/request';
import { loadMyRooms, roomLabel } from '../../services/rooms';
import type { MyRoom } from '../../services/models';
import { PhotoPicker } from '../../srv-common/ui';
import { openReno, type MyReno } from '../words';
import '../../srv-common/srv.css';
import '../../components/workflow.css';
import '../reno.css';

const DRAFT_KEY = 'reno-draft';
const WEEK = '日一二三四五六';
const DURATIONS = [15, 30, 45, 60, 90, 120];
const STEPS = ['须知', '房屋与工期', '施工单位', '装修方案', '核对提交'];

interface Worker {
  name: string;
  phone: string;
  idNo: string;
}
interface Draft {
  roomId: number | null;
  startOn: string;
  days: number;
  company: string;
  leader: string;
  phone: string;
  workers: Worker[];
  items: string[];
  water: boolean | null;
  power: boolean | null;
  gas: boolean | null;
  note: string;
  rubble: boolean;
}
const EMPTY: Draft = {
  roomId: null,
  startOn: '',
  days: 30,
  company: '',
  leader: '',
  phone: '',
  workers: [{ name: '', phone: '', idNo: '' }],
  items: [''],
  water: null,
  power: null,
  gas: null,
  note: '',
  rubble: false,
};

const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function load(id: number | null) {
  const { rooms, current } = await loadMyRooms();
  const editing = id ? await api.get('/me/renovations/{id}', { path: { id }, silent: true }) : null;
  const projectId = editing?.projectId ?? current?.projectId;
  const guide = projectId
    ? await api.get('/me/renovations/guide', { query: { projectId }, silent: true }).catch(() => null)
    : null;
  return { rooms, current, guide, editing };
}

/** The returned application as a draft to fix. */
function fromReno(r: MyReno): Draft {
  const days = (Date.parse(`${r.endOn}T00:00:00Z`) - Date.parse(`${r.startOn}T00:00:00Z`)) / 86_400_000 + 1;
  return {
    roomId: r.roomId,
    startOn: r.startOn,
    days,
    company: r.contractorCompany,
    leader: r.contractorLeader,
    phone: r.contractorPhone ?? '',
    workers: r.workers.map((w) => ({ name: w.name, phone: w.phone ?? '', idNo: '' })),
    items: r.items,
    water: r.changesWater,
    power: r.changesPower,
    gas: r.changesGas,
    note: r.changesNote ?? '',
    rubble: r.rubbleByCentre,
  };
}

function Chip(props: { label: string; on: boolean; onTap: () => void; className?: string }) {
  return (
    <View className={`wf-chip ${props.on ? 'wf-chip--on' : ''} ${props.className ?? ''}`} {...tappable(props.label, props.onTap, { pressed: props.on })}>
      {props.label}
    </View>
  );
}

function YesNo(props: { label: string; value: boolean | null; onChange: (v: boolean) => void; testId: string }) {
  return (
    <View className={`rn-yn ${props.testId}`}>
      <Text>{props.label}</Text>
      <View className="wf-chips">
        <Chip label={`不改动${props.label}`} on={props.value === false} onTap={() => props.onChange(false)} className="t-no" />
        <Chip label={`改动${props.label}`} on={props.value === true} onTap={() => props.onChange(true)} className="t-yes" />
      </View>
    </View>
  );
}

function Wizard(props: { rooms: MyRoom[]; current: MyRoom; editing: MyReno | null; fees: { label: string; amountFen: number }[] }) {
  const editing = props.editing;
  const [step, setStep] = useState(1);
  const [d, setD] = useState<Draft>(() => {
    if (editing) return fromReno(editing);
    const saved = Taro.getStorageSync(DRAFT_KEY) as Draft | '';
    return saved && typeof saved === 'object' ? { ...EMPTY, ...saved } : { ...EMPTY, roomId: props.current.roomId };
  });
  const [photos, setPhotos] = useState<number[]>([]);
  const [uploading, setUploading] = useState(false);
  const [busy, setBusy] = useState(false);
  // the draft is kept on the phone as it is typed (not while fixing a returned application: that one is on the server)
  useEffect(() => {
    if (!editing) Taro.setStorageSync(DRAFT_KEY, d);
  }, [d, editing]);
  const set = (patch: Partial<Draft>) => setD((x) => ({ ...x, ...patch }));
  const room = props.rooms.find((r) => r.roomId === d.roomId) ?? props.current;
  const today = localDate(new Date(), room.timeZone || 'Asia/Shanghai');
  const starts = Array.from({ length: 21 }, (_, i) => addDays(today, i + 1));
  const startOn = d.startOn && d.startOn > today ? d.startOn : starts[0]!;
  const endOn = addDays(startOn, d.days - 1);
  const workers = d.workers.filter((w) => w.name.trim() || w.phone.trim() || w.idNo.trim());
  const items = d.items.map((x) => x.trim()).filter(Boolean);

  const problem = (s: number): string | null => {
    if (s === 1) return renoPeriodProblem(startOn, endOn, today);
    if (s === 2) {
      if (!d.company.trim()) return '请填写施工单位';
      if (!d.leader.trim()) return '请填写施工负责人';
      if (!isMobilePhone(d.phone.trim())) return '负责人电话应为11位手机号';
      if (!workers.length) return '请至少登记一名施工人员';
      for (const [i, w] of workers.entries()) {
        if (!w.name.trim()) return `请填写第${i + 1}名施工人员的姓名`;
        if (w.phone.trim() && !isMobilePhone(w.phone.trim())) return `第${i + 1}名施工人员的电话应为11位手机号`;
        if (w.idNo.trim() && !isResidentIdNumber(w.idNo.trim().toUpperCase())) return `第${i + 1}名施工人员的身份证号格式不正确`;
      }
    }
    if (s === 3) {
      if (!items.length) return '请至少填写一项装修项目';
      if (d.water === null) return '请选择是否改动给排水';
      if (d.power === null) return '请选择是否改动电路';
      if (d.gas === null) return '请选择是否改动燃气';
      if (uploading) return '照片还在上传，请稍候';
    }
    return null;
  };
  const next = () => {
    const p = problem(step);
    if (p) return toast(p);
    setStep(step + 1);
  };
  const submit = async () => {
    if (busy) return;
    for (const s of [1, 2, 3]) {
      const p = problem(s);
      if (p) {
        setStep(s);
        return toast(p);
      }
    }
    setBusy(true);
    const body = {
      roomId: room.roomId,
      startOn,
      endOn,
      contractorCompany: d.company.trim(),
      contractorLeader: d.leader.trim(),
      contractorPhone: d.phone.trim(),
      items,
      changesWater: !!d.water,
      changesPower: !!d.power,
      changesGas: !!d.gas,
      ...(d.note.trim() ? { changesNote: d.note.trim() } : {}),
      rubbleByCentre: d.rubble,
      workers: workers.map((w) => ({
        name: w.name.trim(),
        ...(w.phone.trim() ? { phone: w.phone.trim() } : {}),
        ...(w.idNo.trim() ? { idNo: w.idNo.trim().toUpperCase() } : {}),
      })),
      ...(photos.length ? { uploadIds: photos } : {}),
    };
    try {
      const made = editing
        ? await api.put('/me/renovations/{id}', { path: { id: editing.id }, body })
        : await api.post('/me/renovations', { body });
      if (!editing) Taro.removeStorageSync(DRAFT_KEY);
      Taro.redirectTo({ url: openReno(made.id) });
    } catch {
      // the wrapper showed why
    } finally {
      setBusy(false);
    }
  };
  const setWorker = (i: number, patch: Partial<Worker>) => set({ workers: d.workers.map((w, j) => (j === i ? { ...w, ...patch } : w)) });
  const setItem = (i: number, v: string) => set({ items: d.items.map((x, j) => (j === i ? v : x)) });
  const yn = (v: boolean | null) => (v === null ? '未选择' : v ? '有改动' : '不改动');

  return (
    <>
      <View className="rn-steps" aria-label={`第${step}步，共4步：${STEPS[step]}`}>
        {[1, 2, 3, 4].map((s) => (
          <View key={s} className={`rn-step ${s <= step ? 'rn-step--on' : ''}`} />
        ))}
      </View>
      {editing?.returnReason ? <View className="wf-notice t-reno-return">需要补正：{editing.returnReason}</View> : null}
      <Section title={`${step}/4 ${STEPS[step]}`}>
        {step === 1 ? (
          <>
            <View className="form-block">
              <View className="form-block__title">房屋</View>
              {props.rooms.length > 1 && !editing ? (
                <View className="wf-chips">
                  {props.rooms.map((r) => (
                    <Chip key={r.roomId} label={roomLabel(r)} on={r.roomId === room.roomId} onTap={() => set({ roomId: r.roomId })} />
                  ))}
                </View>
              ) : (
                <Text>{roomLabel(room)}</Text>
              )}
              {room.kind !== 'owner' ? <Text className="form-block__hint">租户或家庭成员申请，需业主在小程序内同意</Text> : null}
            </View>
            <View className="form-block">
              <View className="form-block__title">开工日期</View>
              <View className="wf-chips t-reno-start">
                {starts.map((s) => {
                  const wd = WEEK[new Date(`${s}T00:00:00Z`).getUTCDay()];
                  return <Chip key={s} label={`${s.slice(5).replace('-', '/')} 周${wd}`} on={s === startOn} onTap={() => set({ startOn: s })} />;
                })}
              </View>
              <View className="form-block__title" style={{ marginTop: '12px' }}>
                工期
              </View>
              <View className="wf-chips t-reno-days">
                {DURATIONS.map((n) => (
                  <Chip key={n} label={`${n}天`} on={n === d.days} onTap={() => set({ days: n })} />
                ))}
              </View>
              <Text className="form-block__hint">
                施工期限：{startOn} 至 {endOn}
              </Text>
            </View>
          </>
        ) : null}
        {step === 2 ? (
          <>
            <View className="form-block">
              <Text className="rn-label">施工单位</Text>
              <Input className="wf-input t-reno-company" placeholder="装修公司名称，个人施工填施工队负责人" maxlength={100} value={d.company} onInput={(e) => set({ company: e.detail.value })} />
              <Text className="rn-label">施工负责人</Text>
              <Input className="wf-input t-reno-leader" placeholder="姓名" maxlength={50} value={d.leader} onInput={(e) => set({ leader: e.detail.value })} />
              <Text className="rn-label">负责人电话</Text>
              <Input className="wf-input t-reno-phone" type="number" placeholder="11位手机号" maxlength={11} value={d.phone} onInput={(e) => set({ phone: e.detail.value })} />
            </View>
            <View className="form-block">
              <View className="form-block__title">
                <Text>施工人员</Text>
                <Text className="form-block__hint">每人一张出入证；身份证号加密保存</Text>
              </View>
              {d.workers.map((w, i) => (
                <View key={i} className="card">
                  <Text className="rn-label">第{i + 1}名 姓名</Text>
                  <Input className={`wf-input t-reno-worker-name-${i}`} placeholder="姓名" maxlength={50} value={w.name} onInput={(e) => setWorker(i, { name: e.detail.value })} />
                  <Text className="rn-label">电话（选填）</Text>
                  <Input className="wf-input" type="number" placeholder="11位手机号" maxlength={11} value={w.phone} onInput={(e) => setWorker(i, { phone: e.detail.value })} />
                  <Text className="rn-label">身份证号（选填）</Text>
                  <Input className="wf-input" type="idcard" placeholder="18位身份证号" maxlength={18} value={w.idNo} onInput={(e) => setWorker(i, { idNo: e.detail.value })} />
                  {d.workers.length > 1 ? (
                    <View className="muted" {...tappable(`删除第${i + 1}名施工人员`, () => set({ workers: d.workers.filter((_, j) => j !== i) }))}>
                      删除
                    </View>
                  ) : null}
                </View>
              ))}
              {d.workers.length < RENO_MAX_WORKERS ? (
                <View className="btn btn--ghost btn--small t-reno-add-worker" {...tappable('添加施工人员', () => set({ workers: [...d.workers, { name: '', phone: '', idNo: '' }] }))}>
                  添加施工人员
                </View>
              ) : null}
            </View>
          </>
        ) : null}
        {step === 3 ? (
          <>
            <View className="form-block">
              <View className="form-block__title">装修项目</View>
              {d.items.map((x, i) => (
                <View key={i} className="wf-item">
                  <Input className={`wf-input wf-item__name t-reno-item-${i}`} placeholder="如 客厅墙面翻新" maxlength={60} value={x} onInput={(e) => setItem(i, e.detail.value)} />
                  {d.items.length > 1 ? (
                    <View className="muted" {...tappable(`删除第${i + 1}项`, () => set({ items: d.items.filter((_, j) => j !== i) }))}>
                      删除
                    </View>
                  ) : null}
                </View>
              ))}
              {d.items.length < RENO_MAX_ITEMS ? (
                <View className="btn btn--ghost btn--small t-reno-add-item" {...tappable('添加装修项目', () => set({ items: [...d.items, ''] }))}>
                  添加装修项目
                </View>
              ) : null}
            </View>
            <View className="form-block">
              <View className="form-block__title">
                <Text>水、电、燃气</Text>
                <Text className="form-block__hint">请逐项选择</Text>
              </View>
              <YesNo label="给排水" value={d.water} onChange={(v) => set({ water: v })} testId="t-reno-water" />
              <YesNo label="电路" value={d.power} onChange={(v) => set({ power: v })} testId="t-reno-power" />
              <YesNo label="燃气" value={d.gas} onChange={(v) => set({ gas: v })} testId="t-reno-gas" />
              {d.water || d.power || d.gas ? (
                <Textarea className="textarea" placeholder="请说明改动内容（如 卫生间给水管改位）" maxlength={500} value={d.note} onInput={(e) => set({ note: e.detail.value })} />
              ) : null}
              {d.gas ? <Text className="form-block__hint">改动燃气管道须经燃气公司批准</Text> : null}
            </View>
            <View className="form-block">
              <View className="form-block__title">装修垃圾</View>
              <View className="wf-chips">
                <Chip label="自行清运" on={!d.rubble} onTap={() => set({ rubble: false })} />
                <Chip label="由服务中心清运（另收清运费）" on={d.rubble} onTap={() => set({ rubble: true })} />
              </View>
            </View>
            <View className="form-block">
              <View className="form-block__title">
                <Text>图纸与资料照片</Text>
                <Text className="form-block__hint">施工图、资质证书等，选填</Text>
              </View>
              <PhotoPicker max={6} onChange={setPhotos} onBusy={setUploading} className="t-reno-photos" />
            </View>
          </>
        ) : null}
        {step === 4 ? (
          <View className="card t-reno-review">
            <Text className="wf-text">房屋：{roomLabel(room)}</Text>
            <Text className="wf-text">
              工期：{startOn} 至 {endOn}
            </Text>
            <Text className="wf-text">
              施工单位：{d.company}（{d.leader} {d.phone}）
            </Text>
            <Text className="wf-text">施工人员：{workers.map((w) => w.name).join('、')}</Text>
            <Text className="wf-text">装修项目：{items.join('；')}</Text>
            <Text className="wf-text">
              给排水{yn(d.water)}，电路{yn(d.power)}，燃气{yn(d.gas)}
            </Text>
            <Text className="wf-text">垃圾：{d.rubble ? '由服务中心清运' : '自行清运'}</Text>
            {props.fees.length ? (
              <Text className="muted">审批通过后应缴：{props.fees.map((f) => `${f.label} ${formatYuan(f.amountFen)}`).join('、')}</Text>
            ) : null}
          </View>
        ) : null}
      </Section>
      <View className="wf-btns">
        {step < 4 ? (
          <Button className="btn btn--primary btn--block t-reno-next" onClick={next}>
            下一步
          </Button>
        ) : (
          <Button className="btn btn--primary btn--block t-reno-submit" disabled={busy} onClick={() => void submit()}>
            {editing ? '重新提交' : '提交申请'}
          </Button>
        )}
        {step > 1 ? (
          <Button className="btn btn--ghost btn--block t-reno-back" onClick={() => setStep(step - 1)}>
            上一步
          </Button>
        ) : null}
      </View>
    </>
  );
}

export default function ApplyReno() {
  const elder = useElderClass();
  const id = Number(useRouter().params.id) || null;
  const page = usePage(() => load(id), { guard: requireOwner, once: true });
  const [read, setRead] = useState(!!id);
  return (
    <View className={`page ${elder}`}>
      <PageState page={page} rows={4}>
        {({ rooms, current, guide, editing }) =>
          !current ? (
            <Empty title="绑定房屋后即可申请装修" desc="如需帮助，请咨询物业服务中心" />
          ) : !read ? (
            <>
              <View className="card t-reno-guide">
                <Text className="wf-title">装修办理须知</Text>
                <Text className="wf-guide">{guide?.guide ?? '请到物业服务中心了解装修办理流程。'}</Text>
              </View>
              {guide ? (
                <Section title="收费标准">
                  <View className="card">
                    {guide.fees.map((f) => (
                      <View key={f.kind} className="wf-line">
                        <Text>{f.label}</Text>
                        <Text className="nowrap">{formatYuan(f.amountFen)}</Text>
                      </View>
                    ))}
                    <Text className="muted">
                      提交后 {guide.reviewWorkingDays} 个工作日内（且不超过 {guide.reviewCalendarDays} 天）完成审批。施工时间：{guide.hours}
                    </Text>
                  </View>
                </Section>
              ) : null}
              <View className="wf-btns">
                <Button className="btn btn--primary btn--block t-reno-read" onClick={() => setRead(true)}>
                  我已了解，开始填写
                </Button>
              </View>
            </>
          ) : (
            <Wizard rooms={rooms} current={current} editing={editing} fees={guide?.fees ?? []} />
          )
        }
      </PageState>
    </View>
  );
}
