/** 入伙办理: my rooms' move-in notices (R-MOV-01) — where each stands and the steps — each opening the notice. */
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { Empty, Section } from '../../components/ui';
import { PageState, usePage } from '../../components/page';
import { tappable } from '../../components/tap';
import { StatusRow } from '../../components/workflow';
import { requireOwner } from '../../services/auth';
import { useElderClass } from '../../services/elder';
import { api } from '../../services/request';
import { openMoveIn, tone, type MyMoveIn } from '../words';
import '../movein.css';

function Item(props: { m: MyMoveIn }) {
  const m = props.m;
  const open = m.defectLines.filter((d) => d.status !== 'confirmed').length;
  return (
    <View className="card t-movein-item" {...tappable(`入伙 ${m.roomLabel} ${m.statusLabel}`, () => Taro.navigateTo({ url: openMoveIn(m.id) }))}>
      <StatusRow title={m.roomLabel} status={m.statusLabel} tone={tone(m.status)} tagClassName="t-movein-status" />
      <Text className="wf-text">
        {m.projectName} · {m.batchName}
      </Text>
      <Text className="muted">
        集中交付 {m.startOn} 至 {m.endOn}
        {m.defectLines.length ? ` · 遗留问题 ${m.defectLines.length} 项${open ? `（${open} 项未了结）` : '（已全部确认）'}` : ''}
      </Text>
    </View>
  );
}

export default function MyMoveIns() {
  const elder = useElderClass();
  const page = usePage(() => api.get('/me/move-ins', { silent: true }), { guard: requireOwner });
  return (
    <View className={`page mv-page ${elder}`}>
      <PageState page={page}>
        {(list) => (
          <Section title="我的入伙">
            {list.length ? (
              list.map((m) => <Item key={m.id} m={m} />)
            ) : (
              <Empty title="暂无入伙通知" desc="开发商交付房屋后，入伙通知会出现在这里" />
            )}
          </Section>
        )}
      </PageState>
    </View>
  );
}
