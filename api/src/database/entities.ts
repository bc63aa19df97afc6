import { AuditEvent } from '../modules/audit/entities.js';
import { AuthSession, RefreshToken, SmsCode } from '../modules/auth/entities.js';
import { Building, Cluster, Company, Project, ProjectSetting, Room } from '../modules/org/entities.js';
import { Person, RoomBinding, Vehicle } from '../modules/people/entities.js';
import { Staff, StaffProject } from '../modules/staff/entities.js';
import {
  CallbackRecord,
  DutyLogEntry,
  RepairCategory,
  RequestAttachment,
  RequestEvent,
  ServiceRequest,
  Upload,
} from '../modules/service-requests/entities.js';
import { Bill, Payment } from '../modules/billing/entities.js';
import { DailyCounter } from './daily-counter.entity.js';
import { OutboxMessage, SlaClock, SlaExtension, StaffNotification, SubscribeCredit } from '../modules/sla/entities.js';

export const ENTITIES = [
  Company,
  Project,
  Cluster,
  Building,
  Room,
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
  Payment,
  DailyCounter,
];
