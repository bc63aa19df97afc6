/**
 * Every route of the console, in one place. `access` names the flag from access.ts that a staff
 * member needs to see the menu entry and open the page; `project` marks pages that work inside the
 * project chosen in the header. Pages are split with React.lazy; the menu's icons live with the layout
 * (layouts/menuIcons.tsx), so the login page loads no icon set.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { AccessKey } from './access';

export interface AppRoute {
  path: string;
  name: string;
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
    project: true,
    component: lazy(() => import('./pages/Dashboard')),
  },
  {
    path: '/intake',
    name: '业务受理',
    access: 'serviceDesk',
    project: true,
    component: lazy(() => import('./pages/Intake')),
  },
  {
    path: '/requests',
    name: '报修工单',
    access: 'serviceDesk',
    project: true,
    component: lazy(() => import('./pages/Requests')),
  },
  {
    path: '/requests/:id',
    name: '工单详情',
    access: 'serviceDesk',
    hideInMenu: true,
    component: lazy(() => import('./pages/Requests/DetailPage')),
  },
  {
    path: '/dispatch',
    name: '派单台',
    access: 'serviceDesk',
    project: true,
    component: lazy(() => import('./pages/Dispatch')),
  },
  {
    path: '/callbacks',
    name: '回访',
    access: 'serviceDesk',
    project: true,
    component: lazy(() => import('./pages/Callbacks')),
  },
  {
    path: '/complaints',
    name: '投诉登记簿',
    access: 'complaintDesk',
    project: true,
    component: lazy(() => import('./pages/Complaints')),
  },
  {
    path: '/complaints/escalations',
    name: '重大投诉督办',
    access: 'complaintManage',
    project: true,
    component: lazy(() => import('./pages/Complaints/Escalations')),
  },
  {
    path: '/complaints/stats',
    name: '投诉统计',
    access: 'complaintDesk',
    project: true,
    component: lazy(() => import('./pages/Complaints/Stats')),
  },
  {
    path: '/enquiries',
    name: '建议与咨询',
    access: 'enquiryDesk',
    project: true,
    component: lazy(() => import('./pages/Enquiries')),
  },
  {
    path: '/faq',
    name: '答客问',
    access: 'enquiryDesk',
    project: true,
    component: lazy(() => import('./pages/Faq')),
  },
  {
    path: '/announcements',
    name: '公告管理',
    access: 'announcementWrite',
    project: true,
    component: lazy(() => import('./pages/Announcements')),
  },
  {
    path: '/activities',
    name: '社区活动',
    access: 'activityRead',
    project: true,
    component: lazy(() => import('./pages/Activities')),
  },
  {
    path: '/surveys',
    name: '满意度调查',
    access: 'surveyManage',
    project: true,
    component: lazy(() => import('./pages/Surveys')),
  },
  {
    path: '/work-reports',
    name: '月度工作报告',
    access: 'workReportWrite',
    project: true,
    component: lazy(() => import('./pages/WorkReports')),
  },
  {
    path: '/relations',
    name: '重点客户与沟通',
    access: 'relationManage',
    project: true,
    component: lazy(() => import('./pages/Relations')),
  },
  {
    path: '/follow-ups',
    name: '每日跟进',
    access: 'followUp',
    project: true,
    component: lazy(() => import('./pages/FollowUps')),
  },
  {
    path: '/follow-ups/weekly',
    name: '每周回顾',
    access: 'weeklyReview',
    project: true,
    component: lazy(() => import('./pages/FollowUps/Weekly')),
  },
  {
    path: '/sla/extensions',
    name: '延期审批',
    access: 'slaApprove',
    project: true,
    component: lazy(() => import('./pages/Extensions')),
  },
  {
    path: '/cashier',
    name: '收银台',
    access: 'billingCollect',
    project: true,
    component: lazy(() => import('./pages/Cashier')),
  },
  {
    path: '/fee-items',
    name: '收费项目',
    access: 'billingConfigure',
    project: true,
    component: lazy(() => import('./pages/FeeItems')),
  },
  {
    path: '/meter-readings',
    name: '抄表录入',
    access: 'billingCollect',
    project: true,
    component: lazy(() => import('./pages/MeterReadings')),
  },
  {
    path: '/bill-runs',
    name: '账单生成',
    access: 'billingConfigure',
    project: true,
    component: lazy(() => import('./pages/BillRuns')),
  },
  {
    path: '/payments',
    name: '收款记录',
    access: 'billingCollect',
    project: true,
    component: lazy(() => import('./pages/Payments')),
  },
  {
    path: '/cash-handovers',
    name: '现金移交',
    access: 'billingCollect',
    project: true,
    component: lazy(() => import('./pages/CashHandover')),
  },
  {
    path: '/refunds',
    name: '退款审批',
    access: 'billingRefund',
    project: true,
    component: lazy(() => import('./pages/Refunds')),
  },
  {
    path: '/bill-adjustments',
    name: '账单调整',
    access: 'billingAdjust',
    project: true,
    component: lazy(() => import('./pages/Adjustments')),
  },
  {
    path: '/invoices',
    name: '开票申请',
    access: 'billingInvoice',
    project: true,
    component: lazy(() => import('./pages/Invoices')),
  },
  {
    path: '/reconciliation',
    name: '微信支付对账',
    access: 'billingReconcile',
    component: lazy(() => import('./pages/Reconciliation')),
  },
  {
    path: '/arrears',
    name: '欠费催缴',
    access: 'arrearsRead',
    project: true,
    component: lazy(() => import('./pages/Arrears')),
  },
  {
    path: '/reports/collection',
    name: '收缴率',
    access: 'billingReport',
    project: true,
    component: lazy(() => import('./pages/CollectionRate')),
  },
  {
    path: '/parking',
    name: '车位申请',
    access: 'parkingDesk',
    project: true,
    component: lazy(() => import('./pages/Parking')),
  },
  {
    path: '/parking/ledger',
    name: '车位台帐',
    access: 'parkingDesk',
    project: true,
    component: lazy(() => import('./pages/ParkingLedger')),
  },
  {
    path: '/parking/spaces',
    name: '车位管理',
    access: 'parkingDesk',
    project: true,
    component: lazy(() => import('./pages/ParkingSpaces')),
  },
  {
    path: '/parking/plan',
    name: '停车方案',
    access: 'parkingDesk',
    project: true,
    component: lazy(() => import('./pages/ParkingPlan')),
  },
  {
    path: '/passes',
    name: '放行管理',
    access: 'passDesk',
    project: true,
    component: lazy(() => import('./pages/Passes')),
  },
  {
    path: '/pass-gate',
    name: '门岗放行',
    access: 'passGate',
    project: true,
    component: lazy(() => import('./pages/PassGate')),
  },
  {
    path: '/visitors',
    name: '访客登记',
    access: 'visitorGate',
    project: true,
    component: lazy(() => import('./pages/Visitors')),
  },
  {
    path: '/move-ins',
    name: '入伙办理',
    access: 'moveInDesk',
    project: true,
    component: lazy(() => import('./pages/MoveIns')),
  },
  {
    path: '/move-in-batches',
    name: '入伙批次',
    access: 'moveInDesk',
    project: true,
    component: lazy(() => import('./pages/MoveInBatches')),
  },
  {
    path: '/renovations',
    name: '装修管理',
    access: 'renoDesk',
    project: true,
    component: lazy(() => import('./pages/Renovations')),
  },
  {
    path: '/renovation-inspections',
    name: '装修巡查',
    access: 'renoInspect',
    project: true,
    component: lazy(() => import('./pages/RenovationInspections')),
  },
  {
    path: '/duty',
    name: '值班与交接班',
    access: 'serviceDesk',
    project: true,
    component: lazy(() => import('./pages/Duty')),
  },
  {
    path: '/projects',
    name: '项目管理',
    access: 'orgRead',
    component: lazy(() => import('./pages/Projects')),
  },
  {
    path: '/org',
    name: '楼栋房屋',
    access: 'orgRead',
    project: true,
    component: lazy(() => import('./pages/Org')),
  },
  {
    path: '/owners',
    name: '业主档案',
    access: 'peopleRead',
    project: true,
    component: lazy(() => import('./pages/Owners')),
  },
  {
    path: '/owner-records',
    name: '业户资料核对',
    access: 'ownerRecords',
    project: true,
    component: lazy(() => import('./pages/OwnerRecords')),
  },
  {
    path: '/bindings',
    name: '绑定审核',
    access: 'bindingReview',
    project: true,
    component: lazy(() => import('./pages/Bindings')),
  },
  {
    path: '/vehicles',
    name: '车辆管理',
    access: 'peopleRead',
    project: true,
    component: lazy(() => import('./pages/Vehicles')),
  },
  {
    path: '/catalogue',
    name: '报修类别与收费',
    access: 'catalogueRead',
    project: true,
    component: lazy(() => import('./pages/Catalogue')),
  },
  {
    path: '/sla-settings',
    name: '时限设置',
    access: 'slaSettingsView',
    project: true,
    component: lazy(() => import('./pages/SlaSettings')),
  },
  {
    path: '/staff',
    name: '员工与角色',
    access: 'staffManage',
    component: lazy(() => import('./pages/Staff')),
  },
];

export const LoginPage = lazy(() => import('./pages/Login'));
export const BasicLayout = lazy(() => import('./layouts/BasicLayout'));
export const HOME = '/dashboard';
