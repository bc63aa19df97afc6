/** The form of one technician action: reason, new time, transfer target, materials, fee, photos (R-REP-05/06/07). */
import { Input, Text, View } from '@tarojs/components';
import { Button } from '../../components/button';
import { useMemo, useState } from 'react';
import {
  FINISH_CHECK_LABELS,
  FINISH_CHECKS,
  missingFinishChecks,
  parseYuan,
  REPAIR_ACTION_LABELS,
  REPAIR_MACHINE,
  requiredFinishChecks,
  type FinishCheck,
  type RepairAction,
} from '@wy/shared';
import { api, toast } from '../../services/request';
import type { ActionBody, Material, RequestDetail } from '../../services/models';
import { PhotoPicker, Sheet, TextBox } from '../../srv-common/ui';
import { appointmentText, halfDaySlots, priceText } from '../../services/format';
import { tappable } from '../../components/tap';

const REASON_HINT: Partial<Record<RepairAction, string>> = {
  transfer: '转单原因，如：需要电工处理',
  return: '退单原因，如：非本专业，请重新派单',
  pause: '暂停原因及变更内容，如：需更换整套龙头，待业主同意',
  reschedule: '错过预约的原因（已向业主致歉）',
};

interface MatRow {
  name: string;
  spec: string;
  qty: string;
  unit: string;
}
const blankMat = (): MatRow => ({ name: '', spec: '', qty: '1', unit: '个' });
/** the slot key of 「按原预约」 on 已联系业主 */
const KEEP = 'keep';

/** the fee typed, in fen (none while it is not a valid amount) */
function feeOf(v: string): number | null {
  try {
    return parseYuan(v);
  } catch {
    return null;
  }
}

/** One field of a material row (名称 · 规格 · 数量 · 单位). */
function MatInput(props: {
  row: MatRow;
  field: keyof MatRow;
  placeholder: string;
  wide?: boolean;
  digit?: boolean;
  onChange: (patch: Partial<MatRow>) => void;
}) {
  return (
    <View className="field" style={props.wide ? { flex: 2 } : undefined}>
      <Input
        className={`field__input t-mat-${props.field}`}
        type={props.digit ? 'digit' : 'text'}
        placeholder={props.placeholder}
        value={props.row[props.field]}
        onInput={(e) => props.onChange({ [props.field]: e.detail.value })}
      />
    </View>
  );
}

/** Half-day visit windows to pick one from (改约, 已联系业主); each chip is `t-act-slot-<key>`. */
function SlotChips(props: {
  slots: { key: string; label: string; sub: string }[];
  picked: string | null;
  onPick: (key: string) => void;
}) {
  return (
    <View className="chips">
      {props.slots.map((s) => (
        <View
          key={s.key}
          className={`rp-slot t-act-slot t-act-slot-${s.key} ${props.picked === s.key ? 'rp-slot--on' : ''}`}
          {...tappable(s.label, () => props.onPick(s.key), { pressed: props.picked === s.key })}
        >
          <Text className="rp-slot__label">{s.label}</Text>
          <Text className="rp-slot__sub">{s.sub}</Text>
        </View>
      ))}
    </View>
  );
}

/** The fee field starts at the fee recorded, else the published price. */
function initialFee(d: RequestDetail): string {
  if (d.feeFen !== null) return String(d.feeFen / 100);
  return d.priceFen ? String(d.priceFen / 100) : '';
}

