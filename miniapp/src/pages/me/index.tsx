import { Button, Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { formatYuan, maskPhone, OCCUPANT_KIND_LABELS } from '@wy/shared';
import { LoginCard, Section, Skeleton, StatusTag } from '../../components/ui';
import { api } from '../../services/request';
import { logout } from '../../services/auth';
import { session } from '../../services/session';
import { currentOf, roomLabel } from '../../services/rooms';
import type { Me, MyBinding, MyRoom, Vehicle } from '../../services/models';
import './index.css';

export default function MePage() {
  const [loggedIn, setLoggedIn] = useState(session.isLoggedIn());
  const [me, setMe] = useState<Me | null>(session.me);
  const [loading, setLoading] = useState(true);
  const [rooms, setRooms] = useState<MyRoom[]>([]);
  const [bindings, setBindings] = useState<MyBinding[]>([]);
  const [vehicles, setVehicles] = useState<Vehicle[]>([]);
  const [unpaidFen, setUnpaidFen] = useState(0);

  const load = useCallback(async () => {
    const li = session.isLoggedIn();
    setLoggedIn(li);
    if (!li) {
      setLoading(false);
      return;
    }
    if (session.me?.kind === 'staff') {
      setMe(session.me);
      setLoading(false);
      return;
    }
    try {
      const [m, r, b, v, bills] = await Promise.all([
        api.get('/auth/me'),
        api.get('/me/rooms'),
        api.get('/me/bindings'),
        api.get('/me/vehicles'),
        api.get('/me/bills', { query: { status: 'unpaid' }, silent: true }).catch(() => null),
      ]);
      setUnpaidFen(bills?.unpaidFen ?? 0);
      session.saveMe(m);
      setMe(m);
      setRooms(r);
      setBindings(b);
      setVehicles(v);
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

  const onLogout = async () => {
    const { confirm } = await Taro.showModal({ title: '退出登录', content: '确定要退出当前账号吗？', confirmText: '退出' });
    if (!confirm) return;
    await logout();
    setLoggedIn(false);
    setMe(null);
    setRooms([]);
    setBindings([]);
    setVehicles([]);
    setUnpaidFen(0);
    void Taro.showToast({ title: '已退出登录', icon: 'none' });
  };

  const showPrivacy = () =>
    Taro.showModal({
      title: '隐私说明',
      content:
        '我们仅为提供物业服务收集您的手机号、姓名和房屋信息；手机号、证件号加密保存，对工作人员脱敏显示，不会提供给第三方。',
      showCancel: false,
      confirmText: '知道了',
    });

  const staffCell = (
    <View
      className="cell t-staff-entry"
      hoverClass="cell--hover"
      onClick={() => Taro.navigateTo({ url: '/pkg-staff/index/index' })}
    >
      <View className="me__glyph" style={{ background: '#7b8794' }}>
        工
      </View>
      <View className="cell__main">
        <Text className="cell__title">物业员工入口</Text>
        <Text className="cell__desc">维修师傅接单、处理工单</Text>
      </View>
      <Text className="cell__arrow">›</Text>
    </View>
  );

  if (!loggedIn) {
    return (
      <View className="page me">
        <View className="me__head">
          <View className="me__avatar">访</View>
          <View className="me__who">
            <Text className="me__name">未登录</Text>
            <Text className="me__phone">登录后管理房屋、家人和车辆</Text>
          </View>
        </View>
        <LoginCard />
        <View className="card card--flush me__menu">{staffCell}</View>
      </View>
    );
  }
  if (me?.kind === 'staff') {
    return (
      <View className="page me">
        <View className="me__head">
          <View className="me__avatar">{(me.name || '工').slice(0, 1)}</View>
          <View className="me__who">
            <Text className="me__name t-me-name">{me.name}</Text>
            <Text className="me__phone">物业员工账号</Text>
          </View>
        </View>
        <View className="card card--flush me__menu">{staffCell}</View>
        <View className="pad">
          <Button className="btn btn--block me__logout t-logout" onClick={onLogout}>
            退出登录
          </Button>
        </View>
      </View>
    );
  }

  const name = me?.name || '业主';
  const phone = maskPhone(me?.phoneMasked) ?? '';
  const requests = bindings;
  const currentRoom = currentOf(rooms);

  return (
    <View className="page me">
      <View className="me__head">
        <View className="me__avatar">{name.slice(0, 1)}</View>
        <View className="me__who">
          <Text className="me__name t-me-name">{name}</Text>
          <Text className="me__phone t-me-phone">{phone}</Text>
        </View>
      </View>

      <View className="card card--flush me__menu">
        <View
          className="cell t-my-rooms"
          hoverClass="cell--hover"
          onClick={() => Taro.navigateTo({ url: '/pkg-house/rooms/index' })}
        >
          <View className="me__glyph" style={{ background: '#1aa179' }}>
            房
          </View>
          <View className="cell__main">
            <Text className="cell__title">我的房屋</Text>
            <Text className="cell__desc">
              {loading ? '加载中…' : rooms.length ? rooms.map((r) => roomLabel(r, false)).join('、') : '暂未绑定房屋'}
            </Text>
          </View>
          <Text className="cell__extra">{rooms.length ? `${rooms.length} 套` : ''}</Text>
          <Text className="cell__arrow">›</Text>
        </View>
        <View
          className="cell t-my-members"
          hoverClass="cell--hover"
          onClick={() =>
            currentRoom
              ? Taro.navigateTo({ url: `/pkg-house/room/index?roomId=${currentRoom.roomId}` })
              : Taro.navigateTo({ url: '/pkg-auth/bind/index' })
          }
        >
          <View className="me__glyph" style={{ background: '#2f7cf6' }}>
            家
          </View>
          <View className="cell__main">
            <Text className="cell__title">家庭成员</Text>
            <Text className="cell__desc">
              {currentRoom ? `${roomLabel(currentRoom, false)} · 审核家人、租户的申请` : '审核家人、租户的绑定申请'}
            </Text>
          </View>
          <Text className="cell__arrow">›</Text>
        </View>
        <View
          className="cell t-my-vehicles"
          hoverClass="cell--hover"
          onClick={() => Taro.navigateTo({ url: '/pkg-house/vehicles/index' })}
        >
          <View className="me__glyph" style={{ background: '#6f58d8' }}>
            车
          </View>
          <View className="cell__main">
            <Text className="cell__title">我的车辆</Text>
            <Text className="cell__desc">
              {loading ? '加载中…' : vehicles.length ? vehicles.map((v) => v.plate).join('、') : '暂无登记车辆'}
            </Text>
          </View>
          <Text className="cell__arrow">›</Text>
        </View>
        <View
          className="cell t-my-bills"
          hoverClass="cell--hover"
          onClick={() => Taro.navigateTo({ url: '/pkg-repair/bills/index' })}
        >
          <View className="me__glyph" style={{ background: '#e08a00' }}>
            费
          </View>
          <View className="cell__main">
            <Text className="cell__title">缴费记录/收据</Text>
            <Text className="cell__desc">账单、缴费记录和电子收据</Text>
          </View>
          {unpaidFen > 0 ? <Text className="cell__extra me__owed t-my-bills-owed">待缴 {formatYuan(unpaidFen)}</Text> : null}
          <Text className="cell__arrow">›</Text>
        </View>
      </View>

      <Section
        title="绑定申请"
        extra={
          <Text className="muted t-bind-new" onClick={() => Taro.navigateTo({ url: '/pkg-auth/bind/index' })}>
            + 绑定房屋
          </Text>
        }
      >
        {loading ? (
          <Skeleton rows={1} />
        ) : requests.length === 0 ? (
          <View className="card card--flush me__empty-req">
            <View className="cell">
              <Text className="muted">还没有绑定申请</Text>
            </View>
          </View>
        ) : (
          <View className="card card--flush me__requests">
            {requests.map((b) => (
              <View key={b.id} className="cell t-my-binding">
                <View className="cell__main">
                  <Text className="cell__title">
                    {b.buildingName} {b.roomNo} · {OCCUPANT_KIND_LABELS[b.kind]}
                  </Text>
                  <Text className="cell__desc">
                    {b.projectName}
                    {b.status === 'rejected' && b.rejectReason ? ` · 驳回原因：${b.rejectReason}` : ''}
                  </Text>
                </View>
                <StatusTag status={b.status} />
              </View>
            ))}
          </View>
        )}
      </Section>

      <View className="card card--flush me__menu">
        {staffCell}
        <View className="cell t-privacy" hoverClass="cell--hover" onClick={showPrivacy}>
          <View className="cell__main">
            <Text className="cell__title">隐私说明</Text>
          </View>
          <Text className="cell__arrow">›</Text>
        </View>
      </View>

      <View className="pad">
        <Button className="btn btn--block me__logout t-logout" onClick={onLogout}>
          退出登录
        </Button>
      </View>
    </View>
  );
}
