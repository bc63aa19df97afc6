/**
 * 投诉登记簿: every complaint of the project with its code, class, status and running promises; filters
 * and keyset paging on the server; overdue rows in red; the detail with its steps in a drawer; intake.
 */
import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, Drawer, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_IMPORTANCES,
  COMPLAINT_IMPORTANCE_LABELS,
  COMPLAINT_STATUSES,
  COMPLAINT_STATUS_LABELS,
  type ComplaintCategory,
  type ComplaintImportance,
  type ComplaintStatus,
} from '@wy/shared';
import { useProject } from '../../project';
import { $api, client, got } from '../../services/api';
import { formatShort } from '../../utils/time';
import ComplaintDetailView from './components/ComplaintDetailView';
import IntakeModal from './components/IntakeModal';
import { categoryText, ImportanceTag, RunningClocks, StatusTag } from './display';
import type { ComplaintSummary } from './types';
import PageContainer from '../../components/PageContainer';
import { GuideButton } from './components/GuideDocument';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import { openableRow, openColumn } from '../../components/table/openRow';
import type { ListColumn } from '../../components/table/DataTable';

const valueEnum = <K extends string>(keys: readonly K[], labels: Record<K, string>, withKey = false) =>
  Object.fromEntries(keys.map((k) => [k, { text: withKey ? `${k} ${labels[k]}` : labels[k] }]));

export default function ComplaintsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [search] = useSearchParams();
  const actionRef = useRef<TableAction>(undefined);
  const [openId, setOpenId] = useState<number | null>(() => Number(search.get('id')) || null);
  const [taking, setTaking] = useState(false);
  const params = useMemo(() => ({ projectId: pid }), [pid]);
  const byProject = { params: { query: { projectId: pid } } };
  const items = $api.useQuery('get', '/api/v1/complaint-classes', byProject).data ?? [];
  const handlers = $api.useQuery('get', '/api/v1/complaints/handlers', byProject).data ?? [];

  const columns: ListColumn<ComplaintSummary>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '编码、投诉人或内容' } },
    {
      title: '编码',
      dataIndex: 'code',
      width: 160,
      search: false,
      render: (_, r) =>
        r.code ? (
          <Typography.Text strong data-latin-ok>
            {r.code}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">待评审</Typography.Text>
        ),
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 90,
      valueType: 'select',
      valueEnum: valueEnum(COMPLAINT_STATUSES, COMPLAINT_STATUS_LABELS),
      render: (_, r) => <StatusTag value={r.status} />,
    },
    {
      title: '重要程度',
      dataIndex: 'importance',
      width: 90,
      valueType: 'select',
      valueEnum: valueEnum(COMPLAINT_IMPORTANCES, COMPLAINT_IMPORTANCE_LABELS, true),
      render: (_, r) => <ImportanceTag value={r.importance} />,
    },
    {
      title: '类别',
      dataIndex: 'category',
      width: 80,
      valueType: 'select',
      valueEnum: valueEnum(COMPLAINT_CATEGORIES, COMPLAINT_CATEGORY_LABELS),
      render: (_, r) => categoryText(r.category),
    },
    {
      title: '进行中的承诺',
      key: 'running',
      width: 170,
      search: false,
      render: (_, r) => <RunningClocks clocks={r.running} projectId={r.projectId} />,
    },
    { title: '投诉人', dataIndex: 'complainantName', width: 90, search: false },
    {
      title: '投诉内容',
      dataIndex: 'problem',
      search: false,
      ellipsis: true,
      render: (_, r) => (
        <span>
          {r.immediate.length > 0 && <Tag color="red">立即处理</Tag>}
          {r.problem}
        </span>
      ),
    },
    {
      title: '收到',
      dataIndex: 'receivedAt',
      width: 110,
      search: false,
      render: (_, r) => formatShort(r.receivedAt, r.projectId),
    },
    { title: '只看超时', dataIndex: 'overdue', hideInTable: true, valueType: 'switch' },
    { title: '只看需立即处理', dataIndex: 'immediate', hideInTable: true, valueType: 'switch' },
    openColumn('complaint-open', setOpenId),
  ];

  return (
    <PageContainer title="投诉登记簿" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <KeysetTable<ComplaintSummary>
        path="/api/v1/complaints"
        rowKey="id"
        actionRef={actionRef}
        headerTitle="投诉"
        columns={columns}
        params={params}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/complaints', {
              params: {
                query: {
                  projectId: pid,
                  status: (f.status as ComplaintStatus) || undefined,
                  importance: (f.importance as ComplaintImportance) || undefined,
                  category: (f.category as ComplaintCategory) || undefined,
                  overdue: f.overdue === true ? true : undefined,
                  immediate: f.immediate === true ? true : undefined,
                  keyword: (f.keyword as string) || undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          )
        }
        rowClassName={(r) => (r.late ? 'wy-row-overdue' : '')}
        onRow={openableRow('complaint-row', 'data-complaint-id', setOpenId)}
        toolBarRender={() => [
          <GuideButton key="guide" projectId={pid} projectName={project?.name} />,
          <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setTaking(true)} data-testid="complaint-new">
            投诉受理
          </Button>,
        ]}
        scroll={{ x: 1180 }}
        emptyText="没有符合条件的投诉"
      />
      <IntakeModal
        projectId={pid}
        projectCode={project?.code}
        open={taking}
        items={items}
        handlers={handlers}
        onClose={() => setTaking(false)}
        onCreated={(id) => {
          setTaking(false);
          actionRef.current?.reload();
          setOpenId(id);
        }}
      />
      <Drawer title="投诉详情" open={openId !== null} width={860} onClose={() => setOpenId(null)} destroyOnHidden>
        {openId !== null && <ComplaintDetailView key={openId} id={openId} onChanged={() => actionRef.current?.reload()} />}
      </Drawer>
    </PageContainer>
  );
}
