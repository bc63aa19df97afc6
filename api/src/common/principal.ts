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
}
export interface OwnerPrincipal {
  kind: 'owner';
  id: number; // person id
  sessionId: string;
  name: string;
}
export type Principal = StaffPrincipal | OwnerPrincipal;
