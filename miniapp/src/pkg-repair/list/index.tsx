/** My repairs, newest first, with status chips. */
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { OPEN_REPAIR_STATUSES, type RepairStatus } from '@wy/shared';
import { Empty, RepairStatusTag, Skeleton } from '../../components/ui';
import { api } from '../../services/request';
import { session } from '../../services/session';
import type { RequestSummary } from '../../services/models';
import { appointmentText, shortTime } from '../../srv-common/format';
import '../../srv-common/srv.css';
import '../repair.css';

type Filter = 'all' | 'open' | 'done';
const FILTER_LABELS: Record<Filter, string> = { all: '全部', open: '进行中', done: '已结束' };
const isOpen = (s: string) => OPEN_REPAIR_STATUSES.includes(s as RepairStatus);

function RequestCard(props: { r: RequestSummary }) {
  const r = props.r;
  return (
    <View
      className="card rp-item t-req-item"
      hoverClass="cell--hover"
      onClick={() => Taro.navigateTo({ url: `/pkg-repair/detail/index?id=${r.id}` })}
    >
      <View className="rp-item__row">
        <Text className="rp-item__title">报修 · {r.categoryName}</Text>
        <RepairStatusTag status={r.status as RepairStatus} />
      </View>
      <Text className="rp-item__summary">{r.summary}</Text>
      <Text className="muted">
        {r.appointmentStart && isOpen(r.status)
          ? `预约 ${appointmentText(r.appointmentStart, r.appointmentEnd)}`
          : `提交于 ${shortTime(r.receivedAt)}`}
        {r.overdue && isOpen(r.status) ? <Text className="rp-late">已超时</Text> : null}
      </Text>
    </View>
  );
}

export default function MyRepairs() {
  const [loading, setLoading] = useState(true);
  const [items, setItems] = useState<RequestSummary[]>([]);
  const [filter, setFilter] = useState<Filter>('all');

  const load = useCallback(async () => {
    if (!session.isLoggedIn()) {
      void Taro.redirectTo({ url: '/pkg-auth/login/index' });
      return;
    }
    try {
      setItems(await api.get('/me/service-requests'));
    } catch {
      // toast shown by the wrapper
    } finally {
      setLoading(false);
    }
  }, []);
  useDidShow(() => {
    void load();
  });
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  const match = (r: RequestSummary, f: Filter) => f === 'all' || (f === 'open') === isOpen(r.status);
  const shown = items.filter((r) => match(r, filter));
  const goNew = () => Taro.navigateTo({ url: '/pkg-repair/new/index' });

  return (
    <View className="page">
      <View className="seg">
        {(Object.keys(FILTER_LABELS) as Filter[]).map((f) => (
          <View key={f} className={`seg__item t-filter-${f} ${filter === f ? 'seg__item--on' : ''}`} onClick={() => setFilter(f)}>
            {FILTER_LABELS[f]}
            {!loading && items.filter((r) => match(r, f)).length > 0 ? (
              <Text className="seg__count">{items.filter((r) => match(r, f)).length}</Text>
            ) : null}
          </View>
        ))}
      </View>
      {loading ? (
        <View className="pad">
          <Skeleton rows={3} />
        </View>
      ) : shown.length === 0 ? (
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
            <View className="btn btn--ghost btn--block t-repair-new" onClick={goNew}>
              我要报修
            </View>
          </View>
        </>
      )}
    </View>
  );
}
