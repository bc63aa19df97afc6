/**
 * 装修管理 (R-REN-01…08): the project's renovations — filtered on the server by status, room, keyword and late
 * reviews, keyset pages, counts by status — the detail in a drawer (退回补正, 工程审核, 经理审批, 发放许可证,
 * printing); 办理须知与收费 (R-REN-01), what owners read before applying.
 */
import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, Checkbox, Drawer, Space, Tag } from 'antd';
import { RENO_STATUSES, RENO_STATUS_LABELS, type RenoStatus } from '@wy/shared';
import { useAccess } from '../../auth';
import { useProject } from '../../project';
import { client, got } from '../../services/api';
import { formatShort } from '../../utils/time';
import PageContainer from '../../components/PageContainer';
import RoomFilter from '../../components/RoomFilter';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import { openableRow, openColumn } from '../../components/table/openRow';
import type { ListColumn } from '../../components/table/DataTable';
import DetailView from './DetailView';
import { RenoStatusTag, ReviewDue } from './display';
import GuideModal from './GuideModal';
import type { RenoSummary } from './types';

export default function RenovationsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const access = useAccess();
  const [search] = useSearchParams();
  const actionRef = useRef<TableAction>(undefined);
  const [openId, setOpenId] = useState<number | null>(() => Number(search.get('id')) || null);
  const [roomId, setRoomId] = useState<number | undefined>();
  const [overdue, setOverdue] = useState(false);
  const [guide, setGuide] = useState(false);
  const params = useMemo(() => ({ projectId: pid, roomId, overdue }), [pid, roomId, overdue]);

  const columns: ListColumn<RenoSummary>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '许可证编号、申请人或施工单位' } },
    {
      title: '状态',
      dataIndex: 'status',
      width: 110,
      valueType: 'select',
      valueEnum: Object.fromEntries(RENO_STATUSES.map((s) => [s, { text: RENO_STATUS_LABELS[s] }])),
      render: (_, r) => <RenoStatusTag status={r.status} label={r.statusLabel} testId="reno-status" />,
    },
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
    {
      title: '申请人',
      dataIndex: 'applicantName',
      width: 130,
      search: false,
      render: (_, r) => `${r.applicantName}（${r.applicantRoleLabel}）`,
    },
    { title: '工期', dataIndex: 'startOn', width: 190, search: false, render: (_, r) => `${r.startOn} 至 ${r.endOn}` },
    { title: '施工单位', dataIndex: 'contractorCompany', search: false, ellipsis: true },
    {
      title: '许可证编号',
      dataIndex: 'permitCode',
      width: 160,
      search: false,
      render: (_, r) => <span data-latin-ok>{r.permitCode ?? '—'}</span>,
    },
    { title: '申请时间', dataIndex: 'createdAt', width: 120, search: false, render: (_, r) => formatShort(r.createdAt, pid) },
    openColumn('reno-open', setOpenId),
  ];

  return (
    <PageContainer
      title="装修管理"
      subTitle={project ? `${project.code} ${project.name}` : undefined}
      extra={
        <Button onClick={() => setGuide(true)} data-testid="reno-guide">
          办理须知与收费
        </Button>
      }
    >
      <KeysetTable<RenoSummary>
        path="/api/v1/renovations"
        rowKey="id"
        actionRef={actionRef}
        headerTitle={
          <Space size={16} wrap>
            <RoomFilter projectId={pid} value={roomId} onChange={setRoomId} testId="reno-room" />
            <Checkbox checked={overdue} onChange={(e) => setOverdue(e.target.checked)} data-testid="reno-overdue-only">
              只看审批超时
            </Checkbox>
          </Space>
        }
        columns={columns}
        params={params}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/renovations', {
              params: {
                query: {
                  projectId: pid,
                  status: (f.status as RenoStatus) || undefined,
                  keyword: (f.keyword as string) || undefined,
                  roomId: (f.roomId as number) || undefined,
                  overdue: f.overdue ? true : undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          )
        }
        onRow={openableRow('reno-row', 'data-reno-id', setOpenId)}
        scroll={{ x: 1410 }}
        emptyText="没有符合条件的装修申请"
      />
      <Drawer title="装修申请详情" open={openId !== null} width={880} onClose={() => setOpenId(null)} destroyOnHidden>
        {openId !== null && <DetailView key={openId} id={openId} onChanged={() => actionRef.current?.reload()} />}
      </Drawer>
      {guide && <GuideModal projectId={pid} editable={access.renoConfigure} onClose={() => setGuide(false)} />}
    </PageContainer>
  );
}
