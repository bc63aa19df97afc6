import { Inject, Injectable } from '@nestjs/common';
import { notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import type { GuideDto, SaveGuideDto } from './passes.dto.js';
import { PassesRepository } from './passes.repository.js';
import { PassProjects } from './settings.js';

/** R-PAS-04 the published guide (所需资料和流程): the project's own text or the default, shown before an owner applies. */
@Injectable()
export class PassGuide {
  constructor(
    @Inject(PassProjects) private readonly projects: PassProjects,
    @Inject(PassesRepository) private readonly repo: PassesRepository,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
  ) {}

  private async read(projectId: number): Promise<GuideDto> {
    const p = await this.projects.of(projectId);
    return { projectId, text: p.guide, isDefault: p.guideIsDefault };
  }
  forStaff(me: Principal, projectId: number): Promise<GuideDto> {
    ensureProjectInScope(me, projectId, '项目');
    return this.read(projectId);
  }
  async forOwner(me: Principal, projectId: number): Promise<GuideDto> {
    if (me.kind !== 'owner' || !(await this.people.isBoundInProject(me.id, projectId))) throw notFound('项目');
    return this.read(projectId);
  }
  async save(me: Principal, b: SaveGuideDto): Promise<GuideDto> {
    ensureProjectInScope(me, b.projectId, '项目');
    await this.projects.of(b.projectId);
    await this.repo.transaction((em) => this.projects.saveGuide(em, b.projectId, b.text.trim()));
    return this.read(b.projectId);
  }
}
