/** A record's steps for staff: each with its time, who, the note, and whether the owner sees it (complaints, suggestions, inquiries). */
import { Timeline, Typography } from 'antd';
import { formatTime } from '../../utils/time';

export interface TimelineStep {
  at: string;
  actorName: string;
  label: string;
  note?: string | null;
  audience: string;
}

export default function EventTimeline({ events, projectId }: { events: TimelineStep[]; projectId: number }) {
  return (
    <Timeline
      items={events.map((e) => ({
        color: e.audience === 'owner' ? 'blue' : 'gray',
        children: (
          <div>
            <b>{e.label}</b>
            <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
              {formatTime(e.at, projectId)} · {e.actorName}
              {e.audience === 'staff' ? ' · 仅员工可见' : ''}
            </Typography.Text>
            {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
          </div>
        ),
      }))}
    />
  );
}
