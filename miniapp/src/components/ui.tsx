/** Small shared UI pieces of the main package: empty state, skeleton, status tag, login prompt. */
import { Text, View } from '@tarojs/components';
import { Button } from './button';
import Taro from '@tarojs/taro';
import {
  BINDING_STATUS_LABELS,
  OWNER_STATUS_LABELS,
  REPAIR_STATUS_LABELS,
  type BindingStatus,
  type RepairStatus,
} from '@wy/shared';
import { Fragment, type ReactNode } from 'react';
import './ui.css';

export function Empty(props: {
  title: string;
  desc?: string;
  actionText?: string;
  onAction?: () => void;
  className?: string;
  icon?: string;
}) {
  return (
    <View className={`ui-empty ${props.className ?? ''}`}>
      <View className="ui-empty__icon">{props.icon ?? '空'}</View>
      <Text className="ui-empty__title">{props.title}</Text>
      {props.desc ? <Text className="ui-empty__desc">{props.desc}</Text> : null}
      {props.actionText ? (
        <Button className="btn btn--primary ui-empty__action t-empty-action" onClick={props.onAction}>
          {props.actionText}
        </Button>
      ) : null}
    </View>
  );
}

/** Skeleton rows shown while a list loads. */
export function Skeleton(props: { rows?: number }) {
  const rows = Array.from({ length: props.rows ?? 3 });
  return (
    <View className="ui-skeleton t-loading">
      {rows.map((_, i) => (
        <View key={i} className="ui-skeleton__card">
          <View className="ui-skeleton__line ui-skeleton__line--short" />
          <View className="ui-skeleton__line" />
        </View>
      ))}
    </View>
  );
}

const STATUS_TONE: Record<BindingStatus, string> = {
  pending: 'warn',
  approved: 'ok',
  rejected: 'bad',
  revoked: 'muted',
};

export function StatusTag(props: { status: BindingStatus }) {
  return (
    <Text className={`ui-tag ui-tag--${STATUS_TONE[props.status]} t-status t-status-${props.status}`}>
      {BINDING_STATUS_LABELS[props.status] ?? props.status}
    </Text>
  );
}

const REPAIR_TONE: Record<RepairStatus, string> = {
  received: 'warn',
  dispatched: 'warn',
  accepted: 'info',
  arrived: 'info',
  paused: 'bad',
  finished: 'warn',
  confirmed: 'ok',
  closed: 'ok',
  cancelled: 'muted',
};

/**
 * A repair's status in the words of who is looking (labels from @wy/shared): the owner never sees the
 * centre's internal steps (待回访 is 已完成 to them); the technician section keeps the staff words.
 */
export function RepairStatusTag(props: { status: string; viewer: 'owner' | 'staff'; className?: string }) {
  const s = props.status as RepairStatus;
  const labels = props.viewer === 'owner' ? OWNER_STATUS_LABELS : REPAIR_STATUS_LABELS;
  return (
    <Text className={`ui-tag ui-tag--${REPAIR_TONE[s] ?? 'muted'} t-req-status t-req-status-${s} ${props.className ?? ''}`}>
      {labels[s] ?? s}
    </Text>
  );
}

export function Section(props: { title: string; extra?: ReactNode; children: ReactNode; className?: string }) {
  return (
    <View className={`ui-section ${props.className ?? ''}`}>
      <View className="ui-section__head">
        <Text className="ui-section__title">{props.title}</Text>
        {props.extra}
      </View>
      {props.children}
    </View>
  );
}

export function goLoginPage(): void {
  void Taro.navigateTo({ url: '/pkg-auth/login/index' });
}

export function LoginCard(props: { text?: string }) {
  return (
    <View className="card ui-login-card">
      <Text className="ui-login-card__title">欢迎使用物业服务</Text>
      <Text className="ui-login-card__desc">{props.text ?? '登录后可绑定房屋、报事报修、在线缴费'}</Text>
      <Button className="btn btn--primary t-go-login" onClick={goLoginPage}>
        登录 / 注册
      </Button>
    </View>
  );
}

/**
 * A time or code that wraps only at its spaces, each part kept whole: "12月11日 周五下午 14:00-18:00" goes
 * onto two lines at large text instead of running past its card, and never breaks inside 14:00.
 */
export function WrapAtSpaces(props: { text: string; className?: string }) {
  return (
    <Text className={props.className}>
      {props.text.split(' ').map((part, i) => (
        <Fragment key={i}>
          {i ? ' ' : null}
          <Text className="nowrap">{part}</Text>
        </Fragment>
      ))}
    </Text>
  );
}

/** Letters and digits with a digit among them, 4 or more: a receipt, order or room number, a plate. */
const NUMBER = /([A-Za-z0-9]*\d[A-Za-z0-9]*)/;

/**
 * Text whose numbers are read whole: at large text "收据号 SJ1012612070001" moves the number onto the next
 * line instead of breaking it in two (the 2× text walk fails a number broken across lines). The rest of the
 * text wraps as it did.
 */
export function WholeNumbers(props: { text: string; className?: string }) {
  return (
    <Text className={props.className}>
      {props.text.split(NUMBER).map((part, i) =>
        i % 2 && part.length >= 4 ? (
          <Text key={i} className="nowrap">
            {part}
          </Text>
        ) : (
          part
        ),
      )}
    </Text>
  );
}
