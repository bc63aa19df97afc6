import { Inject, Injectable } from '@nestjs/common';
import {
  complaintSla,
  DEFAULT_MANAGER_COMPENSATION_FEN,
  dueAt,
  type ComplaintSlaSettings,
  type SlaDuration,
  type WorkCalendar,
} from '@wy/shared';
import { OrgLookup } from '../org/org-lookup.service.js';
import { SlaService } from '../sla/sla.service.js';

export interface ComplaintProjectSettings {
  projectCode: string;
  calendar: WorkCalendar;
  sla: ComplaintSlaSettings;
  due(from: Date, d: SlaDuration): Date;
  /** R-CMP-13 the project manager's annual authorisation for compensation (fen; project setting `complaint_compensation_fen`) */
  managerCompensationFen: number;
}

/**
 * A project's complaint settings: its code and calendar (the sla module's, one holiday calendar
 * for every promise) and the complaint durations (project setting `complaint_sla` over the
 * DOMAIN.md defaults).
 */
@Injectable()
export class ComplaintSettings {
  constructor(
    @Inject(SlaService) private readonly sla: SlaService,
    @Inject(OrgLookup) private readonly org: OrgLookup,
  ) {}

  async of(projectId: number): Promise<ComplaintProjectSettings> {
    const [{ projectCode, calendar }, { rows }] = await Promise.all([
      this.sla.settings(projectId),
      this.org.settingsOf(projectId),
    ]);
    const stored = rows.find((r) => r.key === 'complaint_sla')?.value as Partial<ComplaintSlaSettings> | undefined;
    const limit = Number(rows.find((r) => r.key === 'complaint_compensation_fen')?.value);
    return {
      projectCode,
      calendar,
      sla: complaintSla(stored),
      due: (from, d) => dueAt(from, d, calendar),
      managerCompensationFen: Number.isInteger(limit) && limit >= 0 ? limit : DEFAULT_MANAGER_COMPENSATION_FEN,
    };
  }
}
