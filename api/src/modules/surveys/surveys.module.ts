import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrgModule } from '../org/org.module.js';
import { PeopleModule } from '../people/people.module.js';
import { MySurveysController, SurveysController } from './surveys.controller.js';
import { SurveysRepository } from './surveys.repository.js';
import { SurveysService } from './surveys.service.js';

/**
 * 满意度调查 (R-RPT-03): a survey per project and quarter (`survey.manage`: 品质主管, 客服主管, 经理, 总部 —
 * this quarter or the next, one each), answered on the phone once per room while its quarter lasts in the
 * project's zone (a unique key), a rating 1–5 for each service area (shared SURVEY_AREAS) and a comment; the
 * console shows the answers' count, the per-area means, the quarter's index and the year's customer-
 * satisfaction index (the formula: shared surveys.ts). Reads rooms through PeopleLookup, zones through OrgLookup.
 */
@Module({
  imports: [AuditModule, OrgModule, PeopleModule],
  controllers: [SurveysController, MySurveysController],
  providers: [SurveysRepository, SurveysService],
  exports: [],
})
export class SurveysModule {}
