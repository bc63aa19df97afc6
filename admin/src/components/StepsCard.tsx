/**
 * 办理过程: a workflow's timeline card (a parking application, a release pass, a move-in) — each step with its
 * label, time in the project's zone, who, and the staff note.
 */
import { Card, Timeline, Typography } from 'antd';
import { formatTime } from '../utils/time';

export interface StepRow {
  at: string;
  label: string;
  actorName: string;
  note?: string | null;
}

export default function StepsCard({ steps, projectId, title = '办理过程' }: { steps: readonly StepRow[]; projectId: number; title?: string }) {
  return (
    <Card size="small" title={title}>
      <Timeline
        items={steps.map((e) => ({
          children: (
            <div>
              <b>{e.label}</b>
              <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                {formatTime(e.at, projectId)} · {e.actorName}
              </Typography.Text>
              {e.note && <div style={{ whiteSpace: 'pre-wrap' }}>{e.note}</div>}
            </div>
          ),
        }))}
      />
    </Card>
  );
}
