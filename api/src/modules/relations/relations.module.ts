import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrgModule } from '../org/org.module.js';
import { PeopleModule } from '../people/people.module.js';
import { CommunicationsController, GreetingsController, KeyCustomersController } from './relations.controller.js';
import { RelationsRepository } from './relations.repository.js';
import { RelationsService } from './relations.service.js';

/**
 * 重点客户与沟通记录 (R-RPT-04). The manager's office (`relation.manage`: 客服主管, 经理, 总部) keeps the
 * project's list of key customers and owners' committee members (the committee is a kind of the list), each
 * with why they are key and a contact (encrypted, shown masked; revealing it is audited). Communications are
 * recorded (date, who, with whom, channel, topic, summary, follow-up); each person shows 已沟通 / 待沟通 /
 * 已逾期 by the shared rule (committee monthly, key customers quarterly, calendar periods in the project's
 * zone), filterable on the server. Festival greetings (春节, 中秋 … the shared list) are recorded once per
 * person and festival (a unique key: two at once, one), with who is not yet greeted for the coming festival.
 * The quarter's 沟通记录 prints on A4. Every write is audited.
 */
@Module({
  imports: [AuditModule, OrgModule, PeopleModule],
  controllers: [KeyCustomersController, CommunicationsController, GreetingsController],
  providers: [RelationsRepository, RelationsService],
  exports: [],
})
export class RelationsModule {}
