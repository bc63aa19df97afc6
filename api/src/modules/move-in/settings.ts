import { Inject, Injectable } from '@nestjs/common';
import { MOVEIN_DEFAULT_LIMITS, localDate } from '@wy/shared';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/app-error.js';
import { OrgLookup } from '../org/org-lookup.service.js';

export interface MoveInProject {
  projectId: number;
  code: string;
  name: string;
  timeZone: string;
  /** R-MOV-03 the waiting and handling limits in minutes (project setting `movein`, default 15 and 30) */
  limits: { waitMinutes: number; handleMinutes: number };
  /** today's local date in the project's zone */
  today(now: Date): string;
}

/** A project's move-in settings (project setting `movein`: { waitMinutes, handleMinutes }), its code, name and zone. */
@Injectable()
export class MoveInProjects {
  constructor(@Inject(OrgLookup) private readonly org: OrgLookup) {}

  async of(projectId: number, em?: EntityManager): Promise<MoveInProject> {
    const s = await this.org.settingsOf(projectId, em);
    if (!s.code) throw notFound('项目');
    const stored = (s.rows.find((r) => r.key === 'movein')?.value ?? {}) as Partial<MoveInProject['limits']>;
    const timeZone = s.timeZone ?? 'Asia/Shanghai';
    const header = await this.org.projectHeader(projectId);
    return {
      projectId,
      code: s.code,
      name: header?.name ?? '',
      timeZone,
      limits: {
        waitMinutes: stored.waitMinutes ?? MOVEIN_DEFAULT_LIMITS.waitMinutes,
        handleMinutes: stored.handleMinutes ?? MOVEIN_DEFAULT_LIMITS.handleMinutes,
      },
      today: (now) => localDate(now, timeZone),
    };
  }
  saveLimits(em: EntityManager, projectId: number, limits: MoveInProject['limits']): Promise<void> {
    return this.org.putSetting(em, projectId, 'movein', limits);
  }
}
