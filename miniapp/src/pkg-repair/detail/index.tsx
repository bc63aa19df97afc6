/**
 * One of my repairs: status, promised time, technician, the progress timeline (R-SRV-07) with the recorded
 * times (R-REP-05), the signature, the fee (paid at the desk for now; receipt once paid, R-FEE-02), a
 * one-tap call of the service centre, and only the actions the API allows me (confirm, reopen, cancel).
 */
import { Button, Text, Textarea, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import {
  CHARGE_KIND_LABELS,
  OPEN_REPAIR_STATUSES,
  REPAIR_ACTION_LABELS,
  SATISFACTIONS,
  SATISFACTION_LABELS,
  type ChargeKind,
  type RepairStatus,
  type Satisfaction,
} from '@wy/shared';
import { LoadState, RepairStatusTag } from '../../components/ui';
import { api, toast } from '../../services/request';
import type { MyRoom, RequestDetail } from '../../services/models';
import { BillStatusTag, PhotoStrip, Row, Sheet, Signature, Timeline, TimesGrid, type TimeKey } from '../../srv-common/ui';
import { appointmentText, shortTime, yuan } from '../../srv-common/format';
import '../../srv-common/srv.css';
import '../repair.css';

type OwnerAction = 'confirm' | 'reopen' | 'cancel';
/** The steps an owner follows (the paper work order's return is the centre's business). */
const OWNER_TIMES: TimeKey[] = ['dispatchedAt', 'acceptedAt', 'arrivedAt', 'finishedAt', 'confirmedAt', 'closedAt'];
const OWNER_ACTIONS: OwnerAction[] = ['confirm', 'reopen', 'cancel'];
const REASON_HINT: Record<'reopen' | 'cancel', string> = {
  reopen: '请说明仍存在的问题，如：修好后第二天又漏水',
  cancel: '请填写取消原因，如：问题已自行解决',
};

export default function RepairDetail() {
  const { params } = useRouter();
  const id = Number(params.id);
  const [d, setD] = useState<RequestDetail | null>(null);
  const [loading, setLoading] = useState(true);
  const [failed, setFailed] = useState(false);
  const [rooms, setRooms] = useState<MyRoom[]>([]);
  const [sheet, setSheet] = useState<OwnerAction | null>(null);
  const [rating, setRating] = useState<Satisfaction | null>(null);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    if (!Number.isFinite(id)) {
      setFailed(true);
      setLoading(false);
      return;
    }
    try {
      const [detail, rs] = await Promise.all([
        api.get('/me/service-requests/{id}', { path: { id } }),
        api.get('/me/rooms', { silent: true }).catch(() => [] as MyRoom[]),
      ]);
      setD(detail);
      setRooms(rs);
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

  const projectRoom = () => rooms.find((r) => r.roomId === d?.roomId) ?? rooms.find((r) => r.projectId === d?.projectId);
  const call = async () => {
    const room = projectRoom();
    const phone = room?.servicePhone;
    if (!phone) return toast('该项目暂未设置客服电话');
    const { confirm } = await Taro.showModal({
      title: '联系物业服务中心',
      content: `${room.projectName}\n客服电话 ${phone}`,
      confirmText: '拨打',
    });
    if (confirm) void Taro.makePhoneCall({ phoneNumber: phone }).catch(() => undefined);
  };

  const open = (a: OwnerAction) => {
    setSheet(a);
    setText('');
    setRating(null);
  };

  const submit = async () => {
    if (!sheet || !d || busy) return;
    const t = text.trim();
    let body: { reason?: string; satisfaction?: Satisfaction; comment?: string };
    if (sheet === 'confirm') {
      if (!rating) return toast('请选择满意度');
      body = { satisfaction: rating, ...(t ? { comment: t } : {}) };
    } else {
      if (!t) return toast('请填写原因');
      body = { reason: t };
    }
    setBusy(true);
    try {
      const next = await api.post('/me/service-requests/{id}/actions/{action}', { path: { id: d.id, action: sheet }, body });
      setD(next);
      setSheet(null);
      toast(sheet === 'confirm' ? '感谢您的评价' : sheet === 'cancel' ? '已取消报修' : '已提交，物业将重新处理');
    } catch {
      // toast shown by the wrapper
    } finally {
      setBusy(false);
    }
  };

  if (loading || failed || !d) return <LoadState loading={loading} title="未找到该报修" />;

  const status = d.status as RepairStatus;
  const isOpen = OPEN_REPAIR_STATUSES.includes(status);
  const actions = OWNER_ACTIONS.filter((a) => d.allowedActions.includes(a));
  const late = d.overdue && isOpen;
  const bill = d.bill;
  const centrePhone = projectRoom()?.servicePhone ?? null;

  return (
    <View className="page rp-detail">
      <View className="card req-head">
        <View className="req-head__row">
          <Text className="req-head__title">{d.categoryName}</Text>
          <RepairStatusTag status={status} />
        </View>
        <Text className="req-head__code">工单号 {d.code}</Text>
        {isOpen && status !== 'finished' && (d.promisedAt || d.dueAt) ? (
          <View className={`req-head__promise t-req-promise ${late ? 'req-head__promise--late' : ''}`}>
            {late ? '已超过承诺时间，我们正在加急处理' : `承诺 ${shortTime(d.promisedAt || d.dueAt)} 前处理`}
          </View>
        ) : null}
        {status === 'finished' ? <View className="req-head__promise">师傅已完工，请确认维修结果并评价</View> : null}
      </View>

      <View className="card">
        {d.appointmentStart ? <Row label="预约上门">{appointmentText(d.appointmentStart, d.appointmentEnd)}</Row> : null}
        <Row label="维修师傅">{d.assigneeName || (isOpen ? '等待派单' : '—')}</Row>
        <Row label="房屋">{d.roomLabel || d.location || '—'}</Row>
        <Row label="收费">
          {CHARGE_KIND_LABELS[d.chargeKind as ChargeKind] ?? d.chargeKind}
          {d.feeFen !== null ? ` · ${yuan(d.feeFen)}` : d.priceFen !== null ? ` · ${yuan(d.priceFen)} 起` : ''}
        </Row>
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
        {d.satisfaction ? (
          <Row label="我的评价">{SATISFACTION_LABELS[d.satisfaction as Satisfaction] ?? d.satisfaction}</Row>
        ) : null}
        <Text className="req-desc">{d.description}</Text>
        <PhotoStrip photos={d.photos} />
        {d.signature ? (
          <View className="rp-sign">
            <Text className="kv__label">业主签字</Text>
            <Signature photo={d.signature} />
          </View>
        ) : null}
        <Button className="btn btn--ghost btn--small call-btn t-req-call" onClick={call}>
          ☎ 联系物业服务中心
        </Button>
      </View>

      {bill ? (
        <View className="card t-bill">
          <View className="form-block__title">费用</View>
          <View className="fee__row">
            <Text className="fee__name">维修费</Text>
            <Text className="fee__amount t-bill-amount">{yuan(bill.amountFen)}</Text>
            <BillStatusTag status={bill.status} />
          </View>
          {bill.status === 'unpaid' ? (
            <>
              <Text className="fee__hint t-bill-hint">请到物业服务中心缴纳（线上缴费即将开通）</Text>
              {centrePhone ? (
                <Button className="btn btn--primary btn--small call-btn t-bill-call" onClick={call}>
                  ☎ 拨打物业服务中心 {centrePhone}
                </Button>
              ) : null}
            </>
          ) : bill.status === 'paid' ? (
            <View
              className="fee__link t-bill-receipt"
              hoverClass="cell--hover"
              onClick={() =>
                bill.paymentId
                  ? Taro.navigateTo({ url: `/pkg-repair/receipt/index?paymentId=${bill.paymentId}` })
                  : toast('收据暂不可查看，请联系物业服务中心')
              }
            >
              <View className="fee__link-main">
                <Text>收据号 {bill.receiptNo || '—'}</Text>
                {bill.paidAt ? <Text className="fee__sub">缴费时间 {shortTime(bill.paidAt)}</Text> : null}
              </View>
              <Text>电子收据 ›</Text>
            </View>
          ) : (
            <Text className="muted">该笔费用已作废，无需缴纳</Text>
          )}
        </View>
      ) : null}

      <View className="card">
        <View className="form-block__title">处理进度</View>
        <TimesGrid times={d.times} keys={OWNER_TIMES} />
        <Timeline events={d.events} />
      </View>

      {actions.length > 0 ? (
        <>
          <View className="actbar-space" />
          <View className="actbar">
            {actions.map((a) => (
              <Button
                key={a}
                className={`btn ${a === 'confirm' ? 'btn--primary t-req-confirm' : a === 'cancel' ? 'btn--danger' : ''} t-act-${a}`}
                onClick={() => open(a)}
              >
                {REPAIR_ACTION_LABELS[a]}
              </Button>
            ))}
          </View>
        </>
      ) : null}

      {sheet ? (
        <Sheet
          title={sheet === 'confirm' ? '确认完工并评价' : `${REPAIR_ACTION_LABELS[sheet]}报修`}
          onClose={() => setSheet(null)}
          footer={
            <Button
              className={`btn btn--block ${sheet === 'cancel' ? 'btn--danger' : 'btn--primary'} ${sheet === 'confirm' ? 't-req-confirm-submit' : ''} t-act-submit ${busy ? 'btn--disabled' : ''}`}
              loading={busy}
              onClick={submit}
            >
              {sheet === 'confirm' ? '提交评价' : `确认${REPAIR_ACTION_LABELS[sheet]}`}
            </Button>
          }
        >
          <View className="form-block">
            {sheet === 'confirm' ? (
              <>
                <View className="form-block__title">满意度</View>
                <View className="rate">
                  {SATISFACTIONS.map((s) => (
                    <View
                      key={s}
                      className={`rate__item t-req-rate-${s} ${rating === s ? 'rate__item--on' : ''}`}
                      onClick={() => setRating(s)}
                    >
                      {SATISFACTION_LABELS[s]}
                    </View>
                  ))}
                </View>
                <View className="form-block__title" style={{ marginTop: '12px' }}>
                  <Text>评价</Text>
                  <Text className="form-block__hint">选填</Text>
                </View>
                <Textarea
                  className="textarea t-req-comment"
                  placeholder="说说师傅的服务吧"
                  maxlength={300}
                  value={text}
                  onInput={(e) => setText(e.detail.value)}
                />
                {rating === 'dissatisfied' ? <Text className="muted">选择不满意后，物业将重新处理并回访。</Text> : null}
              </>
            ) : (
              <>
                <View className="form-block__title">原因</View>
                <Textarea
                  className="textarea t-act-reason"
                  placeholder={REASON_HINT[sheet]}
                  maxlength={200}
                  value={text}
                  onInput={(e) => setText(e.detail.value)}
                />
              </>
            )}
          </View>
        </Sheet>
      ) : null}
    </View>
  );
}
