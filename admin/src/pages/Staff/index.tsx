import { useRef, useState, lazy } from 'react';
import { Badge, Button, Popconfirm, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { STAFF_LIST_STATE_LABELS, STAFF_ROLE_LABELS, type StaffListState } from '@wy/shared';
import { useAuth } from '../../auth';
import { useProject } from '../../project';
import { $api, client, got, showSuccess } from '../../services/api';
import { toValueEnum } from '../../utils/enums';
import type { StaffMember } from '../../services/models';
import PageContainer from '../../components/PageContainer';
import type { ListColumn } from '../../components/table/DataTable';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import Deferred from '../../components/Deferred';
import LinkButton from '../../components/LinkButton';

const StaffForm = lazy(() => import('./components/StaffForm'));

export default function StaffPage() {
  const { me, access } = useAuth();
  const { projects } = useProject();
  const actionRef = useRef<TableAction>(undefined);
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  const projectName = (id: number) => projects.find((p) => p.id === id)?.name ?? `#${id}`;

  const unlock = $api.useMutation('post', '/api/v1/staff/{id}/unlock');
  const update = $api.useMutation('patch', '/api/v1/staff/{id}');
  const done = (text: string) => () => {
    showSuccess(text);
    actionRef.current?.reload();
  };

  const columns: ListColumn<StaffMember>[] = [
    {
      title: '所属项目',
      dataIndex: 'projectId',
      hideInTable: true,
      valueType: 'select',
      fieldProps: {
        allowClear: true,
        placeholder: access.allProjects ? '全部项目' : '我负责的全部项目',
        options: projects.map((p) => ({ value: p.id, label: `${p.code} ${p.name}` })),
      },
    },
    { title: '关键词', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '姓名 / 用户名' } },
    {
      title: '状态',
      dataIndex: 'state',
      hideInTable: true,
      valueType: 'select',
      initialValue: 'active',
      valueEnum: toValueEnum(STAFF_LIST_STATE_LABELS),
    },
    {
      title: '用户名',
      dataIndex: 'username',
      search: false,
      width: 120,
      render: (_, s) => <span data-latin-ok>{s.username}</span>,
    },
    { title: '姓名', dataIndex: 'name', search: false, width: 100 },
    { title: '手机号', dataIndex: 'phoneMasked', search: false, width: 130, render: (_, r) => r.phoneMasked || '—' },
    {
      title: '角色',
      dataIndex: 'roles',
      search: false,
      render: (_, r) => (
        <Space size={[4, 4]} wrap>
          {r.roles.map((role) => (
            <Tag key={role} color={role === 'head_office' ? 'purple' : role === 'project_manager' ? 'blue' : undefined}>
              {STAFF_ROLE_LABELS[role] ?? role}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: '项目',
      dataIndex: 'projectIds',
      search: false,
      render: (_, r) =>
        r.roles.includes('head_office') ? (
          <Tag color="purple">全部项目</Tag>
        ) : r.projectIds.length ? (
          r.projectIds.map(projectName).join('、')
        ) : (
          <span style={{ color: '#595959' }}>未分配</span>
        ),
    },
    {
      title: '状态',
      dataIndex: 'locked',
      search: false,
      width: 90,
      render: (_, r) =>
        r.archivedAt ? (
          <Badge status="default" text="已归档" />
        ) : r.locked ? (
          <Badge status="error" text="已锁定" />
        ) : (
          <Badge status="success" text="正常" />
        ),
    },
    {
      title: '操作',
      valueType: 'option',
      width: 150,
      render: (_, r) =>
        r.archivedAt
          ? []
          : [
              <LinkButton key="edit" onClick={() => setEditing(r)}>
                编辑
              </LinkButton>,
              r.locked && (
                <Popconfirm
                  key="unlock"
                  title={`解锁 ${r.name} 的账号？`}
                  onConfirm={() => unlock.mutate({ params: { path: { id: r.id } } }, { onSuccess: done('账号已解锁') })}
                >
                  <LinkButton data-testid="staff-unlock">解锁</LinkButton>
                </Popconfirm>
              ),
              r.id !== me?.id && (
                <Popconfirm
                  key="archive"
                  title={`归档员工 ${r.name}？`}
                  description="归档后该账号不能再登录，记录保留。"
                  okText="归档"
                  okButtonProps={{ danger: true }}
                  onConfirm={() =>
                    update.mutate({ params: { path: { id: r.id } }, body: { archived: true } }, { onSuccess: done('员工已归档') })
                  }
                >
                  <LinkButton danger>归档</LinkButton>
                </Popconfirm>
              ),
            ],
    },
  ];

  return (
    <PageContainer title="员工与角色">
      <KeysetTable<StaffMember>
        path="/api/v1/staff"
        rowKey="id"
        actionRef={actionRef}
        headerTitle="员工账号"
        columns={columns}
        emptyText="暂无员工"
        // filtered and paged by the server
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/staff', {
              params: {
                query: {
                  projectId: (f.projectId as number | undefined) || undefined,
                  keyword: (f.keyword as string | undefined)?.trim() || undefined,
                  state: (f.state as StaffListState | undefined) ?? 'active',
                  cursor: cursor ?? undefined,
                },
              },
            }),
          )
        }
        toolBarRender={() => [
          <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增员工
          </Button>,
        ]}
      />
      <Deferred when={!!editing}>
        <StaffForm
          open={!!editing}
          member={editing === 'new' ? null : editing}
          onClose={(saved) => {
            setEditing(null);
            if (saved) actionRef.current?.reload();
          }}
        />
      </Deferred>
    </PageContainer>
  );
}
