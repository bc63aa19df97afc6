/** Page and button flags, computed once from the signed-in staff member's roles (rules live in @wy/shared). */
import { can, mayRevealPersonalData, seesAllProjects, SERVICE_DESK_ROLES, type StaffRole } from '@wy/shared';

export interface Access {
  /** see projects, buildings and rooms */
  orgRead: boolean;
  /** create/edit clusters, buildings, rooms; import */
  orgWrite: boolean;
  /** create/edit projects */
  projectWrite: boolean;
  peopleRead: boolean;
  /** R-OWN-08 a household's one history on the room sheet — `household.history` */
  householdHistory: boolean;
  peopleWrite: boolean;
  bindingReview: boolean;
  peopleArchive: boolean;
  staffManage: boolean;
  auditRead: boolean;
  /** may open an owner's full phone / ID number (logged) */
  revealPii: boolean;
  /** head office: all projects */
  allProjects: boolean;
  /** service desk (R-SRV): intake, repairs list, dispatch, callbacks, duty log — SERVICE_DESK_ROLES */
  serviceDesk: boolean;
  /** approve or reject SLA extensions (延期审批) — `sla.approve` */
  slaApprove: boolean;
  /** change a project's SLA durations and holiday calendar — `sla.settings` */
  slaSettings: boolean;
  /** see the SLA settings page: editors, and approvers read-only */
  slaSettingsView: boolean;
  /** 收银台: bills, desk payments, receipts (R-FEE-02) — `billing.collect` */
  billingCollect: boolean;
  /** 收费项目, 账单生成: fee items and their prices, the monthly bill run (R-FEE-01, R-FEE-04) — `billing.configure` */
  billingConfigure: boolean;
  /** 现金移交: confirm another cashier's 交款单 or record a shortfall (R-FEE-06) — `billing.handover_confirm` */
  billingHandoverConfirm: boolean;
  /** 退款审批: ask for a refund, approve or reject another's (R-PAY-04) — `billing.refund` */
  billingRefund: boolean;
  /** 账单调整 and 收银台's 调整: propose a 减免 / 调增 of an unpaid bill (R-PAY-04) — `billing.adjust` */
  billingAdjust: boolean;
  /** 账单调整: approve or reject another's proposed adjustment (R-PAY-04) — `billing.adjust_approve` */
  billingAdjustApprove: boolean;
  /** 开票申请: owners' invoice requests, record the invoice number or reject — `billing.invoice` */
  billingInvoice: boolean;
  /** 对账: a day against WeChat Pay's trade bill, differences until resolved (R-PAY-03) — `billing.reconcile` */
  billingReconcile: boolean;
  /** 收缴率: the collection rate per building and fee item, its chart and Excel sheet (R-FEE-04) — `billing.report` */
  billingReport: boolean;
  /** 工作台's finance view: today's takings per method and what waits for finance — `billing.finance_home` */
  financeHome: boolean;
  /** edit the repair catalogue, prices and dispatch rota — `catalogue.write` */
  catalogueWrite: boolean;
  /** see the repair catalogue page: the service desk and catalogue editors */
  catalogueRead: boolean;
  /** the complaint register, intake and steps — `complaint.desk` */
  complaintDesk: boolean;
  /** the escalation inbox of class A complaints, complaint extensions — `complaint.manage` */
  complaintManage: boolean;
  /** suggestions and inquiries, the FAQ to answer from, the monthly FAQ quiz — `enquiry.desk` */
  enquiryDesk: boolean;
  /** keep the FAQ: entries, the half-year review, questions to add, quiz scores — `faq.write` */
  faqWrite: boolean;
  /** 每日跟进: the supervisor's daily follow-up and closure verification (R-REP-17) — `followup.supervise` */
  followUp: boolean;
  /** 车位申请 and 车位台帐 (R-PRK-02…07): applications, documents, contracts, cards, the ledger — `parking.desk` */
  parkingDesk: boolean;
  /** parking areas, spaces and the parking-use plan with its prices (R-PRK-01) — `parking.configure` */
  parkingConfigure: boolean;
  /** download the gate system's list of valid plates — `parking.gate` */
  parkingGate: boolean;
  /** 公告管理 (R-ACT-04): draft, submit, withdraw announcements; the list with read counts — `announcement.write` */
  announcementWrite: boolean;
  /** 月度工作报告 (R-RPT-02): write it; submitting, the committee's review and publishing are `work_report.send` — `work_report.write` */
  workReportWrite: boolean;
  /** 欠费催缴: households in arrears, their collection status and actions (R-ARR-*) — `arrears.read` */
  arrearsRead: boolean;
  /** 欠费催缴: record actions, print 催缴通知单, flag large customers (R-ARR-01…07) — `arrears.collect` */
  arrearsCollect: boolean;
  /** 放行管理 (R-PAS-01/02): release passes — issue, reject, walk-in, print — `pass.desk` */
  passDesk: boolean;
  /** 门岗放行 (R-PAS-03): look a pass up by its code, record the release; the release log — `pass.gate` */
  passGate: boolean;
  /** 访客登记 (R-PAS-05): register visitors, record the host's phone confirmation, entry and leaving, visitor codes — `visitor.gate` */
  visitorGate: boolean;
  /** 重点客户与沟通 (R-RPT-04): key customers and committee members, communication records, festival greetings — `relation.manage` */
  relationManage: boolean;
  /** R-PAS-04 write the release-pass guide — `pass.configure` */
  passConfigure: boolean;
  /** 入伙办理 (R-MOV-02…05): run a buyer's move-in, print its forms, track defects — `movein.desk` */
  moveInDesk: boolean;
  /** 入伙批次 (R-MOV-01/05): set up and publish move-in batches — `movein.configure` */
  moveInConfigure: boolean;
  /** 社区活动 (R-ACT-01/02/03/05): the annual plan, activities, sign-ups and files — `activity.read` */
  activityRead: boolean;
  /** plan and run activities: details, budget requests, summary, archive — `activity.manage` */
  activityManage: boolean;
  /** R-ACT-01 finalise the annual plan (定稿) and publish activities — `activity.publish` */
  activityPublish: boolean;
  /** R-ACT-03 call participants back after an activity — `activity.callback` */
  activityCallback: boolean;
  /** 满意度调查 (R-RPT-03): quarterly surveys and the annual index — `survey.manage` */
  surveyManage: boolean;
  /** 装修管理 (R-REN-01/03/05): renovations — 退回补正, fees, 发放许可证, print — `renovation.desk` */
  renoDesk: boolean;
  /** 装修巡查 and 竣工验收 (R-REN-06/07): daily inspections, rectification notices, acceptance — `renovation.inspect` */
  renoInspect: boolean;
  /** R-REN-04 工程审核 against the refusal grounds — `renovation.review` */
  renoReview: boolean;
  /** R-REN-04 经理审批 — `renovation.approve` */
  renoApprove: boolean;
  /** R-REN-01 the renovation guide, fees, hours and supervision phone — `renovation.configure` */
  renoConfigure: boolean;
  /** 每周回顾: the quality supervisor's weekly review of the week's complaints (R-CMP-18) — `complaint.weekly_review` */
  weeklyReview: boolean;
  /** R-OWN-02 the 待核对 / 逾期录入 worklist and the check against the original documents — `records.verify` */
  recordsVerify: boolean;
  /** R-OWN-04 fee-relevant changes: ask, print the 变更通知书, record its delivery — `fee_change.request` */
  feeChangeRequest: boolean;
  /** R-OWN-04 the manager approves or rejects a fee-relevant change — `fee_change.approve` */
  feeChangeApprove: boolean;
  /** R-ORG-05 the general manager approves a project's code table — `org.codes_approve` */
  codesApprove: boolean;
  /** 业户资料核对: any of the four above */
  ownerRecords: boolean;
}
export type AccessKey = keyof Access;

