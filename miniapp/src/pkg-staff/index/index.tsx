import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Empty } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { api } from '../../services/request';
import { session } from '../../services/session';
import type { RequestSummary, TechStats } from '../../services/models';
import { OrderCard } from '../OrderCard';
import { requireStaff, staffLogout } from '../staff';
import '../../srv-common/srv.css';
import '../staff.css';
import { tappable } from '../../components/tap';

type Tab = 'bench' | 'mine' | 'pool';
const TABS: { key: Tab; label: string }[] = [
  { key: 'bench', label: '工作台' },
  { key: 'mine', label: '工单' },
  { key: 'pool', label: '抢单池' },
];

async function loadBench() {
  const [stats, mine, pool] = await Promise.all([
    api.get('/tech/stats', { silent: true }),
    api.get('/tech/orders', { query: { scope: 'mine' }, silent: true }),
    api.get('/tech/orders', { query: { scope: 'pool' }, silent: true }),
  ]);
  return { stats, mine, pool };
}

const STAT_ITEMS: { key: keyof TechStats; label: string }[] = [
  { key: 'toAccept', label: '待接单' },
  { key: 'inProgress', label: '处理中' },
  { key: 'todayAppointments', label: '今日预约' },
  { key: 'overdue', label: '超时' },
];
const WORKING: readonly string[] = ['dispatched', 'accepted', 'arrived', 'paused'];

function OrderList(props: { items: RequestSummary[]; empty: string }) {
  if (props.items.length === 0) return <Empty title={props.empty} />;
  return (
    <>
      {props.items.map((o) => (
        <OrderCard key={o.id} o={o} />
      ))}
    </>
  );
}

function Bench(props: { stats: TechStats; pool: RequestSummary[]; working: RequestSummary[]; go: (t: Tab) => void }) {
  const { stats, pool } = props;
  const logout = async () => {
    const { confirm } = await Taro.showModal({ title: '退出登录', content: '确定退出员工账号吗？', confirmText: '退出' });
    if (confirm) await staffLogout();
  };
  return (
    <>
      <View className="st-head">
        <View>
          <Text className="st-head__name" style={{ display: 'block' }}>
            {session.me?.name ?? '师傅'}，您好
          </Text>
          <Text className="st-head__sub">{session.me?.projects?.map((p) => p.name).join('、') || '维修工作台'}</Text>
        </View>
        <Text className="st-head__out tap-min t-staff-logout" {...tappable('退出登录', logout)}>
          退出
        </Text>
      </View>
      <View className="st-stats t-staff-stats">
        {STAT_ITEMS.map((s) => (
          <View key={s.key} className={`st-stat t-stat-${s.key}`} {...tappable(s.label, () => props.go('mine'))}>
            <Text className={`st-stat__n ${s.key === 'overdue' && stats.overdue > 0 ? 'st-stat__n--bad' : ''}`}>
              {stats[s.key]}
            </Text>
            <Text className="st-stat__label">{s.label}</Text>
          </View>
        ))}
      </View>
      <View className="ui-section">
        <View className="ui-section__head">
          <Text className="ui-section__title">待处理</Text>
          {pool.length > 0 ? (
            <Text className="muted tap-min" {...tappable('查看抢单池', () => props.go('pool'))}>
              抢单池 {pool.length} 单 ›
            </Text>
          ) : null}
        </View>
      </View>
      <OrderList items={props.working} empty="暂无待处理工单" />
    </>
  );
}

/** Technician section: in-page tabs 工作台 (counts) · 工单 (mine) · 抢单池 (pool). */
export default function StaffHome() {
  const page = usePage(loadBench, { guard: requireStaff });
  const [tab, setTab] = useState<Tab>('bench');
  return (
    <View className="page st">
      <View className="seg">
        {TABS.map((t) => {
          const n = t.key === 'pool' ? page.data?.pool.length : t.key === 'mine' ? page.data?.mine.length : 0;
          return (
            <View
              key={t.key}
              className={`seg__item t-staff-tab-${t.key} ${tab === t.key ? 'seg__item--on' : ''}`}
              {...tappable(t.label, () => setTab(t.key), { pressed: tab === t.key })}
            >
              {t.label}
              {n ? <Text className="seg__count">{n}</Text> : null}
            </View>
          );
        })}
      </View>
      <PageState page={page}>
        {({ stats, mine, pool }) =>
          tab === 'bench' ? (
            <Bench stats={stats} pool={pool} working={mine.filter((o) => WORKING.includes(o.status))} go={setTab} />
          ) : tab === 'mine' ? (
            <OrderList items={mine} empty="暂无工单" />
          ) : (
            <OrderList items={pool} empty="抢单池暂无工单" />
          )
        }
      </PageState>
    </View>
  );
}
