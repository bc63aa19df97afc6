import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './common/auth.guard.js';
import { ErrorFilter } from './common/error.filter.js';
import { RateLimitGuard } from './common/rate-limit.guard.js';
import { EventsModule } from './events/events.module.js';
import { InfraModule, type AppDeps } from './infra/infra.module.js';
import { ActivitiesModule } from './modules/activities/activities.module.js';
import { AnnouncementsModule } from './modules/announcements/announcements.module.js';
import { WorkReportsModule } from './modules/work-reports/work-reports.module.js';
import { VisitorsModule } from './modules/visitors/visitors.module.js';
import { RelationsModule } from './modules/relations/relations.module.js';
import { ArrearsModule } from './modules/arrears/arrears.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { BillingModule } from './modules/billing/billing.module.js';
import { ComplaintsModule } from './modules/complaints/complaints.module.js';
import { EnquiriesModule } from './modules/enquiries/enquiries.module.js';
import { FaqModule } from './modules/faq/faq.module.js';
import { FollowUpsModule } from './modules/follow-ups/follow-ups.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';
import { OrgModule } from './modules/org/org.module.js';
import { PaymentsModule } from './modules/payments/payments.module.js';
import { ParkingModule } from './modules/parking/parking.module.js';
import { PassesModule } from './modules/passes/passes.module.js';
import { MoveInModule } from './modules/move-in/move-in.module.js';
import { RenovationModule } from './modules/renovation/renovation.module.js';
import { InvoicesModule } from './modules/invoices/invoices.module.js';
import { PeopleModule } from './modules/people/people.module.js';
import { ReportsModule } from './modules/reports/reports.module.js';
import { ServiceRequestsModule } from './modules/service-requests/sr.module.js';
import { SlaModule } from './modules/sla/sla.module.js';
import { StaffModule } from './modules/staff/staff.module.js';
import { SurveysModule } from './modules/surveys/surveys.module.js';
import { UploadsModule } from './modules/uploads/uploads.module.js';

export type { AppDeps } from './infra/infra.module.js';

/**
 * The whole API: the infra adapters (handed in, so main.ts wires the real ones and tests wire
 * fakes that speak the same protocols), the event bus, and the feature modules. The map of who
 * depends on whom and the event list are in .docs/architecture.md.
 */
@Module({})
export class AppModule {
  static forRoot(deps: AppDeps): DynamicModule {
    return {
      module: AppModule,
      imports: [
        InfraModule.forRoot(deps),
        EventsModule,
        AuditModule,
        OrgModule,
        PeopleModule,
        StaffModule,
        AuthModule,
        UploadsModule,
        SlaModule,
        ServiceRequestsModule,
        BillingModule,
        PaymentsModule,
        ComplaintsModule,
        FaqModule,
        EnquiriesModule,
        ParkingModule,
        PassesModule,
        MoveInModule,
        RenovationModule,
        InvoicesModule,
        NotificationsModule,
        ReportsModule,
        FollowUpsModule,
        AnnouncementsModule,
        ArrearsModule,
        ActivitiesModule,
        SurveysModule,
        WorkReportsModule,
        VisitorsModule,
        RelationsModule,
        HealthModule.register({ dev: deps.config.env !== 'production' }),
      ],
      providers: [
        { provide: APP_FILTER, useClass: ErrorFilter },
        { provide: APP_GUARD, useClass: RateLimitGuard },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
    };
  }
}
