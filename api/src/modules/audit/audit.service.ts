import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Clock } from '../../infra/clock.js';
import type { Principal } from '../../common/principal.js';
import { AuditRepository } from './audit.repository.js';

export interface AuditInput {
  projectId?: number | null;
  entity: string;
  entityId: string | number;
  action: string;
  from?: string | null;
  to?: string | null;
  note?: string | null;
}

/** Audit trail: who did what to which record, and every view of full personal data (R-OWN-06). */
@Injectable()
export class AuditService {
  constructor(
    @Inject(AuditRepository) private readonly repo: AuditRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async record(actor: Principal | { kind: 'system' }, e: AuditInput, em?: EntityManager): Promise<void> {
    await this.repo.insert(
      {
        projectId: e.projectId ?? null,
        actorKind: actor.kind,
        actorId: actor.kind === 'system' ? null : actor.id,
        entity: e.entity,
        entityId: String(e.entityId),
        action: e.action,
        fromState: e.from ?? null,
        toState: e.to ?? null,
        note: e.note ? e.note.slice(0, 500) : null,
        createdAt: this.clock.now(),
      },
      em,
    );
  }

  list(entity: string, entityId: string | number) {
    return this.repo.of(entity, String(entityId));
  }
}
