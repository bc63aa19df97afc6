// The security suite over every endpoint, generated from the API's own OpenAPI document, so a new
// endpoint is covered without anyone remembering it (and the suite fails until it is in the table):
//  - every endpoint has an entry in the access table below; without a token → 401; a role without the
//    right → 403; an owner on a staff endpoint (and the reverse) → 403;
//  - every path with an id: records of project 101 / household A asked for by staff of project 201, by
//    another owner and by a technician who is not on the order → 404 (or 403), and nothing written;
//  - every POST/PUT/PATCH: empty body, wrong types, 100k-character strings, negative and fractional
//    money, unknown fields → 400 with a Chinese message, never 500, and no row written anywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can, type Permission, type StaffRole } from '@wy/shared';
import { buildOpenApi } from '../src/app.factory.js';
import { TINY_PNG as PNG } from './images.js';
import { ids, startTestApp, testDatabases, type TestApp } from './harness.js';
import { checked } from './support/repair-steps.js';

/** Who may call an endpoint: nobody needs to sign in; an owner; anyone signed in; any staff member; staff holding a permission. */
type Access = 'public' | 'owner' | 'any' | 'staff' | { perm: Permission };
type Fx = Record<string, number>;
interface Entry {
  access: Access;
  /** a valid body for the write (the probes must get past validation to reach the scope check) */
  body?: (f: Fx) => unknown;
  /** path parameters: the record of project 101 / household A the path names */
  params?: (f: Fx) => Record<string, string | number>;
  /** the record belongs to a work order: a technician of the project who is not on the order must not reach it */
  order?: true;
  /** published to every owner (the binding directory, the repair catalogue): another owner may read it */
  published?: true;
}
const P = (perm: Permission): Access => ({ perm });
const PARKING_PLAN = (projectId: number) => ({
  projectId,
  title: '车位使用方案',
  approvedOn: '2026-10-18',
  approvalDocument: '业主大会决议〔2026〕3号',
  process: '申请 → 核对资料 → 合同 → 审批 → 缴费 → 发卡',
  prices: [{ kind: 'rental', term: 'month', amountFen: 30000 }],
});
const id = (key: string) => (f: Fx) => ({ id: f[key]! });
const RENO_FORM = (roomId: number) => ({
  roomId,
  startOn: '2027-01-05',
  endOn: '2027-02-05',
  contractorCompany: '安全测试装饰公司',
  contractorLeader: '安全测试',
  contractorPhone: '13900001111',
  items: ['墙面翻新'],
  changesWater: false,
  changesPower: false,
  changesGas: false,
  workers: [{ name: '安全测试' }],
});
/** household A's issued release pass's code (a string: the gate looks passes up by it) */
let passCodeA = '';
/** household A's visitor invitation's code (the gate looks invitations up by it) */
let visitorCodeA = '';
const project101 = (f: Fx) => ({ projectId: f.p101!, id: f.p101! });
/** A move-in batch's texts and rates (no move-in fees: the fixture's move-in passes 缴费 without bills). */
const MOVEIN_BATCH = {
  name: '安全测试批次',
  startOn: '2026-12-01',
  endOn: '2026-12-31',
  developerName: '安全测试开发商',
  guide: '安全测试：入伙办理流程及注意事项。',
  renovationNotes: '安全测试装修须知',
  paymentNotice: '安全测试缴费通知',
  propertyFeeFenPerM2: 0,
  propertyFeeMonths: 0,
  fundFenPerM2: 0,
};

/**
 * The access table: one row per endpoint. Write routes carry a valid body; routes with a path
 * parameter name the record of project 101 / household A they are probed with.
 */
