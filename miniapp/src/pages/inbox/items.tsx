import { Text, View } from '@tarojs/components';
import { Button } from '../../components/button';
import Taro from '@tarojs/taro';
import { OCCUPANT_KIND_LABELS } from '@wy/shared';
import { RepairStatusTag, StatusTag } from '../../components/ui';
import { fullTime } from '../../services/format';
import type { MyBinding, RequestSummary } from '../../services/models';
import { tappable } from '../../components/tap';

export type Entry = { kind: 'binding'; at: string; b: MyBinding } | { kind: 'repair'; at: string; r: RequestSummary };

export function RepairItem(props: { r: RequestSummary }) {
  const r = props.r;
  return (
    <View
      className="card inbox__item t-inbox-item t-req-item"
      hoverClass="cell--hover"
      {...tappable(`查看报修 ${r.categoryName}`, () => Taro.navigateTo({ url: `/pkg-repair/detail/index?id=${r.id}` }))}
    >
      <View className="inbox__row">
        <Text className="inbox__type">报修 · {r.categoryName}</Text>
        <RepairStatusTag status={r.status} viewer="owner" />
      </View>
      <Text className="inbox__room">{r.summary}</Text>
      <Text className="muted t-inbox-at">
        {r.code} · 提交于 <Text className="nowrap">{fullTime(r.receivedAt)}</Text>
      </Text>
    </View>
  );
}

export function BindingItem(props: { b: MyBinding }) {
  const b = props.b;
  const open = () => {
    if (b.status === 'approved') void Taro.navigateTo({ url: `/pkg-house/room/index?roomId=${b.roomId}` });
    else if (b.status === 'pending') void Taro.showToast({ title: '物业服务中心审核中，请耐心等待', icon: 'none' });
  };
  return (
    <View
      className="card inbox__item t-inbox-item"
      hoverClass="cell--hover"
      // a refused binding's card holds its own button (重新绑定); the others are the button
      {...(b.status === 'rejected' ? {} : tappable(`房屋绑定 ${OCCUPANT_KIND_LABELS[b.kind]}`, open))}
    >
      <View className="inbox__row">
        <Text className="inbox__type">房屋绑定 · {OCCUPANT_KIND_LABELS[b.kind]}</Text>
        <StatusTag status={b.status} />
      </View>
      <Text className="inbox__room">
        {b.projectName} {b.buildingName} {b.roomNo}
      </Text>
      <Text className="muted">提交于 {fullTime(b.createdAt)}</Text>
      {b.status === 'rejected' ? (
        <View className="inbox__rejected">
          <Text className="inbox__reason t-reject-reason">驳回原因：{b.rejectReason || '未填写'}</Text>
          <Button
            className="btn btn--ghost btn--small t-rebind"
            onClick={(e) => {
              e.stopPropagation();
              void Taro.navigateTo({ url: '/pkg-auth/bind/index' });
            }}
          >
            重新申请
          </Button>
        </View>
      ) : null}
    </View>
  );
}
