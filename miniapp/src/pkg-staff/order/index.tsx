/**
 * A technician's work order: owner (masked number, one-tap call), place, photos, timeline, and only the
 * actions the API allows, in the order of the job: 接单/抢单 → 到场签到 → 完工; 转单/退单/暂停 need a reason,
 * 改约 a reason and a new time (R-REP-07), 完工 materials, result, fee for paid jobs and photos (R-REP-06),
 * 交回工单 an optional note (R-REP-05). Shows the recorded step times, the signature and the fee's bill.
 */
import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { useCallback, useMemo, useState } from 'react';
import {
  CHARGE_KIND_LABELS,
  parseYuan,
  REPAIR_ACTION_LABELS,
  REPAIR_MACHINE,
  TECHNICIAN_CLOCK_KINDS,
  URGENCY_LABELS,
  type ChargeKind,
  type RepairAction,
  type RepairStatus,
  type SlaClockKind,
  type Urgency,
} from '@wy/shared';
import { LoadState, RepairStatusTag } from '../../components/ui';
import { api, toast } from '../../services/request';
import type { ActionBody, Material, RequestDetail } from '../../services/models';
import {
  BillStatusTag,
  PhotoPicker,
  PhotoStrip,
  Row,
  Sheet,
  Signature,
  Timeline,
  TimesGrid,
  type TimeKey,
} from '../../srv-common/ui';
import { appointmentText, halfDaySlots, priceText, shortTime, yuan } from '../../srv-common/format';
import { requireStaff } from '../staff';
import '../../srv-common/srv.css';
import '../staff.css';

/** The technician's actions in the order of the job; secondary ones after. */
const TECH_ORDER: RepairAction[] = [
  'grab',
  'accept',
  'arrive',
  'resume',
  'finish',
  'hand_in',
  'reschedule',
  'pause',
  'transfer',
  'return',
];
const PRIMARY = new Set<RepairAction>(['grab', 'accept', 'arrive', 'resume', 'finish']);
/** The step times a technician tracks (always shown, "—" until recorded), then the owner's. */
const TECH_TIMES: TimeKey[] = [
  'dispatchedAt',
  'acceptedAt',
  'arrivedAt',
  'finishedAt',
  'orderReturnedAt',
  'confirmedAt',
  'closedAt',
];
const TECH_TIMES_ALWAYS: TimeKey[] = ['acceptedAt', 'arrivedAt', 'finishedAt', 'orderReturnedAt'];
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

