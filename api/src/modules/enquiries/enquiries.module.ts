import { Module } from '@nestjs/common';
import { FaqModule } from '../faq/faq.module.js';
import { OrgModule } from '../org/org.module.js';
import { PeopleModule } from '../people/people.module.js';
import { SlaModule } from '../sla/sla.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { EnquiriesController, MyEnquiriesController } from './enquiries.controller.js';
import { EnquiriesRepository } from './enquiries.repository.js';
import { EnquiryIntake } from './intake.service.js';
import { EnquiryMoves } from './moves.service.js';
import { EnquiryReader } from './reading.service.js';
import { EnquiryTimeline } from './timeline.js';
import { EnquiryRoomHistory } from './room-history.repository.js';

/**
 * Suggestions and inquiries (R-SUG-*, R-INQ-*): intake with the agreed reply time and the way the
 * customer wants the answer, one file per step (actions/), the timeline with its audience, the
 * monthly reply rates. Answers from the FAQ (R-FAQ-03) through the faq module's exported lookup;
 * announces enquiry.filed, enquiry.forwarded and enquiry.replied (the FAQ takes unanswered
 * questions from the last).
 */
@Module({
  imports: [OrgModule, PeopleModule, StaffModule, SlaModule, FaqModule],
  controllers: [EnquiriesController, MyEnquiriesController],
  providers: [EnquiryRoomHistory, EnquiriesRepository, EnquiryTimeline, EnquiryMoves, EnquiryIntake, EnquiryReader],
  exports: [],
})
export class EnquiriesModule {}
