import type { RequestRef } from '../../events/events.js';
import type { ProjectSla } from '../sla/sla.service.js';
import type { RepairCategory, ServiceRequest } from './entities.js';

/** The request as its events describe it. */
export const requestRef = (
  r: Pick<ServiceRequest, 'id' | 'projectId' | 'type' | 'code' | 'description' | 'urgency' | 'requesterPersonId'>,
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
  timeZone: settings.calendar.timeZone,
});
