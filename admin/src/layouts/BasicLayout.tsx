import { Suspense } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { ProLayout } from '@ant-design/pro-components';
import { Dropdown, Select, Space, Tag, Typography } from 'antd';
import { LogoutOutlined } from '@ant-design/icons';
import { STAFF_ROLE_LABELS } from '@wy/shared';
import { useAuth } from '../auth';
import { ProjectProvider, useProject } from '../project';
import { appRoutes } from '../routes';
import PageLoading from '../components/PageLoading';
import NotificationBell from '../components/NotificationBell';

function ProjectSwitcher() {
  const { projects, projectId, setProjectId, loading } = useProject();
  if (!loading && projects.length === 0) return <Tag color="warning">未分配项目</Tag>;
  return (
    <Space size={6}>
      <Typography.Text type="secondary">当前项目</Typography.Text>
      <Select
        data-testid="project-switcher"
        style={{ width: 220 }}
        loading={loading}
        value={projectId ?? undefined}
        placeholder="选择项目"
        showSearch
        optionFilterProp="label"
        onChange={(v: number) => setProjectId(v)}
        options={projects.map((p) => ({ value: p.id, label: `${p.code} ${p.name}` }))}
      />
    </Space>
  );
}

function Shell() {
  const { me, access, signOut } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const menu = appRoutes.filter((r) => !r.hideInMenu && (!r.access || access[r.access]));
  const roleText = (me?.roles ?? []).map((r) => STAFF_ROLE_LABELS[r]).join('、');

  return (
    <ProLayout
      title="物业客服中心"
      logo={
        <div
          style={{
            width: 28,
            height: 28,
            borderRadius: 6,
            background: '#1677ff',
            color: '#fff',
            fontWeight: 600,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
          }}
        >
          物
        </div>
      }
      layout="mix"
      fixSiderbar
      fixedHeader
      siderWidth={200}
      location={{ pathname: location.pathname }}
      route={{ path: '/', routes: menu.map((r) => ({ path: r.path, name: r.name, icon: r.icon })) }}
      menuItemRender={(item, dom) => (item.path ? <Link to={item.path}>{dom}</Link> : dom)}
      onMenuHeaderClick={() => navigate('/dashboard')}
      actionsRender={() => [<ProjectSwitcher key="project" />, <NotificationBell key="bell" />]}
      avatarProps={{
        title: (
          <span data-testid="current-user" title={roleText}>
            {me?.name}
          </span>
        ),
        size: 'small',
        style: { background: '#1677ff' },
        children: me?.name?.slice(0, 1),
        render: (_props, dom) => (
          <Dropdown
            menu={{
              items: [
                { key: 'roles', label: roleText || '无角色', disabled: true },
                { type: 'divider' },
                { key: 'logout', icon: <LogoutOutlined />, label: '退出登录', danger: true },
              ],
              onClick: async ({ key }) => {
                if (key === 'logout') {
                  await signOut();
                  navigate('/login', { replace: true });
                }
              },
            }}
          >
            {dom}
          </Dropdown>
        ),
      }}
      token={{ header: { colorBgHeader: '#fff' } }}
    >
      <Suspense fallback={<PageLoading />}>
        <Outlet />
      </Suspense>
    </ProLayout>
  );
}

export default function BasicLayout() {
  return (
    <ProjectProvider>
      <Shell />
    </ProjectProvider>
  );
}
