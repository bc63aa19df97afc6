import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { OCCUPANT_KIND_LABELS, OPEN_REPAIR_STATUSES, type BindingStatus, type RepairStatus } from '@wy/shared';
import { Empty, LoginCard, RepairStatusTag, Skeleton, StatusTag } from '../../components/ui';
import { api } from '../../services/request';
import { session } from '../../services/session';
import { formatDate } from '../../services/rooms';
import type { MyBinding, RequestSummary } from '../../services/models';
import './index.css';

/** One inbox of everything I filed: repairs and room-binding applications (more kinds as they ship). */
type Filter = 'all' | 'open' | 'done' | 'closed';
const FILTERS: Filter[] = ['all', 'open', 'done', 'closed'];
const FILTER_LABELS: Record<Filter, string> = { all: '全部', open: '进行中', done: '已完成', closed: '已关闭' };
const BIND_URL = '/pkg-auth/bind/index';
type Entry = { kind: 'binding'; at: string; b: MyBinding } | { kind: 'repair'; at: string; r: RequestSummary };

const BINDING_GROUP: Record<BindingStatus, Filter> = { pending: 'open', approved: 'done', rejected: 'closed', revoked: 'closed' };
function groupOf(e: Entry): Filter {
  if (e.kind === 'binding') return BINDING_GROUP[e.b.status];
  if (OPEN_REPAIR_STATUSES.includes(e.r.status as RepairStatus)) return 'open';
  return e.r.status === 'cancelled' ? 'closed' : 'done';
}

export default function Inbox() {
  const [loggedIn, setLoggedIn] = useState(session.isLoggedIn());
  const [loading, setLoading] = useState(true);
  const [items, setItems] = useState<Entry[]>([]);
  const [filter, setFilter] = useState<Filter>('all');

  const load = useCallback(async () => {
    const li = session.isLoggedIn() && session.me?.kind !== 'staff';
    setLoggedIn(li);
    if (!li) {
      setItems([]);
      setLoading(false);
      return;
    }
    try {
      const [bs, rs] = await Promise.all([
        api.get('/me/bindings'),
        api.get('/me/service-requests', { silent: true }).catch(() => [] as RequestSummary[]),
      ]);
      const all: Entry[] = [
        ...rs.map((r) => ({ kind: 'repair' as const, at: r.receivedAt, r })),
        ...bs.map((b) => ({ kind: 'binding' as const, at: b.createdAt, b })),
      ];
      setItems(all.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)));
    } catch {
      // toast shown by the wrapper
    } finally {
      setLoggedIn(session.isLoggedIn() && session.me?.kind !== 'staff');
      setLoading(false);
    }
  }, []);

  useDidShow(() => {
    void load();
  });
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  if (!loggedIn) {
    return (
      <View className="page">
        <LoginCard text="登录后查看报修、投诉、绑定等办理进度" />
      </View>
    );
  }

  const shown = filter === 'all' ? items : items.filter((e) => groupOf(e) === filter);
  const count = (f: Filter) => (f === 'all' ? items.length : items.filter((e) => groupOf(e) === f).length);

  const openItem = (b: MyBinding) => {
    if (b.status === 'approved') void Taro.navigateTo({ url: `/pkg-house/room/index?roomId=${b.roomId}` });
    else if (b.status === 'pending') void Taro.showToast({ title: '物业服务中心审核中，请耐心等待', icon: 'none' });
  };

  return (
    <View className="page inbox">
      <View className="inbox__filters">
        {FILTERS.map((f) => (
          <View
            key={f}
            className={`inbox__filter t-filter-${f} ${filter === f ? 'inbox__filter--on' : ''}`}
            onClick={() => setFilter(f)}
          >
            {FILTER_LABELS[f]}
            {!loading && count(f) > 0 ? <Text className="inbox__count">{count(f)}</Text> : null}
          </View>
        ))}
      </View>

      {loading ? (
        <View className="pad">
          <Skeleton rows={3} />
        </View>
      ) : shown.length === 0 ? (
        <Empty
          className="t-inbox-empty"
          title="暂无办理记录"
          desc={filter === 'all' ? '报修、投诉、绑定房屋等办理进度都会在这里' : '该状态下没有记录'}
          actionText={filter === 'all' ? '去报修' : '查看全部'}
          onAction={() => (filter === 'all' ? Taro.navigateTo({ url: '/pkg-repair/new/index' }) : setFilter('all'))}
        />
      ) : (
        shown.map((e) =>
          e.kind === 'repair' ? (
            <View
              key={`r${e.r.id}`}
              className="card inbox__item t-inbox-item t-req-item"
              hoverClass="cell--hover"
              onClick={() => Taro.navigateTo({ url: `/pkg-repair/detail/index?id=${e.r.id}` })}
            >
              <View className="inbox__row">
                <Text className="inbox__type">报修 · {e.r.categoryName}</Text>
                <RepairStatusTag status={e.r.status as RepairStatus} />
              </View>
              <Text className="inbox__room">{e.r.summary}</Text>
              <Text className="muted">
                {e.r.code} · 提交于 {formatDate(e.r.receivedAt)}
              </Text>
            </View>
          ) : (
            <BindingItem key={`b${e.b.id}`} b={e.b} onOpen={openItem} />
          ),
        )
      )}
    </View>
  );
}

function BindingItem(props: { b: MyBinding; onOpen: (b: MyBinding) => void }) {
  const b = props.b;
  return (
    <View className="card inbox__item t-inbox-item" hoverClass="cell--hover" onClick={() => props.onOpen(b)}>
      <View className="inbox__row">
        <Text className="inbox__type">房屋绑定 · {OCCUPANT_KIND_LABELS[b.kind]}</Text>
        <StatusTag status={b.status} />
      </View>
      <Text className="inbox__room">
        {b.projectName} {b.buildingName} {b.roomNo}
      </Text>
      <Text className="muted">提交于 {formatDate(b.createdAt)}</Text>
      {b.status === 'rejected' ? (
        <View className="inbox__rejected">
          <Text className="inbox__reason t-reject-reason">驳回原因：{b.rejectReason || '未填写'}</Text>
          <Button
            className="btn btn--ghost btn--small t-rebind"
            onClick={(e) => {
              e.stopPropagation();
              void Taro.navigateTo({ url: BIND_URL });
            }}
          >
            重新申请
          </Button>
        </View>
      ) : null}
    </View>
  );
}
