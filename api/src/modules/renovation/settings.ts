import { Inject, Injectable } from '@nestjs/common';
import {
  DEFAULT_RENO_FEES,
  DEFAULT_RENO_GUIDE,
  DEFAULT_RENO_HOURS,
  DEFAULT_RENO_REVIEW_LIMIT,
  RENO_FEE_KINDS,
  localDate,
  renoAcceptanceDue,
  renoRefundDue,
  renoRefundStartDue,
  renoReviewDue,
  type RenoFees,
  type RenoReviewLimit,
  type WorkCalendar,
} from '@wy/shared';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/app-error.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import { SlaService } from '../sla/sla.service.js';

/** What a project stores under the setting `renovation`. */
export interface StoredRenoSettings {
  guide?: string;
  fees?: Partial<RenoFees>;
  hours?: string;
  supervisionPhone?: string;
  review?: Partial<RenoReviewLimit>;
}

export interface RenoProject {
  projectId: number;
  code: string;
  timeZone: string;
  calendar: WorkCalendar;
  /** R-REN-01 the published guide (流程、资料、收费), the project's own or the default */
  guide: string;
  guideIsDefault: boolean;
  /** R-REN-05 what is charged on approval (fen) */
  fees: RenoFees;
  /** printed on the permit: the working hours and the supervision phone */
  hours: string;
  supervisionPhone: string;
  review: RenoReviewLimit;
  today(now: Date): string;
  /** R-REN-04 the review's due time from a submission */
  reviewDue(submittedAt: Date): Date;
  /** R-REN-07 the acceptance inspection's due time from the owner's request */
  acceptanceDue(requestedAt: Date): Date;
  /** R-REN-08 the deposits' refund: started by, and refunded by, from the pass */
  refundStartDue(acceptedAt: Date): Date;
  refundDue(acceptedAt: Date): Date;
}

/**
 * A project's renovation settings (project setting `renovation`: guide, fees, hours, supervision phone,
 * review limit), its code, zone and holiday calendar (the sla module's: one calendar for every promise).
 */
@Injectable()
export class RenoProjects {
  constructor(
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(SlaService) private readonly sla: SlaService,
  ) {}

  async of(projectId: number, em?: EntityManager): Promise<RenoProject> {
    const [s, { calendar }] = await Promise.all([this.org.settingsOf(projectId, em), this.sla.settings(projectId, em)]);
    if (!s.code) throw notFound('项目');
    const stored = (s.rows.find((r) => r.key === 'renovation')?.value ?? {}) as StoredRenoSettings;
    const timeZone = s.timeZone ?? 'Asia/Shanghai';
    const own = stored.guide?.trim();
    const fees = { ...DEFAULT_RENO_FEES };
    for (const k of RENO_FEE_KINDS) {
      const v = stored.fees?.[k];
      if (Number.isSafeInteger(v) && v! >= 0) fees[k] = v!;
    }
    const review = { ...DEFAULT_RENO_REVIEW_LIMIT, ...(stored.review ?? {}) };
    return {
      projectId,
      code: s.code,
      timeZone,
      calendar,
      guide: own || DEFAULT_RENO_GUIDE,
      guideIsDefault: !own,
      fees,
      hours: stored.hours?.trim() || DEFAULT_RENO_HOURS,
      supervisionPhone: stored.supervisionPhone?.trim() || '',
      review,
      today: (now) => localDate(now, timeZone),
      reviewDue: (at) => renoReviewDue(at, calendar, review),
      acceptanceDue: (at) => renoAcceptanceDue(at, calendar),
      refundStartDue: (at) => renoRefundStartDue(at, calendar),
      refundDue: (at) => renoRefundDue(at, calendar),
    };
  }
  async save(em: EntityManager, projectId: number, value: StoredRenoSettings): Promise<void> {
    await this.org.putSetting(em, projectId, 'renovation', value);
  }
}
