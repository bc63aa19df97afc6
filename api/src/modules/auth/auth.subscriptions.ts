import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { EventBus } from '../../events/event-bus.js';
import { AuthRepository } from './auth.repository.js';
import { SessionCache } from './session-cache.js';

/** What auth does when other modules announce something. */
@Injectable()
export class AuthSubscriptions implements OnModuleInit {
  constructor(
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(AuthRepository) private readonly repo: AuthRepository,
    @Inject(SessionCache) private readonly sessions: SessionCache,
  ) {}

  onModuleInit(): void {
    // an archived account, or one whose password a manager set, is signed out everywhere (same transaction)
    this.events.on('staff.access_revoked', (em, e) => this.repo.revokeAllSessions('staff', e.staffId, e.at, e.reason, em));
    // who is behind a session is kept a few seconds (SessionCache): what changed it is read afresh once committed
    this.events.afterCommit('staff.access_revoked', (e) => this.sessions.forgetSubject('staff', e.staffId));
    this.events.afterCommit('staff.changed', (e) => this.sessions.forgetSubject('staff', e.staffId));
    this.events.afterCommit('person.archived', (e) => this.sessions.forgetSubject('owner', e.personId));
  }
}