export function ActionSheet(props: {
  d: RequestDetail;
  act: RepairAction;
  onClose: () => void;
  onDone: (next: RequestDetail) => void;
}) {
  const { d, act } = props;
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [result, setResult] = useState('');
  const [fee, setFee] = useState(() => initialFee(d));
  const [mats, setMats] = useState<MatRow[]>(() => (act === 'finish' ? [blankMat()] : []));
  const [before, setBefore] = useState<number[]>([]);
  const [after, setAfter] = useState<number[]>([]);
  const [upBefore, setUpBefore] = useState(false);
  const [upAfter, setUpAfter] = useState(false);
  const uploading = upBefore || upAfter;
  // 已联系业主: the visit agreed on the phone; the booked one (while still ahead) unless another is picked
  const keepable = act === 'contact' && !!d.appointmentStart && !!d.appointmentEnd && new Date(d.appointmentEnd) > new Date();
  const [slotKey, setSlotKey] = useState<string | null>(keepable ? KEEP : null);
  const [checks, setChecks] = useState<FinishCheck[]>([]);
  const [toTeam, setToTeam] = useState('');
  const [toPool, setToPool] = useState(true);
  const slots = useMemo(() => halfDaySlots(6), []);
  const bill = d.bill;
  const paid = d.chargeKind === 'paid';
  const setMat = (i: number, p: Partial<MatRow>) => setMats((xs) => xs.map((x, j) => (j === i ? { ...x, ...p } : x)));

  const submit = async () => {
    if (busy) return;
    const body: ActionBody = {};
    const r = reason.trim();
    if (REPAIR_MACHINE[act].needsReason) {
      if (!r) return toast('请填写原因');
      body.reason = r;
    }
    if (act === 'reschedule') {
      const s = slots.find((x) => x.key === slotKey);
      if (!s) return toast('请选择新的上门时间');
      body.appointmentStart = s.start;
      body.appointmentEnd = s.end;
    }
    if (act === 'contact') {
      const s = slotKey === KEEP ? { start: d.appointmentStart!, end: d.appointmentEnd! } : slots.find((x) => x.key === slotKey);
      if (!s) return toast('请选择与业主约定的上门时间');
      body.appointmentStart = s.start;
      body.appointmentEnd = s.end;
      if (note.trim()) body.note = note.trim();
    }
    if (act === 'transfer') {
      if (toPool) body.toPool = true;
      else if (toTeam.trim()) body.assigneeTeam = toTeam.trim();
      else return toast('请填写接手的班组或外包单位');
    }
    if (act === 'resume') {
      if (!note.trim()) return toast('请记录业主同意的内容');
      body.note = note.trim();
    }
    if ((act === 'arrive' || act === 'hand_in') && note.trim()) body.note = note.trim();
    if (act === 'finish') {
      if (!result.trim()) return toast('请填写处理结果');
      body.result = result.trim();
      const materials: Material[] = [];
      for (const m of mats) {
        if (!m.name.trim()) continue;
        const q = Number(m.qty);
        if (!Number.isFinite(q) || q <= 0) return toast(`请填写「${m.name}」的数量`);
        materials.push({
          name: m.name.trim(),
          quantity: q,
          ...(m.spec.trim() ? { spec: m.spec.trim() } : {}),
          ...(m.unit.trim() ? { unit: m.unit.trim() } : {}),
        });
      }
      body.materials = materials;
      if (d.chargeKind === 'paid') {
        try {
          body.feeFen = parseYuan(fee);
        } catch (e) {
          return toast(e instanceof Error ? e.message : '金额格式不正确');
        }
        if (body.feeFen < 0) return toast('费用不能为负数');
      }
      // R-REP-16 in a home: the fee explained (when charged), the fix tried, the site cleaned
      const missing = missingFinishChecks(d.scope, body.feeFen ?? null, Object.fromEntries(checks.map((k) => [k, true])));
      if (missing.length) return toast(`请确认：${missing.map((k) => FINISH_CHECK_LABELS[k]).join('、')}`);
      if (d.scope === 'in_home') for (const k of FINISH_CHECKS) body[k] = checks.includes(k);
    }
    if (uploading) return toast('照片上传中，请稍候');
    const photoIds = [...before, ...after];
    if (photoIds.length) body.photoIds = photoIds;
    setBusy(true);
    try {
      props.onDone(await api.post('/service-requests/{id}/actions/{action}', { path: { id: d.id, action: act }, body }));
    } catch {
      // toast shown by the wrapper
    } finally {
      setBusy(false);
    }
  };

  return (
    <Sheet
      title={REPAIR_ACTION_LABELS[act]}
      onClose={props.onClose}
      footer={
        <Button
          className={`btn btn--primary btn--block t-act-submit ${busy ? 'btn--disabled' : ''}`}
          loading={busy}
          onClick={submit}
        >
          确认{REPAIR_ACTION_LABELS[act]}
        </Button>
      }
    >
      {act === 'grab' || act === 'accept' ? (
        <View className="form-block">
          <Text>
            {d.roomLabel || d.location} · {d.categoryName}
            {d.appointmentStart ? `\n预约 ${appointmentText(d.appointmentStart, d.appointmentEnd)}` : ''}
          </Text>
        </View>
      ) : null}

      {act === 'transfer' ? (
        <View className="form-block">
          <View className="form-block__title">转给</View>
          <View className="st-choice">
            <View className={`rate__item t-act-to-pool ${toPool ? 'rate__item--on' : ''}`} {...tappable('放入抢单池', () => setToPool(true), { pressed: toPool })}>
              放回抢单池
            </View>
            <View className={`rate__item t-act-to-team ${!toPool ? 'rate__item--on' : ''}`} {...tappable('转给班组', () => setToPool(false), { pressed: !toPool })}>
              班组/外包
            </View>
          </View>
          {!toPool ? (
            <View className="field field--soft">
              <Input
                className="field__input t-act-team"
                placeholder="班组或外包单位名称"
                value={toTeam}
                onInput={(e) => setToTeam(e.detail.value)}
              />
            </View>
          ) : null}
        </View>
      ) : null}

      {REPAIR_MACHINE[act].needsReason ? (
        <View className="form-block">
          <TextBox
            title="原因"
            className="t-act-reason"
            placeholder={REASON_HINT[act] ?? '请填写原因'}
            value={reason}
            onChange={setReason}
          />
        </View>
      ) : null}

      {act === 'contact' ? (
        <View className="form-block">
          <Text className="st-handin__desc">
            请致电业主 {d.requesterName}（{d.phoneMasked || '号码请向客服中心查询'}）确认上门时间。
          </Text>
          <View className="form-block__title" style={{ marginTop: '8px' }}>
            约定上门时间
          </View>
          <SlotChips
            slots={[
              ...(keepable ? [{ key: KEEP, label: '按原预约', sub: appointmentText(d.appointmentStart, d.appointmentEnd) }] : []),
              ...slots,
            ]}
            picked={slotKey}
            onPick={setSlotKey}
          />
          <TextBox
            title="备注"
            hint="选填"
            className="t-act-note"
            placeholder="如：业主下午在家，进门前电话联系"
            value={note}
            onChange={setNote}
            spaced
          />
        </View>
      ) : null}

      {act === 'reschedule' ? (
        <View className="form-block">
          <View className="form-block__title">新的上门时间</View>
          <SlotChips slots={slots} picked={slotKey} onPick={setSlotKey} />
        </View>
      ) : null}

      {act === 'resume' || act === 'arrive' ? (
        <View className="form-block">
          <TextBox
            title={act === 'resume' ? '业主同意的内容' : '备注'}
            hint={act === 'resume' ? '必填' : '选填'}
            className="t-act-note"
            placeholder={act === 'resume' ? '如：业主电话同意更换整套龙头，材料费 120 元' : '到场情况'}
            value={note}
            onChange={setNote}
          />
          {act === 'arrive' ? (
            <>
              <View className="form-block__title" style={{ marginTop: '8px' }}>
                <Text>现场照片</Text>
                <Text className="form-block__hint">选填</Text>
              </View>
              <PhotoPicker max={3} onChange={setBefore} onBusy={setUpBefore} />
            </>
          ) : null}
        </View>
      ) : null}

      {act === 'hand_in' ? (
        <View className="form-block">
          <Text className="st-handin__desc">
            将纸质工单{bill || paid ? '及收据' : ''}交回物业服务中心。
            {d.status === 'arrived' || d.status === 'paused' ? '尚未录入完工信息，请在交回后 2 小时内补录。' : ''}
          </Text>
          <TextBox
            title="备注"
            hint="选填"
            className="t-act-note"
            placeholder="如：工单及收据已交前台"
            value={note}
            onChange={setNote}
            spaced
          />
        </View>
      ) : null}

      {act === 'finish' ? (
        <>
          <View className="form-block">
            <TextBox
              title="处理结果"
              className="t-act-result"
              placeholder="如：更换水龙头阀芯，试水正常"
              max={300}
              value={result}
              onChange={setResult}
            />
          </View>
          <View className="form-block">
            <View className="form-block__title">
              <Text>使用材料</Text>
              <Text className="form-block__hint">名称 · 规格 · 数量 · 单位</Text>
            </View>
            {mats.map((m, i) => (
              <View key={i} className="st-mat t-mat-row">
                <View className="st-mat__line">
                  <MatInput row={m} field="name" placeholder="材料名称" wide onChange={(p) => setMat(i, p)} />
                  <MatInput row={m} field="spec" placeholder="规格型号" wide onChange={(p) => setMat(i, p)} />
                </View>
                <View className="st-mat__line">
                  <MatInput row={m} field="qty" placeholder="数量" digit onChange={(p) => setMat(i, p)} />
                  <MatInput row={m} field="unit" placeholder="单位" onChange={(p) => setMat(i, p)} />
                  <Text className="st-mat__del tap-min t-mat-del" {...tappable('删除这项材料', () => setMats((xs) => xs.filter((_, j) => j !== i)), { icon: true })}>
                    删除
                  </Text>
                </View>
              </View>
            ))}
            <Text className="st-add tap-min t-mat-add" {...tappable('添加材料', () => setMats((xs) => [...xs, blankMat()]))}>
              ＋ 添加材料
            </Text>
          </View>
          {paid ? (
            <View className="form-block">
              <View className="form-block__title">
                <Text>收费金额（元）</Text>
                <Text className="form-block__hint">{d.priceFen !== null ? `公布价 ${priceText(d.priceFen)}` : ''}</Text>
              </View>
              <View className="field field--soft">
                <Input
                  className="field__input t-act-fee"
                  type="digit"
                  placeholder="如 30 或 30.50"
                  value={fee}
                  onInput={(e) => setFee(e.detail.value)}
                />
              </View>
            </View>
          ) : null}
          {d.scope === 'in_home' ? (
            <View className="form-block">
              <View className="form-block__title">
                <Text>完工确认</Text>
                <Text className="form-block__hint">逐项确认后才能完工</Text>
              </View>
              {FINISH_CHECKS.filter((k) => requiredFinishChecks('in_home', paid ? feeOf(fee) : null).includes(k)).map((k) => (
                <View
                  key={k}
                  className={`st-check t-check-${k} ${checks.includes(k) ? 'st-check--on' : ''}`}
                  {...tappable(FINISH_CHECK_LABELS[k], () => setChecks((xs) => (xs.includes(k) ? xs.filter((x) => x !== k) : [...xs, k])), { checked: checks.includes(k) })}
                >
                  <Text className="st-check__box">{checks.includes(k) ? '✓' : ''}</Text>
                  <Text>{FINISH_CHECK_LABELS[k]}</Text>
                </View>
              ))}
            </View>
          ) : null}
          <View className="form-block">
            <View className="form-block__title">维修前照片</View>
            <PhotoPicker max={3} onChange={setBefore} onBusy={setUpBefore} className="t-photos-before" />
            <View className="form-block__title" style={{ marginTop: '8px' }}>
              维修后照片
            </View>
            <PhotoPicker max={3} onChange={setAfter} onBusy={setUpAfter} className="t-photos-after" />
          </View>
        </>
      ) : null}
    </Sheet>
  );
}
