/** 办理: one inbox of everything I filed — repairs, room-binding applications, release passes and renovations (and my rooms' for me to confirm), my move-in — filterable by state. */
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { OPEN_RENO_STATUSES, OPEN_REPAIR_STATUSES, type BindingStatus, type RenoStatus, type RepairStatus } from '@wy/shared';
import { Empty, LoginCard } from '../../components/ui';
import { useFilter } from '../../components/filter';
import { PageState, usePage } from '../../components/page';
import { ownerSignedIn } from '../../services/auth';
import { api } from '../../services/request';
import { BindingItem, MoveInItem, PassItem, RenoItem, RepairItem, type Entry } from './items';
import './index.css';

type Filter = 'all' | 'open' | 'done' | 'closed';
const FILTER_LABELS: Record<Filter, string> = { all: '全部', open: '进行中', done: '已完成', closed: '已关闭' };
const BINDING_GROUP: Record<BindingStatus, Filter> = { pending: 'open', approved: 'done', rejected: 'closed', revoked: 'closed' };
const PASS_GROUP: Record<string, Filter> = { awaiting_owner: 'open', submitted: 'open', issued: 'open', released: 'done' };
function groupOf(e: Entry): Filter {
  if (e.kind === 'binding') return BINDING_GROUP[e.b.status];
  if (e.kind === 'pass') return PASS_GROUP[e.p.shownStatus] ?? 'closed';
  if (e.kind === 'movein') return e.m.status === 'done' && e.m.defectLines.every((d) => d.status === 'confirmed') ? 'done' : 'open';
  if (e.kind === 'reno')
    return OPEN_RENO_STATUSES.includes(e.n.status as RenoStatus) ? 'open' : e.n.status === 'accepted' ? 'done' : 'closed';
  if (OPEN_REPAIR_STATUSES.includes(e.r.status as RepairStatus)) return 'open';
  return e.r.status === 'cancelled' ? 'closed' : 'done';
}

async function loadInbox(): Promise<Entry[] | null> {
  if (!ownerSignedIn()) return null;
  const [bs, rs, ps, ms, ns] = await Promise.all([
    api.get('/me/bindings', { silent: true }),
    api.get('/me/service-requests', { silent: true }),
    api.get('/me/passes', { silent: true }).catch(() => []),
    api.get('/me/move-ins', { silent: true }).catch(() => []),
    api.get('/me/renovations', { silent: true }).catch(() => []),
  ]);
  const all: Entry[] = [
    ...rs.map((r) => ({ kind: 'repair' as const, at: r.receivedAt, r })),
    ...bs.map((b) => ({ kind: 'binding' as const, at: b.createdAt, b })),
    ...ps.map((p) => ({ kind: 'pass' as const, at: p.createdAt, p })),
    ...ms.map((m) => ({ kind: 'movein' as const, at: m.timeline[m.timeline.length - 1]?.at ?? `${m.startOn}T00:00:00.000Z`, m })),
    ...ns.map((n) => ({ kind: 'reno' as const, at: n.createdAt, n })),
  ];
  return all.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
}

function InboxList(props: { items: Entry[] }) {
  const { bar, shown, filter, setFilter } = useFilter(props.items, FILTER_LABELS, (e, f) => f === 'all' || groupOf(e) === f);
  return (
    <>
      {bar}
      {shown.map((e) =>
        e.kind === 'repair' ? (
          <RepairItem key={`r${e.r.id}`} r={e.r} />
        ) : e.kind === 'pass' ? (
          <PassItem key={`p${e.p.id}`} p={e.p} />
        ) : e.kind === 'movein' ? (
          <MoveInItem key={`m${e.m.id}`} m={e.m} />
        ) : e.kind === 'reno' ? (
          <RenoItem key={`n${e.n.id}`} n={e.n} />
        ) : (
          <BindingItem key={`b${e.b.id}`} b={e.b} />
        ),
      )}
      {shown.length === 0 ? (
        <Empty
          className="t-inbox-empty"
          title="暂无办理记录"
          desc={filter === 'all' ? '报修、绑定房屋、装修报备、物品放行等办理进度都会在这里' : '该状态下没有记录'}
          actionText={filter === 'all' ? '去报修' : '查看全部'}
          onAction={() => (filter === 'all' ? Taro.navigateTo({ url: '/pkg-repair/new/index' }) : setFilter('all'))}
        />
      ) : null}
    </>
  );
}

export default function Inbox() {
  const page = usePage(loadInbox);
  return (
    <View className="page inbox">
      <PageState page={page}>
        {(items) => (items ? <InboxList items={items} /> : <LoginCard text="登录后查看报修、绑定等办理进度" />)}
      </PageState>
    </View>
  );
}
