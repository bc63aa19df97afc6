/**
 * R-ORG-03 staff roles. Declared once; the API guards, the admin menus and the
 * masking rules all read from here.
 */
export const STAFF_ROLES = [
  'head_office',
  'project_manager',
  'cs_supervisor',
  'cs_assistant',
  'service_clerk',
  'quality_supervisor',
  'engineering_supervisor',
  'security_supervisor',
  'cleaning_supervisor',
  'landscaping_supervisor',
  'technician',
  'finance',
] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const STAFF_ROLE_LABELS: Record<StaffRole, string> = {
  head_office: '公司总部',
  project_manager: '管理处经理',
  cs_supervisor: '客服主管',
  cs_assistant: '客服助理',
  service_clerk: '客服管理员/前台',
  quality_supervisor: '品质主管',
  engineering_supervisor: '工程主管',
  security_supervisor: '秩序主管',
  cleaning_supervisor: '保洁主管',
  landscaping_supervisor: '园艺主管',
  technician: '技工',
  finance: '财务/出纳',
};

export function isStaffRole(v: unknown): v is StaffRole {
  return typeof v === 'string' && (STAFF_ROLES as readonly string[]).includes(v);
}

/** R-ORG-03: head-office roles see every project; everyone else only the projects assigned to them. */
export function seesAllProjects(roles: readonly StaffRole[]): boolean {
  return roles.includes('head_office');
}

/**
 * Which projects a staff member may act on. Fails closed: no roles or no
 * assignment means no project at all. Returns 'all' only for head office.
 */
export function projectScope(roles: readonly StaffRole[], assignedProjectIds: readonly number[]): 'all' | number[] {
  if (!roles.length) return [];
  if (seesAllProjects(roles)) return 'all';
  return [...new Set(assignedProjectIds)];
}

export function inScope(scope: 'all' | readonly number[], projectId: number): boolean {
  return scope === 'all' || scope.includes(projectId);
}

/** R-OWN-06: roles whose work needs an owner's full phone and ID number (they may reveal; each reveal is logged). */
export const PII_ROLES: readonly StaffRole[] = [
  'head_office',
  'project_manager',
  'cs_supervisor',
  'cs_assistant',
  'service_clerk',
  'finance',
];
export function mayRevealPersonalData(roles: readonly StaffRole[]): boolean {
  return roles.some((r) => PII_ROLES.includes(r));
}

/** What each role may manage; used by API guards and admin menus alike. */
export const PERMISSIONS = {
  'org.read': STAFF_ROLES,
  'org.write': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk'],
  'project.write': ['head_office'],
  'people.read': [
    'head_office',
    'project_manager',
    'cs_supervisor',
    'cs_assistant',
    'service_clerk',
    'quality_supervisor',
    'finance',
  ],
  'people.write': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk'],
  'binding.review': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk'],
  'people.archive': ['head_office'],
  'staff.manage': ['head_office', 'project_manager'],
  'audit.read': ['head_office', 'project_manager'],
  /** approve SLA extensions; change per-project SLA settings */
  'sla.approve': ['head_office', 'project_manager', 'cs_supervisor'],
  'sla.settings': ['head_office', 'project_manager'],
  /** take payments at the desk, see bills and receipts (R-FEE-02) */
  'billing.collect': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk', 'finance'],
  /** edit the published repair catalogue and its prices, and the dispatch rota (R-REP-02, R-REP-04) */
  'catalogue.write': ['head_office', 'project_manager', 'cs_supervisor', 'engineering_supervisor'],
} as const satisfies Record<string, readonly StaffRole[]>;
export type Permission = keyof typeof PERMISSIONS;

export function can(roles: readonly StaffRole[], permission: Permission): boolean {
  const allowed = PERMISSIONS[permission] as readonly StaffRole[];
  return roles.some((r) => allowed.includes(r));
}

/** Roles a project manager may grant; only head office grants head_office or project_manager. */
export function mayGrantRole(granter: readonly StaffRole[], role: StaffRole): boolean {
  if (granter.includes('head_office')) return true;
  if (granter.includes('project_manager')) return role !== 'head_office' && role !== 'project_manager';
  return false;
}
