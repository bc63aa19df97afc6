import { Text, View } from '@tarojs/components';
import { Button } from '../../components/button';
import Taro from '@tarojs/taro';
import { OCCUPANT_KIND_LABELS } from '@wy/shared';
import { RepairStatusTag, StatusTag } from '../../components/ui';
import { fullTime } from '../../services/format';
import type { MyBinding, RequestSummary } from '../../services/models';
import type { ResponseOf } from '../../services/request';

type MyPass = ResponseOf<'/me/passes', 'get'>[number];
type MyMoveIn = ResponseOf<'/me/move-ins', 'get'>[number];
type MyReno = ResponseOf<'/me/renovations', 'get'>[number];
import { tappable } from '../../components/tap';

export type Entry =
  | { kind: 'binding'; at: string; b: MyBinding }
  | { kind: 'repair'; at: string; r: RequestSummary }
  | { kind: 'pass'; at: string; p: MyPass }
  | { kind: 'movein'; at: string; m: MyMoveIn }
  | { kind: 'reno'; at: string; n: MyReno };

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

/** A release pass: mine, or one of my room's for me to confirm (R-PAS-01). */
export function PassItem(props: { p: MyPass }) {
  const p = props.p;
  const mine = p.allowedActions.includes('confirm');
  return (
    <View
      className="card inbox__item t-inbox-item t-inbox-pass"
      hoverClass="cell--hover"
      {...tappable(`物品放行 ${p.statusLabel}`, () => Taro.navigateTo({ url: `/pkg-pass/detail/index?id=${p.id}` }))}
    >
      <View className="inbox__row">
        <Text className="inbox__type">物品放行{mine ? ' · 待我确认' : ''}</Text>
        <Text className="inbox__tag">{p.statusLabel}</Text>
      </View>
      <Text className="inbox__room">
        {p.roomLabel} · {p.moveOn} 搬出 {p.items.length} 项物品
      </Text>
      <Text className="muted">
        {p.applicantName}（{p.applicantRoleLabel}） · 提交于 <Text className="nowrap">{fullTime(p.createdAt)}</Text>
      </Text>
    </View>
  );
}

/** My room's move-in (R-MOV-01/04): where it stands, and the defects still open with the developer. */
export function MoveInItem(props: { m: MyMoveIn }) {
  const m = props.m;
  const open = m.defectLines.filter((d) => d.status !== 'confirmed').length;
  return (
    <View
      className="card inbox__item t-inbox-item t-inbox-movein"
      hoverClass="cell--hover"
      {...tappable(`入伙 ${m.statusLabel}`, () => Taro.navigateTo({ url: `/pkg-movein/detail/index?id=${m.id}` }))}
    >
      <View className="inbox__row">
        <Text className="inbox__type">入伙办理</Text>
        <Text className="inbox__tag">{m.statusLabel}</Text>
      </View>
      <Text className="inbox__room">
        {m.roomLabel} · {m.batchName}
      </Text>
      <Text className="muted">
        {m.defectLines.length ? `遗留问题 ${m.defectLines.length} 项，${open ? `${open} 项未了结` : '已全部确认'}` : `集中交付 ${m.startOn} 至 ${m.endOn}`}
      </Text>
    </View>
  );
}

/** A renovation: mine, or one of my room's for me to consent to (R-REN-02). */
export function RenoItem(props: { n: MyReno }) {
  const n = props.n;
  const mine = n.allowedActions.includes('confirm');
  return (
    <View
      className="card inbox__item t-inbox-item t-inbox-reno"
      hoverClass="cell--hover"
      {...tappable(`装修报备 ${n.statusLabel}`, () => Taro.navigateTo({ url: `/pkg-reno/detail/index?id=${n.id}` }))}
    >
      <View className="inbox__row">
        <Text className="inbox__type">装修报备{mine ? ' · 待我同意' : ''}</Text>
        <Text className="inbox__tag">{n.statusLabel}</Text>
      </View>
      <Text className="inbox__room">
        {n.roomLabel} · 工期 {n.startOn} 至 {n.endOn}
      </Text>
      <Text className="muted">
        {n.applicantName}（{n.applicantRoleLabel}） · 提交于 <Text className="nowrap">{fullTime(n.createdAt)}</Text>
      </Text>
    </View>
  );
}
