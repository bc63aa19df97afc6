/** 处理时限: each SLA clock of the order, its state, and its extension (申请延期 / 待审批 / 已批准 / 已驳回). */
import { useState } from 'react';
import { Card, Table, Tag } from 'antd';
import { SLA_CLOCK_LABELS, type SlaClockKind } from '@wy/shared';
import { useAccess } from '../../../auth';
import type { Clock, Extension, RequestDetail } from '../../../services/models';
import { formatTime } from '../../../utils/time';
import { dueText } from '../../../utils/srv';
import { ExtensionCell, ExtensionModal } from '../ClockExtensions';

function clockState(c: Clock) {
  // ended by a re-dispatch, a cancel or a redo: a breach before that stays one
  if (c.cancelledAt) return c.breachedAt ? <Tag color="red">已超时，已撤销</Tag> : <Tag>已撤销</Tag>;
  if (c.metAt) return c.breachedAt ? <Tag color="red">超时完成</Tag> : <Tag color="green">按时完成</Tag>;
  if (c.breachedAt || new Date(c.dueAt) < new Date()) return <Tag color="red">已超时</Tag>;
  if (c.pausedAt) return <Tag color="purple">暂停计时</Tag>;
  return <Tag color="blue">计时中 · {dueText(c.dueAt)}</Tag>;
}

export default function ClocksCard({
  r,
  extensions,
  onExtended,
}: {
  r: RequestDetail;
  /** the order's extensions (null while they load) */
  extensions: Extension[] | null;
  onExtended: () => void;
}) {
  const access = useAccess();
  const [extending, setExtending] = useState<Clock | null>(null);
  // R-REP-16 each dispatch round has its own contact promise: name the round when there were several
  const rounds = new Set(r.clocks.filter((c) => c.kind === 'contact').map((c) => `${c.cycle}:${c.dispatchRound}`)).size;
  const label = (c: Clock) => {
    const name = SLA_CLOCK_LABELS[c.kind as SlaClockKind] ?? c.kind;
    return c.kind === 'contact' && rounds > 1 ? `${name}（第${c.dispatchRound + 1}次派单）` : name;
  };
  return (
    <Card size="small" title="处理时限">
      <Table<Clock>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={r.clocks}
        locale={{ emptyText: '暂无计时' }}
        columns={[
          { title: '环节', key: 'kind', render: (_: unknown, c) => label(c) },
          { title: '开始', dataIndex: 'startedAt', render: (v: string) => formatTime(v) },
          { title: '期限', dataIndex: 'dueAt', render: (v: string) => formatTime(v) },
          // an ended (cancelled or superseded) promise was not kept: no completion time
          { title: '完成', key: 'metAt', render: (_: unknown, c) => formatTime(c.cancelledAt ? null : c.metAt) },
          { title: '状态', key: 'state', render: (_: unknown, c) => clockState(c) },
          {
            title: '延期',
            key: 'extension',
            render: (_: unknown, c) => (
              <ExtensionCell clock={c} items={extensions} canApprove={access.slaApprove} onAsk={setExtending} />
            ),
          },
        ]}
      />
      <ExtensionModal
        requestId={r.id}
        code={r.code}
        clock={extending}
        onClose={() => setExtending(null)}
        onDone={() => {
          setExtending(null);
          onExtended();
        }}
      />
    </Card>
  );
}
