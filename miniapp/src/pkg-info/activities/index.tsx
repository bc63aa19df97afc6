/**
 * 社区活动 (R-ACT-02): activities of my projects — those asking my opinion first (征求意见), those open for
 * sign-up with the places left, and those just held — the next to start first; tap one to answer or sign up.
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Empty } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { tappable } from '../../components/tap';
import { requireOwner } from '../../services/auth';
import { useElderClass } from '../../services/elder';
import { api } from '../../services/request';
import type { MyActivity } from '../../services/models';
import { activityPlaces, activityWhen } from '../words';
import '../info.css';

export function ActivityItem(props: { a: MyActivity }) {
  const a = props.a;
  const places = a.phase === 'open' ? activityPlaces(a) : '';
  return (
    <View
      className="card t-activity-item"
      hoverClass="cell--hover"
      {...tappable(`${a.phaseLabel}：${a.theme}${a.signedUp ? '，已报名' : ''}`, () =>
        Taro.navigateTo({ url: `/pkg-info/activity/index?id=${a.id}` }),
      )}
    >
      <View className="info-item__row">
        <Text className="info-item__title">{a.theme}</Text>
        <Text className={`info-tag info-tag--${a.phase}`}>{a.phaseLabel}</Text>
        {a.signedUp ? <Text className="info-tag info-tag--mine">已报名</Text> : null}
      </View>
      <Text className="info-item__meta">{activityWhen(a)}</Text>
      {places ? <Text className="info-item__meta">{places}</Text> : null}
    </View>
  );
}

export default function Activities() {
  const elder = useElderClass();
  const page = usePage(() => api.get('/me/activities', { silent: true }), { guard: requireOwner });
  return (
    <View className={`page ${elder}`}>
      <PageState page={page}>
        {(d) =>
          d.items.length === 0 ? (
            <Empty
              className="t-activity-empty"
              icon="活"
              title="暂无社区活动"
              desc="物业服务中心组织的活动和意见征询会显示在这里"
            />
          ) : (
            <>
              {d.items.map((a) => (
                <ActivityItem key={a.id} a={a} />
              ))}
            </>
          )
        }
      </PageState>
    </View>
  );
}
