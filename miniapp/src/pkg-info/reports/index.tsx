/**
 * 月度工作报告 (R-RPT-02): the monthly reports the centre sent to the owners' committee and published after
 * its review, of the projects where I hold a room, newest first; more as I scroll to the end.
 */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Empty } from '../../components/ui';
import { PageState, useMorePages, usePage } from '../../components/page';
import { tappable } from '../../components/tap';
import { requireOwner } from '../../services/auth';
import { useElderClass } from '../../services/elder';
import { fullTime } from '../../services/format';
import { api } from '../../services/request';
import type { MyWorkReport } from '../../services/models';
import { monthTitle } from '../words';
import '../info.css';

function Item(props: { r: MyWorkReport }) {
  const r = props.r;
  return (
    <View
      className="card t-report-item"
      hoverClass="cell--hover"
      {...tappable(`${r.projectName}${monthTitle(r.month)}`, () => Taro.navigateTo({ url: `/pkg-info/report/index?id=${r.id}` }))}
    >
      <View className="info-item__row">
        <Text className="info-item__title">{monthTitle(r.month)}</Text>
      </View>
      <Text className="info-item__meta">
        {r.projectName} · 公示于 {fullTime(r.publishedAt)}
      </Text>
    </View>
  );
}

export default function WorkReports() {
  const elder = useElderClass();
  const page = usePage(() => api.get('/me/work-reports', { silent: true }), { guard: requireOwner });
  const loading = useMorePages(page, (cursor) => api.get('/me/work-reports', { query: { cursor }, silent: true }));
  return (
    <View className={`page ${elder}`}>
      <PageState page={page}>
        {(d) =>
          d.items.length === 0 ? (
            <Empty
              className="t-report-empty"
              icon="报"
              title="暂无公示的工作报告"
              desc="物业每月向业主委员会报送工作报告，业委会审核后在这里公示"
            />
          ) : (
            <>
              {d.items.map((r) => (
                <Item key={r.id} r={r} />
              ))}
              <Text className="info-more">{d.nextCursor ? (loading ? '加载中…' : '上滑加载更多') : '没有更多了'}</Text>
            </>
          )
        }
      </PageState>
    </View>
  );
}
