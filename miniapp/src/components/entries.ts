/** Every owner service with its grid glyph; `url` is set once its subpackage ships ("即将上线" until then). */
import Taro from '@tarojs/taro';

export interface ServiceEntry {
  key: string;
  label: string;
  glyph: string;
  color: string;
  url?: string;
  needsLogin?: boolean;
}

export const HOME_ENTRIES: ServiceEntry[] = [
  { key: 'repair', label: '报事报修', glyph: '修', color: '#2f7cf6', url: '/pkg-repair/new/index', needsLogin: true },
  { key: 'fee', label: '物业缴费', glyph: '缴', color: '#f0883e' },
  { key: 'complaint', label: '投诉建议', glyph: '诉', color: '#e5534b' },
  { key: 'notice', label: '社区公告', glyph: '告', color: '#1aa179' },
  { key: 'parking', label: '停车服务', glyph: '车', color: '#6f58d8' },
  { key: 'reno', label: '装修报备', glyph: '装', color: '#d08b12' },
  { key: 'pass', label: '物品放行', glyph: '行', color: '#0f96b8' },
  { key: 'faq', label: '常见问题', glyph: '问', color: '#7b8794' },
];

const byKey = Object.fromEntries(HOME_ENTRIES.map((e) => [e.key, e]));

export const SERVICE_GROUPS: { title: string; entries: ServiceEntry[] }[] = [
  {
    title: '报事与反馈',
    entries: [
      byKey.repair!,
      { key: 'repairs', label: '我的报修', glyph: '单', color: '#1668dc', url: '/pkg-repair/list/index', needsLogin: true },
      byKey.complaint!,
      { key: 'inquiry', label: '咨询', glyph: '询', color: '#2f7cf6' },
      byKey.faq!,
    ],
  },
  {
    title: '缴费与停车',
    entries: [
      byKey.fee!,
      {
        key: 'fee-history',
        label: '缴费记录',
        glyph: '票',
        color: '#f0883e',
        url: '/pkg-repair/bills/index',
        needsLogin: true,
      },
      byKey.parking!,
    ],
  },
  {
    title: '房屋与办理',
    entries: [
      { key: 'bind', label: '绑定房屋', glyph: '绑', color: '#1668dc', url: '/pkg-auth/bind/index', needsLogin: true },
      { key: 'rooms', label: '我的房屋', glyph: '房', color: '#1aa179', url: '/pkg-house/rooms/index', needsLogin: true },
      { key: 'vehicles', label: '我的车辆', glyph: '车', color: '#6f58d8', url: '/pkg-house/vehicles/index', needsLogin: true },
      byKey.reno!,
      byKey.pass!,
    ],
  },
  {
    title: '社区生活',
    entries: [
      byKey.notice!,
      { key: 'activity', label: '社区活动', glyph: '活', color: '#1aa179' },
      { key: 'survey', label: '问卷调查', glyph: '卷', color: '#7b8794' },
    ],
  },
];

export function openEntry(entry: ServiceEntry, loggedIn: boolean): void {
  if (!entry.url) {
    void Taro.showToast({ title: `${entry.label} 即将上线`, icon: 'none' });
    return;
  }
  if (entry.needsLogin && !loggedIn) {
    void Taro.navigateTo({ url: '/pkg-auth/login/index' });
    return;
  }
  void Taro.navigateTo({ url: entry.url });
}
