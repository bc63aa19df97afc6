import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_PASS_GUIDE, localDate } from '@wy/shared';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/app-error.js';
import { OrgLookup } from '../org/org-lookup.service.js';

export interface PassProject {
  projectId: number;
  code: string;
  timeZone: string;
  /** R-PAS-04 the published guide (所需资料和流程), the project's own or the default */
  guide: string;
  guideIsDefault: boolean;
  /** today's local date in the project's zone */
  today(now: Date): string;
}

/** A project's release-pass settings (project setting `pass`: { guide }), its code and zone. */
@Injectable()
export class PassProjects {
  constructor(@Inject(OrgLookup) private readonly org: OrgLookup) {}

  async of(projectId: number, em?: EntityManager): Promise<PassProject> {
    const s = await this.org.settingsOf(projectId, em);
    if (!s.code) throw notFound('项目');
    const stored = s.rows.find((r) => r.key === 'pass')?.value as { guide?: string } | undefined;
    const timeZone = s.timeZone ?? 'Asia/Shanghai';
    const own = stored?.guide?.trim();
    return {
      projectId,
      code: s.code,
      timeZone,
      guide: own || DEFAULT_PASS_GUIDE,
      guideIsDefault: !own,
      today: (now) => localDate(now, timeZone),
    };
  }
  saveGuide(em: EntityManager, projectId: number, guide: string): Promise<void> {
    return this.org.putSetting(em, projectId, 'pass', { guide });
  }
}
