/**
 * 装修管理 (R-REN-01…08): the project's renovations — filtered on the server by status, room, keyword and late
 * reviews, keyset pages, counts by status — the detail in a drawer (退回补正, 工程审核, 经理审批, 发放许可证,
 * printing); 办理须知与收费 (R-REN-01), what owners read before applying.
 */
import { useState } from 'react';
import { Button, Checkbox, Space, Tag } from 'antd';
import { RENO_STATUSES, RENO_STATUS_LABELS } from '@wy/shared';
import { useAccess } from '../../auth';
import { useProject } from '../../project';
import { client, got } from '../../services/api';
import RoomFilter from '../../components/RoomFilter';
import WorkflowListPage from '../../components/workflow/WorkflowListPage';
import { appliedColumn, applicantColumn, codeColumn, listQuery, statusColumn } from '../../components/workflow/columns';
import DetailView from './DetailView';
import { RenoStatusTag, ReviewDue } from './display';
import GuideModal from './GuideModal';
import type { RenoSummary } from './types';

export default function RenovationsPage() {
  const pid = useProject().projectId!;
  const access = useAccess();
  const [roomId, setRoomId] = useState<number | undefined>();
  const [overdue, setOverdue] = useState(false);
  const [guide, setGuide] = useState(false);

  return (
    <WorkflowListPage<RenoSummary>
      title="装修管理"
      extra={
        <Button onClick={() => setGuide(true)} data-testid="reno-guide">
          办理须知与收费
        </Button>
      }
      path="/api/v1/renovations"
      testId="reno"
      keyword={{ placeholder: '许可证编号、申请人或施工单位' }}
      columns={[
        statusColumn({ statuses: RENO_STATUSES, label: (s) => RENO_STATUS_LABELS[s], width: 110 }, (r) => (
          <RenoStatusTag status={r.status} label={r.statusLabel} testId="reno-status" />
        )),
        {
          title: '审批时限',
          dataIndex: 'reviewDueAt',
          width: 170,
          search: false,
          render: (_, r) => <ReviewDue r={r} projectId={pid} />,
        },
        {
          title: '提醒',
          key: 'flags',
          width: 110,
          search: false,
          render: (_, r) =>
            r.acceptanceOverdue || r.refundLate ? (
              <Space size={4} wrap>
                {r.acceptanceOverdue && <Tag color="red">验收超时</Tag>}
                {r.refundLate && <Tag color="red">退还超时</Tag>}
              </Space>
            ) : (
              '—'
            ),
        },
        { title: '房屋', dataIndex: 'roomLabel', width: 150, search: false },
        applicantColumn(130),
        { title: '工期', dataIndex: 'startOn', width: 190, search: false, render: (_, r) => `${r.startOn} 至 ${r.endOn}` },
        { title: '施工单位', dataIndex: 'contractorCompany', search: false, ellipsis: true },
        codeColumn('许可证编号', 'permitCode', 160),
        appliedColumn(pid),
      ]}
      headerTitle={
        <Space size={16} wrap>
          <RoomFilter projectId={pid} value={roomId} onChange={setRoomId} testId="reno-room" />
          <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)} data-testid="reno-overdue-only">
            只看审批超时
          </Checkbox>
        </Space>
      }
      params={{ roomId, overdue }}
      fetchPage={(f, cursor) =>
        got(client.GET('/api/v1/renovations', { params: { query: listQuery(f, cursor, ['roomId', 'overdue']) } }))
      }
      scrollX={1410}
      emptyText="没有符合条件的装修申请"
      drawer={{ title: '装修申请详情', width: 880 }}
      detail={(id, changed) => <DetailView id={id} onChanged={changed} />}
    >
      {() => guide && <GuideModal projectId={pid} editable={access.renoConfigure} onClose={() => setGuide(false)} />}
    </WorkflowListPage>
  );
}
