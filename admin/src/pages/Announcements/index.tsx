/**
 * 公告管理 (R-ACT-04): the project's announcements, filtered by state, kind and title on the server and paged
 * by keyset; 新建公告 saves a draft; the detail (a drawer) shows the text as owners read it, the read count
 * and the steps: the desk submits, the manager or head office publishes (not their own), a published one is
 * withdrawn with a reason.
 */
import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Button, Drawer, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import {
  ANNOUNCEMENT_AUDIENCE_LABELS,
  ANNOUNCEMENT_KINDS,
  ANNOUNCEMENT_KIND_LABELS,
  ANNOUNCEMENT_LIST_STATUSES,
  ANNOUNCEMENT_STATUS_LABELS,
  type AnnouncementAudience,
  type AnnouncementKind,
  type AnnouncementListStatus,
} from '@wy/shared';
import { useProject } from '../../project';
import { client, got } from '../../services/api';
import { formatShort } from '../../utils/time';
import PageContainer from '../../components/PageContainer';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import { openableRow, openColumn } from '../../components/table/openRow';
import type { ListColumn } from '../../components/table/DataTable';
import DetailView, { STATUS_COLORS } from './DetailView';
import EditModal from './EditModal';
import type { AnnouncementSummary } from './types';

const valueEnum = <K extends string>(keys: readonly K[], labels: Record<K, string>) =>
  Object.fromEntries(keys.map((k) => [k, { text: labels[k] }]));

export default function AnnouncementsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [search] = useSearchParams();
  const actionRef = useRef<TableAction>(undefined);
  const [openId, setOpenId] = useState<number | null>(() => Number(search.get('id')) || null);
  const [creating, setCreating] = useState(false);
  const params = useMemo(() => ({ projectId: pid }), [pid]);

  const columns: ListColumn<AnnouncementSummary>[] = [
    { title: '标题', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '标题中的字词' } },
    {
      title: '标题',
      dataIndex: 'title',
      search: false,
      ellipsis: true,
      render: (_, r) => (
        <Space size={4}>
          {r.urgent && <Tag color="red">紧急</Tag>}
          {r.pinned && <Tag color="blue">置顶</Tag>}
          <span>{r.title}</span>
        </Space>
      ),
    },
    {
      title: '类别',
      dataIndex: 'kind',
      width: 100,
      valueType: 'select',
      valueEnum: valueEnum(ANNOUNCEMENT_KINDS, ANNOUNCEMENT_KIND_LABELS),
      render: (_, r) => ANNOUNCEMENT_KIND_LABELS[r.kind as AnnouncementKind],
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 90,
      valueType: 'select',
      valueEnum: valueEnum(ANNOUNCEMENT_LIST_STATUSES, ANNOUNCEMENT_STATUS_LABELS),
      render: (_, r) => (
        <Tag color={STATUS_COLORS[r.status as AnnouncementListStatus]}>
          {ANNOUNCEMENT_STATUS_LABELS[r.status as AnnouncementListStatus]}
        </Tag>
      ),
    },
    {
      title: '范围',
      dataIndex: 'audience',
      width: 90,
      search: false,
      render: (_, r) => ANNOUNCEMENT_AUDIENCE_LABELS[r.audience as AnnouncementAudience],
    },
    {
      title: '有效期',
      dataIndex: 'validFrom',
      width: 200,
      search: false,
      render: (_, r) => `${formatShort(r.validFrom, r.projectId)} 至 ${r.validTo ? formatShort(r.validTo, r.projectId) : '长期'}`,
    },
    {
      title: '发布时间',
      dataIndex: 'publishedAt',
      width: 110,
      search: false,
      render: (_, r) => formatShort(r.publishedAt, r.projectId),
    },
    { title: '起草人', dataIndex: 'createdByName', width: 90, search: false },
    openColumn('announcement-open', setOpenId, '查看'),
  ];

  return (
    <PageContainer title="公告管理" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <KeysetTable<AnnouncementSummary>
        path="/api/v1/announcements"
        rowKey="id"
        actionRef={actionRef}
        headerTitle="社区公告"
        columns={columns}
        params={params}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/announcements', {
              params: {
                query: {
                  projectId: pid,
                  status: (f.status as AnnouncementListStatus) || undefined,
                  kind: (f.kind as AnnouncementKind) || undefined,
                  keyword: (f.keyword as string) || undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          )
        }
        onRow={openableRow('announcement-row', 'data-announcement-id', setOpenId)}
        toolBarRender={() => [
          <Button
            key="new"
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setCreating(true)}
            data-testid="announcement-new"
          >
            新建公告
          </Button>,
        ]}
        scroll={{ x: 1000 }}
        emptyText="没有符合条件的公告"
      />
      {creating && (
        <EditModal
          projectId={pid}
          editing={null}
          onClose={() => setCreating(false)}
          onSaved={(id) => {
            setCreating(false);
            actionRef.current?.reload();
            setOpenId(id);
          }}
        />
      )}
      <Drawer title="公告详情" open={openId !== null} width={820} onClose={() => setOpenId(null)} destroyOnHidden>
        {openId !== null && <DetailView key={openId} id={openId} onChanged={() => actionRef.current?.reload()} />}
      </Drawer>
    </PageContainer>
  );
}
