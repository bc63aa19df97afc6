import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../events/event-bus.js';
import { AuthRepository } from './auth.repository.js';

/** What auth does when other modules announce something. */
@Injectable()
export class AuthSubscriptions implements OnModuleInit {
  constructor(
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(AuthRepository) private readonly repo: AuthRepository,
  ) {}

  onModuleInit(): void {
    // an archived account, or one whose password a manager set, is signed out everywhere (same transaction)
    this.events.on('staff.access_revoked', (em, e) => this.repo.revokeAllSessions('staff', e.staffId, e.at, e.reason, em));
  }
}
