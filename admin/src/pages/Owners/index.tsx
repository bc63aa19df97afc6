import { useCallback, useMemo, useRef, useState, lazy } from 'react';
import { Button, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useAccess } from '../../auth';
import { useProject } from '../../project';
import BindingTags from '../../components/BindingTags';
import { client, got } from '../../services/api';
import type { PersonSummary } from '../../services/models';
import PageContainer from '../../components/PageContainer';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';
import Deferred from '../../components/Deferred';
import LinkButton from '../../components/LinkButton';

const OwnerForm = lazy(() => import('./components/OwnerForm'));
const OwnerDrawer = lazy(() => import('./components/OwnerDrawer'));

export default function OwnersPage() {
  const access = useAccess();
  const { projectId, project } = useProject();
  const pid = projectId!;
  const actionRef = useRef<TableAction>(undefined);
  const [creating, setCreating] = useState(false);
  const [detailId, setDetailId] = useState<number | null>(null);
  const params = useMemo(() => ({ projectId: pid }), [pid]);
  const reload = useCallback(() => actionRef.current?.reload(), []);
  const closeDetail = useCallback(() => setDetailId(null), []);

  const columns: ListColumn<PersonSummary>[] = [
    {
      title: '关键词',
      dataIndex: 'keyword',
      hideInTable: true,
      fieldProps: { placeholder: '姓名 / 手机号 / 房号' },
    },
    {
      title: '姓名',
      dataIndex: 'name',
      search: false,
      width: 160,
      render: (_, r) => (
        <Space size={4}>
          <LinkButton onClick={() => setDetailId(r.id)}>{r.name}</LinkButton>
          {r.isKeyCustomer && <Tag color="volcano">重点</Tag>}
          {r.archivedAt && <Tag>已归档</Tag>}
        </Space>
      ),
    },
    { title: '手机号', dataIndex: 'phoneMasked', search: false, width: 140, render: (_, r) => r.phoneMasked || '—' },
    { title: '房屋', dataIndex: 'rooms', search: false, render: (_, r) => <BindingTags rooms={r.rooms} /> },
    {
      title: '操作',
      valueType: 'option',
      width: 80,
      render: (_, r) => [
        <LinkButton key="detail" onClick={() => setDetailId(r.id)}>
          详情
        </LinkButton>,
      ],
    },
  ];

  return (
    <PageContainer title="业主档案" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <KeysetTable<PersonSummary>
        path="/api/v1/owners"
        rowKey="id"
        actionRef={actionRef}
        headerTitle="业主/住户"
        columns={columns}
        params={params}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/owners', {
              params: { query: { projectId: pid, keyword: f.keyword as string | undefined, cursor: cursor ?? undefined } },
            }),
          )
        }
        emptyText="暂无业主档案"
        toolBarRender={() =>
          access.peopleWrite
            ? [
                <Button
                  key="new"
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setCreating(true)}
                  data-testid="owner-new"
                >
                  新增业主
                </Button>,
              ]
            : []
        }
      />
      <Deferred when={creating}>
        <OwnerForm
          open={creating}
          projectId={pid}
          owner={null}
          onClose={(saved) => {
            setCreating(false);
            if (saved) {
              reload();
              setDetailId(saved.id);
            }
          }}
        />
      </Deferred>
      <Deferred when={detailId !== null}>
        <OwnerDrawer ownerId={detailId} projectId={pid} onClose={closeDetail} onChanged={reload} />
      </Deferred>
    </PageContainer>
  );
}
