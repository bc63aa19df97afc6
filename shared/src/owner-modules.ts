/**
 * The owner's services as modules a project switches on or off (首页 and 服务 tiles, UX "show only what
 * works"). Declared once here: the API stores which are switched off per project, the console shows the
 * switches, and the mini-program shows a tile only for a module that is built and switched on for the
 * project of the owner's room. A module not yet built is never shown and cannot be switched on.
 */
export const OWNER_MODULES = ['repair', 'fee', 'complaint', 'info', 'parking', 'renovation', 'pass', 'movein', 'visitor'] as const;
export type OwnerModule = (typeof OWNER_MODULES)[number];

export const OWNER_MODULE_INFO: Readonly<Record<OwnerModule, { label: string; desc: string; built: boolean }>> = {
  repair: { label: '报事报修', desc: '在线报修、进度、确认与评价', built: true },
  fee: { label: '物业缴费', desc: '账单、缴费记录与电子收据', built: true },
  complaint: { label: '投诉建议', desc: '投诉、建议、咨询与常见问题', built: true },
  info: { label: '社区公告', desc: '通知公告、温馨提示与社区活动', built: true },
  parking: { label: '停车服务', desc: '车位租赁、停车卡与续租', built: true },
  renovation: { label: '装修报备', desc: '装修申请、审批、缴费与施工许可证', built: true },
  pass: { label: '物品放行', desc: '搬出物品的放行条', built: true },
  movein: { label: '入伙办理', desc: '入伙通知、办理指南与房屋遗留问题进度', built: true },
  visitor: { label: '访客登记', desc: '预约访客、访客码与来访确认', built: true },
};

export const BUILT_OWNER_MODULES: readonly OwnerModule[] = OWNER_MODULES.filter((m) => OWNER_MODULE_INFO[m].built);

export function isOwnerModule(x: unknown): x is OwnerModule {
  return typeof x === 'string' && (OWNER_MODULES as readonly string[]).includes(x);
}

/**
 * The modules a project shows its owners, from the ones it switched off (the stored setting): every
 * built module unless switched off, so a module built later comes on by default.
 */
export function enabledOwnerModules(switchedOff: readonly string[] | null | undefined): OwnerModule[] {
  const off = new Set(switchedOff ?? []);
  return BUILT_OWNER_MODULES.filter((m) => !off.has(m));
}
