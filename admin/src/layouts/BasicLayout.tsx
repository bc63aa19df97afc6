import { Suspense, useEffect, useState } from 'react';
import { Link, matchPath, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Avatar, Dropdown, Layout, Menu, Select, Space, Tag, Typography } from 'antd';
import { LogoutOutlined, MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { STAFF_ROLE_LABELS } from '@wy/shared';
import { useAuth } from '../auth';
import { ProjectProvider, useProject } from '../project';
import { appRoutes } from '../routes';
import PageLoading from '../components/PageLoading';
import NotificationBell from '../components/NotificationBell';
import ConsoleProviders, { PRIMARY } from './ConsoleProviders';
import { MENU_ICONS } from './menuIcons';

export { default as Guard } from './Guard';

function ProjectSwitcher() {
  const { projects, projectId, setProjectId, loading } = useProject();
  if (!loading && projects.length === 0) return <Tag color="orange">未分配项目</Tag>;
  return (
    <Space size={6}>
      <Typography.Text type="secondary" id="project-switcher-label">
        当前项目
      </Typography.Text>
      <Select
        data-testid="project-switcher"
        aria-labelledby="project-switcher-label"
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

/** The menu entry a path belongs to: the longest route path it starts with (a work order belongs to 报修工单). */
function menuKey(pathname: string, paths: string[]): string | undefined {
  return paths.filter((p) => pathname === p || pathname.startsWith(p + '/')).sort((a, b) => b.length - a.length)[0];
}

/**
 * The console's frame: the header (name, project switcher, bell, the signed-in person) over a fixed side menu
 * of the routes this person may open. antd's Layout and Menu; pro-components' ProLayout brought its provider,
 * settings drawer and field set to every page.
 */
function Shell() {
  const { me, access, signOut } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  const [collapsed, setCollapsed] = useState(false);
  const menu = appRoutes.filter((r) => !r.hideInMenu && (!r.access || access[r.access]));
  const roleText = (me?.roles ?? []).map((r) => STAFF_ROLE_LABELS[r]).join('、');
  const current = menuKey(
    location.pathname,
    menu.map((r) => r.path),
  );
  const title = appRoutes.find((r) => matchPath(r.path, location.pathname))?.name;

  useEffect(() => {
    document.title = title ? `${title} - 物业客服中心` : '物业客服中心';
  }, [title]);

  return (
    <Layout className="wy-shell">
      <Layout.Header className="wy-shell__header">
        <Link to="/dashboard" className="wy-shell__brand">
          <span className="wy-shell__logo">物</span>
          <span>物业客服中心</span>
        </Link>
        <Space size={16}>
          <ProjectSwitcher />
          <NotificationBell />
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
            <Space size={8} className="wy-shell__user">
              <Avatar size="small" style={{ background: PRIMARY }}>
                {me?.name?.slice(0, 1)}
              </Avatar>
              <span data-testid="current-user" title={roleText}>
                {me?.name}
              </span>
            </Space>
          </Dropdown>
        </Space>
      </Layout.Header>
      <Layout>
        <Layout.Sider
          className="wy-sider"
          theme="light"
          width={200}
          collapsible
          collapsed={collapsed}
          onCollapse={setCollapsed}
          trigger={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
        >
          <Menu
            mode="inline"
            selectedKeys={current ? [current] : []}
            items={menu.map((r) => ({ key: r.path, icon: MENU_ICONS[r.path], label: <Link to={r.path}>{r.name}</Link> }))}
          />
        </Layout.Sider>
        <Layout.Content className="wy-shell__content">
          <Suspense fallback={<PageLoading />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

export default function BasicLayout() {
  return (
    <ConsoleProviders>
      <ProjectProvider>
        <Shell />
      </ProjectProvider>
    </ConsoleProviders>
  );
}
