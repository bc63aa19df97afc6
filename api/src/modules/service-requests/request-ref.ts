import type { RequestRef } from '../../events/events.js';
import type { ProjectSla } from '../sla/sla.service.js';
import type { RepairCategory, ServiceRequest } from './entities.js';

/** The request as its events describe it. */
export const requestRef = (
  r: Pick<
    ServiceRequest,
    'id' | 'projectId' | 'type' | 'code' | 'description' | 'urgency' | 'requesterPersonId' | 'scope' | 'requesterStaffId'
  >,
  category: Pick<RepairCategory, 'name'> | null,
  settings: ProjectSla,
): RequestRef => ({
  requestId: r.id,
  projectId: r.projectId,
  type: r.type,
  code: r.code ?? String(r.id),
  categoryName: category?.name ?? '报修',
  description: r.description,
  urgency: r.urgency,
  requesterPersonId: r.requesterPersonId,
  scope: r.scope,
  requesterStaffId: r.requesterStaffId,
  timeZone: settings.calendar.timeZone,
});
