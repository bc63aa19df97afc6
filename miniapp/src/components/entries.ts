/**
 * The owner's service tiles (首页 grid and 服务 groups). A tile of a module (shared OWNER_MODULES) shows only
 * when that module is built and switched on for the project of the owner's room; the others (rooms,
 * vehicles) are always there. Nothing says "即将上线": what is not built is not shown.
 */
import Taro from '@tarojs/taro';
import { BUILT_OWNER_MODULES, type OwnerModule } from '@wy/shared';
import type { MyRoom } from '../services/models';

export interface ServiceEntry {
  key: string;
  label: string;
  glyph: string;
  color: string;
  url: string;
  module?: OwnerModule;
}

const E = {
  repair: { key: 'repair', label: '报事报修', glyph: '修', color: '#2f7cf6', url: '/pkg-repair/new/index', module: 'repair' },
  repairs: { key: 'repairs', label: '我的报修', glyph: '单', color: '#1668dc', url: '/pkg-repair/list/index', module: 'repair' },
  fee: { key: 'fee', label: '物业缴费', glyph: '缴', color: '#f0883e', url: '/pkg-fee/index/index', module: 'fee' },
  bind: { key: 'bind', label: '绑定房屋', glyph: '绑', color: '#1668dc', url: '/pkg-auth/bind/index' },
  rooms: { key: 'rooms', label: '我的房屋', glyph: '房', color: '#1aa179', url: '/pkg-house/rooms/index' },
  complaint: {
    key: 'complaint',
    label: '投诉建议',
    glyph: '诉',
    color: '#e5534b',
    url: '/pkg-complaint/new/index',
    module: 'complaint',
  },
  complaints: {
    key: 'complaints',
    label: '我的投诉',
    glyph: '诉',
    color: '#c2410c',
    url: '/pkg-complaint/list/index',
    module: 'complaint',
  },
  complaintGuide: {
    key: 'complaintGuide',
    label: '投诉指南',
    glyph: '指',
    color: '#7c3aed',
    url: '/pkg-complaint/guide/index',
    module: 'complaint',
  },
  suggest: {
    key: 'suggest',
    label: '建议咨询',
    glyph: '议',
    color: '#0e9f6e',
    url: '/pkg-complaint/suggest/index',
    module: 'complaint',
  },
  enquiries: {
    key: 'enquiries',
    label: '我的建议',
    glyph: '答',
    color: '#0b7a55',
    url: '/pkg-complaint/enquiries/index',
    module: 'complaint',
  },
  faq: { key: 'faq', label: '常见问题', glyph: '问', color: '#0ea5e9', url: '/pkg-complaint/faq/index', module: 'complaint' },
  parking: {
    key: 'parking',
    label: '停车服务',
    glyph: '停',
    color: '#0f766e',
    url: '/pkg-parking/index/index',
    module: 'parking',
  },
  info: { key: 'info', label: '社区公告', glyph: '告', color: '#d97706', url: '/pkg-info/list/index', module: 'info' },
  activities: {
    key: 'activities',
    label: '社区活动',
    glyph: '活',
    color: '#db2777',
    url: '/pkg-info/activities/index',
    module: 'info',
  },
  survey: { key: 'survey', label: '满意度调查', glyph: '评', color: '#059669', url: '/pkg-info/survey/index', module: 'info' },
  renovation: {
    key: 'renovation',
    label: '装修报备',
    glyph: '装',
    color: '#7c3aed',
    url: '/pkg-reno/index/index',
    module: 'renovation',
  },
  pass: { key: 'pass', label: '物品放行', glyph: '放', color: '#b45309', url: '/pkg-pass/index/index', module: 'pass' },
  movein: { key: 'movein', label: '入伙办理', glyph: '入', color: '#0e7490', url: '/pkg-movein/index/index', module: 'movein' },
  visitor: {
    key: 'visitor',
    label: '访客登记',
    glyph: '访',
    color: '#4f46e5',
    url: '/pkg-visitor/index/index',
    module: 'visitor',
  },
  vehicles: { key: 'vehicles', label: '我的车辆', glyph: '车', color: '#6f58d8', url: '/pkg-house/vehicles/index' },
} satisfies Record<string, ServiceEntry>;

export const HOME_ENTRIES: ServiceEntry[] = [E.repair, E.fee, E.repairs, E.complaint, E.suggest, E.faq, E.parking, E.rooms];

/** 长辈版's home: the big jobs in short words (the fourth, 一键呼叫物业服务中心, is the call button). */
export const ELDER_ENTRIES: ServiceEntry[] = [
  { ...E.repair, label: '报修' },
  { ...E.fee, label: '缴费' },
  { ...E.complaint, label: '投诉' },
];

export const SERVICE_GROUPS: { title: string; entries: ServiceEntry[] }[] = [
  { title: '报事与缴费', entries: [E.repair, E.repairs, E.fee] },
  { title: '投诉建议', entries: [E.complaint, E.complaints, E.complaintGuide, E.suggest, E.enquiries, E.faq] },
  { title: '房屋与车辆', entries: [E.movein, E.bind, E.rooms, E.vehicles, E.parking, E.renovation, E.pass, E.visitor] },
  { title: '社区', entries: [E.info, E.activities, E.survey] },
];

/** The modules to show: those of the room the owner is looking at; every built one before a room is bound. */
export function modulesOf(room: MyRoom | null | undefined): readonly OwnerModule[] {
  return room ? (room.modules as OwnerModule[]) : BUILT_OWNER_MODULES;
}

export function shownEntries(entries: ServiceEntry[], modules: readonly OwnerModule[]): ServiceEntry[] {
  return entries.filter((e) => !e.module || modules.includes(e.module));
}

/** Every tile needs a session: without one it opens the login page. */
export function openEntry(entry: ServiceEntry, loggedIn: boolean): void {
  void Taro.navigateTo({ url: loggedIn ? entry.url : '/pkg-auth/login/index' });
}
