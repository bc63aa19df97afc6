import { Module, type DynamicModule, type Provider } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import type { DataSource } from 'typeorm';
import { AuthGuard } from './common/auth.guard.js';
import { ErrorFilter } from './common/error.filter.js';
import { RateLimitGuard } from './common/rate-limit.guard.js';
import { APP_CONFIG, type AppConfig } from './config/env.js';
import { Clock } from './infra/clock.js';
import { PiiCipher } from './infra/pii.js';
import { SmsProvider } from './infra/sms.js';
import { DATA_SOURCE } from './infra/tokens.js';
import { WechatClient } from './infra/wechat/index.js';
import { AuditService } from './modules/audit/audit.service.js';
import { AuthController } from './modules/auth/auth.controller.js';
import { AuthRepository } from './modules/auth/auth.repository.js';
import { AuthService } from './modules/auth/auth.service.js';
import { DevController } from './modules/health/dev.controller.js';
import { HealthController } from './modules/health/health.controller.js';
import { DirectoryService } from './modules/org/directory.service.js';
import { DirectoryController, OrgController } from './modules/org/org.controller.js';
import { OrgRepository } from './modules/org/org.repository.js';
import { OrgService } from './modules/org/org.service.js';
import { MeService } from './modules/people/me.service.js';
import { MeController, PeopleController } from './modules/people/people.controller.js';
import { PeopleRepository } from './modules/people/people.repository.js';
import { PeopleService } from './modules/people/people.service.js';
import { StaffController, StaffService } from './modules/staff/staff.js';
import {
  MyRequestsController,
  NotificationsController,
  ServiceRequestController,
  UploadController,
} from './modules/service-requests/sr.controller.js';
import { ServiceRequestRepository } from './modules/service-requests/sr.repository.js';
import { ServiceRequestService } from './modules/service-requests/sr.service.js';
import { UploadService } from './modules/service-requests/upload.service.js';
import { NotificationsRepository } from './modules/notifications/notifications.repository.js';
import { NotificationsService } from './modules/notifications/notifications.service.js';
import { OutboxService } from './modules/notifications/outbox.service.js';
import { SlaRepository } from './modules/sla/sla.repository.js';
import { SlaService } from './modules/sla/sla.service.js';
import { JobsRunner } from './modules/sla/jobs.js';
import { SlaAdminController, SlaAdminService } from './modules/sla/sla-admin.js';
import { LocalDiskStorage, MemoryStorage, Storage } from './infra/storage/storage.js';
import { S3Storage } from './infra/storage/s3.js';
import { CatalogueController, CatalogueService } from './modules/service-requests/catalogue.js';
import { ReportsController, ReportsService } from './modules/reports/reports.js';
import { ReportsRepository } from './modules/reports/reports.repository.js';
import { BillingController } from './modules/billing/billing.controller.js';
import { BillingRepository } from './modules/billing/billing.repository.js';
import { BillingService } from './modules/billing/billing.service.js';

export interface AppDeps {
  config: AppConfig;
  dataSource: DataSource;
  clock: Clock;
  sms: SmsProvider;
  wechat: WechatClient;
  storage?: Storage;
}

/**
 * The whole API. Outside-world adapters (database, clock, SMS, WeChat) are
 * handed in, so main.ts wires the real ones and tests wire fakes that speak
 * the same protocols.
 */
@Module({})
export class AppModule {
  static forRoot(deps: AppDeps): DynamicModule {
    const providers: Provider[] = [
      { provide: APP_CONFIG, useValue: deps.config },
      { provide: DATA_SOURCE, useValue: deps.dataSource },
      { provide: Clock, useValue: deps.clock },
      { provide: SmsProvider, useValue: deps.sms },
      { provide: WechatClient, useValue: deps.wechat },
      {
        provide: Storage,
        useValue:
          deps.storage ??
          (deps.config.s3
            ? new S3Storage(deps.config.s3)
            : deps.config.db.kind === 'sqlite' && !deps.config.db.file
              ? new MemoryStorage()
              : new LocalDiskStorage(deps.config.storageDir)),
      },
      { provide: PiiCipher, useValue: new PiiCipher(deps.config.piiKey, deps.config.piiHashKey) },
      { provide: APP_FILTER, useClass: ErrorFilter },
      { provide: APP_GUARD, useClass: RateLimitGuard },
      { provide: APP_GUARD, useClass: AuthGuard },
      AuditService,
      AuthRepository,
      AuthService,
      OrgRepository,
      OrgService,
      DirectoryService,
      PeopleRepository,
      PeopleService,
      MeService,
      StaffService,
      ServiceRequestRepository,
      SlaRepository,
      NotificationsRepository,
      SlaService,
      OutboxService,
      NotificationsService,
      ServiceRequestService,
      UploadService,
      JobsRunner,
      SlaAdminService,
      BillingRepository,
      BillingService,
      CatalogueService,
      ReportsRepository,
      ReportsService,
    ];
    const controllers = [
      HealthController,
      AuthController,
      OrgController,
      DirectoryController,
      PeopleController,
      MeController,
      StaffController,
      ServiceRequestController,
      MyRequestsController,
      UploadController,
      NotificationsController,
      SlaAdminController,
      BillingController,
      CatalogueController,
      ReportsController,
      ...(deps.config.env === 'production' ? [] : [DevController]),
    ];
    return { module: AppModule, providers, controllers };
  }
}
