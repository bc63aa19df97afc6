import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PiiCipher } from '../../infra/pii.js';
import { ServiceRequestRepository } from './sr.repository.js';

/** A request as other modules show it. */
export interface RequestBrief {
  id: number;
  projectId: number;
  code: string;
  status: string;
  requesterName: string;
  assigneeStaffId: number | null;
}

/** Who reported a request: a person outside the staff (owner, tenant, visitor) has `phone`; staff on patrol have `requesterStaffId`. */
export interface RequestReporter {
  scope: string;
  location: string | null;
  requesterStaffId: number | null;
  phone: string | null;
}

/** What other modules may ask about requests: their code, requester and technician (billing, notifications). */
@Injectable()
export class ServiceRequestLookup {
  constructor(
    @Inject(ServiceRequestRepository) private readonly repo: ServiceRequestRepository,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
  ) {}

  briefs(ids: number[]): Promise<RequestBrief[]> {
    return this.repo.briefs([...new Set(ids)]);
  }
  /** One request, read in the caller's transaction when given one. */
  async brief(id: number, em?: EntityManager): Promise<RequestBrief | null> {
    return (await this.repo.briefs([id], em))[0] ?? null;
  }
  /** The reporter of a request, the phone decrypted (for a message to them; never shown). */
  async reporter(id: number, em?: EntityManager): Promise<RequestReporter | null> {
    const r = await this.repo.reporter(id, em);
    if (!r) return null;
    return {
      scope: r.scope,
      location: r.location,
      requesterStaffId: r.requesterStaffId,
      phone: r.requesterPhoneEnc ? (this.pii.decrypt(r.requesterPhoneEnc) ?? null) : null,
    };
  }
}
