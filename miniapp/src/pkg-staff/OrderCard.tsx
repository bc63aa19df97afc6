import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { URGENCY_LABELS, type Urgency } from '@wy/shared';
import { RepairStatusTag } from '../components/ui';
import type { RequestSummary } from '../services/models';
import { appointmentText, shortTime } from '../services/format';
import { techDeadline } from './staff';
import { tappable } from '../components/tap';

/** 紧急 / 加急 before the category (nothing for a normal order). */
export function UrgencyMark(props: { urgency: string }) {
  return props.urgency !== 'normal' ? <Text className="st-urgent">{URGENCY_LABELS[props.urgency as Urgency]}</Text> : null;
}

export function OrderCard(props: { o: RequestSummary }) {
  const o = props.o;
  const due = techDeadline(o);
  return (
    <View
      className="card st-order t-order-item"
      hoverClass="cell--hover"
      {...tappable(`查看工单 ${o.code}`, () => Taro.navigateTo({ url: `/pkg-staff/order/index?id=${o.id}` }))}
    >
      <View className="st-order__row">
        <Text className="st-order__title">
          <UrgencyMark urgency={o.urgency} />
          {o.categoryName}
        </Text>
        <RepairStatusTag status={o.status} viewer="staff" />
      </View>
      <Text className="st-order__place">{o.roomLabel || o.location || '—'}</Text>
      <Text className="st-order__meta">{o.summary}</Text>
      <Text className="st-order__meta">
        {o.appointmentStart ? '预约 ' : '报修 '}
        <Text className="nowrap">
          {o.appointmentStart ? appointmentText(o.appointmentStart, o.appointmentEnd) : shortTime(o.receivedAt)}
        </Text>
        {due ? (
          <Text className={`t-order-due ${due.late ? 'st-late' : ''}`}>
            {' · '}
            {due.label}
            {due.late ? '已超时' : '期限 '}
            {due.late ? null : <Text className="nowrap">{shortTime(o.dueAt)}</Text>}
          </Text>
        ) : null}
      </Text>
    </View>
  );
}
