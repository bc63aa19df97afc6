import { Inject, Injectable } from '@nestjs/common';
import { COMPLAINT_GUIDE_FLOW, COMPLAINT_GUIDE_WAYS, COMPLAINT_INVITATION, complaintGuideLimits } from '@wy/shared';
import { notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import type { ComplaintGuideDto } from './complaints.dto.js';
import { ComplaintSettings } from './settings.js';

/**
 * R-CMP-20 the complaint guide — where and how to complain, the flow and the time limits — for the
 * mini-program and the lobby print-out, with the project's own durations (the ones its clocks run on).
 */
@Injectable()
export class ComplaintGuide {
  constructor(
    @Inject(ComplaintSettings) private readonly settings: ComplaintSettings,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
  ) {}

  async forStaff(p: Principal, projectId: number): Promise<ComplaintGuideDto> {
    ensureProjectInScope(p, projectId, '项目');
    return this.guide(projectId);
  }
  async forOwner(p: Principal, projectId: number): Promise<ComplaintGuideDto> {
    if (!(await this.people.isBoundInProject(p.id, projectId))) throw notFound('项目');
    return this.guide(projectId);
  }
  private async guide(projectId: number): Promise<ComplaintGuideDto> {
    const { sla } = await this.settings.of(projectId);
    return {
      invitation: COMPLAINT_INVITATION,
      ways: [...COMPLAINT_GUIDE_WAYS],
      flow: [...COMPLAINT_GUIDE_FLOW],
      limits: complaintGuideLimits(sla),
    };
  }
}
