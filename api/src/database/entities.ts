import { FollowUp } from '../modules/follow-ups/entities.js';
import { AuditEvent } from '../modules/audit/entities.js';
import { AuthSession, RefreshToken, SmsCode } from '../modules/auth/entities.js';
import { Building, Cluster, Company, Project, ProjectSetting, Room, RoomFeeChange } from '../modules/org/entities.js';
import { Person, RoomBinding, Vehicle } from '../modules/people/entities.js';
import { Staff, StaffProject } from '../modules/staff/entities.js';
import {
  CallbackRecord,
  DutyLogEntry,
  RepairCategory,
  RequestAttachment,
  RequestEvent,
  RequestIntakeKey,
  ServiceRequest,
} from '../modules/service-requests/entities.js';
import { Upload } from '../modules/uploads/entities.js';
import { Bill, BillAdjustment, BillRun, CashHandover, FeeItem, MeterReading, Payment } from '../modules/billing/entities.js';
import { AppState } from './app-state.entity.js';
import { PayNotice, PayOrder, ReconDay, ReconDiff, Refund } from '../modules/payments/entities.js';
import { DailyCounter } from './daily-counter.entity.js';
import { RateCounter } from './rate-counter.entity.js';
import { OutboxMessage, StaffNotification, SubscribeCredit } from '../modules/notifications/entities.js';
import { SlaClock, SlaExtension } from '../modules/sla/entities.js';
import { Complaint, ComplaintClassItem, ComplaintClock, ComplaintEvent, ComplaintParty } from '../modules/complaints/entities.js';
import { Enquiry, EnquiryEvent } from '../modules/enquiries/entities.js';
import { FaqCandidate, FaqEntry, FaqQuiz } from '../modules/faq/entities.js';
import { PARKING_ENTITIES } from '../modules/parking/entities.js';
import { PASS_ENTITIES } from '../modules/passes/entities.js';
import { MOVEIN_ENTITIES } from '../modules/move-in/entities.js';
import { RENOVATION_ENTITIES } from '../modules/renovation/entities.js';
import { INVOICE_ENTITIES } from '../modules/invoices/entities.js';
import { ANNOUNCEMENT_ENTITIES } from '../modules/announcements/entities.js';
import { WORK_REPORT_ENTITIES } from '../modules/work-reports/entities.js';
import { VISITOR_ENTITIES } from '../modules/visitors/entities.js';
import { RELATION_ENTITIES } from '../modules/relations/entities.js';
import { ARREARS_ENTITIES } from '../modules/arrears/entities.js';
import { ACTIVITY_ENTITIES } from '../modules/activities/entities.js';
import { SURVEY_ENTITIES } from '../modules/surveys/entities.js';

export const ENTITIES = [
  Company,
  Project,
  Cluster,
  Building,
  Room,
  RoomFeeChange,
  ProjectSetting,
  Person,
  RoomBinding,
  Vehicle,
  Staff,
  StaffProject,
  AuthSession,
  RefreshToken,
  SmsCode,
  AuditEvent,
  RepairCategory,
  ServiceRequest,
  RequestEvent,
  RequestIntakeKey,
  DutyLogEntry,
  Upload,
  SlaClock,
  OutboxMessage,
  StaffNotification,
  SubscribeCredit,
  SlaExtension,
  RequestAttachment,
  CallbackRecord,
  Bill,
  BillRun,
  FeeItem,
  MeterReading,
  PayNotice,
  PayOrder,
  ReconDay,
  ReconDiff,
  Refund,
  Payment,
  CashHandover,
  BillAdjustment,
  DailyCounter,
  RateCounter,
  Complaint,
  ComplaintEvent,
  ComplaintClock,
  ComplaintClassItem,
  ComplaintParty,
  AppState,
  Enquiry,
  EnquiryEvent,
  FaqEntry,
  FaqCandidate,
  FaqQuiz,
  ...PARKING_ENTITIES,
  ...PASS_ENTITIES,
  ...MOVEIN_ENTITIES,
  ...RENOVATION_ENTITIES,
  ...INVOICE_ENTITIES,
  ...ANNOUNCEMENT_ENTITIES,
  ...ARREARS_ENTITIES,
  ...ACTIVITY_ENTITIES,
  ...SURVEY_ENTITIES,
  ...WORK_REPORT_ENTITIES,
  ...VISITOR_ENTITIES,
  ...RELATION_ENTITIES,
  FollowUp,
];
