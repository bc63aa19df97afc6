/** Technician section: in-page tabs 工作台 (counts) · 工单 (mine) · 抢单池 (pool). */
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { Empty, Skeleton } from '../../components/ui';
import { api } from '../../services/request';
import { session } from '../../services/session';
import type { RequestSummary, TechStats } from '../../services/models';
import { OrderCard } from '../OrderCard';
import { requireStaff, staffLogout } from '../staff';
import '../../srv-common/srv.css';
import '../staff.css';

type Tab = 'bench' | 'mine' | 'pool';
const TABS: { key: Tab; label: string }[] = [
  { key: 'bench', label: '工作台' },
  { key: 'mine', label: '工单' },
  { key: 'pool', label: '抢单池' },
];

export default function StaffHome() {
  const [tab, setTab] = useState<Tab>('bench');
  const [stats, setStats] = useState<TechStats | null>(null);
  const [mine, setMine] = useState<RequestSummary[] | null>(null);
  const [pool, setPool] = useState<RequestSummary[] | null>(null);

  const load = useCallback(async () => {
    if (!requireStaff()) return;
    const [s, m, p] = await Promise.allSettled([
      api.get('/tech/stats'),
      api.get('/tech/orders', { query: { scope: 'mine' } }),
      api.get('/tech/orders', { query: { scope: 'pool' }, silent: true }),
    ]);
    if (s.status === 'fulfilled') setStats(s.value);
    setMine(m.status === 'fulfilled' ? m.value : []);
    setPool(p.status === 'fulfilled' ? p.value : []);
  }, []);
  useDidShow(() => {
    void load();
  });
  usePullDownRefresh(() => {
    void load().finally(() => Taro.stopPullDownRefresh());
  });

  const logout = async () => {
    const { confirm } = await Taro.showModal({ title: '退出登录', content: '确定退出员工账号吗？', confirmText: '退出' });
    if (confirm) await staffLogout();
  };

  const list = (items: RequestSummary[] | null, empty: string) =>
    items === null ? (
      <View className="pad">
        <Skeleton rows={3} />
      </View>
    ) : items.length === 0 ? (
      <Empty title={empty} />
    ) : (
      items.map((o) => <OrderCard key={o.id} o={o} />)
    );

  const STAT_ITEMS: { key: keyof TechStats; label: string; go: Tab }[] = [
    { key: 'toAccept', label: '待接单', go: 'mine' },
    { key: 'inProgress', label: '处理中', go: 'mine' },
    { key: 'todayAppointments', label: '今日预约', go: 'mine' },
    { key: 'overdue', label: '超时', go: 'mine' },
  ];
  const today = (mine ?? []).filter((o) => ['dispatched', 'accepted', 'arrived', 'paused'].includes(o.status));

  return (
    <View className="page st">
      <View className="seg">
        {TABS.map((t) => (
          <View
            key={t.key}
            className={`seg__item t-staff-tab-${t.key} ${tab === t.key ? 'seg__item--on' : ''}`}
            onClick={() => setTab(t.key)}
          >
            {t.label}
            {t.key === 'pool' && pool && pool.length > 0 ? <Text className="seg__count">{pool.length}</Text> : null}
            {t.key === 'mine' && mine && mine.length > 0 ? <Text className="seg__count">{mine.length}</Text> : null}
          </View>
        ))}
      </View>

      {tab === 'bench' ? (
        <>
          <View className="st-head">
            <View>
              <Text className="st-head__name" style={{ display: 'block' }}>
                {session.me?.name ?? '师傅'}，您好
              </Text>
              <Text className="st-head__sub">{session.me?.projects?.map((p) => p.name).join('、') || '维修工作台'}</Text>
            </View>
            <Text className="st-head__out t-staff-logout" onClick={logout}>
              退出
            </Text>
          </View>
          <View className="st-stats t-staff-stats">
            {STAT_ITEMS.map((s) => (
              <View key={s.key} className={`st-stat t-stat-${s.key}`} onClick={() => setTab(s.go)}>
                <Text className={`st-stat__n ${s.key === 'overdue' && (stats?.overdue ?? 0) > 0 ? 'st-stat__n--bad' : ''}`}>
                  {stats ? stats[s.key] : '-'}
                </Text>
                <Text className="st-stat__label">{s.label}</Text>
              </View>
            ))}
          </View>
          <View className="ui-section">
            <View className="ui-section__head">
              <Text className="ui-section__title">待处理</Text>
              {pool && pool.length > 0 ? (
                <Text className="muted" onClick={() => setTab('pool')}>
                  抢单池 {pool.length} 单 ›
                </Text>
              ) : null}
            </View>
          </View>
          {list(mine === null ? null : today, '暂无待处理工单')}
        </>
      ) : tab === 'mine' ? (
        list(mine, '暂无工单')
      ) : (
        list(pool, '抢单池暂无工单')
      )}
    </View>
  );
}
