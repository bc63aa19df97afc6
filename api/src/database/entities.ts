import { AuditEvent } from '../modules/audit/entities.js';
import { AuthSession, RefreshToken, SmsCode } from '../modules/auth/entities.js';
import { Building, Cluster, Company, Project, Room } from '../modules/org/entities.js';
import { Person, RoomBinding, Vehicle } from '../modules/people/entities.js';
import { Staff, StaffProject } from '../modules/staff/entities.js';

export const ENTITIES = [
  Company,
  Project,
  Cluster,
  Building,
  Room,
  Person,
  RoomBinding,
  Vehicle,
  Staff,
  StaffProject,
  AuthSession,
  RefreshToken,
  SmsCode,
  AuditEvent,
];
