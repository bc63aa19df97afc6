import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { OrgModule } from '../org/org.module.js';
import { MeService } from './me.service.js';
import { PeopleLookup } from './people-lookup.service.js';
import { MeController, PeopleController } from './people.controller.js';
import { PeopleRepository } from './people.repository.js';
import { PeopleService } from './people.service.js';
import { PeopleSubscriptions } from './people.subscriptions.js';
import { BindingRoomHistory } from './room-history.repository.js';

/** Owners, household members, tenants, their room bindings and vehicles; encrypted personal data. */
@Module({
  imports: [AuditModule, OrgModule],
  controllers: [PeopleController, MeController],
  providers: [BindingRoomHistory, PeopleRepository, PeopleService, MeService, PeopleLookup, PeopleSubscriptions],
  exports: [PeopleLookup],
})
export class PeopleModule {}
