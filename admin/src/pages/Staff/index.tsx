import { useRef, useState } from 'react';
import { PageContainer, ProTable, type ActionType, type ProColumns } from '@ant-design/pro-components';
import { Badge, Button, Empty, Popconfirm, Space, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { STAFF_ROLE_LABELS } from '@wy/shared';
import { useAuth } from '../../auth';
import { useProject } from '../../project';
import { listStaff, showError, showSuccess, unlockStaff, updateStaff } from '../../services/api';
import type { StaffMember } from '../../services/models';
import StaffForm from './components/StaffForm';

interface Filters {
  projectId?: number;
  keyword?: string;
  state?: 'active' | 'locked' | 'archived' | 'all';
}

export default function StaffPage() {
  const { me, access } = useAuth();
  const { projects } = useProject();
  const actionRef = useRef<ActionType>(undefined);
  const [editing, setEditing] = useState<StaffMember | 'new' | null>(null);
  const projectName = (id: number) => projects.find((p) => p.id === id)?.name ?? `#${id}`;

  const act = async (fn: () => Promise<unknown>, ok: string) => {
    try {
      await fn();
      showSuccess(ok);
      actionRef.current?.reload();
    } catch (e) {
      showError(e);
    }
  };

  const columns: ProColumns<StaffMember>[] = [
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
      valueEnum: { active: { text: '在职' }, locked: { text: '已锁定' }, archived: { text: '已归档' }, all: { text: '全部' } },
    },
    { title: '用户名', dataIndex: 'username', search: false, width: 120 },
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
          <span style={{ color: '#999' }}>未分配</span>
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
              <a key="edit" onClick={() => setEditing(r)}>
                编辑
              </a>,
              r.locked && (
                <Popconfirm
                  key="unlock"
                  title={`解锁 ${r.name} 的账号？`}
                  onConfirm={() => act(() => unlockStaff(r.id), '账号已解锁')}
                >
                  <a data-testid="staff-unlock">解锁</a>
                </Popconfirm>
              ),
              r.id !== me?.id && (
                <Popconfirm
                  key="archive"
                  title={`归档员工 ${r.name}？`}
                  description="归档后该账号不能再登录，记录保留。"
                  okText="归档"
                  okButtonProps={{ danger: true }}
                  onConfirm={() => act(() => updateStaff(r.id, { archived: true }), '员工已归档')}
                >
                  <a style={{ color: '#ff4d4f' }}>归档</a>
                </Popconfirm>
              ),
            ],
    },
  ];

  return (
    <PageContainer title="员工与角色">
      <ProTable<StaffMember, Filters>
        rowKey="id"
        actionRef={actionRef}
        headerTitle="员工账号"
        columns={columns}
        search={{ labelWidth: 'auto', span: 6, defaultCollapsed: false, collapseRender: false }}
        options={{ reload: true, density: false, setting: false }}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无员工" /> }}
        request={async (p) => {
          try {
            const all = await listStaff(p.projectId ?? undefined);
            const kw = p.keyword?.trim().toLowerCase();
            const state = p.state ?? 'active';
            const data = all.filter((s) => {
              if (kw && !s.name.toLowerCase().includes(kw) && !s.username.toLowerCase().includes(kw)) return false;
              if (state === 'active') return !s.archivedAt;
              if (state === 'locked') return s.locked && !s.archivedAt;
              if (state === 'archived') return !!s.archivedAt;
              return true;
            });
            return { data, success: true, total: data.length };
          } catch (e) {
            showError(e);
            return { data: [], success: false };
          }
        }}
        toolBarRender={() => [
          <Button key="new" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增员工
          </Button>,
        ]}
      />
      <StaffForm
        open={!!editing}
        member={editing === 'new' ? null : editing}
        onClose={(saved) => {
          setEditing(null);
          if (saved) actionRef.current?.reload();
        }}
      />
    </PageContainer>
  );
}
