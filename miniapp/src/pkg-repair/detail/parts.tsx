import { Text, View } from '@tarojs/components';
import { Button } from '../../components/button';
import Taro from '@tarojs/taro';
import {
  CHARGE_KIND_LABELS,
  OPEN_REPAIR_STATUSES,
  SATISFACTION_LABELS,
  technicianTitle,
  type ChargeKind,
  type RepairStatus,
  type Satisfaction,
} from '@wy/shared';
import { RepairStatusTag, WholeNumbers, WrapAtSpaces } from '../../components/ui';
import { CallCentreButton } from '../../components/call';
import { toast } from '../../services/request';
import type { MyRoom, RequestDetail } from '../../services/models';
import { appointmentText, shortTime, yuan } from '../../services/format';
import { BillStatusTag, Materials, PhotoStrip, Row, Signature, Timeline, TimesGrid, type TimeKey } from '../../srv-common/ui';
import { tappable } from '../../components/tap';

/** The steps an owner follows (the paper work order's return is the centre's business). */
const OWNER_TIMES: TimeKey[] = ['dispatchedAt', 'acceptedAt', 'arrivedAt', 'finishedAt', 'confirmedAt', 'closedAt'];

export function DetailHead(props: { d: RequestDetail }) {
  const d = props.d;
  const status = d.status as RepairStatus;
  const open = OPEN_REPAIR_STATUSES.includes(status);
  const late = d.overdue && open;
  return (
    <View className="card req-head">
      <View className="req-head__row">
        <Text className="req-head__title">{d.categoryName}</Text>
        <RepairStatusTag status={status} viewer="owner" />
      </View>
      <Text className="req-head__code">工单号 {d.code}</Text>
      {open && status !== 'finished' && (d.promisedAt || d.dueAt) ? (
        <View className={`req-head__promise t-req-promise ${late ? 'req-head__promise--late' : ''}`}>
          {late ? '已超过承诺时间，我们正在加急处理' : `承诺 ${shortTime(d.promisedAt || d.dueAt)} 前处理`}
        </View>
      ) : null}
      {status === 'finished' ? <View className="req-head__promise">师傅已完工，请确认维修结果并评价</View> : null}
    </View>
  );
}

export function Facts(props: { d: RequestDetail; room: MyRoom | null }) {
  const { d, room } = props;
  const open = OPEN_REPAIR_STATUSES.includes(d.status as RepairStatus);
  return (
    <View className="card">
      {d.appointmentStart ? <Row label="预约上门">
          <WrapAtSpaces text={appointmentText(d.appointmentStart, d.appointmentEnd)} />
        </Row> : null}
      <Row label="维修师傅">
        {d.assigneeKind === 'staff' && d.assigneeName
          ? technicianTitle(d.assigneeName)
          : d.assigneeName || (open ? '等待派单' : '—')}
      </Row>
      <Row label="房屋">{d.roomLabel || d.location || '—'}</Row>
      <Row label="收费">
        {CHARGE_KIND_LABELS[d.chargeKind as ChargeKind] ?? d.chargeKind}
        {d.feeFen !== null ? ` · ${yuan(d.feeFen)}` : d.priceFen !== null ? ` · ${yuan(d.priceFen)} 起` : ''}
      </Row>
      {d.result ? <Row label="处理结果">{d.result}</Row> : null}
      <Materials materials={d.materials} />
      {d.ownerSatisfaction ? <Row label="我的评价">{SATISFACTION_LABELS[d.ownerSatisfaction as Satisfaction]}</Row> : null}
      <Text className="req-desc">{d.description}</Text>
      <PhotoStrip photos={d.photos} />
      <Signature photo={d.signature} />
      <CallCentreButton
        phone={room?.servicePhone}
        projectName={room?.projectName}
        className="btn--ghost btn--small call-btn t-req-call"
      />
    </View>
  );
}

/** 费用: what the repair costs, where to pay it, and its receipt once paid (R-FEE-02). */
export function BillCard(props: { bill: NonNullable<RequestDetail['bill']>; room: MyRoom | null }) {
  const { bill, room } = props;
  return (
    <View className="card t-bill">
      <View className="form-block__title">费用</View>
      <View className="fee__row">
        <Text className="fee__name">维修费</Text>
        <Text className="fee__amount t-bill-amount">{yuan(bill.amountFen)}</Text>
        <BillStatusTag status={bill.status} />
      </View>
      {bill.status === 'unpaid' ? (
        <>
          <Text className="fee__hint t-bill-hint">可在线用微信支付，也可到物业服务中心缴纳</Text>
          <View className="fee__actions">
            <Button
              className="btn btn--primary btn--small t-bill-pay"
              onClick={() => void Taro.navigateTo({ url: `/pkg-fee/index/index?billId=${bill.id}` })}
            >
              去支付
            </Button>
            <CallCentreButton
              phone={room?.servicePhone}
              projectName={room?.projectName}
              showNumber
              className="btn--ghost btn--small call-btn t-bill-call"
            />
          </View>
        </>
      ) : bill.status === 'paid' ? (
        <View
          className="fee__link t-bill-receipt"
          hoverClass="cell--hover"
          {...tappable('查看收据', () =>
            bill.paymentId
              ? Taro.navigateTo({ url: `/pkg-fee/receipt/index?paymentId=${bill.paymentId}` })
              : toast('收据暂不可查看，请联系物业服务中心')
          )}
        >
          <View className="fee__link-main">
            <WholeNumbers text={`收据号 ${bill.receiptNo || '—'}`} />
            {bill.paidAt ? <Text className="fee__sub">缴费时间 {shortTime(bill.paidAt)}</Text> : null}
          </View>
          <Text>电子收据 ›</Text>
        </View>
      ) : (
        <Text className="muted">该笔费用已作废，无需缴纳</Text>
      )}
    </View>
  );
}

export function Progress(props: { d: RequestDetail }) {
  return (
    <View className="card">
      <View className="form-block__title">处理进度</View>
      <TimesGrid times={props.d.times} keys={OWNER_TIMES} />
      <Timeline events={props.d.events} viewer="owner" />
    </View>
  );
}
