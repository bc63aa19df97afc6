/** One published monthly work report: the month's figures, the work done, next month's plan and the owners' committee's opinion. */
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { PageState, usePage } from '../../components/page';
import { requireOwner } from '../../services/auth';
import { useElderClass } from '../../services/elder';
import { fullTime, yuan } from '../../services/format';
import { api, ApiError } from '../../services/request';
import { monthTitle, paragraphs } from '../words';
import '../info.css';

const pct = (v: number | null) => (v === null ? '—' : `${v}%`);

function Section(props: { title: string; text: string }) {
  return (
    <View className="card">
      <Text className="info-section">{props.title}</Text>
      {paragraphs(props.text).map((p, i) => (
        <Text key={i} className="info-detail__para">
          {p}
        </Text>
      ))}
    </View>
  );
}

async function load(id: number) {
  if (!Number.isInteger(id) || id <= 0) throw new ApiError(404, 'NOT_FOUND', '工作报告不存在');
  return api.get('/me/work-reports/{id}', { path: { id }, silent: true });
}

export default function WorkReport() {
  const elder = useElderClass();
  const id = Number(useRouter().params.id);
  const page = usePage(() => load(id), { guard: requireOwner });
  return (
    <PageState page={page} rows={6} notFound={{ title: '工作报告不存在', desc: '该报告尚未公示，或不是您所在项目的报告' }}>
      {(r) => (
        <View className={`page t-report-detail ${elder}`}>
          <View className="card">
            <Text className="info-detail__title t-report-title">
              {r.projectName}
              {monthTitle(r.month)}
            </Text>
            <Text className="info-item__meta">公示于 {fullTime(r.publishedAt)}</Text>
          </View>
          <View className="card">
            <Text className="info-section">本月主要数据</Text>
            <Text className="info-detail__para">
              报修：受理 {r.figures.repairs.received} 单，完成 {r.figures.repairs.resolved} 单；处理及时率{' '}
              {pct(r.figures.repairs.timelyRate)}
              ，回访率 {pct(r.figures.repairs.callbackRate)}，满意率 {pct(r.figures.repairs.satisfactionRate)}
            </Text>
            <Text className="info-detail__para">
              投诉：受理 {r.figures.complaints.received} 件；处理及时率 {pct(r.figures.complaints.timelyRate)}，回访率{' '}
              {pct(r.figures.complaints.callbackRate)}，满意率 {pct(r.figures.complaints.satisfactionRate)}
            </Text>
            <Text className="info-detail__para">
              收费：应收 {yuan(r.figures.collection.billedFen)}，实收 {yuan(r.figures.collection.collectedFen)}，收缴率{' '}
              {pct(r.figures.collection.ratePct)}
            </Text>
            <Text className="info-item__meta">“—”表示本月没有可统计的记录</Text>
          </View>
          <Section title="本月工作" text={r.summary} />
          <Section title="下月计划" text={r.plan} />
          <View className="card">
            <Text className="info-section">业主委员会审核意见</Text>
            <Text className="info-detail__para t-report-opinion">{r.reviewOpinion}</Text>
            <Text className="info-item__meta">审核日期 {fullTime(r.reviewedAt).slice(0, 10)}</Text>
          </View>
        </View>
      )}
    </PageState>
  );
}
