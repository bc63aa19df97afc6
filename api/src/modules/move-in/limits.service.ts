import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import type { MoveInLimitsDto, MoveInLimitsOutDto } from './move-in.dto.js';
import { MoveInRepository } from './move-in.repository.js';
import { MoveInProjects } from './settings.js';

/** R-MOV-03 the project's waiting and handling limits (default 15 and 30 minutes): data, not code. */
@Injectable()
export class MoveInLimits {
  constructor(
    @Inject(MoveInProjects) private readonly projects: MoveInProjects,
    @Inject(MoveInRepository) private readonly repo: MoveInRepository,
  ) {}

  async read(me: Principal, projectId: number): Promise<MoveInLimitsOutDto> {
    ensureProjectInScope(me, projectId, '项目');
    return { projectId, ...(await this.projects.of(projectId)).limits };
  }
  async save(me: Principal, b: MoveInLimitsDto): Promise<MoveInLimitsOutDto> {
    ensureProjectInScope(me, b.projectId, '项目');
    await this.projects.of(b.projectId);
    await this.repo.transaction((em) =>
      this.projects.saveLimits(em, b.projectId, { waitMinutes: b.waitMinutes, handleMinutes: b.handleMinutes }),
    );
    return this.read(me, b.projectId);
  }
}
