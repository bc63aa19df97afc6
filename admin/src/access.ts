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
}
export type AccessKey = keyof Access;

export function computeAccess(roles: readonly StaffRole[] | undefined | null): Access {
  const r = roles ?? [];
  return {
    orgRead: can(r, 'org.read'),
    orgWrite: can(r, 'org.write'),
    projectWrite: can(r, 'project.write'),
    peopleRead: can(r, 'people.read'),
    peopleWrite: can(r, 'people.write'),
    bindingReview: can(r, 'binding.review'),
    peopleArchive: can(r, 'people.archive'),
    staffManage: can(r, 'staff.manage'),
    auditRead: can(r, 'audit.read'),
    revealPii: mayRevealPersonalData(r),
    allProjects: seesAllProjects(r),
    serviceDesk: r.some((x) => (SERVICE_DESK_ROLES as readonly StaffRole[]).includes(x)),
  };
}
