import { Text, View } from '@tarojs/components';
import Taro, { useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useCallback, useState } from 'react';
import { Empty, Skeleton } from '../../components/ui';
import { api } from '../../services/request';
import { session } from '../../services/session';
import { currentOf } from '../../services/rooms';
import type { MyRoom, Vehicle } from '../../services/models';
import { callCentre } from '../call';
import '../house.css';

export default function Vehicles() {
  const [loading, setLoading] = useState(true);
  const [vehicles, setVehicles] = useState<Vehicle[]>([]);
  const [rooms, setRooms] = useState<MyRoom[]>([]);

  const load = useCallback(async () => {
    if (!session.isLoggedIn()) {
      void Taro.redirectTo({ url: '/pkg-auth/login/index' });
      return;
    }
    try {
      const [v, r] = await Promise.all([api.get('/me/vehicles'), api.get('/me/rooms')]);
      setVehicles(v);
      setRooms(r);
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

  const current = currentOf(rooms);

  if (loading) {
    return (
      <View className="page pad">
        <Skeleton rows={2} />
      </View>
    );
  }
  return (
    <View className="page house">
      {vehicles.length === 0 ? (
        <Empty
          className="t-vehicles-empty"
          title="暂无登记车辆"
          desc="车辆登记请携带行驶证到物业服务中心办理"
          actionText={current ? '联系物业服务中心' : '去绑定房屋'}
          onAction={() =>
            current ? callCentre(current.servicePhone, current.projectName) : Taro.navigateTo({ url: '/pkg-auth/bind/index' })
          }
        />
      ) : (
        vehicles.map((v) => (
          <View key={v.id} className="card house__vehicle t-vehicle">
            <View className="house__plate">{v.plate}</View>
            <View className="cell__main">
              <Text className="cell__title">{[v.color, v.model].filter(Boolean).join(' ') || '未填写车型'}</Text>
              <Text className="cell__desc">
                {v.spaceNo ? `车位 ${v.spaceNo}` : '未绑定车位'}
                {v.roomLabel ? ` · ${v.roomLabel}` : ''}
              </Text>
            </View>
          </View>
        ))
      )}
    </View>
  );
}