export function computeAccess(roles: readonly StaffRole[] | undefined | null): Access {
  const r = roles ?? [];
  const serviceDesk = r.some((x) => (SERVICE_DESK_ROLES as readonly StaffRole[]).includes(x));
  return {
    recordsVerify: can(r, 'records.verify'),
    feeChangeRequest: can(r, 'fee_change.request'),
    feeChangeApprove: can(r, 'fee_change.approve'),
    codesApprove: can(r, 'org.codes_approve'),
    ownerRecords: can(r, 'records.verify') || can(r, 'fee_change.request') || can(r, 'org.codes_approve'),
    orgRead: can(r, 'org.read'),
    orgWrite: can(r, 'org.write'),
    projectWrite: can(r, 'project.write'),
    peopleRead: can(r, 'people.read'),
    householdHistory: can(r, 'household.history'),
    peopleWrite: can(r, 'people.write'),
    bindingReview: can(r, 'binding.review'),
    peopleArchive: can(r, 'people.archive'),
    staffManage: can(r, 'staff.manage'),
    auditRead: can(r, 'audit.read'),
    revealPii: mayRevealPersonalData(r),
    allProjects: seesAllProjects(r),
    serviceDesk,
    slaApprove: can(r, 'sla.approve'),
    slaSettings: can(r, 'sla.settings'),
    slaSettingsView: can(r, 'sla.settings') || can(r, 'sla.approve'),
    billingCollect: can(r, 'billing.collect'),
    billingConfigure: can(r, 'billing.configure'),
    billingHandoverConfirm: can(r, 'billing.handover_confirm'),
    billingRefund: can(r, 'billing.refund'),
    billingAdjust: can(r, 'billing.adjust'),
    billingAdjustApprove: can(r, 'billing.adjust_approve'),
    billingReconcile: can(r, 'billing.reconcile'),
    billingReport: can(r, 'billing.report'),
    financeHome: can(r, 'billing.finance_home'),
    billingInvoice: can(r, 'billing.invoice'),
    catalogueWrite: can(r, 'catalogue.write'),
    catalogueRead: serviceDesk || can(r, 'catalogue.write'),
    complaintDesk: can(r, 'complaint.desk'),
    complaintManage: can(r, 'complaint.manage'),
    enquiryDesk: can(r, 'enquiry.desk'),
    faqWrite: can(r, 'faq.write'),
    followUp: can(r, 'followup.supervise'),
    parkingDesk: can(r, 'parking.desk'),
    parkingConfigure: can(r, 'parking.configure'),
    parkingGate: can(r, 'parking.gate'),
    passDesk: can(r, 'pass.desk'),
    passGate: can(r, 'pass.gate'),
    passConfigure: can(r, 'pass.configure'),
    visitorGate: can(r, 'visitor.gate'),
    relationManage: can(r, 'relation.manage'),
    moveInDesk: can(r, 'movein.desk'),
    moveInConfigure: can(r, 'movein.configure'),
    renoDesk: can(r, 'renovation.desk'),
    renoInspect: can(r, 'renovation.inspect'),
    renoReview: can(r, 'renovation.review'),
    renoApprove: can(r, 'renovation.approve'),
    renoConfigure: can(r, 'renovation.configure'),
    weeklyReview: can(r, 'complaint.weekly_review'),
    announcementWrite: can(r, 'announcement.write'),
    workReportWrite: can(r, 'work_report.write'),
    arrearsRead: can(r, 'arrears.read'),
    arrearsCollect: can(r, 'arrears.collect'),
    activityRead: can(r, 'activity.read'),
    activityManage: can(r, 'activity.manage'),
    activityPublish: can(r, 'activity.publish'),
    activityCallback: can(r, 'activity.callback'),
    surveyManage: can(r, 'survey.manage'),
  };
}
