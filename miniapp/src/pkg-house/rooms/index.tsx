import { Text, View } from '@tarojs/components';
import { Button } from '../../components/button';
import Taro from '@tarojs/taro';
import { formatArea, OCCUPANT_KIND_LABELS, ROOM_USE_LABELS, type RoomUse } from '@wy/shared';
import { Empty, Section, StatusTag } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { api } from '../../services/request';
import { loadMyRooms, roomLabel } from '../../services/rooms';
import type { MyBinding, MyRoom } from '../../services/models';
import '../house.css';
import { tappable } from '../../components/tap';

const BIND_URL = '/pkg-auth/bind/index';

async function loadRooms() {
  const [r, b] = await Promise.all([loadMyRooms(), api.get('/me/bindings', { silent: true })]);
  return { rooms: r.rooms, applying: b.filter((x) => x.status === 'pending' || x.status === 'rejected') };
}

export default function Rooms() {
  const page = usePage(loadRooms, { guard: requireOwner });
  return (
    <View className="page house">
      <PageState page={page} rows={2}>
        {(d) => <RoomsView rooms={d.rooms} applying={d.applying} />}
      </PageState>
    </View>
  );
}

function RoomsView(props: { rooms: MyRoom[]; applying: MyBinding[] }) {
  const { rooms, applying } = props;
  return (
    <>
      {rooms.length === 0 ? (
        <Empty
          className="t-rooms-empty"
          title="暂未绑定房屋"
          desc="绑定后可报修、缴费，并管理家庭成员"
          actionText="去绑定房屋"
          onAction={() => Taro.navigateTo({ url: BIND_URL })}
        />
      ) : (
        rooms.map((r) => (
          <View
            key={r.roomId}
            className="card house__room t-room-card"
            hoverClass="cell--hover"
            {...tappable(`查看房屋 ${roomLabel(r, false)}`, () => Taro.navigateTo({ url: `/pkg-house/room/index?roomId=${r.roomId}` }))}
          >
            <View className="house__room-head">
              <Text className="muted">{r.projectName}</Text>
              <Text className="house__kind">{OCCUPANT_KIND_LABELS[r.kind]}</Text>
            </View>
            <Text className="house__room-no">{roomLabel(r, false)}</Text>
            <View className="house__room-foot">
              <Text className="muted">
                {ROOM_USE_LABELS[r.use as RoomUse] ?? r.use} · {formatArea(r.area)} m²
              </Text>
              <Text className="house__link">成员与详情 ›</Text>
            </View>
          </View>
        ))
      )}

      {applying.length > 0 ? (
        <Section title="申请中">
          <View className="card card--flush house__flush">
            {applying.map((b) => (
              <View key={b.id} className="cell t-room-applying">
                <View className="cell__main">
                  <Text className="cell__title">
                    {b.projectName} {b.buildingName} {b.roomNo}
                  </Text>
                  <Text className="cell__desc">
                    {OCCUPANT_KIND_LABELS[b.kind]}
                    {b.status === 'rejected' ? ` · 驳回原因：${b.rejectReason || '未填写'}` : ''}
                  </Text>
                </View>
                <StatusTag status={b.status} />
              </View>
            ))}
          </View>
        </Section>
      ) : null}

      {rooms.length > 0 ? (
        <View className="pad">
          <Button className="btn btn--ghost btn--block t-house-bind" onClick={() => Taro.navigateTo({ url: BIND_URL })}>
            + 绑定其他房屋
          </Button>
        </View>
      ) : null}
    </>
  );
}
