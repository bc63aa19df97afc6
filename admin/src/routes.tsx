/**
 * Every route of the console, in one place. `access` names the flag from access.ts that a staff
 * member needs to see the menu entry and open the page; `project` marks pages that work inside the
 * project chosen in the header. Pages are split with React.lazy.
 */
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import {
  ApartmentOutlined,
  BookOutlined,
  ClockCircleOutlined,
  FieldTimeOutlined,
  PayCircleOutlined,
  TagsOutlined,
  ClusterOutlined,
  CustomerServiceOutlined,
  PhoneOutlined,
  ToolOutlined,
  AuditOutlined,
  CarOutlined,
  DashboardOutlined,
  ProjectOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { AccessKey } from './access';

export interface AppRoute {
  path: string;
  name: string;
  icon: ReactNode;
  access?: AccessKey;
  /** needs a selected project */
  project?: boolean;
  /** reachable by link only (e.g. a work order opened from a notification) */
  hideInMenu?: boolean;
  component: LazyExoticComponent<ComponentType>;
}

export const appRoutes: AppRoute[] = [
  {
    path: '/dashboard',
    name: '工作台',
    icon: <DashboardOutlined />,
    project: true,
    component: lazy(() => import('./pages/Dashboard')),
  },
  {
    path: '/intake',
    name: '业务受理',
    icon: <CustomerServiceOutlined />,
    access: 'serviceDesk',
    project: true,
    component: lazy(() => import('./pages/Intake')),
  },
  {
    path: '/requests',
    name: '报修工单',
    icon: <ToolOutlined />,
    access: 'serviceDesk',
    project: true,
    component: lazy(() => import('./pages/Requests')),
  },
  {
    path: '/requests/:id',
    name: '工单详情',
    icon: <ToolOutlined />,
    access: 'serviceDesk',
    hideInMenu: true,
    component: lazy(() => import('./pages/Requests/DetailPage')),
  },
  {
    path: '/dispatch',
    name: '派单台',
    icon: <ClusterOutlined />,
    access: 'serviceDesk',
    project: true,
    component: lazy(() => import('./pages/Dispatch')),
  },
  {
    path: '/callbacks',
    name: '回访',
    icon: <PhoneOutlined />,
    access: 'serviceDesk',
    project: true,
    component: lazy(() => import('./pages/Callbacks')),
  },
  {
    path: '/sla/extensions',
    name: '延期审批',
    icon: <FieldTimeOutlined />,
    access: 'slaApprove',
    project: true,
    component: lazy(() => import('./pages/Extensions')),
  },
  {
    path: '/cashier',
    name: '收银台',
    icon: <PayCircleOutlined />,
    access: 'billingCollect',
    project: true,
    component: lazy(() => import('./pages/Cashier')),
  },
  {
    path: '/duty',
    name: '值班与交接班',
    icon: <BookOutlined />,
    access: 'serviceDesk',
    project: true,
    component: lazy(() => import('./pages/Duty')),
  },
  {
    path: '/projects',
    name: '项目管理',
    icon: <ProjectOutlined />,
    access: 'orgRead',
    component: lazy(() => import('./pages/Projects')),
  },
  {
    path: '/org',
    name: '楼栋房屋',
    icon: <ApartmentOutlined />,
    access: 'orgRead',
    project: true,
    component: lazy(() => import('./pages/Org')),
  },
  {
    path: '/owners',
    name: '业主档案',
    icon: <UserOutlined />,
    access: 'peopleRead',
    project: true,
    component: lazy(() => import('./pages/Owners')),
  },
  {
    path: '/bindings',
    name: '绑定审核',
    icon: <AuditOutlined />,
    access: 'bindingReview',
    project: true,
    component: lazy(() => import('./pages/Bindings')),
  },
  {
    path: '/vehicles',
    name: '车辆管理',
    icon: <CarOutlined />,
    access: 'peopleRead',
    project: true,
    component: lazy(() => import('./pages/Vehicles')),
  },
  {
    path: '/catalogue',
    name: '报修类别与收费',
    icon: <TagsOutlined />,
    access: 'catalogueRead',
    project: true,
    component: lazy(() => import('./pages/Catalogue')),
  },
  {
    path: '/sla-settings',
    name: '时限设置',
    icon: <ClockCircleOutlined />,
    access: 'slaSettingsView',
    project: true,
    component: lazy(() => import('./pages/SlaSettings')),
  },
  {
    path: '/staff',
    name: '员工与角色',
    icon: <TeamOutlined />,
    access: 'staffManage',
    component: lazy(() => import('./pages/Staff')),
  },
];

export const LoginPage = lazy(() => import('./pages/Login'));
export const BasicLayout = lazy(() => import('./layouts/BasicLayout'));
export const HOME = '/dashboard';
