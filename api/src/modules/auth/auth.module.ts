import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/env.js';
import { OrgModule } from '../org/org.module.js';
import { PeopleModule } from '../people/people.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { AuthController } from './auth.controller.js';
import { AuthRepository } from './auth.repository.js';
import { AuthService } from './auth.service.js';
import { AuthSubscriptions } from './auth.subscriptions.js';
import { SessionCache } from './session-cache.js';

/** Sign-in for staff (password) and owners (WeChat, SMS), sessions and rotating refresh tokens. */
@Module({
  imports: [StaffModule, PeopleModule, OrgModule],
  controllers: [AuthController],
  providers: [
    AuthRepository,
    AuthService,
    AuthSubscriptions,
    { provide: SessionCache, useFactory: (c: AppConfig) => new SessionCache(c.sessionCacheSec * 1000), inject: [APP_CONFIG] },
  ],
  exports: [AuthService],
})
export class AuthModule {}