const TABLE: Record<string, Entry> = {
  'GET /health': { access: 'public' },
  'GET /health/ready': { access: 'public' },
  'POST /auth/staff/login': { access: 'public', body: () => ({ username: 'nobody', password: 'Wrong#Pass1' }) },
  'POST /auth/refresh': { access: 'public', body: () => ({ refreshToken: 'x'.repeat(43) }) },
  'POST /auth/logout': { access: 'any' },
  'GET /auth/me': { access: 'any' },
  'POST /auth/owner/wechat': { access: 'public', body: () => ({ code: 'not-a-code' }) },
  'POST /auth/owner/sms-code': { access: 'public', body: () => ({ phone: '13700000088' }) },
  'POST /auth/owner/sms-login': { access: 'public', body: () => ({ phone: '13700000088', code: '000000' }) },

  'GET /projects': { access: P('org.read') },
  'GET /projects/list': { access: P('org.read') },
  'POST /projects': { access: P('project.write'), body: () => ({ code: '901', name: '安全测试项目', kind: 'residential' }) },
  'PATCH /projects/{id}': { access: P('project.settings'), params: project101, body: () => ({ servicePhone: '0755-88886666' }) },
  'GET /projects/{id}/modules': { access: P('project.modules'), params: project101 },
  'PUT /projects/{id}/modules': {
    access: P('project.modules'),
    params: project101,
    body: () => ({ enabled: ['repair', 'fee'] }),
  },
  'GET /projects/{projectId}/stats': { access: P('org.read'), params: project101 },
  'GET /projects/{projectId}/clusters': { access: P('org.read'), params: project101 },
  'POST /projects/{projectId}/clusters': {
    access: P('org.write'),
    params: project101,
    body: () => ({ code: '8', name: '测试组团' }),
  },
  'GET /projects/{projectId}/buildings': { access: P('org.read'), params: project101 },
  'POST /projects/{projectId}/buildings': {
    access: P('org.write'),
    params: project101,
    body: (f) => ({ clusterId: f.cluster101, code: '88', name: '测试楼' }),
  },
  'PATCH /buildings/{id}': { access: P('org.write'), params: id('building101'), body: () => ({ name: '改名楼' }) },
  'GET /rooms': { access: P('org.read') },
  'POST /rooms': {
    access: P('org.write'),
    body: (f) => ({ buildingId: f.building101, roomNo: '8801', area: 8925, use: 'office' }),
  },
  'GET /rooms/{id}': { access: P('org.read'), params: id('roomA') },
  'PATCH /rooms/{id}': { access: P('org.write'), params: id('roomA'), body: () => ({ layout: '改过的户型' }) },
  'GET /rooms/{id}/history': { access: P('household.history'), params: id('roomA') },
  // R-OWN-02/04/09, R-ORG-05 业户资料 governance
  'GET /records/worklist': { access: P('records.verify') },
  'POST /rooms/{id}/verify': { access: P('records.verify'), params: id('roomA'), body: () => ({ documents: ['id_card'] }) },
  'GET /rooms/{id}/fee-info': { access: P('records.fee'), params: id('roomA') },
  'PUT /rooms/{id}/fee-info': { access: P('records.fee'), params: id('roomA'), body: () => ({ feeStartOn: '2026-12-01' }) },
  'GET /fee-changes': { access: P('fee_change.request') },
  'POST /fee-changes': {
    access: P('fee_change.request'),
    body: (f) => ({ roomId: f.roomA, field: 'use', toValue: 'retail', effectiveOn: '2027-01-01', reason: '安全测试' }),
  },
  'GET /fee-changes/{id}': { access: P('fee_change.request'), params: id('feeChangeA') },
  'POST /fee-changes/{id}/approve': { access: P('fee_change.approve'), params: id('feeChangeA') },
  'POST /fee-changes/{id}/reject': { access: P('fee_change.approve'), params: id('feeChangeA'), body: () => ({ reason: '安全测试' }) },
  'GET /fee-changes/{id}/notice': { access: P('fee_change.request'), params: id('feeChangeA') },
  'POST /fee-changes/{id}/deliver': { access: P('fee_change.request'), params: id('feeChangeA'), body: () => ({ how: 'mail' }) },
  'GET /projects/{id}/code-table': { access: P('org.read'), params: project101 },
  'POST /projects/{id}/code-table/approve': { access: P('org.codes_approve'), params: project101 },
  'GET /import-template': { access: P('org.read') },
  'POST /projects/{projectId}/import': {
    access: P('org.write'),
    params: project101,
    body: () => ({ fileName: 'rooms.csv', contentBase64: Buffer.from('楼栋,房号\n').toString('base64') }),
  },
  'GET /directory/projects': { access: 'owner' },
  'GET /directory/projects/{id}/buildings': { access: 'owner', params: id('p101'), published: true },
  'GET /directory/buildings/{id}/rooms': { access: 'owner', params: id('building101'), published: true },

  'GET /owners': { access: P('people.read') },
  'POST /owners': {
    access: P('people.write'),
    body: (f) => ({ projectId: f.p101, roomId: f.roomA, kind: 'member', name: '安全测试', phone: '13700000077' }),
  },
  'GET /owners/{id}': { access: P('people.read'), params: id('personA') },
  'PATCH /owners/{id}': { access: P('people.write'), params: id('personA'), body: () => ({ note: '改过的备注' }) },
  'POST /owners/{id}/reveal': { access: P('people.read'), params: id('personA') },
  'POST /owners/{id}/archive': { access: P('people.archive'), params: id('personA'), body: () => ({ reason: '测试归档' }) },
  'GET /bindings': { access: P('people.read') },
  'POST /bindings/{id}/approve': { access: P('binding.review'), params: id('bindingA') },
  'POST /bindings/{id}/reject': { access: P('binding.review'), params: id('bindingA'), body: () => ({ reason: '测试' }) },
  'POST /bindings/{id}/revoke': { access: P('binding.review'), params: id('bindingA'), body: () => ({ reason: '测试' }) },
  'GET /vehicles': { access: P('people.read') },
  'POST /vehicles': { access: P('people.write'), body: (f) => ({ projectId: f.p101, personId: f.personA, plate: '粤B9X999' }) },
  'DELETE /vehicles/{id}': { access: P('people.write'), params: id('vehicleA') },

  'GET /me/bindings': { access: 'owner' },
  'POST /me/bindings': { access: 'owner', body: (f) => ({ roomId: f.roomA, kind: 'tenant', name: '安全测试' }) },
  'POST /me/bindings/{id}/approve': { access: 'owner', params: id('bindingA') },
  'POST /me/bindings/{id}/reject': { access: 'owner', params: id('bindingA'), body: () => ({ reason: '测试' }) },
  'GET /me/rooms': { access: 'owner' },
  'GET /me/rooms/{roomId}': { access: 'owner', params: (f) => ({ roomId: f.roomA! }) },
  'GET /me/vehicles': { access: 'owner' },
  'PATCH /me/profile': { access: 'owner', body: () => ({ name: '改名' }) },

  'GET /staff': { access: P('staff.manage') },
  'POST /staff': {
    access: P('staff.manage'),
    body: (f) => ({
      username: 'sec_new',
      name: '新员工',
      password: 'Strong#Pass2026',
      roles: ['service_clerk'],
      projectIds: [f.p101],
    }),
  },
  'PATCH /staff/{id}': { access: P('staff.manage'), params: id('staffKefu'), body: () => ({ password: 'Another#Pass2026' }) },
  'POST /staff/{id}/unlock': { access: P('staff.manage'), params: id('staffKefu') },

  'GET /repair-categories': { access: 'staff' },
  'GET /directory/projects/{id}/repair-categories': { access: 'owner', params: id('p101'), published: true },
  'GET /service-requests/counts': { access: P('request.desk') },
  'GET /service-requests/duplicates': { access: P('request.desk') },
  'POST /service-requests': {
    access: P('request.desk'),
    body: (f) => ({
      projectId: f.p101,
      channel: 'phone',
      categoryId: f.catPublic101,
      description: '安全测试报修',
      urgency: 'normal',
      location: 'A座大堂',
      requesterName: '张伟',
      requesterPhone: '13800000001',
    }),
  },
  'GET /service-requests': { access: P('request.desk') },
  'GET /service-requests/{id}': { access: 'staff', params: id('reqA'), order: true },
  'POST /service-requests/{id}/actions/{action}': {
    access: 'staff',
    order: true,
    params: (f) => ({ id: f.reqA!, action: 'transfer' }),
    body: (f) => ({ reason: '安全测试', assigneeStaffId: f.staffJigong }),
  },
  'POST /service-requests/{id}/second-callback': {
    access: P('request.desk'),
    params: id('reqA'),
    body: () => ({ method: 'phone', satisfaction: 'satisfied' }),
  },
  'POST /service-requests/{id}/link-report': {
    access: P('request.desk'),
    params: id('reqA'),
    body: () => ({ channel: 'phone', requesterName: '邻居' }),
  },
  'POST /service-requests/{id}/handover': {
    access: P('request.desk'),
    params: id('reqA'),
    body: (f) => ({ toStaffId: f.staffKefu }),
  },
  'GET /callbacks': { access: P('request.desk') },
  'GET /callbacks/counts': { access: P('request.desk') },
  'POST /service-requests/{id}/reveal-phone': { access: P('request.desk'), params: id('reqA') },
  'POST /service-requests/{id}/print': { access: P('request.desk'), params: id('reqA') },
  'GET /duty-log': { access: P('request.desk') },
  'POST /duty-log': { access: P('request.desk'), body: (f) => ({ projectId: f.p101, content: '安全测试值班记录' }) },
  'GET /shift-handover': { access: P('request.desk') },
  'POST /shift-handovers': { access: P('request.desk'), body: (f) => ({ projectId: f.p101, toStaffId: f.staffZhuguan }) },
  'GET /staff/technicians': { access: P('request.desk') },
  'GET /staff/desk': { access: P('request.desk') },
  'GET /tech/orders': { access: P('request.work') },
  'GET /tech/stats': { access: P('request.work') },
  'POST /me/service-requests': {
    access: 'owner',
    body: (f) => ({ roomId: f.roomA, categoryId: f.catPublic101, description: '安全测试' }),
  },
  'GET /me/service-requests': { access: 'owner' },
  'GET /me/service-requests/{id}': { access: 'owner', params: id('reqA') },
  'POST /me/service-requests/{id}/actions/{action}': {
    access: 'owner',
    params: (f) => ({ id: f.reqA!, action: 'cancel' }),
    body: () => ({ reason: '安全测试' }),
  },
  'POST /me/subscriptions': { access: 'owner', body: () => ({ templates: ['accepted'] }) },
  'POST /uploads': { access: 'any', body: () => ({ fileName: 'a.png', contentType: 'image/png', contentBase64: PNG }) },
  'GET /uploads/{id}': { access: 'any', params: id('uploadA'), order: true },
  'GET /notifications': { access: 'staff' },
  'POST /notifications/{id}/read': { access: 'staff', params: id('notificationKefu'), order: true },
  'GET /projects/{id}/sla-settings': { access: P('org.read'), params: project101 },
  'PUT /projects/{id}/sla-settings': {
    access: P('sla.settings'),
    params: project101,
    body: () => ({ repair: { dispatch: { minutes: 15 } }, holidays: [], workdays: [] }),
  },
  'GET /sla/due-preview': { access: 'staff' },
  'POST /service-requests/{id}/extensions': {
    access: 'staff',
    order: true,
    params: id('reqA'),
    body: () => ({ kind: 'resolve', until: '2027-12-31T00:00:00Z', reason: '安全测试' }),
  },
  'GET /sla-extensions': { access: P('sla.approve') },
  'POST /sla-extensions/{id}/approve': { access: P('sla.approve'), params: id('extensionA'), body: () => ({ note: '同意' }) },
  'POST /sla-extensions/{id}/reject': { access: P('sla.approve'), params: id('extensionA'), body: () => ({ note: '不同意' }) },
  'GET /bills': { access: P('billing.collect') },
  'GET /payments': { access: P('billing.collect') },
  'POST /bills/{id}/desk-payments': {
    access: P('billing.collect'),
    params: id('billA'),
    body: () => ({ method: 'cash', amountFen: 5000 }),
  },
  'POST /desk-payments': {
    access: P('billing.collect'),
    body: (f) => ({ billIds: [f.billA, f.billA + 1], method: 'cash', amountFen: 5000 }),
  },
  'GET /me/bills': { access: 'owner' },
  'GET /fee-items': { access: P('billing.collect') },
  'POST /fee-items': {
    access: P('billing.configure'),
    body: (f) => ({ projectId: f.p101, code: 'SEC-GB', name: '公摊电费', category: 'electricity', basis: 'fixed', unitFen: 800 }),
  },
  'PATCH /fee-items/{id}': { access: P('billing.configure'), params: id('feeItemA'), body: () => ({ unitFen: 300 }) },
  'GET /me/fee-standards': { access: 'owner' },
  'GET /meter-readings': { access: P('billing.collect') },
  'POST /meter-readings': {
    access: P('billing.collect'),
    body: (f) => ({ roomId: f.roomA, feeItemId: f.feeItemWater, period: '2026-10', previous: 0, current: 1200 }),
  },
  'POST /bill-runs/preview': { access: P('billing.configure'), body: (f) => ({ projectId: f.p101, period: '2026-10' }) },
  'POST /bill-runs': { access: P('billing.configure'), body: (f) => ({ projectId: f.p101, period: '2026-10' }) },
  'GET /bill-runs': { access: P('billing.configure') },
  'POST /me/payments': { access: 'owner', body: (f) => ({ billIds: [f.billA], channel: 'h5' }) },
  'GET /me/payments/{id}': { access: 'owner', params: id('payOrderA') },
  'POST /payments/wechat/notify': { access: 'public' },
  'POST /bills/one-off': {
    access: P('billing.collect'),
    body: (f) => ({ roomId: f.roomA, feeItemId: f.feeItemDeposit, period: '2026-11' }),
  },
  'GET /receipts/{id}': { access: 'any', params: id('receiptA'), order: true },
  'POST /reconciliations': { access: P('billing.reconcile'), body: () => ({ billDate: '2026-11-22' }) },
  'GET /reconciliations': { access: P('billing.reconcile') },
  'GET /reconciliation-differences': { access: P('billing.reconcile') },
  'POST /reconciliation-differences/{id}/resolve': {
    access: P('billing.reconcile'),
    params: id('reconDiffA'),
    body: () => ({ note: '安全测试处理' }),
  },
  'GET /cash-handovers/pending': { access: P('billing.collect') },
  'GET /cash-handovers': { access: P('billing.collect') },
  'POST /cash-handovers': {
    access: P('billing.collect'),
    body: (f) => ({ projectId: f.p101, businessDay: '2026-11-23', paymentIds: [f.receiptA] }),
  },
  'GET /cash-handovers/{id}': { access: P('billing.collect'), params: id('handoverA') },
  'POST /cash-handovers/{id}/confirm': {
    access: P('billing.handover_confirm'),
    params: id('handoverA'),
    body: () => ({ receivedCashFen: 5000 }),
  },
  'POST /cash-handovers/{id}/withdraw': { access: P('billing.collect'), params: id('handoverA') },
  'GET /me/invoice-requests': { access: 'owner' },
  'GET /me/invoice-requests/bills': { access: 'owner' },
  'POST /me/invoice-requests': {
    access: 'owner',
    body: (f) => ({ billIds: [f.billA], titleType: 'personal', title: '安全测试抬头', email: 'a@example.com' }),
  },
  'GET /me/invoice-requests/{id}': { access: 'owner', params: id('invoiceA') },
  'POST /me/invoice-requests/{id}/withdraw': { access: 'owner', params: id('invoiceA') },
  'GET /invoice-requests': { access: P('billing.invoice') },
  'GET /invoice-requests/{id}': { access: P('billing.invoice'), params: id('invoiceA') },
  'POST /invoice-requests/{id}/issue': {
    access: P('billing.invoice'),
    params: id('invoiceA'),
    body: () => ({ invoiceNo: '12345678' }),
  },
  'POST /invoice-requests/{id}/reject': {
    access: P('billing.invoice'),
    params: id('invoiceA'),
    body: () => ({ reason: '安全测试驳回' }),
  },
  'GET /refunds': { access: P('billing.refund') },
  'POST /refunds': { access: P('billing.refund'), body: (f) => ({ paymentId: f.receiptA, reason: '安全测试退款' }) },
  'POST /refunds/{id}/approve': { access: P('billing.refund'), params: id('refundA'), body: () => ({ note: '同意' }) },
  'POST /refunds/{id}/reject': { access: P('billing.refund'), params: id('refundA'), body: () => ({ note: '安全测试驳回' }) },
  'GET /bill-adjustments': { access: P('billing.adjust') },
  'POST /bill-adjustments': {
    access: P('billing.adjust'),
    body: (f) => ({ billId: f.billOwedA, kind: 'reduce', target: 'principal', amountFen: 100, reason: '安全测试减免' }),
  },
  'POST /bill-adjustments/{id}/approve': {
    access: P('billing.adjust_approve'),
    params: id('adjustmentA'),
    body: () => ({ note: '同意' }),
  },
  'POST /bill-adjustments/{id}/reject': {
    access: P('billing.adjust_approve'),
    params: id('adjustmentA'),
    body: () => ({ note: '安全测试驳回' }),
  },
  'GET /repair-catalogue': { access: P('org.read') },
  'POST /repair-catalogue': {
    access: P('catalogue.write'),
    body: (f) => ({ projectId: f.p101, code: 'SEC-X', name: '安全测试', scope: 'public' }),
  },
  'PUT /repair-catalogue/{id}': { access: P('catalogue.write'), params: id('catPublic101'), body: () => ({ name: '改名类别' }) },
  'GET /reports/repair-kpis': { access: P('request.desk') },
  'GET /reports/collection': { access: P('billing.report') },
  'GET /reports/collection/export': { access: P('billing.report') },
  'GET /finance/today': { access: P('billing.finance_home') },
  'GET /arrears': { access: P('arrears.read') },
  'GET /arrears/rooms/{id}': { access: P('arrears.read'), params: id('roomA') },
  'PUT /arrears/rooms/{id}/large-customer': { access: P('arrears.collect'), params: id('roomA'), body: () => ({ large: true }) },
  'POST /arrears/actions': { access: P('arrears.collect'), body: (f) => ({ roomId: f.roomA, kind: 'phone', note: '安全测试' }) },
  'GET /arrears/notices': { access: P('arrears.collect') },
  'POST /arrears/notices': {
    access: P('arrears.collect'),
    body: (f) => ({ projectId: f.p101, buildingId: f.building101, roomIds: [f.roomA] }),
  },
  'POST /complaints': {
    access: P('complaint.desk'),
    body: (f) => ({ projectId: f.p101, channel: 'phone', complainantName: '张伟', problem: '安全测试投诉' }),
  },
  'GET /complaints': { access: P('complaint.desk') },
  'GET /complaints/escalations': { access: P('complaint.manage') },
  'GET /complaints/handlers': { access: P('complaint.desk') },
  'GET /complaints/stats': { access: P('complaint.desk') },
  'GET /complaints/stats/export': { access: P('complaint.desk') },
  'GET /complaints/guide': { access: P('complaint.desk') },
  'GET /complaints/{id}': { access: P('complaint.desk'), params: id('complaintA') },
  'POST /complaints/{id}/actions/{action}': {
    access: P('complaint.desk'),
    params: (f) => ({ id: f.complaintA!, action: 'forward' }),
    body: (f) => ({ handlerStaffId: f.staffGongcheng }),
  },
  'GET /follow-ups/items': { access: P('followup.supervise') },
  'GET /follow-ups/counts': { access: P('followup.supervise') },
  'GET /follow-ups': { access: P('followup.supervise') },
  'POST /follow-ups': {
    access: P('followup.supervise'),
    body: (f) => ({ subjectKind: 'repair', subjectId: f.reqA, kind: 'daily', checks: ['progress'], result: 'on_track' }),
  },
  'GET /follow-ups/weekly': { access: P('complaint.weekly_review') },
  'POST /follow-ups/weekly': {
    access: P('complaint.weekly_review'),
    body: (f) => ({ complaintId: f.complaintA, checks: ['register'], result: 'proper' }),
  },
  'GET /complaint-classes': { access: P('complaint.desk') },
  'POST /complaint-classes': {
    access: P('complaint.classes'),
    body: (f) => ({ projectId: f.p101, importance: 'B', category: 'GC', name: '安全测试分类' }),
  },
  'PUT /complaint-classes/{id}': {
    access: P('complaint.classes'),
    params: id('complaintClassA'),
    body: () => ({ name: '改名分类' }),
  },
  'POST /me/complaints': { access: 'owner', body: (f) => ({ roomId: f.roomA, problem: '安全测试投诉' }) },
  'GET /me/complaints': { access: 'owner' },
  'GET /me/complaints/guide': { access: 'owner' },
  'GET /me/complaints/{id}': { access: 'owner', params: id('complaintA') },
  'POST /me/complaints/join': { access: 'owner', body: (f) => ({ roomId: f.roomA, joinCode: 'ABCDEFGH' }) },
  'POST /complaints/{id}/parties': {
    access: P('complaint.desk'),
    params: id('complaintA'),
    body: () => ({ name: '安全测试联名人' }),
  },
  'POST /enquiries': {
    access: P('enquiry.desk'),
    body: (f) => ({
      projectId: f.p101,
      type: 'suggestion',
      channel: 'walk_in',
      name: '安全测试',
      content: '安全测试建议',
      replyWay: 'writing',
    }),
  },
  'GET /enquiries': { access: P('enquiry.desk') },
  'GET /enquiries/stats': { access: P('enquiry.desk') },
  'GET /enquiries/{id}': { access: P('enquiry.desk'), params: id('enquiryA') },
  'POST /enquiries/{id}/actions/{action}': {
    access: P('enquiry.desk'),
    params: (f) => ({ id: f.enquiryA!, action: 'consult' }),
    body: () => ({ note: '安全测试' }),
  },
  'POST /announcements': {
    access: P('announcement.write'),
    body: (f) => ({ projectId: f.p101, kind: 'notice', title: '安全测试公告', body: '正文', audience: 'project' }),
  },
  'GET /announcements': { access: P('announcement.write') },
  'GET /announcements/{id}': { access: P('announcement.write'), params: id('announcementA') },
  'PUT /announcements/{id}': {
    access: P('announcement.write'),
    params: id('announcementDraftA'),
    body: () => ({ kind: 'notice', title: '安全测试改', body: '正文', audience: 'project' }),
  },
  'POST /announcements/{id}/actions/{action}': {
    access: P('announcement.write'),
    params: (f) => ({ id: f.announcementA!, action: 'withdraw' }),
    body: () => ({ reason: '安全测试撤回' }),
  },
  'POST /work-reports': { access: P('work_report.write'), body: (f) => ({ projectId: f.p101, month: '2026-09' }) },
  'GET /work-reports': { access: P('work_report.write') },
  'GET /work-reports/{id}': { access: P('work_report.write'), params: id('workReportA') },
  'PUT /work-reports/{id}': {
    access: P('work_report.write'),
    params: id('workReportDraftA'),
    body: () => ({ summary: '安全测试本月工作', plan: '安全测试下月计划' }),
  },
  'POST /work-reports/{id}/actions/{action}': {
    access: P('work_report.write'),
    params: (f) => ({ id: f.workReportDraftA!, action: 'submit' }),
    body: () => ({}),
  },
  'GET /me/work-reports': { access: 'owner' },
  'GET /me/work-reports/{id}': { access: 'owner', params: id('workReportA') },
  'GET /visitors': { access: P('visitor.gate') },
  'POST /visitors': {
    access: P('visitor.gate'),
    body: (f) => ({ roomId: f.roomA, hostPersonId: f.personA, name: '安全测试', idNumber: '110105199003071239', peopleCount: 1, reason: 'family' }),
  },
  'GET /visitors/hosts': { access: P('visitor.gate') },
  'GET /visitors/code/{code}': { access: P('visitor.gate'), params: () => ({ code: visitorCodeA }) },
  'GET /visitors/{id}': { access: P('visitor.gate'), params: id('visitorA') },
  'POST /visitors/{id}/reveal': { access: P('visitor.gate'), params: id('visitorA') },
  'POST /visitors/{id}/actions/{action}': {
    access: P('visitor.gate'),
    params: (f) => ({ id: f.visitorA!, action: 'phone_approve' }),
    body: () => ({ answeredBy: '安全测试' }),
  },
  'GET /me/visitors': { access: 'owner' },
  'POST /me/visitors': {
    access: 'owner',
    body: (f) => ({ roomId: f.roomA, name: '安全测试', phone: '13912345678', visitOn: '2026-12-20', peopleCount: 1 }),
  },
  'GET /me/visitors/{id}': { access: 'owner', params: id('visitorA') },
  'POST /me/visitors/{id}/actions/{action}': { access: 'owner', params: (f) => ({ id: f.visitorA!, action: 'approve' }), body: () => ({}) },
  'GET /key-customers': { access: P('relation.manage') },
  'POST /key-customers': {
    access: P('relation.manage'),
    body: (f) => ({ projectId: f.p101, kind: 'key', name: '安全测试', reason: '安全测试原因' }),
  },
  'GET /key-customers/{id}': { access: P('relation.manage'), params: id('keyCustomerA') },
  'PUT /key-customers/{id}': {
    access: P('relation.manage'),
    params: id('keyCustomerA'),
    body: () => ({ kind: 'key', name: '安全测试', reason: '安全测试原因' }),
  },
  'POST /key-customers/{id}/reveal': { access: P('relation.manage'), params: id('keyCustomerA') },
  'GET /communications': { access: P('relation.manage') },
  'POST /communications': {
    access: P('relation.manage'),
    body: (f) => ({ keyCustomerId: f.keyCustomerA, contactOn: '2026-11-20', channel: 'phone', topic: '安全测试', summary: '安全测试内容' }),
  },
  'GET /communications/print': { access: P('relation.manage') },
  'GET /festival-greetings': { access: P('relation.manage') },
  'POST /festival-greetings': {
    access: P('relation.manage'),
    body: (f) => ({ keyCustomerId: f.keyCustomerA, festival: 'new_year-2027', greetedOn: '2026-11-20', channel: 'phone' }),
  },
  'GET /me/announcements': { access: 'owner' },
  'GET /me/announcements/urgent': { access: 'owner' },
  'GET /me/announcements/{id}': { access: 'owner', params: id('announcementA') },
  'POST /me/announcements/{id}/read': { access: 'owner', params: id('announcementA') },
  'GET /activity-plans': { access: P('activity.read') },
  'POST /activity-plans/finalize': { access: P('activity.publish'), body: (f) => ({ projectId: f.p101, year: 2026 }) },
  'POST /activities': {
    access: P('activity.manage'),
    body: (f) => ({
      projectId: f.p101,
      year: 2026,
      theme: '安全测试活动',
      purpose: '测试',
      plannedMonth: '2026-12',
      budgetFen: 100,
    }),
  },
  'GET /activities': { access: P('activity.read') },
  'GET /activities/{id}': { access: P('activity.read'), params: id('activityA') },
  'PUT /activities/{id}': {
    access: P('activity.manage'),
    params: id('activityPlannedA'),
    body: () => ({ theme: '安全测试改', purpose: '测试', plannedMonth: '2026-12', budgetFen: 100 }),
  },
  'POST /activities/{id}/actions/{action}': {
    access: P('activity.read'),
    params: (f) => ({ id: f.activityA!, action: 'cancel' }),
    body: () => ({ reason: '安全测试取消' }),
  },
  'GET /activities/{id}/signups': { access: P('activity.read'), params: id('activityA') },
  'GET /activities/{id}/callbacks': { access: P('activity.callback'), params: id('activityA') },
  'POST /activities/{id}/callbacks': {
    access: P('activity.callback'),
    params: id('activityA'),
    body: (f) => ({ signupId: f.signupA, satisfied: true, note: '安全测试' }),
  },
  'GET /me/activities': { access: 'owner' },
  'GET /me/activities/{id}': { access: 'owner', params: id('activityA') },
  'POST /me/activities/{id}/poll': { access: 'owner', params: id('activityPlannedA'), body: () => ({ option: 0 }) },
  'POST /me/activities/{id}/signup': {
    access: 'owner',
    params: id('activityA'),
    body: (f) => ({ roomId: f.roomA, name: '安全测试', people: 1 }),
  },
  'POST /me/activities/{id}/signup/cancel': { access: 'owner', params: id('activityA') },
  'GET /surveys': { access: P('survey.manage') },
  'POST /surveys': { access: P('survey.manage'), body: (f) => ({ projectId: f.p101, quarter: '2027Q1' }) },
  'GET /surveys/{id}': { access: P('survey.manage'), params: id('surveyA') },
  'POST /surveys/{id}/close': { access: P('survey.manage'), params: id('surveyA') },
  'GET /me/surveys': { access: 'owner' },
  'POST /me/surveys/{id}/responses': {
    access: 'owner',
    params: id('surveyA'),
    body: (f) => ({ roomId: f.roomA, service: 5, repair: 5, cleaning: 4, security: 4, greening: 4 }),
  },
  'POST /me/enquiries': { access: 'owner', body: (f) => ({ roomId: f.roomA, type: 'inquiry', content: '安全测试咨询' }) },
  'GET /me/enquiries': { access: 'owner' },
  'GET /me/enquiries/{id}': { access: 'owner', params: id('enquiryA') },
  'GET /faq/entries': { access: P('enquiry.desk') },
  'POST /faq/entries': {
    access: P('faq.write'),
    body: (f) => ({ projectId: f.p101, category: 'common', question: '安全测试问题', answer: '安全测试答案' }),
  },
  'PUT /faq/entries/{id}': { access: P('faq.write'), params: id('faqEntryA'), body: () => ({ answer: '安全测试答案' }) },
  'POST /faq/entries/{id}/review': { access: P('faq.write'), params: id('faqEntryA'), body: () => ({ checked: true }) },
  'GET /faq/review': { access: P('faq.write') },
  'GET /faq/candidates': { access: P('faq.write') },
  'POST /faq/candidates/{id}/adopt': {
    access: P('faq.write'),
    params: id('faqCandidateA'),
    body: () => ({ category: 'common', question: '安全测试问题', answer: '安全测试答案' }),
  },
  'POST /faq/candidates/{id}/dismiss': { access: P('faq.write'), params: id('faqCandidateA') },
  'POST /faq/quizzes': { access: P('enquiry.desk'), body: (f) => ({ projectId: f.p101 }) },
  'POST /faq/quizzes/{id}/submit': { access: P('enquiry.desk'), params: id('faqQuizA'), body: () => ({ answers: [0, 0, 0, 0] }) },
  'GET /faq/quizzes': { access: P('faq.write') },
  'GET /me/faq': { access: 'owner' },

  'GET /parking/areas': { access: P('parking.desk') },
  'POST /parking/areas': {
    access: P('parking.configure'),
    body: (f) => ({ projectId: f.p101, code: 'SEC', name: '安全测试区' }),
  },
  'GET /parking/spaces': { access: P('parking.desk') },
  'GET /parking/space-counts': { access: P('parking.desk') },
  'POST /parking/spaces': {
    access: P('parking.configure'),
    body: (f) => ({ areaId: f.parkingAreaA, kind: 'rental', from: 900, to: 900 }),
  },
  'PUT /parking/spaces/{id}/state': {
    access: P('parking.configure'),
    params: id('parkingSpaceA'),
    body: () => ({ state: 'out_of_use', note: '安全测试' }),
  },
  'GET /parking/plan': { access: P('parking.desk') },
  'PUT /parking/plan': { access: P('parking.configure'), body: (f) => PARKING_PLAN(f.p101!) },
  'GET /parking/applications': { access: P('parking.desk') },
  'GET /parking/applications/{id}': { access: P('parking.desk'), params: id('parkingAppA') },
  'POST /parking/applications/{id}/actions/{action}': {
    access: P('parking.desk'),
    params: (f) => ({ id: f.parkingAppA!, action: 'cancel' }),
    body: () => ({ reason: '安全测试' }),
  },
  'GET /parking/ledger': { access: P('parking.desk') },
  'GET /parking/gate-plates': { access: P('parking.gate') },
  'GET /parking/gate-plates/csv': { access: P('parking.gate') },
  'GET /me/parking/plan': { access: 'owner' },
  'POST /me/parking/applications': {
    access: 'owner',
    body: (f) => ({ roomId: f.roomA, plate: '粤B99999', kind: 'rental', term: 'month', docs: [] }),
  },
  'GET /me/parking/applications': { access: 'owner' },
  'GET /me/parking/applications/{id}': { access: 'owner', params: id('parkingAppA') },
  'POST /me/parking/applications/{id}/documents': {
    access: 'owner',
    params: id('parkingAppA'),
    body: (f) => ({ docs: [{ doc: 'insurance', uploadIds: [f.uploadA] }] }),
  },
  'POST /me/parking/applications/{id}/renew': { access: 'owner', params: id('parkingAppA') },
  'GET /passes': { access: P('pass.desk') },
  'POST /passes': {
    access: P('pass.desk'),
    body: (f) => ({
      roomId: f.roomA,
      moveOn: '2027-01-05',
      items: [{ name: '沙发', quantity: 1 }],
      reason: 'move_out',
      applicantName: '安全测试',
      identityNote: '已核验身份证',
    }),
  },
  'GET /passes/guide': { access: P('pass.desk') },
  'PUT /passes/guide': {
    access: P('pass.configure'),
    body: (f) => ({ projectId: f.p101, text: '安全测试：放行条所需资料和流程。' }),
  },
  'GET /passes/{id}': { access: P('pass.desk'), params: id('passA') },
  'POST /passes/{id}/actions/{action}': {
    access: P('pass.desk'),
    params: (f) => ({ id: f.passA!, action: 'reject' }),
    body: () => ({ reason: '安全测试' }),
  },
  'GET /pass-gate/releases': { access: P('pass.gate') },
  'GET /pass-gate/{code}': { access: P('pass.gate'), params: () => ({ code: passCodeA }) },
  'POST /pass-gate/{code}/release': {
    access: P('pass.gate'),
    params: () => ({ code: passCodeA }),
    body: () => ({ checkedItems: [0] }),
  },
  'GET /move-in-batches': { access: P('movein.desk') },
  'POST /move-in-batches': {
    access: P('movein.configure'),
    body: (f) => ({ ...MOVEIN_BATCH, projectId: f.p101, rooms: [{ roomId: f.roomA, buyerName: '安全测试', buyerPhone: '13512345678' }] }),
  },
  'GET /move-in-batches/{id}': { access: P('movein.desk'), params: id('moveInBatchA') },
  'PUT /move-in-batches/{id}': { access: P('movein.configure'), params: id('moveInBatchA'), body: () => MOVEIN_BATCH },
  'POST /move-in-batches/{id}/publish': { access: P('movein.configure'), params: id('moveInBatchA') },
  'GET /move-ins': { access: P('movein.desk') },
  'GET /move-ins/month': { access: P('movein.desk') },
  'GET /move-ins/limits': { access: P('movein.desk') },
  'PUT /move-ins/limits': {
    access: P('movein.configure'),
    body: (f) => ({ projectId: f.p101, waitMinutes: 15, handleMinutes: 30 }),
  },
  'GET /move-ins/{id}': { access: P('movein.desk'), params: id('moveInA') },
  'POST /move-ins/{id}/actions/{action}': {
    access: P('movein.desk'),
    params: (f) => ({ id: f.moveInA!, action: 'keys' }),
    body: () => ({ keys: [{ name: '入户门钥匙', quantity: 3 }], paperSigned: true }),
  },
  'POST /move-ins/{id}/bills': { access: P('movein.desk'), params: id('moveInA') },
  'POST /move-ins/{id}/defects-sent': { access: P('movein.desk'), params: id('moveInA'), body: () => ({ note: '安全测试送达' }) },
  'POST /move-in-defects/{id}/progress': { access: P('movein.desk'), params: id('moveInDefectA'), body: () => ({ to: 'fixing' }) },
  'GET /me/move-ins': { access: 'owner' },
  'GET /me/move-ins/{id}': { access: 'owner', params: id('moveInA') },
  'POST /me/move-ins/{id}/booking': { access: 'owner', params: id('moveInA'), body: () => ({ day: '2026-12-15', half: 'am' }) },
  'POST /me/move-ins/{id}/defects/{defectId}/progress': {
    access: 'owner',
    params: (f) => ({ id: f.moveInA!, defectId: f.moveInDefectA! }),
    body: () => ({ to: 'confirmed' }),
  },
  'GET /me/passes/guide': { access: 'owner' },
  'POST /me/passes': {
    access: 'owner',
    body: (f) => ({ roomId: f.roomA, moveOn: '2027-01-05', items: [{ name: '沙发', quantity: 1 }], reason: 'move_out' }),
  },
  'GET /me/passes': { access: 'owner' },
  'GET /me/passes/{id}': { access: 'owner', params: id('passA') },
  'POST /me/passes/{id}/actions/{action}': {
    access: 'owner',
    params: (f) => ({ id: f.passA!, action: 'cancel' }),
    body: () => ({ reason: '安全测试' }),
  },
  'GET /renovations': { access: P('renovation.desk') },
  'POST /renovations': {
    access: P('renovation.desk'),
    body: (f) => ({ ...RENO_FORM(f.roomA!), applicantName: '安全测试', identityNote: '已核验身份证' }),
  },
  'GET /renovations/guide': { access: P('renovation.desk') },
  'PUT /renovations/guide': {
    access: P('renovation.configure'),
    body: (f) => ({
      projectId: f.p101,
      guide: '安全测试：装修办理流程、资料和收费。',
      fees: { management: 1, owner_deposit: 1, contractor_deposit: 1, rubble: 1 },
      hours: '工作日 08:00—18:00',
      supervisionPhone: '0755-12345678',
    }),
  },
  'GET /renovations/{id}': { access: P('renovation.desk'), params: id('renoA') },
  'GET /renovations/inspections': { access: P('renovation.inspect') },
  'POST /renovations/{id}/inspections': {
    access: P('renovation.inspect'),
    params: id('renoA'),
    body: () => ({ result: 'ok', note: '安全测试巡查' }),
  },
  'POST /renovations/{id}/actions/{action}': {
    access: P('renovation.desk'),
    params: (f) => ({ id: f.renoA!, action: 'return' }),
    body: () => ({ reason: '安全测试退回补正' }),
  },
  'GET /me/renovations/guide': { access: 'owner' },
  'POST /me/renovations': { access: 'owner', body: (f) => RENO_FORM(f.roomA!) },
  'GET /me/renovations': { access: 'owner' },
  'GET /me/renovations/{id}': { access: 'owner', params: id('renoA') },
  'PUT /me/renovations/{id}': { access: 'owner', params: id('renoA'), body: (f) => RENO_FORM(f.roomA!) },
  'POST /me/renovations/{id}/actions/{action}': {
    access: 'owner',
    params: (f) => ({ id: f.renoA!, action: 'cancel' }),
    body: () => ({ reason: '安全测试' }),
  },
};

