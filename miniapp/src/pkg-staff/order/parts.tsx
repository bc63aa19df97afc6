import { Text, View } from '@tarojs/components';
import { Button } from '../../components/button';
import { CHARGE_KIND_LABELS, FINISH_CHECK_LABELS, FINISH_CHECKS, requiredFinishChecks, type ChargeKind } from '@wy/shared';
import { RepairStatusTag } from '../../components/ui';
import { toast } from '../../services/request';
import type { RequestDetail } from '../../services/models';
import { appointmentText, priceText, shortTime, yuan } from '../../services/format';
import { BillStatusTag, Materials, PhotoStrip, Row, Signature, Timeline, TimesGrid, type TimeKey } from '../../srv-common/ui';
import { UrgencyMark } from '../OrderCard';
import { techDeadline } from '../staff';

/** The step times a technician tracks (always shown, "—" until recorded), then the owner's. */
const TECH_TIMES: TimeKey[] = [
  'dispatchedAt',
  'contactedAt',
  'acceptedAt',
  'arrivedAt',
  'finishedAt',
  'orderReturnedAt',
  'confirmedAt',
  'closedAt',
];
const TECH_TIMES_ALWAYS: TimeKey[] = ['acceptedAt', 'arrivedAt', 'finishedAt', 'orderReturnedAt'];

/** Category, status, number, and the deadline of the technician's current promise, named by its kind. */
export function OrderHead(props: { d: RequestDetail }) {
  const d = props.d;
  const due = techDeadline(d);
  return (
    <View className="card req-head">
      <View className="req-head__row">
        <Text className="req-head__title">
          <UrgencyMark urgency={d.urgency} />
          {d.categoryName}
        </Text>
        <RepairStatusTag status={d.status} viewer="staff" />
      </View>
      <Text className="req-head__code">工单号 {d.code}</Text>
      {due ? (
        <View className={`req-head__promise t-order-due t-order-due-${due.kind} ${due.late ? 'req-head__promise--late' : ''}`}>
          {due.late ? `${due.label}已超时（期限 ${shortTime(d.dueAt)}）` : `${due.label}期限 ${shortTime(d.dueAt)}`}
        </View>
      ) : null}
    </View>
  );
}

export function OwnerContact(props: { d: RequestDetail }) {
  const d = props.d;
  // The API gives technicians only the masked number; the centre relays the call.
  const call = () => toast(d.phoneMasked ? `业主电话 ${d.phoneMasked}（完整号码请联系客服中心）` : '暂无业主电话');
  return (
    <View className="card">
      <View className="st-owner">
        <View className="st-owner__main">
          <Text className="st-owner__name t-order-owner">{d.requesterName}</Text>
          <Text className="st-owner__phone nowrap">{d.phoneMasked || '—'}</Text>
        </View>
        <Button className="btn btn--ghost btn--small t-order-call" onClick={call}>
          ☎ 联系业主
        </Button>
      </View>
    </View>
  );
}

export function OrderFacts(props: { d: RequestDetail }) {
  const d = props.d;
  const bill = d.bill;
  const paid = d.chargeKind === 'paid';
  return (
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
      <FinishChecks d={d} />
      <Materials materials={d.materials} />
      <Text className="req-desc">{d.description}</Text>
      <PhotoStrip photos={d.photos} />
      <Signature photo={d.signature} />
    </View>
  );
}

/** R-REP-16 what the technician confirmed on finishing (the latest round of an in-home repair). */
function FinishChecks(props: { d: RequestDetail }) {
  const round = props.d.rounds.at(-1);
  if (!round?.checklist) return null;
  const c = round.checklist;
  const asked = requiredFinishChecks('in_home', round.feeFen);
  return (
    <Row label="完工确认" className="t-order-checklist">
      {FINISH_CHECKS.filter((k) => asked.includes(k)).map((k) => (
        <View key={k} className={`t-check-done-${k}`}>
          {`${c[k] ? '✓' : '✗'} ${FINISH_CHECK_LABELS[k]}`}
        </View>
      ))}
    </Row>
  );
}

export function OrderProgress(props: { d: RequestDetail }) {
  return (
    <View className="card">
      <View className="form-block__title">处理进度</View>
      <TimesGrid
        times={props.d.times}
        keys={TECH_TIMES}
        // R-REP-16 an in-home repair's technician calls the owner first: shown as a step to do until done
        always={props.d.scope === 'in_home' ? ['contactedAt', ...TECH_TIMES_ALWAYS] : TECH_TIMES_ALWAYS}
      />
      <Timeline events={props.d.events} viewer="staff" />
    </View>
  );
}
