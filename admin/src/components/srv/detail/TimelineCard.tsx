/** 处理过程 (R-SRV-07): every step with its time, who, the new status, who sees it (owner or staff only), note and photos. */
import { Badge, Card, Empty, Space, Tag, Timeline, Typography } from 'antd';
import { REPAIR_ACTION_LABELS, type RepairAction, type TimelineAudience } from '@wy/shared';
import type { TimelineEvent } from '../../../services/models';
import { formatTime } from '../../../utils/time';
import { statusText } from '../../../utils/srv';
import { PhotoList } from '../Photos';

/** Timeline events that are not state-machine actions (recorded by the API). */
const EVENT_LABELS: Record<string, string> = {
  intake: '受理登记',
  link_report: '重复报告（已关联）',
  handover: '首问转交',
  second_callback: '二次回访',
  extension_request: '申请延期',
  extension_approved: '批准延期',
  extension_rejected: '驳回延期',
  payment: '收费',
};
const eventLabel = (a: string) => REPAIR_ACTION_LABELS[a as RepairAction] ?? EVENT_LABELS[a] ?? a;
const ACTOR_KIND: Record<string, string> = { staff: '员工', owner: '业主', system: '系统' };
/** Notes written by the API may quote instants in ISO form ("申请延期至 2026-11-24T02:00:00.000Z"): show them local. */
const localNote = (n: string) => n.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z/g, (m) => formatTime(m));

function AudienceTag({ audience }: { audience: TimelineAudience }) {
  return audience === 'staff' ? (
    <Tag color="default" data-testid="event-audience" title="业主在小程序中看不到此条记录">
      仅内部
    </Tag>
  ) : (
    <Tag color="green" data-testid="event-audience" title="业主在小程序中可以看到此条记录">
      业主可见
    </Tag>
  );
}

function EventItem({ e }: { e: TimelineEvent }) {
  return (
    <div data-testid="timeline-event">
      <Space wrap size={6}>
        <Typography.Text strong>{eventLabel(e.action)}</Typography.Text>
        <Typography.Text type="secondary">{formatTime(e.at)}</Typography.Text>
        <Typography.Text>
          {e.actorName}
          {ACTOR_KIND[e.actorKind] && e.actorKind !== 'staff' ? `（${ACTOR_KIND[e.actorKind]}）` : ''}
        </Typography.Text>
        {e.toStatus && e.toStatus !== e.fromStatus && <Badge status="processing" text={statusText(e.toStatus)} />}
        <AudienceTag audience={e.audience as TimelineAudience} />
      </Space>
      {e.note && <div style={{ whiteSpace: 'pre-wrap', color: '#555' }}>{localNote(e.note)}</div>}
      {e.photos.length > 0 && (
        <div style={{ marginTop: 6 }}>
          <PhotoList photos={e.photos} size={56} />
        </div>
      )}
    </div>
  );
}

export default function TimelineCard({ events }: { events: TimelineEvent[] }) {
  return (
    <Card size="small" title={`处理过程（${events.length}）`}>
      {events.length ? (
        <Timeline
          items={events.map((e) => ({
            key: e.id,
            color: e.action === 'cancel' || e.action === 'return' ? 'red' : e.toStatus === 'closed' ? 'green' : 'blue',
            children: <EventItem e={e} />,
          }))}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无记录" />
      )}
    </Card>
  );
}
