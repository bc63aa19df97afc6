import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { BillingModule } from '../billing/billing.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrgModule } from '../org/org.module.js';
import { PeopleModule } from '../people/people.module.js';
import { UploadsModule } from '../uploads/uploads.module.js';
import { ParkingGate } from './gate.service.js';
import { ParkingIntake } from './intake.service.js';
import { ParkingMoves } from './moves.service.js';
import {
  MyParkingController,
  ParkingDeskController,
  ParkingGateController,
  ParkingSetupController,
} from './parking.controller.js';
import { ParkingRepository } from './parking.repository.js';
import { ParkingSubscriptions } from './parking.subscriptions.js';
import { ParkingReader } from './reading.service.js';
import { ParkingBills } from './rent-bills.js';
import { ParkingReminders } from './reminders.js';
import { ParkingRent } from './rent.service.js';
import { ParkingProjects } from './settings.js';
import { ParkingSetup } from './setup.service.js';
import { ParkingTimeline } from './timeline.js';
import { ParkingWaitlist } from './waitlist.js';

/**
 * Parking (R-PRK-01…07): areas and spaces, the parking-use plan with its approval and prices, owners'
 * applications with their documents, the desk's check, the contract and the manager's approval, the
 * rent as a bill of the billing module (its bill.paid issues the card), the waiting list, fixed (VIP)
 * spaces, renewals and the parking ledger (车位台帐). One file per step (actions/). Announces
 * parking.moved, parking.rented (the vehicle's record takes the space) and parking.ended.
 */
@Module({
  imports: [AuditModule, OrgModule, PeopleModule, UploadsModule, BillingModule, NotificationsModule],
  controllers: [ParkingSetupController, ParkingDeskController, ParkingGateController, MyParkingController],
  providers: [
    ParkingRepository,
    ParkingProjects,
    ParkingTimeline,
    ParkingWaitlist,
    ParkingBills,
    ParkingReader,
    ParkingMoves,
    ParkingIntake,
    ParkingRent,
    ParkingSetup,
    ParkingGate,
    ParkingReminders,
    ParkingSubscriptions,
  ],
  exports: [],
})
export class ParkingModule {}
