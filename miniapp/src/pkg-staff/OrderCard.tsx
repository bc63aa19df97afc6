import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { TECHNICIAN_CLOCK_KINDS, URGENCY_LABELS, type RepairStatus, type SlaClockKind, type Urgency } from '@wy/shared';
import { RepairStatusTag } from '../components/ui';
import type { RequestSummary } from '../services/models';
import { appointmentText, shortTime } from '../srv-common/format';

export function OrderCard(props: { o: RequestSummary }) {
  const o = props.o;
  return (
    <View
      className="card st-order t-order-item"
      hoverClass="cell--hover"
      onClick={() => Taro.navigateTo({ url: `/pkg-staff/order/index?id=${o.id}` })}
    >
      <View className="st-order__row">
        <Text className="st-order__title">
          {o.urgency !== 'normal' ? <Text className="st-urgent">{URGENCY_LABELS[o.urgency as Urgency]}</Text> : null}
          {o.categoryName}
        </Text>
        <RepairStatusTag status={o.status as RepairStatus} />
      </View>
      <Text className="st-order__place">{o.roomLabel || o.location || '—'}</Text>
      <Text className="st-order__meta">{o.summary}</Text>
      <Text className="st-order__meta">
        {o.appointmentStart ? `预约 ${appointmentText(o.appointmentStart, o.appointmentEnd)}` : `报修 ${shortTime(o.receivedAt)}`}
        {o.dueAt && o.dueKind && TECHNICIAN_CLOCK_KINDS.includes(o.dueKind as SlaClockKind) ? (
          <Text className={o.overdue ? 'st-late' : ''}>
            {' · '}
            {o.overdue ? '已超时' : `${shortTime(o.dueAt)} 前`}
          </Text>
        ) : null}
      </Text>
    </View>
  );
}
