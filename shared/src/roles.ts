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

/** The staff list's state filter (员工与角色): the API filters by it, the console offers it. */
export const STAFF_LIST_STATES = ['active', 'locked', 'archived', 'all'] as const;
export type StaffListState = (typeof STAFF_LIST_STATES)[number];
export const STAFF_LIST_STATE_LABELS: Record<StaffListState, string> = {
  active: '在职',
  locked: '已锁定',
  archived: '已归档',
  all: '全部',
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

/** The customer desk: the CS staff, the quality and discipline supervisors, the manager and head office. */
const CUSTOMER_DESK_ROLES = [
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
] as const satisfies readonly StaffRole[];

/** Who may read owners' records: the customer service staff, quality and finance (R-OWN-06, R-OWN-08). */
const PEOPLE_READERS = [
  'head_office',
  'project_manager',
  'cs_supervisor',
  'cs_assistant',
  'service_clerk',
  'quality_supervisor',
  'finance',
] as const satisfies readonly StaffRole[];

/** What each role may manage; used by API guards and admin menus alike. */
export const PERMISSIONS = {
  'org.read': STAFF_ROLES,
  'org.write': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk'],
  'project.write': ['head_office'],
  /** a project's own details printed on receipts and notices (service phone, address) */
  'project.settings': ['head_office', 'project_manager'],
  'people.read': PEOPLE_READERS,
  /** R-OWN-08 a household's one history (requests, complaints, suggestions, payments, occupant changes) */
  'household.history': PEOPLE_READERS,
  'people.write': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk'],
  'binding.review': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk'],
  'people.archive': ['head_office'],
  /** R-OWN-02 the 待核对 / 逾期录入 worklist and a second person's check of a base record against the original documents */
  'records.verify': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk'],
  /** R-OWN-09 fee information (收费资料: the account fees are collected from, the day fees start) is entered by the finance assistant */
  'records.fee': ['head_office', 'finance'],
  /** R-OWN-04 ask for a fee-relevant change of a room (area, use), print its written notice, record the notice delivered */
  'fee_change.request': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk'],
  /** R-OWN-03/04 the project manager approves or rejects a fee-relevant change */
  'fee_change.approve': ['head_office', 'project_manager'],
  /** R-ORG-05 the general manager approves a project's code table before its codes are used */
  'org.codes_approve': ['head_office'],
  /** change an owner's login phone (R-OWN-03: a base-information change approved by the project manager) */
  'people.login_phone': ['head_office', 'project_manager'],
  'staff.manage': ['head_office', 'project_manager'],
  'audit.read': ['head_office', 'project_manager'],
  /** approve SLA extensions; change per-project SLA settings */
  'sla.approve': ['head_office', 'project_manager', 'cs_supervisor'],
  'sla.settings': ['head_office', 'project_manager'],
  /** switch the owner's mini-program modules on or off for a project */
  'project.modules': ['head_office', 'project_manager'],
  /** take payments at the desk, see bills and receipts (R-FEE-02) */
  'billing.collect': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk', 'finance'],
  /** R-PAY-04 propose an adjustment (减免 / 调增) of an unpaid bill, with a reason */
  'billing.adjust': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk', 'finance'],
  /** R-PAY-04 approve or reject a proposed bill adjustment (the manager approves waivers); never one's own */
  'billing.adjust_approve': ['head_office', 'project_manager'],
  /** R-PAY-04 ask for a refund of a payment, and (another person) approve or reject one */
  'billing.refund': ['head_office', 'project_manager', 'finance'],
  /** R-PAY-03 reconcile a day's payments against WeChat Pay's trade bill and resolve the differences */
  'billing.reconcile': ['head_office', 'finance'],
  /** the collection-rate report (收缴率) per project, building and fee item (R-FEE-04) */
  'billing.report': ['head_office', 'project_manager', 'finance'],
  /** 财务 home on 工作台: today's takings per method, online orders needing a look, reconciliation, handovers and refunds waiting */
  'billing.finance_home': ['head_office', 'project_manager', 'finance'],
  /** R-FEE-06 confirm a cashier's cash handover (交款单) or record a shortfall; never one's own */
  'billing.handover_confirm': ['head_office', 'finance'],
  /** invoice requests (开票申请): the queue, record the invoice number or reject */
  'billing.invoice': ['head_office', 'finance'],
  /** R-ARR-* the arrears list, a room's collection status and actions (the desk reads; finance collects) */
  'arrears.read': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk', 'finance'],
  /** R-ARR-01…07 record collection actions, print the written notices, flag large customers */
  'arrears.collect': ['head_office', 'project_manager', 'finance'],
  /** fee items and their prices, the monthly bill run (R-FEE-01, R-FEE-04) */
  'billing.configure': ['head_office', 'project_manager', 'finance'],
  /** edit the published repair catalogue and its prices, and the dispatch rota (R-REP-02, R-REP-04) */
  'catalogue.write': ['head_office', 'project_manager', 'cs_supervisor', 'engineering_supervisor'],
  /** the service desk: take and dispatch requests, the duty log and handovers, callbacks, the desk counts and KPIs */
  'request.desk': CUSTOMER_DESK_ROLES,
  /** complaints (R-CMP-*): take, review and grade, forward, answer, handle, reply, call back; the register */
  'complaint.desk': CUSTOMER_DESK_ROLES,
  /** R-CMP-09 approve a complaint's extension; R-CMP-08 the escalation inbox of class A complaints */
  'complaint.manage': ['head_office', 'project_manager'],
  /** R-CMP-04 edit a project's classification table of common complaints */
  'complaint.classes': ['head_office', 'project_manager', 'cs_supervisor', 'quality_supervisor'],
  /** suggestions and inquiries (R-SUG-*, R-INQ-*): take, forward, reply; the queues; the FAQ to answer from (R-FAQ-03) */
  'enquiry.desk': CUSTOMER_DESK_ROLES,
  /** R-FAQ-04 the CS supervisor owns the FAQ: edit entries, the half-year review, the staff quiz scores */
  'faq.write': ['head_office', 'project_manager', 'cs_supervisor'],
  /** parking (R-PRK-*): spaces and the ledger, applications and their documents, contracts, cards */
  'parking.desk': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk'],
  /** R-PRK-03 / R-PRK-07 the manager approves or refuses a parking contract */
  'parking.approve': ['head_office', 'project_manager'],
  /** R-PRK-01 parking areas, spaces, and the parking-use plan with its prices */
  'parking.configure': ['head_office', 'project_manager', 'cs_supervisor'],
  /** the car-park gate system's list of valid plates (an account given to the barrier's integration) */
  'parking.gate': ['head_office', 'project_manager', 'cs_supervisor'],
  /** release passes (R-PAS-01/02): the desk's queue, issue (identity and payment status checked) or reject, walk-in passes, print */
  'pass.desk': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk'],
  /** R-PAS-04 write the project's release-pass guide (所需资料和流程) */
  'pass.configure': ['head_office', 'project_manager', 'cs_supervisor'],
  /** R-PAS-03 the gate: look a pass up by its code, record the release once; the release log */
  'pass.gate': ['head_office', 'project_manager', 'cs_supervisor', 'security_supervisor'],
  /** move-in (R-MOV-02…05): run a buyer's move-in at the desk, print its forms, track the defects with the developer */
  'movein.desk': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk'],
  /** R-MOV-01/05 move-in batches: the rooms handed over, the period, the guide, notes and the move-in fees */
  'movein.configure': ['head_office', 'project_manager', 'cs_supervisor'],
  /** renovation (R-REN-01/03/05): the desk's list and detail, walk-in applications, 退回补正, fees and 发放许可证, printing */
  'renovation.desk': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk', 'engineering_supervisor'],
  /** R-REN-04 the engineering supervisor reviews a plan against the refusal grounds */
  'renovation.review': ['head_office', 'project_manager', 'engineering_supervisor'],
  /** R-REN-04 the manager approves or refuses a reviewed plan */
  'renovation.approve': ['head_office', 'project_manager'],
  /** R-REN-01 write the project's renovation guide, fees, working hours and supervision phone */
  'renovation.configure': ['head_office', 'project_manager', 'cs_supervisor'],
  /** R-REN-06/07 装修巡查 and 竣工验收: the daily inspection, rectification notices, the acceptance inspection */
  'renovation.inspect': ['head_office', 'project_manager', 'engineering_supervisor', 'security_supervisor'],
  /** R-REP-17 the supervisor's daily follow-up of open repairs and complaints, and closure verification */
  'followup.supervise': ['head_office', 'project_manager', 'cs_supervisor', 'quality_supervisor'],
  /** R-CMP-18 the quality supervisor's weekly review of the week's complaints, class A in depth */
  'complaint.weekly_review': ['head_office', 'project_manager', 'quality_supervisor'],
  /** R-ACT-04 社区公告: draft, submit for approval, withdraw; the list with read counts */
  'announcement.write': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk'],
  /** R-ACT-04 the manager or head office approves and publishes an announcement (never one they drafted) */
  'announcement.approve': ['head_office', 'project_manager'],
  /** R-ACT-01/02/05 社区活动: read the annual plan, the activities, their sign-ups and files (finance reads what it approves) */
  'activity.read': [...CUSTOMER_DESK_ROLES, 'finance'],
  /** R-ACT-01/02/05 plan activities, ask for the budget, record safety measures and the poll, summary, photos, archive, cancel */
  'activity.manage': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk'],
  /** R-ACT-01/02 the manager finalises the annual plan (定稿) and publishes an activity to owners */
  'activity.publish': ['head_office', 'project_manager'],
  /** R-ACT-05 finance approves (or returns) an activity's budget */
  'activity.budget': ['head_office', 'finance'],
  /** R-ACT-03 call back the picked participants after an activity and record their satisfaction */
  'activity.callback': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk', 'quality_supervisor'],
  /** R-RPT-03 quarterly satisfaction surveys: open one, read the answers and scores, the annual index (品质 runs them) */
  'survey.manage': ['head_office', 'project_manager', 'cs_supervisor', 'quality_supervisor'],
  /** R-RPT-02 the monthly work report for the owners' committee: the manager's office drafts it */
  'work_report.write': ['head_office', 'project_manager', 'cs_supervisor'],
  /** R-RPT-02 submitting it to the committee, recording the committee's review and publishing it: the manager or head office */
  'work_report.send': ['head_office', 'project_manager'],
  /** R-PAS-05 访客登记 at the lobby or gate: register visitors, record the host's phone confirmation, entry and leaving, look up visitor codes */
  'visitor.gate': ['head_office', 'project_manager', 'cs_supervisor', 'cs_assistant', 'service_clerk', 'security_supervisor'],
  /** R-RPT-04 key customers and committee members, communication records, festival greetings: the manager's office */
  'relation.manage': ['head_office', 'project_manager', 'cs_supervisor'],
  /** work orders on the phone: my orders, the grab pool, my counts */
  'request.work': ['technician', 'engineering_supervisor'],
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

/** Passwords people pick first, refused whatever their mix of characters. */
const COMMON_PASSWORDS = new Set(
  [
    'password1',
    'password123',
    'passw0rd',
    'p@ssw0rd',
    'p@ssword1',
    'qwerty123',
    'qwer1234',
    'abc12345',
    'abcd1234',
    'admin123',
    'admin@123',
    'admin1234',
    'test1234',
    'iloveyou1',
    'welcome1',
    'aa123456',
    'a1234567',
    'woaini1314',
    '1qaz2wsx',
    '1q2w3e4r',
    'zxcvbnm1',
    'asdf1234',
    '11111111a',
    'a11111111',
  ].map((p) => p.toLowerCase()),
);
/**
 * A staff password's problem in words, or null when it is acceptable: at least 8 characters, at
 * least three of lower-case, upper-case, digits and symbols, not a common password, not the username.
 */
export function passwordProblem(pw: string, username?: string): string | null {
  if (pw.length < 8) return '密码至少8位';
  if (pw.length > 100) return '密码不能超过100位';
  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z0-9]/].filter((r) => r.test(pw)).length;
  if (kinds < 3) return '密码需包含大写字母、小写字母、数字、符号中的至少三种';
  if (COMMON_PASSWORDS.has(pw.toLowerCase())) return '这个密码太常见，请换一个';
  if (typeof username === 'string' && username.length >= 3 && pw.toLowerCase().includes(username.toLowerCase()))
    return '密码不能包含用户名';
  return null;
}
