import { Module } from '@nestjs/common';
import { OrgModule } from '../org/org.module.js';
import { PeopleModule } from '../people/people.module.js';
import { StaffModule } from '../staff/staff.module.js';
import { AuthController } from './auth.controller.js';
import { AuthRepository } from './auth.repository.js';
import { AuthService } from './auth.service.js';
import { AuthSubscriptions } from './auth.subscriptions.js';

/** Sign-in for staff (password) and owners (WeChat, SMS), sessions and rotating refresh tokens. */
@Module({
  imports: [StaffModule, PeopleModule, OrgModule],
  controllers: [AuthController],
  providers: [AuthRepository, AuthService, AuthSubscriptions],
  exports: [AuthService],
})
export class AuthModule {}
