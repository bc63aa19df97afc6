/** My repairs, newest first, with their status in my words. */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { OPEN_REPAIR_STATUSES, type RepairStatus } from '@wy/shared';
import { Empty, RepairStatusTag, WrapAtSpaces } from '../../components/ui';
import { useFilter } from '../../components/filter';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { api } from '../../services/request';
import type { RequestSummary } from '../../services/models';
import { appointmentText, shortTime } from '../../services/format';
import '../../srv-common/srv.css';
import '../repair.css';
import { tappable } from '../../components/tap';
import { useElderClass } from '../../services/elder';

type Filter = 'all' | 'open' | 'done';
const FILTER_LABELS: Record<Filter, string> = { all: '全部', open: '进行中', done: '已结束' };
const isOpen = (s: string) => OPEN_REPAIR_STATUSES.includes(s as RepairStatus);
const goNew = () => Taro.navigateTo({ url: '/pkg-repair/new/index' });

function RequestCard(props: { r: RequestSummary }) {
  const r = props.r;
  return (
    <View
      className="card rp-item t-req-item"
      hoverClass="cell--hover"
      {...tappable(`查看报修 ${r.categoryName}`, () => Taro.navigateTo({ url: `/pkg-repair/detail/index?id=${r.id}` }))}
    >
      <View className="rp-item__row">
        <Text className="rp-item__title">报修 · {r.categoryName}</Text>
        <RepairStatusTag status={r.status} viewer="owner" />
      </View>
      <Text className="rp-item__summary">{r.summary}</Text>
      <Text className="muted">
        {r.appointmentStart && isOpen(r.status) ? '预约 ' : '提交于 '}
        <WrapAtSpaces
          text={
            r.appointmentStart && isOpen(r.status)
              ? appointmentText(r.appointmentStart, r.appointmentEnd)
              : shortTime(r.receivedAt)
          }
        />
        {r.overdue && isOpen(r.status) ? <Text className="rp-late">已超时</Text> : null}
      </Text>
    </View>
  );
}

function RequestList(props: { items: RequestSummary[] }) {
  const { bar, shown, filter } = useFilter(
    props.items,
    FILTER_LABELS,
    (r, f) => f === 'all' || (f === 'open') === isOpen(r.status),
  );
  return (
    <>
      {bar}
      {shown.length === 0 ? (
        <Empty
          className="t-req-empty"
          title="暂无报修"
          desc={filter === 'all' ? '家里有东西坏了？在线报修，师傅上门' : '该状态下没有报修'}
          actionText="去报修"
          onAction={goNew}
        />
      ) : (
        <>
          {shown.map((r) => (
            <RequestCard key={r.id} r={r} />
          ))}
          <View className="rp-btns">
            <View className="btn btn--ghost btn--block t-repair-new" {...tappable('我要报修', goNew)}>
              我要报修
            </View>
          </View>
        </>
      )}
    </>
  );
}

export default function MyRepairs() {
  const elder = useElderClass();
  const page = usePage(() => api.get('/me/service-requests', { silent: true }), { guard: requireOwner });
  return (
    <View className={`page ${elder}`}>
      <PageState page={page}>{(items) => <RequestList items={items} />}</PageState>
    </View>
  );
}
