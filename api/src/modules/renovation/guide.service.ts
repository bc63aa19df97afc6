import { Inject, Injectable } from '@nestjs/common';
import { notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import type { RenoGuideDto, SaveRenoSettingsDto } from './renovation.dto.js';
import { RenoReader } from './reading.service.js';
import { RenovationRepository } from './renovation.repository.js';
import { RenoProjects } from './settings.js';

/** R-REN-01 the published guide (流程、资料、收费标准) and the project's renovation settings, shown before an owner applies. */
@Injectable()
export class RenoGuide {
  constructor(
    @Inject(RenoProjects) private readonly projects: RenoProjects,
    @Inject(RenovationRepository) private readonly repo: RenovationRepository,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(RenoReader) private readonly reader: RenoReader,
  ) {}

  private async read(projectId: number): Promise<RenoGuideDto> {
    return this.reader.guideOf(await this.projects.of(projectId));
  }
  forStaff(me: Principal, projectId: number): Promise<RenoGuideDto> {
    ensureProjectInScope(me, projectId, '项目');
    return this.read(projectId);
  }
  async forOwner(me: Principal, projectId: number): Promise<RenoGuideDto> {
    if (me.kind !== 'owner' || !(await this.people.isBoundInProject(me.id, projectId))) throw notFound('项目');
    return this.read(projectId);
  }
  async save(me: Principal, b: SaveRenoSettingsDto): Promise<RenoGuideDto> {
    ensureProjectInScope(me, b.projectId, '项目');
    const cur = await this.projects.of(b.projectId);
    await this.repo.transaction((em) =>
      this.projects.save(em, b.projectId, {
        guide: b.guide.trim(),
        fees: { management: b.fees.management, owner_deposit: b.fees.owner_deposit, contractor_deposit: b.fees.contractor_deposit, rubble: b.fees.rubble },
        hours: b.hours.trim(),
        supervisionPhone: b.supervisionPhone.trim(),
        review: cur.review,
      }),
    );
    return this.read(b.projectId);
  }
}
