/** 我的投诉: newest first, each with its status and the next promise, in my words. */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Empty } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { fullTime, shortTime } from '../../services/format';
import { api } from '../../services/request';
import type { MyComplaint } from '../types';
import { COMPLAINT_INVITATION } from '../words';
import '../../srv-common/srv.css';
import '../complaint.css';
import { tappable } from '../../components/tap';
import { useElderClass } from '../../services/elder';

const goNew = () => Taro.navigateTo({ url: '/pkg-complaint/new/index' });

function Item(props: { c: MyComplaint }) {
  const c = props.c;
  const next = c.promises.filter((p) => !p.done).sort((a, b) => a.dueAt.localeCompare(b.dueAt))[0];
  const finished = c.statusLabel === '已完结' || c.statusLabel === '已说明';
  return (
    <View
      className="card t-cmp-item"
      hoverClass="cell--hover"
      {...tappable(`查看投诉 ${c.statusLabel}`, () => Taro.navigateTo({ url: `/pkg-complaint/detail/index?id=${c.id}` }))}
    >
      <View className="cp-item__row">
        <Text className="cp-item__title">投诉</Text>
        <Text className={`cp-tag ${finished ? 'cp-tag--done' : ''}`}>{c.statusLabel}</Text>
      </View>
      <Text className="cp-item__text">{c.problem}</Text>
      <Text className="muted">
        提交于 <Text className="nowrap">{shortTime(c.receivedAt)}</Text>
        {next ? (
          <>
            {' · '}
            {next.label}：<Text className="nowrap">{fullTime(next.dueAt)}</Text> 前
          </>
        ) : null}
      </Text>
    </View>
  );
}

export default function MyComplaints() {
  const elder = useElderClass();
  const page = usePage(() => api.get('/me/complaints', { silent: true }), { guard: requireOwner });
  return (
    <View className={`page ${elder}`}>
      <PageState page={page}>
        {(items) =>
          items.length === 0 ? (
            <Empty className="t-cmp-empty" title="暂无投诉" desc={COMPLAINT_INVITATION} actionText="我要投诉" onAction={goNew} />
          ) : (
            <>
              {items.map((c) => (
                <Item key={c.id} c={c} />
              ))}
              <View className="cp-btns">
                <View className="btn btn--ghost btn--block" {...tappable('我要投诉', goNew)}>
                  我要投诉
                </View>
              </View>
            </>
          )
        }
      </PageState>
    </View>
  );
}
