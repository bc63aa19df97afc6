/**
 * 社区公告 (R-ACT-04): what the centre published for a building of mine, pinned first then newest, a red dot
 * until I open one; more load as I scroll to the end (server-paged), pull down to refresh.
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Empty } from '../../components/ui';
import { PageState, useMorePages, usePage } from '../../components/page';
import { tappable } from '../../components/tap';
import { requireOwner } from '../../services/auth';
import { useElderClass } from '../../services/elder';
import { api } from '../../services/request';
import type { MyNotice as Notice } from '../../services/models';
import { noticeTime } from '../words';
import '../info.css';

function Item(props: { n: Notice }) {
  const n = props.n;
  return (
    <View
      className={`card t-notice-item ${n.read ? '' : 't-notice-unread'}`}
      hoverClass="cell--hover"
      {...tappable(`${n.read ? '' : '未读，'}${n.kindLabel}：${n.title}`, () =>
        Taro.navigateTo({ url: `/pkg-info/detail/index?id=${n.id}` }),
      )}
    >
      <View className="info-item__row">
        {n.read ? null : <View className="info-dot" aria-hidden />}
        <Text className="info-item__title">{n.title}</Text>
        {n.urgent ? <Text className="info-tag info-tag--urgent">紧急</Text> : null}
        {n.pinned ? <Text className="info-tag info-tag--pinned">置顶</Text> : null}
      </View>
      <Text className="info-item__meta">
        {n.kindLabel} · {noticeTime(n)}
      </Text>
    </View>
  );
}

export default function Notices() {
  const elder = useElderClass();
  const page = usePage(() => api.get('/me/announcements', { silent: true }), { guard: requireOwner });
  const loading = useMorePages(page, (cursor) => api.get('/me/announcements', { query: { cursor }, silent: true }));
  return (
    <View className={`page ${elder}`}>
      <View
        className="card t-report-entry"
        hoverClass="cell--hover"
        {...tappable('月度工作报告：物业报送业主委员会并经审核公示的每月工作报告', () =>
          Taro.navigateTo({ url: '/pkg-info/reports/index' }),
        )}
      >
        <Text className="info-item__title info-block">月度工作报告</Text>
        <Text className="info-item__meta">物业每月报送业主委员会、审核后公示的工作报告 ›</Text>
      </View>
      <PageState page={page}>
        {(d) =>
          d.items.length === 0 ? (
            <Empty className="t-notice-empty" icon="告" title="暂无公告" desc="物业服务中心发布的通知和温馨提示会显示在这里" />
          ) : (
            <>
              {d.items.map((n) => (
                <Item key={n.id} n={n} />
              ))}
              <Text className="info-more t-notice-more">
                {d.nextCursor ? (loading ? '加载中…' : '上滑加载更多') : '没有更多了'}
              </Text>
            </>
          )
        }
      </PageState>
    </View>
  );
}
