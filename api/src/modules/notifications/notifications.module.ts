import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module.js';
import { ServiceRequestsModule } from '../service-requests/sr.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { NotificationsController, SubscriptionsController } from './notifications.controller.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsService } from './notifications.service.js';
import { NotificationsSubscriptions } from './notifications.subscriptions.js';
import { OutboxService } from './outbox.service.js';

/**
 * The outbox (WeChat subscribe messages to owners, with their per-template credits) and staff
 * members' console notifications. It listens to what other modules announce (requests filed and
 * moved, promises broken) and enqueues in the announcing transaction; the outbox job delivers.
 */
@Module({
  imports: [PeopleModule, StaffModule, ServiceRequestsModule],
  controllers: [NotificationsController, SubscriptionsController],
  providers: [NotificationsRepository, NotificationsService, OutboxService, NotificationsSubscriptions],
  exports: [NotificationsService],
})
export class NotificationsModule {}
