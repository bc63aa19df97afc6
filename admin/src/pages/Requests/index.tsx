/** 报修工单: server-side filters, keyset paging, overdue rows in red, details in a drawer. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { PageContainer, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Button, Space, Tag, Tooltip, Typography } from 'antd';
import { PlusOutlined, StarFilled } from '@ant-design/icons';
import { REPAIR_STAGE_LABELS, REPAIR_STATUS_LABELS, REPAIR_STATUSES, type RepairStatus } from '@wy/shared';
import CursorTable from '../../components/CursorTable';
import RequestDrawer from '../../components/srv/RequestDrawer';
import { useProject } from '../../project';
import { listRepairCategories, listRequests, listTechnicians, showError } from '../../services/api';
import type { RepairCategory, RequestSummary, Technician } from '../../services/models';
import { formatTime } from '../../utils/time';
import { dueText, formatRange, STATUS_COLORS, URGENCY_COLORS, urgencyText } from '../../utils/srv';

export default function RequestsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const actionRef = useRef<ActionType>(undefined);
  const [openId, setOpenId] = useState<number | null>(() => Number(search.get('id')) || null);
  const [cats, setCats] = useState<RepairCategory[]>([]);
  const [techs, setTechs] = useState<Technician[]>([]);
  const params = useMemo(() => ({ projectId: pid }), [pid]);

  useEffect(() => {
    listRepairCategories(pid).then(setCats, showError);
    listTechnicians(pid).then(setTechs, showError);
  }, [pid]);

  const initialStatus = search.get('status');
  const columns: ProColumns<RequestSummary>[] = [
    {
      title: '关键字',
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: '单号 / 物业编码 / 报修人', 'data-testid': 'requests-keyword' },
    },
    {
      title: '单号',
      dataIndex: 'code',
      search: false,
      width: 170,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <Typography.Link onClick={() => setOpenId(r.id)}>{r.code}</Typography.Link>
          <Space size={4}>
            <Tag color={URGENCY_COLORS[r.urgency]} style={{ marginInlineEnd: 0 }}>
              {urgencyText(r.urgency)}
            </Tag>
            {r.isImportant && <Tag color="magenta">重要</Tag>}
            {r.isKeyCustomer && (
              <Tooltip title="重点客户">
                <StarFilled style={{ color: '#faad14' }} />
              </Tooltip>
            )}
          </Space>
        </Space>
      ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      valueType: 'select',
      width: 90,
      initialValue: initialStatus && (REPAIR_STATUSES as readonly string[]).includes(initialStatus) ? initialStatus : undefined,
      valueEnum: Object.fromEntries(REPAIR_STATUSES.map((s) => [s, { text: REPAIR_STATUS_LABELS[s] }])),
      render: (_, r) => <Tag color={STATUS_COLORS[r.status]}>{REPAIR_STATUS_LABELS[r.status]}</Tag>,
    },
    {
      title: '类别',
      dataIndex: 'categoryId',
      valueType: 'select',
      width: 130,
      fieldProps: { showSearch: true, optionFilterProp: 'label', options: cats.map((c) => ({ value: c.id, label: c.name })) },
      render: (_, r) => r.categoryName,
    },
    {
      title: '房屋/位置',
      dataIndex: 'roomLabel',
      search: false,
      width: 150,
      render: (_, r) => [r.roomLabel, r.location].filter(Boolean).join(' · ') || '—',
    },
    { title: '内容', dataIndex: 'summary', search: false, ellipsis: true },
    {
      title: '报修人',
      dataIndex: 'requesterName',
      search: false,
      width: 120,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <span>{r.requesterName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {r.phoneMasked ?? ''}
          </Typography.Text>
        </Space>
      ),
    },
    {
      title: '技工',
      dataIndex: 'assigneeId',
      valueType: 'select',
      width: 100,
      fieldProps: { showSearch: true, optionFilterProp: 'label', options: techs.map((t) => ({ value: t.id, label: t.name })) },
      render: (_, r) => r.assigneeName ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: '范围',
      dataIndex: 'stage',
      valueType: 'select',
      hideInTable: true,
      initialValue: search.get('stage') ?? undefined,
      fieldProps: {
        'data-testid': 'requests-stage',
        options: [
          { value: 'in_progress', label: REPAIR_STAGE_LABELS.in_progress },
          { value: 'open', label: REPAIR_STAGE_LABELS.open },
          { value: 'pool', label: '抢单池' },
        ],
      },
    },
    {
      title: '只看超时',
      dataIndex: 'overdue',
      valueType: 'switch',
      hideInTable: true,
      initialValue: search.get('overdue') === '1' ? true : undefined,
    },
    {
      title: '预约',
      dataIndex: 'appointmentStart',
      search: false,
      width: 150,
      render: (_, r) => <span style={{ fontSize: 12 }}>{formatRange(r.appointmentStart, r.appointmentEnd)}</span>,
    },
    { title: '受理时间', dataIndex: 'receivedAt', search: false, width: 140, render: (_, r) => formatTime(r.receivedAt) },
    {
      title: '期限',
      dataIndex: 'dueAt',
      search: false,
      width: 130,
      render: (_, r) =>
        r.dueAt ? (
          <Tooltip title={formatTime(r.dueAt)}>
            <Typography.Text type={r.overdue ? 'danger' : undefined} strong={r.overdue}>
              {dueText(r.dueAt)}
            </Typography.Text>
          </Tooltip>
        ) : (
          '—'
        ),
    },
  ];

  return (
    <PageContainer title="报修工单" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <CursorTable<RequestSummary>
        rowKey="id"
        actionRef={actionRef}
        headerTitle="工单列表"
        columns={columns}
        params={params}
        fetchPage={(f, cursor) =>
          listRequests(
            {
              projectId: pid,
              status: (f.status as RepairStatus) || undefined,
              categoryId: f.categoryId ? Number(f.categoryId) : undefined,
              assigneeId: f.assigneeId ? Number(f.assigneeId) : undefined,
              overdue: f.overdue === true || f.overdue === 'true' ? true : undefined,
              stage: f.stage === 'in_progress' || f.stage === 'open' ? f.stage : undefined,
              inPool: f.stage === 'pool' ? true : undefined,
              keyword: (f.keyword as string) || undefined,
            },
            cursor,
          )
        }
        rowClassName={(r) => (r.overdue ? 'wy-row-overdue' : '')}
        onRow={(r) =>
          ({
            'data-testid': 'request-row',
            'data-request-id': r.id,
            onClick: (e: React.MouseEvent) => {
              if ((e.target as HTMLElement).closest('a,button')) return;
              setOpenId(r.id);
            },
            style: { cursor: 'pointer' },
          }) as React.HTMLAttributes<HTMLElement>
        }
        search={{ labelWidth: 'auto', defaultCollapsed: false }}
        options={{ reload: true, density: false, setting: false }}
        toolBarRender={() => [
          <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => navigate('/intake')}>
            报事录单
          </Button>,
        ]}
        scroll={{ x: 1300 }}
        emptyText="没有符合条件的工单"
      />
      <RequestDrawer id={openId} onClose={() => setOpenId(null)} onChanged={() => actionRef.current?.reload()} />
    </PageContainer>
  );
}