export default function OrderDetail() {
  const { params } = useRouter();
  const id = Number(params.id);
  const [d, setD] = useState<RequestDetail | null>(null);
  const [loading, setLoading] = useState(true);
  const [failed, setFailed] = useState(false);
  const [act, setAct] = useState<RepairAction | null>(null);
  const [busy, setBusy] = useState(false);
  // action form
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [result, setResult] = useState('');
  const [fee, setFee] = useState('');
  const [mats, setMats] = useState<MatRow[]>([]);
  const [before, setBefore] = useState<number[]>([]);
  const [after, setAfter] = useState<number[]>([]);
  const [upBefore, setUpBefore] = useState(false);
  const [upAfter, setUpAfter] = useState(false);
  const uploading = upBefore || upAfter;
  const [slotKey, setSlotKey] = useState<string | null>(null);
  const [toTeam, setToTeam] = useState('');
  const [toPool, setToPool] = useState(true);
  const slots = useMemo(() => halfDaySlots(6), []);

  const load = useCallback(async () => {
    if (!requireStaff()) return;
    if (!Number.isFinite(id)) {
      setFailed(true);
      setLoading(false);
      return;
    }
    try {
      setD(await api.get('/service-requests/{id}', { path: { id } }));
      setFailed(false);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  }, [id]);
  useDidShow(() => {
    void load();
  });
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  const open = (a: RepairAction) => {
    setAct(a);
    setReason('');
    setNote('');
    setResult('');
    setFee(d?.feeFen !== null && d?.feeFen !== undefined ? String(d.feeFen / 100) : d?.priceFen ? String(d.priceFen / 100) : '');
    setMats(a === 'finish' ? [blankMat()] : []);
    setBefore([]);
    setAfter([]);
    setSlotKey(null);
    setToTeam('');
    setToPool(true);
  };

  const callOwner = async () => {
    // The API gives technicians only the masked number; the centre relays the call until it exposes one.
    toast(d?.phoneMasked ? `业主电话 ${d.phoneMasked}（完整号码请联系客服中心）` : '暂无业主电话');
  };

  const submit = async () => {
    if (!act || !d || busy) return;
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
    }
    if (uploading) return toast('照片上传中，请稍候');
    const photoIds = [...before, ...after];
    if (photoIds.length) body.photoIds = photoIds;
    setBusy(true);
    try {
      const next = await api.post('/service-requests/{id}/actions/{action}', { path: { id: d.id, action: act }, body });
      setD(next);
      setAct(null);
      toast(`${REPAIR_ACTION_LABELS[act]}成功`);
    } catch {
      // toast shown by the wrapper
    } finally {
      setBusy(false);
    }
  };

  if (loading || failed || !d) return <LoadState loading={loading} title="未找到该工单" />;

  // the order is handed in once: hide 交回工单 when it is already recorded
  const actions = TECH_ORDER.filter((a) => d.allowedActions.includes(a) && !(a === 'hand_in' && d.times?.orderReturnedAt));
  // 交回工单 is the main button once nothing else of the job is left (after 完工)
  const primary = (a: RepairAction) => PRIMARY.has(a) || (a === 'hand_in' && !actions.some((x) => PRIMARY.has(x)));
  const bill = d.bill;
  const paid = d.chargeKind === 'paid';
  const setMat = (i: number, p: Partial<MatRow>) => setMats((xs) => xs.map((x, j) => (j === i ? { ...x, ...p } : x)));

  return (
    <View className="page st-detail">
      <View className="card req-head">
        <View className="req-head__row">
          <Text className="req-head__title">
            {d.urgency !== 'normal' ? <Text className="st-urgent">{URGENCY_LABELS[d.urgency as Urgency]}</Text> : null}
            {d.categoryName}
          </Text>
          <RepairStatusTag status={d.status as RepairStatus} />
        </View>
        <Text className="req-head__code">工单号 {d.code}</Text>
        {d.dueAt && d.dueKind && TECHNICIAN_CLOCK_KINDS.includes(d.dueKind as SlaClockKind) ? (
          <View className={`req-head__promise ${d.overdue ? 'req-head__promise--late' : ''}`}>
            {d.overdue ? `已超时（应于 ${shortTime(d.dueAt)} 前）` : `请于 ${shortTime(d.dueAt)} 前完成当前环节`}
          </View>
        ) : null}
      </View>

      <View className="card">
        <View className="st-owner">
          <View className="st-owner__main">
            <Text className="st-owner__name t-order-owner">{d.requesterName}</Text>
            <Text className="st-owner__phone">{d.phoneMasked || '—'}</Text>
          </View>
          <Button className="btn btn--ghost btn--small t-order-call" onClick={callOwner}>
            ☎ 联系业主
          </Button>
        </View>
      </View>

      <View className="card">
        <Row label="地点">{d.roomLabel || d.location || '—'}</Row>
        {d.appointmentStart ? <Row label="预约上门">{appointmentText(d.appointmentStart, d.appointmentEnd)}</Row> : null}
        <Row label="收费">
          {CHARGE_KIND_LABELS[d.chargeKind as ChargeKind] ?? d.chargeKind}
          {paid && d.priceFen !== null ? ` · 公布价 ${priceText(d.priceFen)}` : ''}
          {d.feeFen !== null ? ` · 实收 ${yuan(d.feeFen)}` : ''}
        </Row>
        {bill ? (
          <Row label="费用" className="t-order-bill">
            <View className="st-bill">
              <Text className="st-bill__amount">{yuan(bill.amountFen)}</Text>
              <BillStatusTag status={bill.status} />
            </View>
            <Text className="st-bill__sub">
              {bill.status === 'paid'
                ? `业主已缴${bill.paidAt ? ` · ${shortTime(bill.paidAt)}` : ''}${bill.receiptNo ? ` · 收据 ${bill.receiptNo}` : ''}`
                : bill.status === 'unpaid'
                  ? '业主未缴，请提醒业主到物业服务中心缴纳'
                  : '账单已作废'}
            </Text>
          </Row>
        ) : null}
        {d.assigneeName ? <Row label="处理人">{d.assigneeName}</Row> : null}
        {d.result ? <Row label="处理结果">{d.result}</Row> : null}
        {d.materials.length > 0 ? (
          <Row label="材料">
            {d.materials.map((m, i) => (
              <Text key={i} style={{ display: 'block' }}>
                {m.name}
                {m.spec ? `（${m.spec}）` : ''} × {m.quantity}
                {m.unit ?? ''}
              </Text>
            ))}
          </Row>
        ) : null}
        <Text className="req-desc">{d.description}</Text>
        <PhotoStrip photos={d.photos} />
        {d.signature ? (
          <View className="st-sign">
            <Text className="kv__label">业主签字</Text>
            <Signature photo={d.signature} />
          </View>
        ) : null}
      </View>

      <View className="card">
        <View className="form-block__title">处理进度</View>
        <TimesGrid times={d.times} keys={TECH_TIMES} always={TECH_TIMES_ALWAYS} />
        <Timeline events={d.events} />
      </View>

      {actions.length > 0 ? (
        <>
          <View className="actbar-space" style={{ height: actions.length > 3 ? '148px' : '88px' }} />
          <View className="actbar">
            {actions.map((a) => (
              <Button
                key={a}
                className={`btn ${primary(a) ? 'btn--primary' : a === 'return' ? 'btn--danger' : ''} t-act-${a}`}
                onClick={() => open(a)}
              >
                {REPAIR_ACTION_LABELS[a]}
              </Button>
            ))}
          </View>
        </>
      ) : null}

      {act ? (
        <Sheet
          title={REPAIR_ACTION_LABELS[act]}
          onClose={() => setAct(null)}
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
                <View className={`rate__item t-act-to-pool ${toPool ? 'rate__item--on' : ''}`} onClick={() => setToPool(true)}>
                  放回抢单池
                </View>
                <View className={`rate__item t-act-to-team ${!toPool ? 'rate__item--on' : ''}`} onClick={() => setToPool(false)}>
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
              <View className="form-block__title">原因</View>
              <Textarea
                className="textarea t-act-reason"
                placeholder={REASON_HINT[act] ?? '请填写原因'}
                maxlength={200}
                value={reason}
                onInput={(e) => setReason(e.detail.value)}
              />
            </View>
          ) : null}

          {act === 'reschedule' ? (
            <View className="form-block">
              <View className="form-block__title">新的上门时间</View>
              <View className="chips">
                {slots.map((s) => (
                  <View
                    key={s.key}
                    className={`rp-slot t-act-slot ${slotKey === s.key ? 'rp-slot--on' : ''}`}
                    onClick={() => setSlotKey(s.key)}
                  >
                    <Text className="rp-slot__label">{s.label}</Text>
                    <Text className="rp-slot__sub">{s.sub}</Text>
                  </View>
                ))}
              </View>
            </View>
          ) : null}

          {act === 'resume' || act === 'arrive' ? (
            <View className="form-block">
              <View className="form-block__title">
                <Text>{act === 'resume' ? '业主同意的内容' : '备注'}</Text>
                <Text className="form-block__hint">{act === 'resume' ? '必填（R-REP-14）' : '选填'}</Text>
              </View>
              <Textarea
                className="textarea t-act-note"
                placeholder={act === 'resume' ? '如：业主电话同意更换整套龙头，材料费 120 元' : '到场情况'}
                maxlength={200}
                value={note}
                onInput={(e) => setNote(e.detail.value)}
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
              <View className="form-block__title" style={{ marginTop: '12px' }}>
                <Text>备注</Text>
                <Text className="form-block__hint">选填</Text>
              </View>
              <Textarea
                className="textarea t-act-note"
                placeholder="如：工单及收据已交前台"
                maxlength={200}
                value={note}
                onInput={(e) => setNote(e.detail.value)}
              />
            </View>
          ) : null}

          {act === 'finish' ? (
            <>
              <View className="form-block">
                <View className="form-block__title">处理结果</View>
                <Textarea
                  className="textarea t-act-result"
                  placeholder="如：更换水龙头阀芯，试水正常"
                  maxlength={300}
                  value={result}
                  onInput={(e) => setResult(e.detail.value)}
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
                      <View className="field" style={{ flex: 2 }}>
                        <Input
                          className="field__input t-mat-name"
                          placeholder="材料名称"
                          value={m.name}
                          onInput={(e) => setMat(i, { name: e.detail.value })}
                        />
                      </View>
                      <View className="field" style={{ flex: 2 }}>
                        <Input
                          className="field__input t-mat-spec"
                          placeholder="规格型号"
                          value={m.spec}
                          onInput={(e) => setMat(i, { spec: e.detail.value })}
                        />
                      </View>
                    </View>
                    <View className="st-mat__line">
                      <View className="field">
                        <Input
                          className="field__input t-mat-qty"
                          type="digit"
                          placeholder="数量"
                          value={m.qty}
                          onInput={(e) => setMat(i, { qty: e.detail.value })}
                        />
                      </View>
                      <View className="field">
                        <Input
                          className="field__input t-mat-unit"
                          placeholder="单位"
                          value={m.unit}
                          onInput={(e) => setMat(i, { unit: e.detail.value })}
                        />
                      </View>
                      <Text className="st-mat__del t-mat-del" onClick={() => setMats((xs) => xs.filter((_, j) => j !== i))}>
                        删除
                      </Text>
                    </View>
                  </View>
                ))}
                <Text className="st-add t-mat-add" onClick={() => setMats((xs) => [...xs, blankMat()])}>
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
      ) : null}
    </View>
  );
}
