import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { BINDING_STATUS_LABELS, OCCUPANT_KIND_LABELS, type BindingStatus } from '@wy/shared';
import { Empty, LoginCard, Skeleton, StatusTag } from '../../components/ui';
import { api } from '../../services/request';
import { session } from '../../services/session';
import { formatDate } from '../../services/rooms';
import type { MyBinding } from '../../services/models';
import './index.css';

type Filter = 'all' | BindingStatus;
const FILTERS: Filter[] = ['all', 'pending', 'approved', 'rejected'];
const BIND_URL = '/pkg-auth/bind/index';

export default function Inbox() {
  const [loggedIn, setLoggedIn] = useState(session.isLoggedIn());
  const [loading, setLoading] = useState(true);
  const [items, setItems] = useState<MyBinding[]>([]);
  const [filter, setFilter] = useState<Filter>('all');

  const load = useCallback(async () => {
    const li = session.isLoggedIn();
    setLoggedIn(li);
    if (!li) {
      setItems([]);
      setLoading(false);
      return;
    }
    try {
      setItems(await api.get('/me/bindings'));
    } catch {
      // toast shown by the wrapper
    } finally {
      setLoggedIn(session.isLoggedIn());
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
      <View className='page'>
        <LoginCard text='登录后查看报修、投诉、绑定等办理进度' />
      </View>
    );
  }

  const shown = filter === 'all' ? items : items.filter((b) => b.status === filter);
  const count = (f: Filter) => (f === 'all' ? items.length : items.filter((b) => b.status === f).length);

  const openItem = (b: MyBinding) => {
    if (b.status === 'approved') void Taro.navigateTo({ url: `/pkg-house/room/index?roomId=${b.roomId}` });
    else if (b.status === 'pending') void Taro.showToast({ title: '物业服务中心审核中，请耐心等待', icon: 'none' });
  };

  return (
    <View className='page inbox'>
      <View className='inbox__filters'>
        {FILTERS.map((f) => (
          <View
            key={f}
            className={`inbox__filter t-filter-${f} ${filter === f ? 'inbox__filter--on' : ''}`}
            onClick={() => setFilter(f)}
          >
            {f === 'all' ? '全部' : BINDING_STATUS_LABELS[f]}
            {!loading && count(f) > 0 ? <Text className='inbox__count'>{count(f)}</Text> : null}
          </View>
        ))}
      </View>

      {loading ? (
        <View className='pad'>
          <Skeleton rows={3} />
        </View>
      ) : shown.length === 0 ? (
        <Empty
          className='t-inbox-empty'
          title='暂无办理记录'
          desc={filter === 'all' ? '绑定房屋后，报修、投诉、缴费等办理进度都会在这里' : '该状态下没有记录'}
          actionText={filter === 'all' ? '去绑定房屋' : '查看全部'}
          onAction={() => (filter === 'all' ? Taro.navigateTo({ url: BIND_URL }) : setFilter('all'))}
        />
      ) : (
        shown.map((b) => (
          <View key={b.id} className='card inbox__item t-inbox-item' hoverClass='cell--hover' onClick={() => openItem(b)}>
            <View className='inbox__row'>
              <Text className='inbox__type'>房屋绑定 · {OCCUPANT_KIND_LABELS[b.kind]}</Text>
              <StatusTag status={b.status} />
            </View>
            <Text className='inbox__room'>
              {b.projectName} {b.buildingName} {b.roomNo}
            </Text>
            <Text className='muted'>提交于 {formatDate(b.createdAt)}</Text>
            {b.status === 'rejected' ? (
              <View className='inbox__rejected'>
                <Text className='inbox__reason t-reject-reason'>驳回原因：{b.rejectReason || '未填写'}</Text>
                <Button
                  className='btn btn--ghost btn--small t-rebind'
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
        ))
      )}
    </View>
  );
}
