import { Inject, Injectable } from '@nestjs/common';
import { notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { ComplaintsRepository } from './complaints.repository.js';
import type { Complaint } from './entities.js';

/** Who may read a complaint: the desk of its project; the complainant (their own, in owner words). Else 404. */
@Injectable()
export class ComplaintAccess {
  constructor(@Inject(ComplaintsRepository) private readonly repo: ComplaintsRepository) {}

  async load(p: Principal, id: number): Promise<Complaint> {
    const c = await this.repo.byId(id);
    if (!c) throw notFound('投诉');
    if (p.kind === 'owner') {
      // the complainant, or a neighbour who joined it (R-CMP-14)
      if (c.complainantPersonId !== p.id && !(await this.repo.isParty(c.id, p.id))) throw notFound('投诉');
    } else ensureProjectInScope(p, c.projectId, '投诉');
    return c;
  }
}
