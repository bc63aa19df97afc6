import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { AuditEvent } from './entities.js';

/** Every query of the audit trail. */
@Injectable()
export class AuditRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  async insert(row: Omit<AuditEvent, 'id'>, em?: EntityManager): Promise<void> {
    await (em ?? this.ds.manager).getRepository(AuditEvent).insert(row);
  }
  of(entity: string, entityId: string): Promise<AuditEvent[]> {
    return this.ds.getRepository(AuditEvent).find({ where: { entity, entityId }, order: { id: 'ASC' } });
  }
}