/** Staff probed for 403: every demo role, plus a manager of project 201 only. */
const STAFF: Record<string, { password: string; roles: StaffRole[] }> = {
  admin: { password: 'Admin@123', roles: ['head_office'] },
  jingli: { password: 'Jingli@123', roles: ['project_manager'] },
  zhuguan: { password: 'Zhuguan@123', roles: ['cs_supervisor'] },
  kefu: { password: 'Kefu@123', roles: ['service_clerk'] },
  pinzhi: { password: 'Pinzhi@123', roles: ['quality_supervisor'] },
  gongcheng: { password: 'Gongcheng@123', roles: ['engineering_supervisor'] },
  jigong: { password: 'Jigong@123', roles: ['technician'] },
  caiwu: { password: 'Caiwu@123', roles: ['finance'] },
};
const ENGLISH = /\b(must|should|validation|failed|expected|property|elements?|object|string|number|array|invalid|required)\b/i;

interface Op {
  key: string;
  method: string;
  path: string;
  params: string[];
  schema: string | null;
}

describe.each(testDatabases())('security suite over every endpoint (%s)', (db) => {
  let t: TestApp;
  let ops: Op[];
  let schemas: Record<string, { properties?: Record<string, Record<string, unknown>>; required?: string[] }>;
  const f: Fx = {};
  const tokens: Record<string, string> = {};
  const url = (op: Op, params: Record<string, string | number>) =>
    '/api/v1' + op.path.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? f.p101));

  /** Row counts of every table in one statement: what "nothing written" is checked against. */
  let tables: string[] = [];
  const snapshot = async (): Promise<Record<string, number>> => {
    const rows: { t: string; n: number }[] = await t.ds.query(
      tables.map((x) => `SELECT '${x}' AS t, COUNT(*) AS n FROM ${x}`).join(' UNION ALL '),
    );
    return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
  };
  /** Tables that a refused request may legitimately touch: the rate-limit and attempt counters. */
  const COUNTERS = new Set(['rate_counter']);
  const unchanged = async (before: Record<string, number>, what: string) => {
    const after = await snapshot();
    for (const x of tables) if (!COUNTERS.has(x)) expect(after[x], `${what}: rows in ${x}`).toBe(before[x]);
  };

  beforeAll(async () => {
    t = await startTestApp(db, { demoRequests: true, env: { ACCESS_TOKEN_TTL_SECONDS: String(7 * 86400) } });
    const doc = buildOpenApi(t.app);
    schemas = doc.components!.schemas as typeof schemas;
    ops = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(item as Record<string, { requestBody?: { content: Record<string, { schema: { $ref: string } }> } }>)
        .filter(([m]) => ['get', 'post', 'put', 'patch', 'delete'].includes(m))
        .map(([m, o]) => ({
          key: `${m.toUpperCase()} ${path.replace(/^\/api\/v1/, '')}`,
          method: m.toUpperCase(),
          path: path.replace(/^\/api\/v1/, ''),
          params: [...path.matchAll(/\{(\w+)\}/g)].map((x) => x[1]!),
          schema: o.requestBody?.content['application/json']?.schema.$ref.split('/').pop() ?? null,
        })),
    );
    tables = (
      (await t.ds.query(
        db === 'mysql'
          ? "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name <> 'migrations'"
          : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'migrations'",
      )) as { name: string }[]
    ).map((r) => r.name);

    for (const [u, s] of Object.entries(STAFF)) tokens[u] = await t.staffToken(u, s.password);
    tokens.kefu2 = await t.staffToken('kefu2', 'Kefu2@123');
    tokens.ownerA = await t.ownerToken('13800000001');
    tokens.ownerB = await t.ownerToken('13900000009');
    const i = await ids(t);
    Object.assign(f, {
      p101: await i.project('101'),
      p201: await i.project('201'),
      roomA: await i.room('1011011201'),
      staffKefu: await i.staff('kefu'),
      staffZhuguan: await i.staff('zhuguan'),
      staffJigong: await i.staff('jigong'),
      staffGongcheng: await i.staff('gongcheng'),
    });
    const one = async (sql: string, params: unknown[] = []) => Number((await t.ds.query(sql, params))[0]?.id);
    f.building101 = await one('SELECT building_id AS id FROM room WHERE id = ?', [f.roomA]);
    f.cluster101 = await one('SELECT cluster_id AS id FROM building WHERE id = ?', [f.building101]);
    f.personA = await one("SELECT id FROM person WHERE name = '张伟'");
    f.bindingA = await one("SELECT id FROM room_binding WHERE room_id = ? AND status = 'pending' ORDER BY id LIMIT 1", [f.roomA]);
    f.vehicleA = await one('SELECT id FROM vehicle WHERE person_id = ? ORDER BY id LIMIT 1', [f.personA]);
    f.catPublic101 = await one("SELECT id FROM repair_category WHERE project_id = ? AND code = 'PUB-LIGHT'", [f.p101]);
    // a manager of project 201 only (R-ORG-03): made by head office
    const mgr = await t.req('POST', '/api/v1/staff', {
      token: tokens.admin,
      body: {
        username: 'mgr201',
        name: '二零一经理',
        password: 'Two01#Manager',
        roles: ['project_manager'],
        projectIds: [f.p201],
      },
    });
    expect(mgr.status, JSON.stringify(mgr.body)).toBe(201);
    tokens.mgr201 = await t.staffToken('mgr201', 'Two01#Manager');

    // household A's request, worked by gongcheng (not jigong): photo, extension, a paid bill and its receipt
    const up = await t.req('POST', '/api/v1/uploads', {
      token: tokens.ownerA,
      body: { fileName: 'a.png', contentType: 'image/png', contentBase64: PNG },
    });
    f.uploadA = up.body.id;
    const lock = await one("SELECT id FROM repair_category WHERE project_id = ? AND code = 'HOME-LOCK'", [f.p101]);
    const r = await t.req('POST', '/api/v1/me/service-requests', {
      token: tokens.ownerA,
      body: { notDuplicate: true, roomId: f.roomA, categoryId: lock, description: '门锁坏了', photoIds: [f.uploadA] },
    });
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    f.reqA = r.body.id;
    const act = (u: string, a: string, body: unknown = {}) =>
      t.req('POST', `/api/v1/service-requests/${f.reqA}/actions/${a}`, { token: tokens[u], body });
    expect((await act('kefu', 'review', { urgency: 'normal' })).status).toBe(200);
    expect((await act('kefu', 'dispatch', { assigneeStaffId: f.staffGongcheng })).status).toBe(200);
    expect((await act('gongcheng', 'accept')).status).toBe(200);
    expect((await act('gongcheng', 'arrive')).status).toBe(200);
    const ext = await t.req('POST', `/api/v1/service-requests/${f.reqA}/extensions`, {
      token: tokens.kefu,
      body: { kind: 'resolve', until: '2027-01-31T00:00:00Z', reason: '等配件' },
    });
    expect(ext.status, JSON.stringify(ext.body)).toBe(201);
    f.extensionA = ext.body.id;
    expect((await act('gongcheng', 'finish', checked({ result: '换锁芯', feeFen: 5000 }))).status).toBe(200);
    f.billA = await one("SELECT id FROM bill WHERE room_id = ? AND status = 'unpaid' ORDER BY id DESC LIMIT 1", [f.roomA]);
    const paid = await t.req('POST', `/api/v1/bills/${f.billA}/desk-payments`, {
      token: tokens.caiwu,
      body: { method: 'cash', amountFen: 5000 },
    });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    f.receiptA = paid.body.paymentId;
    // R-PAY-04 a refund request of that payment, waiting for a second person
    const refund = await t.req('POST', '/api/v1/refunds', {
      token: tokens.caiwu,
      body: { paymentId: f.receiptA, reason: '安全测试退款申请' },
    });
    expect(refund.status, JSON.stringify(refund.body)).toBe(201);
    f.refundA = refund.body.id;
    // R-FEE-06 caiwu hands that cash to finance on a 交款单, waiting for another finance clerk
    const day = await t.req('GET', `/api/v1/cash-handovers/pending?projectId=${f.p101}`, { token: tokens.caiwu });
    const handover = await t.req('POST', '/api/v1/cash-handovers', {
      token: tokens.caiwu,
      body: { projectId: f.p101, businessDay: day.body.businessDay, paymentIds: [f.receiptA] },
    });
    expect(handover.status, JSON.stringify(handover.body)).toBe(201);
    f.handoverA = handover.body.id;
    // household A asks for an invoice for that paid bill (开票申请), waiting for finance
    const invoice = await t.req('POST', '/api/v1/me/invoice-requests', {
      token: tokens.ownerA,
      body: { billIds: [f.billA], titleType: 'personal', title: '张伟', email: 'zhangwei@example.com' },
    });
    expect(invoice.status, JSON.stringify(invoice.body)).toBe(201);
    f.invoiceA = invoice.body.id;
    // household A's complaint (reviewed: B/GC) and a common complaint of project 101's table
    const cmp = await t.req('POST', '/api/v1/me/complaints', {
      token: tokens.ownerA,
      body: { roomId: f.roomA, problem: '楼道灯不亮' },
    });
    expect(cmp.status, JSON.stringify(cmp.body)).toBe(201);
    f.complaintA = cmp.body.id;
    const cls = await t.req('POST', '/api/v1/complaint-classes', {
      token: tokens.admin,
      body: { projectId: f.p101, importance: 'C', category: 'BJ', name: '楼道卫生不及时' },
    });
    expect(cls.status, JSON.stringify(cls.body)).toBe(201);
    f.complaintClassA = cls.body.id;
    // household A's suggestion, project 101's FAQ (four entries), a question it did not answer, kefu's quiz
    const enq = await t.req('POST', '/api/v1/me/enquiries', {
      token: tokens.ownerA,
      body: { roomId: f.roomA, type: 'suggestion', content: '建议增设休息座椅' },
    });
    expect(enq.status, JSON.stringify(enq.body)).toBe(201);
    f.enquiryA = enq.body.id;
    for (let i = 0; i < 4; i++) {
      const fe = await t.req('POST', '/api/v1/faq/entries', {
        token: tokens.admin,
        body: { projectId: f.p101, category: 'common', question: `问题${i}`, answer: `答案${i}` },
      });
      expect(fe.status, JSON.stringify(fe.body)).toBe(201);
      f.faqEntryA ??= fe.body.id;
    }
    const inq = await t.req('POST', '/api/v1/enquiries', {
      token: tokens.kefu,
      body: {
        projectId: f.p101,
        type: 'inquiry',
        channel: 'walk_in',
        name: '李娜',
        content: '几点关门？',
        replyWay: 'writing',
        answer: '22点',
      },
    });
    expect(inq.status, JSON.stringify(inq.body)).toBe(201);
    f.faqCandidateA = await one('SELECT id FROM faq_candidate WHERE enquiry_id = ?', [inq.body.id]);
    const quiz = await t.req('POST', '/api/v1/faq/quizzes', { token: tokens.kefu, body: { projectId: f.p101 } });
    expect(quiz.status, JSON.stringify(quiz.body)).toBe(200);
    f.faqQuizA = quiz.body.id;
    // R-ACT-04 a published announcement of project 101 (drafted by kefu, approved by jingli) and a draft
    const ann = async (title: string) => {
      const r = await t.req('POST', '/api/v1/announcements', {
        token: tokens.kefu,
        body: { projectId: f.p101, kind: 'notice', title, body: '正文', audience: 'project' },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as number;
    };
    f.announcementA = await ann('安全测试已发布公告');
    f.announcementDraftA = await ann('安全测试草稿');
    for (const [u, a] of [
      ['kefu', 'submit'],
      ['jingli', 'approve'],
    ] as const) {
      const r = await t.req('POST', `/api/v1/announcements/${f.announcementA}/actions/${a}`, { token: tokens[u], body: {} });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    }
    // R-ACT-02 a published activity of project 101 that household A signed up for, and a planned one asking owners' opinion
    const activity = async (theme: string, publish: boolean) => {
      const r = await t.req('POST', '/api/v1/activities', {
        token: tokens.kefu,
        body: { projectId: f.p101, year: 2026, theme, purpose: '安全测试', plannedMonth: '2026-12', budgetFen: 10000 },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      const e = await t.req('PUT', `/api/v1/activities/${r.body.id}`, {
        token: tokens.kefu,
        body: {
          theme,
          purpose: '安全测试',
          plannedMonth: '2026-12',
          budgetFen: 10000,
          startsAt: '2026-12-20T02:00:00Z',
          endsAt: '2026-12-20T06:00:00Z',
          place: '会所',
          capacity: 20,
          safetyMeasures: '安全测试：现场值守',
          pollQuestion: '安全测试问题',
          pollOptions: ['甲', '乙'],
          openPoll: true,
        },
      });
      expect(e.status, JSON.stringify(e.body)).toBe(200);
      if (publish)
        for (const [u, a] of [
          ['kefu', 'request_budget'],
          ['caiwu', 'approve_budget'],
          ['jingli', 'publish'],
        ] as const) {
          const m = await t.req('POST', `/api/v1/activities/${r.body.id}/actions/${a}`, { token: tokens[u], body: {} });
          expect(m.status, JSON.stringify(m.body)).toBe(200);
        }
      return r.body.id as number;
    };
    f.activityA = await activity('安全测试已发布活动', true);
    f.activityPlannedA = await activity('安全测试计划活动', false);
    const su = await t.req('POST', `/api/v1/me/activities/${f.activityA}/signup`, {
      token: tokens.ownerA,
      body: { roomId: f.roomA, name: '张伟', people: 1 },
    });
    expect(su.status, JSON.stringify(su.body)).toBe(200);
    f.signupA = await one('SELECT id FROM activity_signup WHERE activity_id = ?', [f.activityA]);
    // R-RPT-03 project 101's survey of next quarter
    const sv = await t.req('POST', '/api/v1/surveys', { token: tokens.admin, body: { projectId: f.p101, quarter: '2027Q1' } });
    expect(sv.status, JSON.stringify(sv.body)).toBe(201);
    f.surveyA = sv.body.id;
    // R-RPT-02 a published monthly work report of project 101 and a draft one
    const report = async (month: string) => {
      const r = await t.req('POST', '/api/v1/work-reports', { token: tokens.jingli, body: { projectId: f.p101, month } });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as number;
    };
    f.workReportA = await report('2026-08');
    f.workReportDraftA = await report('2026-07');
    const text = { summary: '本月完成报修、投诉处理与收费工作。', plan: '下月开展消防演练与电梯年检。' };
    expect((await t.req('PUT', `/api/v1/work-reports/${f.workReportA}`, { token: tokens.jingli, body: text })).status).toBe(200);
    for (const [a, body] of [
      ['submit', {}],
      ['review', { reviewerName: '业委会主任', reviewedOn: '2026-11-23', opinion: '同意公示' }],
      ['publish', {}],
    ] as const) {
      const r = await t.req('POST', `/api/v1/work-reports/${f.workReportA}/actions/${a}`, { token: tokens.jingli, body });
      expect(r.status, JSON.stringify(r.body)).toBe(200);
    }
    // fee items of project 101: the property fee, water by meter, a deposit
    const fee = async (body: Record<string, unknown>) => {
      const r = await t.req('POST', '/api/v1/fee-items', { token: tokens.admin, body: { projectId: f.p101, ...body } });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      return r.body.id as number;
    };
    f.feeItemA = await fee({ code: 'SEC-WYF', name: '物业服务费', category: 'management', basis: 'area', unitFen: 250 });
    f.feeItemWater = await fee({
      code: 'SEC-SF',
      name: '水费',
      category: 'water',
      basis: 'metered',
      tiers: [{ upTo: null, unitFen: 400 }],
    });
    f.feeItemDeposit = await fee({ code: 'SEC-YJ', name: '押金', category: 'deposit', basis: 'one_off', unitFen: 50000 });
    // R-PAY-04 a deposit owed by household A's room, and kefu's waiver of it waiting for the manager
    const owed = await t.req('POST', '/api/v1/bills/one-off', {
      token: tokens.admin,
      body: { roomId: f.roomA, feeItemId: f.feeItemDeposit, period: '2026-12' },
    });
    expect(owed.status, JSON.stringify(owed.body)).toBe(201);
    f.billOwedA = owed.body.billId;
    const adj = await t.req('POST', '/api/v1/bill-adjustments', {
      token: tokens.kefu,
      body: { billId: f.billOwedA, kind: 'reduce', target: 'principal', amountFen: 1000, reason: '安全测试减免申请' },
    });
    expect(adj.status, JSON.stringify(adj.body)).toBe(201);
    f.adjustmentA = adj.body.id;
    // household A's WeChat Pay order (written as the order step would; this app has no merchant settings)
    await t.ds.query(
      "INSERT INTO pay_order (project_id, person_id, out_trade_no, trade_type, description, total_fen, bills, status, created_at, expires_at) VALUES (?, ?, 'WYSECURITY000000000001', 'H5', '安全测试', 5000, ?, 'created', ?, ?)",
      [
        f.p101,
        f.personA,
        JSON.stringify([{ billId: f.billA, amountFen: 5000, lateFeeFen: 0 }]),
        '2026-11-23 02:00:00.000',
        '2026-11-23 02:30:00.000',
      ],
    );
    f.payOrderA = await one("SELECT id FROM pay_order WHERE out_trade_no = 'WYSECURITY000000000001'");
    // R-PAY-03 a reconciliation difference of that order (project 101), open
    await t.ds.query(
      "INSERT INTO recon_diff (bill_date, kind, out_trade_no, project_id, our_fen, status, found_at) VALUES ('2026-11-22', 'missing_there', 'WYSECURITY000000000001', ?, 5000, 'open', ?)",
      [f.p101, '2026-11-23 02:00:00.000'],
    );
    f.reconDiffA = await one("SELECT id FROM recon_diff WHERE out_trade_no = 'WYSECURITY000000000001'");
    // project 101's car park: an area, a space, the plan, and household A's parking application
    const area = await t.req('POST', '/api/v1/parking/areas', {
      token: tokens.admin,
      body: { projectId: f.p101, code: 'SB9', name: '安全测试区' },
    });
    expect(area.status, JSON.stringify(area.body)).toBe(201);
    f.parkingAreaA = area.body.id;
    expect(
      (
        await t.req('POST', '/api/v1/parking/spaces', {
          token: tokens.admin,
          body: { areaId: f.parkingAreaA, kind: 'rental', from: 1, to: 2 },
        })
      ).status,
    ).toBe(201);
    f.parkingSpaceA = await one('SELECT id FROM parking_space WHERE area_id = ? ORDER BY id LIMIT 1', [f.parkingAreaA]);
    expect((await t.req('PUT', '/api/v1/parking/plan', { token: tokens.admin, body: PARKING_PLAN(f.p101) })).status).toBe(200);
    const docPhoto = await t.req('POST', '/api/v1/uploads', {
      token: tokens.ownerA,
      body: { fileName: 'd.png', contentType: 'image/png', contentBase64: PNG },
    });
    const pa = await t.req('POST', '/api/v1/me/parking/applications', {
      token: tokens.ownerA,
      body: {
        roomId: f.roomA,
        plate: '粤B10101',
        kind: 'rental',
        term: 'month',
        docs: [{ doc: 'insurance', uploadIds: [docPhoto.body.id] }],
      },
    });
    expect(pa.status, JSON.stringify(pa.body)).toBe(201);
    f.parkingAppA = pa.body.id;
    // household A's release pass, issued (the gate finds it by its code), and another waiting for the desk
    const passBody = { roomId: f.roomA, moveOn: '2027-01-05', items: [{ name: '沙发', quantity: 1 }], reason: 'move_out' };
    const issued = await t.req('POST', '/api/v1/me/passes', { token: tokens.ownerA, body: passBody });
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    const code = await t.req('POST', `/api/v1/passes/${issued.body.id}/actions/issue`, {
      token: tokens.admin,
      body: { overrideArrears: true, reason: '安全测试' },
    });
    expect(code.status, JSON.stringify(code.body)).toBe(200);
    passCodeA = code.body.code;
    f.passA = (await t.req('POST', '/api/v1/me/passes', { token: tokens.ownerA, body: passBody })).body.id;
    // R-PAS-05 a visitor of household A registered at the gate (waiting for the host), and household A's invitation
    const visitor = await t.req('POST', '/api/v1/visitors', {
      token: tokens.kefu,
      body: { roomId: f.roomA, hostPersonId: f.personA, name: '安全测试访客', idNumber: '110105199003071239', peopleCount: 1, reason: 'family' },
    });
    expect(visitor.status, JSON.stringify(visitor.body)).toBe(201);
    f.visitorA = visitor.body.id;
    const invited = await t.req('POST', '/api/v1/me/visitors', {
      token: tokens.ownerA,
      body: { roomId: f.roomA, name: '安全测试预约', phone: '13912345678', visitOn: '2026-12-20', peopleCount: 1 },
    });
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    visitorCodeA = invited.body.code;
    // R-RPT-04 a key customer of project 101
    const kc = await t.req('POST', '/api/v1/key-customers', {
      token: tokens.admin,
      body: { projectId: f.p101, kind: 'committee', name: '安全测试委员', reason: '业委会委员', phone: '13811112222' },
    });
    expect(kc.status, JSON.stringify(kc.body)).toBe(201);
    f.keyCustomerA = kc.body.id;
    // R-OWN-04 a fee-relevant change of household A's room, waiting for the manager
    const fc = await t.req('POST', '/api/v1/fee-changes', {
      token: tokens.kefu,
      body: { roomId: f.roomA, field: 'area', toValue: '9999', effectiveOn: '2027-01-01', reason: '安全测试面积更正' },
    });
    expect(fc.status, JSON.stringify(fc.body)).toBe(201);
    f.feeChangeA = fc.body.id;
    // household A's room in a published move-in batch (张伟 the buyer), inspected with one defect line
    const mb = await t.req('POST', '/api/v1/move-in-batches', {
      token: tokens.admin,
      body: { ...MOVEIN_BATCH, projectId: f.p101, rooms: [{ roomId: f.roomA, buyerName: '张伟', buyerPhone: '13800000001' }] },
    });
    expect(mb.status, JSON.stringify(mb.body)).toBe(201);
    f.moveInBatchA = mb.body.id;
    expect((await t.req('POST', `/api/v1/move-in-batches/${f.moveInBatchA}/publish`, { token: tokens.admin })).status).toBe(200);
    f.moveInA = await one('SELECT id FROM move_in WHERE batch_id = ?', [f.moveInBatchA]);
    for (const [a, body] of [
      ['arrive', {}],
      ['start', {}],
      ['identity', { identityDocs: ['notice', 'contract', 'receipt'] }],
      ['agreements', { agreements: ['service_agreement', 'management_rules'], collection: 'declined' }],
      ['fees', {}],
      ['inspection', { meters: { water: '1', electricity: '2' }, defects: [{ place: '客厅', description: '墙面裂缝' }], paperSigned: true }],
    ] as const) {
      const r = await t.req('POST', `/api/v1/move-ins/${f.moveInA}/actions/${a}`, { token: tokens.admin, body });
      expect(r.status, `${a}: ${JSON.stringify(r.body)}`).toBe(200);
    }
    f.moveInDefectA = await one('SELECT id FROM move_in_defect WHERE move_in_id = ?', [f.moveInA]);
    const reno = await t.req('POST', '/api/v1/me/renovations', { token: tokens.ownerA, body: RENO_FORM(f.roomA!) });
    expect(reno.status, JSON.stringify(reno.body)).toBe(201);
    f.renoA = reno.body.id;
    f.notificationKefu = await one('SELECT id FROM staff_notification WHERE staff_id = ? ORDER BY id LIMIT 1', [f.staffKefu]);
    for (const [k, v] of Object.entries(f)) expect(Number.isInteger(v) && v > 0, `fixture ${k}`).toBe(true);
  });
  afterAll(async () => t?.close());

  it('every endpoint of the OpenAPI document has a row in the access table, and the table names no endpoint that is gone', () => {
    const live = ops.map((o) => o.key).sort();
    expect(
      live.filter((k) => !TABLE[k]),
      'endpoints missing from the access table',
    ).toEqual([]);
    expect(
      Object.keys(TABLE).filter((k) => !live.includes(k)),
      'table rows for endpoints that no longer exist',
    ).toEqual([]);
    for (const o of ops) {
      if (o.params.length) expect(TABLE[o.key]!.params, `${o.key} needs the record it is probed with`).toBeDefined();
      if (o.schema) expect(TABLE[o.key]!.body, `${o.key} needs a valid body`).toBeDefined();
    }
  });

  it('R-ORG-03 without a token every endpoint but the public ones answers 401, and writes nothing', async () => {
    const before = await snapshot();
    for (const o of ops) {
      const e = TABLE[o.key]!;
      if (e.access === 'public') continue;
      const r = await t.req(o.method, url(o, e.params?.(f) ?? {}), { body: e.body?.(f) });
      expect(r.status, o.key).toBe(401);
      expect(r.body.message).toMatch(/[\u4e00-\u9fff]/);
    }
    await unchanged(before, 'anonymous calls');
  });

  it('R-ORG-03 a role without the right gets 403: staff on owner endpoints, owners on staff endpoints, staff lacking the permission', async () => {
    const before = await snapshot();
    const refused: string[] = [];
    for (const o of ops) {
      const e = TABLE[o.key]!;
      const who: string[] = [];
      if (e.access === 'owner') who.push('kefu', 'admin');
      if (e.access === 'staff' || typeof e.access === 'object') who.push('ownerA');
      if (typeof e.access === 'object') {
        const perm = e.access.perm;
        for (const [u, s] of Object.entries(STAFF)) if (!can(s.roles, perm)) who.push(u);
      }
      for (const u of who) {
        const r = await t.req(o.method, url(o, e.params?.(f) ?? {}), { token: tokens[u], body: e.body?.(f) });
        if (r.status !== 403) refused.push(`${o.key} as ${u}: ${r.status}`);
        else expect(r.body.message, `${o.key} as ${u}`).toMatch(/[\u4e00-\u9fff]/);
      }
    }
    expect(refused, 'calls that should have been refused with 403').toEqual([]);
    await unchanged(before, 'refused calls');
  });

  it('R-ORG-03 R-ORG-04 records of project 101 and household A: staff of 201, another owner and a technician not on the order get 404 or 403, and nothing is written', async () => {
    const before = await snapshot();
    const leaked: string[] = [];
    for (const o of ops.filter((x) => x.params.length)) {
      const e = TABLE[o.key]!;
      const probes =
        e.access === 'owner'
          ? e.published
            ? []
            : ['ownerB']
          : [...(e.access === 'any' ? ['ownerB'] : []), 'kefu2', 'mgr201', ...(e.order ? ['jigong'] : [])];
      for (const u of probes) {
        const r = await t.req(o.method, url(o, e.params!(f)), { token: tokens[u], body: e.body?.(f) });
        if (r.status !== 404 && r.status !== 403)
          leaked.push(`${o.key} as ${u}: ${r.status} ${JSON.stringify(r.body).slice(0, 120)}`);
      }
    }
    expect(leaked, 'calls that reached a record they must not').toEqual([]);
    await unchanged(before, 'cross-scope calls');
  });

  /** The bodies a write must refuse: each with 400, a Chinese message, and nothing written. */
  function badBodies(o: Op): { what: string; body: unknown }[] {
    const e = TABLE[o.key]!;
    const valid = e.body!(f) as Record<string, unknown>;
    const s = schemas[o.schema!]!;
    const props = s.properties ?? {};
    const out: { what: string; body: unknown }[] = [];
    if (s.required?.length) out.push({ what: 'empty body', body: {} });
    out.push({ what: 'an array instead of an object', body: [valid] });
    out.push({ what: 'a string instead of an object', body: 'x' });
    for (const [name, p] of Object.entries(props)) {
      const type = (p.type as string) ?? (p.$ref || p.allOf ? 'object' : 'string');
      const wrong =
        type === 'string'
          ? { x: 1 }
          : type === 'number' || type === 'integer'
            ? 'abc'
            : type === 'boolean'
              ? 'abc'
              : type === 'array'
                ? 'abc'
                : 42;
      out.push({ what: `${name} of the wrong type`, body: { ...valid, [name]: wrong } });
      if (type === 'string')
        out.push({ what: `${name} of 100,000 characters`, body: { ...valid, [name]: '长'.repeat(100_000) } });
      if (/fen$/i.test(name)) {
        out.push({ what: `${name} negative`, body: { ...valid, [name]: -1 } });
        out.push({ what: `${name} fractional`, body: { ...valid, [name]: 12.5 } });
      }
    }
    for (const name of ['projectId', 'status', 'version', 'ownerId', 'role', 'id'])
      if (!(name in props)) out.push({ what: `unknown field ${name}`, body: { ...valid, [name]: 1 } });
    return out;
  }

  it('every POST/PUT/PATCH refuses empty, mistyped, oversized, negative or fractional money and unknown fields with a Chinese 400, and writes nothing', async () => {
    const wrong: string[] = [];
    for (const o of ops.filter((x) => x.schema)) {
      const e = TABLE[o.key]!;
      const who = e.access === 'owner' ? 'ownerA' : e.access === 'public' ? null : e.access === 'any' ? 'ownerA' : 'admin';
      const before = await snapshot();
      for (const b of badBodies(o)) {
        const r = await t.req(o.method, url(o, e.params?.(f) ?? {}), { token: who ? tokens[who] : undefined, body: b.body });
        const msg = String(r.body?.message ?? '');
        if (r.status !== 400) wrong.push(`${o.key} with ${b.what}: ${r.status} ${msg}`);
        else if (!/[\u4e00-\u9fff]/.test(msg) || ENGLISH.test(msg.replace(/不允许的字段：\w+/, '')))
          wrong.push(`${o.key} with ${b.what}: message not Chinese: ${msg}`);
      }
      await unchanged(before, o.key);
    }
    expect(wrong, 'bad bodies that were not refused with a Chinese 400').toEqual([]);
  }, 300_000); // every write endpoint × a dozen bad bodies, each with a database snapshot before and after: grows with the API
});
