import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module.js';
import { PeopleModule } from '../people/people.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { FaqController, MyFaqController } from './faq.controller.js';
import { FaqLookup } from './faq-lookup.service.js';
import { FaqRepository } from './faq.repository.js';
import { FaqService } from './faq.service.js';
import { FaqQuizzes } from './quiz.service.js';

/**
 * The FAQ (答客问, R-FAQ-*): entries per project and category with their review times, the
 * half-year review, owners' reading, the monthly staff quiz; questions the FAQ did not answer come
 * in from enquiry.replied. Exports FaqLookup (an entry's answer) for the inquiry desk.
 */
@Module({
  imports: [OrgModule, PeopleModule, StaffModule],
  controllers: [FaqController, MyFaqController],
  providers: [FaqRepository, FaqService, FaqQuizzes, FaqLookup],
  exports: [FaqLookup],
})
export class FaqModule {}
