import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { ReactNode } from 'react';
import { formatYuan, maskPhone, OCCUPANT_KIND_LABELS } from '@wy/shared';
import { modulesOf } from '../../components/entries';
import { Section, StatusTag } from '../../components/ui';
import { Tap } from '../../components/tap';
import { roomLabel } from '../../services/rooms';
import type { MyBinding } from '../../services/models';
import type { MeData } from './load';

export function MeHead(props: { data: MeData | undefined }) {
  const d = props.data;
  const name = !d ? '' : d.kind === 'guest' ? '未登录' : d.me.name || (d.kind === 'staff' ? '员工' : '业主');
  const sub = !d
    ? '加载中…'
    : d.kind === 'guest'
      ? '登录后管理房屋、家人和车辆'
      : d.kind === 'staff'
        ? '物业员工账号'
        : (maskPhone(d.me.phoneMasked) ?? '');
  return (
    <View className="me__head">
      <View className="me__avatar">{d?.kind === 'guest' ? '访' : name.slice(0, 1)}</View>
      <View className="me__who">
        <Text className="me__name t-me-name">{name}</Text>
        <Text className="me__phone t-me-phone nowrap">{sub}</Text>
      </View>
    </View>
  );
}

function Cell(props: {
  className: string;
  glyph?: { text: string; color: string };
  title: string;
  desc?: string;
  extra?: ReactNode;
  onClick: () => void;
  /** a switch row: read with its state, no arrow */
  checked?: boolean;
}) {
  return (
    <Tap
      className={`cell ${props.className}`}
      hoverClass="cell--hover"
      label={props.desc ? `${props.title}，${props.desc}` : props.title}
      onTap={props.onClick}
      checked={props.checked}
    >
      {props.glyph ? (
        <View className="me__glyph" style={{ background: props.glyph.color }}>
          {props.glyph.text}
        </View>
      ) : null}
      <View className="cell__main">
        <Text className="cell__title">{props.title}</Text>
        {props.desc ? <Text className="cell__desc">{props.desc}</Text> : null}
      </View>
      {props.extra}
      {props.checked === undefined ? <Text className="cell__arrow">›</Text> : null}
    </Tap>
  );
}

const go = (url: string) => () => void Taro.navigateTo({ url });

export function MyMenu(props: { d: Extract<MeData, { kind: 'owner' }> }) {
  const { rooms, current, vehicles, unpaidFen } = props.d;
  return (
    <View className="card card--flush me__menu">
      <Cell
        className="t-my-rooms"
        glyph={{ text: '房', color: '#1aa179' }}
        title="我的房屋"
        desc={rooms.length ? rooms.map((r) => roomLabel(r, false)).join('、') : '暂未绑定房屋'}
        extra={<Text className="cell__extra">{rooms.length ? `${rooms.length} 套` : ''}</Text>}
        onClick={go('/pkg-house/rooms/index')}
      />
      <Cell
        className="t-my-members"
        glyph={{ text: '家', color: '#2f7cf6' }}
        title="家庭成员"
        desc={current ? `${roomLabel(current, false)} · 审核家人、租户的申请` : '审核家人、租户的绑定申请'}
        onClick={go(current ? `/pkg-house/room/index?roomId=${current.roomId}` : '/pkg-auth/bind/index')}
      />
      <Cell
        className="t-my-vehicles"
        glyph={{ text: '车', color: '#6f58d8' }}
        title="我的车辆"
        desc={vehicles.length ? vehicles.map((v) => v.plate).join('、') : '暂无登记车辆'}
        onClick={go('/pkg-house/vehicles/index')}
      />
      {modulesOf(current).includes('fee') ? (
        <Cell
          className="t-my-bills"
          glyph={{ text: '费', color: '#e08a00' }}
          title="物业缴费"
          desc="待缴账单、缴费记录和电子收据"
          extra={
            unpaidFen > 0 ? <Text className="cell__extra me__owed t-my-bills-owed">待缴 {formatYuan(unpaidFen)}</Text> : null
          }
          onClick={go('/pkg-fee/index/index')}
        />
      ) : null}
    </View>
  );
}

export function BindingRequests(props: { bindings: MyBinding[] }) {
  return (
    <Section
      title="绑定申请"
      extra={
        <Tap className="muted tap-min t-bind-new" label="绑定房屋" onTap={go('/pkg-auth/bind/index')}>
          + 绑定房屋
        </Tap>
      }
    >
      <View className="card card--flush me__requests">
        {props.bindings.length === 0 ? (
          <View className="cell">
            <Text className="muted">还没有绑定申请</Text>
          </View>
        ) : (
          props.bindings.map((b) => (
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
          ))
        )}
      </View>
    </Section>
  );
}

export function StaffCell() {
  return (
    <Cell
      className="t-staff-entry"
      glyph={{ text: '工', color: '#7b8794' }}
      title="物业员工入口"
      desc="维修师傅接单、处理工单"
      onClick={go('/pkg-staff/index/index')}
    />
  );
}

export function PrivacyCell() {
  const show = () =>
    Taro.showModal({
      title: '隐私说明',
      content:
        '我们仅为提供物业服务收集您的手机号、姓名和房屋信息；手机号、证件号加密保存，对工作人员脱敏显示，不会提供给第三方。',
      showCancel: false,
      confirmText: '知道了',
    });
  return <Cell className="t-privacy" title="隐私说明" onClick={show} />;
}

/** 长辈版: bigger text and buttons, a home page of the few big jobs. */
export function ElderCell(props: { on: boolean; onChange: (on: boolean) => void }) {
  return (
    <Cell
      className="t-elder-switch"
      glyph={{ text: '长', color: '#b45309' }}
      title="长辈版"
      desc="字更大、按钮更大，首页只留常用服务"
      checked={props.on}
      extra={<Text className={`me__toggle ${props.on ? 'me__toggle--on' : ''}`}>{props.on ? '已开启' : '未开启'}</Text>}
      onClick={() => props.onChange(!props.on)}
    />
  );
}
