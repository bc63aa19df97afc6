import { Inject, Injectable } from '@nestjs/common';
import { BUILT_OWNER_MODULES, enabledOwnerModules, OWNER_MODULES, OWNER_MODULE_INFO, type OwnerModule } from '@wy/shared';
import { AppError, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { AuditService } from '../audit/audit.service.js';
import type { ProjectModulesDto } from './org.dto.js';
import { OrgRepository } from './org.repository.js';

/** Stored per project: the built owner modules it switched off (so a module built later comes on). */
const KEY = 'owner_modules_off';

function switchedOff(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
}

const enabledLabels = (ms: OwnerModule[]) => ms.map((m) => OWNER_MODULE_INFO[m].label).join('、') || '无';

/** Which owner modules (报事报修, 物业缴费 …) a project shows in the mini-program. */
@Injectable()
export class OwnerModulesService {
  constructor(
    @Inject(OrgRepository) private readonly repo: OrgRepository,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** The modules each project shows its owners (every built module unless switched off). */
  async enabledFor(projectIds: number[]): Promise<Map<number, OwnerModule[]>> {
    const ids = [...new Set(projectIds)];
    const stored = await this.repo.settingOfProjects(ids, KEY);
    return new Map(ids.map((id) => [id, enabledOwnerModules(switchedOff(stored.get(id)))]));
  }

  async get(p: Principal, projectId: number): Promise<ProjectModulesDto> {
    ensureProjectInScope(p, projectId, '项目');
    const project = await this.repo.project(projectId);
    if (!project || project.archivedAt) throw notFound('项目');
    const enabled = (await this.enabledFor([projectId])).get(projectId) ?? [];
    return {
      projectId,
      modules: OWNER_MODULES.map((key) => ({ key, ...OWNER_MODULE_INFO[key], enabled: enabled.includes(key) })),
    };
  }

  async put(p: Principal, projectId: number, enabled: OwnerModule[]): Promise<ProjectModulesDto> {
    const before = await this.get(p, projectId);
    const unbuilt = enabled.filter((m) => !OWNER_MODULE_INFO[m].built);
    if (unbuilt.length)
      throw new AppError('VALIDATION_FAILED', `${unbuilt.map((m) => OWNER_MODULE_INFO[m].label).join('、')}尚未上线，不能开启`);
    const off = BUILT_OWNER_MODULES.filter((m) => !enabled.includes(m));
    await this.repo.ds.transaction(async (em) => {
      await this.repo.putProjectSetting(projectId, KEY, off, em);
      await this.audit.record(
        p,
        {
          projectId,
          entity: 'project',
          entityId: projectId,
          action: 'modules',
          note: `业主端开放：${enabledLabels(BUILT_OWNER_MODULES.filter((m) => !off.includes(m)))}（原为：${enabledLabels(
            before.modules.filter((m) => m.enabled).map((m) => m.key),
          )}）`,
        },
        em,
      );
    });
    return this.get(p, projectId);
  }
}
