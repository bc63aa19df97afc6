import type { StaffRole } from '@wy/shared';

export interface StaffPrincipal {
  kind: 'staff';
  id: number;
  sessionId: string;
  name: string;
  username: string;
  roles: StaffRole[];
  /** 'all' for head office, otherwise the assigned project ids (possibly empty: fails closed). */
  scope: 'all' | number[];
  /** the id of the HTTP request being served (x-request-id): the outbox messages it causes carry it */
  rid?: string;
}
export interface OwnerPrincipal {
  kind: 'owner';
  id: number; // person id
  sessionId: string;
  name: string;
  /** the id of the HTTP request being served (x-request-id): the outbox messages it causes carry it */
  rid?: string;
}
export type Principal = StaffPrincipal | OwnerPrincipal;
