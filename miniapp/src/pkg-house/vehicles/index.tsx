import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Empty } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { callCentre } from '../../components/call';
import { api } from '../../services/request';
import { loadMyRooms } from '../../services/rooms';
import type { MyRoom, Vehicle } from '../../services/models';
import '../house.css';

async function loadVehicles() {
  const [vehicles, r] = await Promise.all([api.get('/me/vehicles', { silent: true }), loadMyRooms()]);
  return { vehicles, current: r.current };
}

export default function Vehicles() {
  const page = usePage(loadVehicles, { guard: requireOwner });
  return (
    <View className="page house">
      <PageState page={page} rows={2}>
        {(d) => <VehicleList vehicles={d.vehicles} current={d.current} />}
      </PageState>
    </View>
  );
}

function VehicleList(props: { vehicles: Vehicle[]; current: MyRoom | null }) {
  const { vehicles, current } = props;
  return (
    <>
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
    </>
  );
}
