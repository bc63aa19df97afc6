import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_PARKING_SETTINGS, localDate, type ParkingSettings } from '@wy/shared';
import type { EntityManager } from 'typeorm';
import { notFound } from '../../common/app-error.js';
import { OrgLookup } from '../org/org-lookup.service.js';

export interface ParkingProject {
  projectId: number;
  code: string;
  timeZone: string;
  settings: ParkingSettings;
  /** today's local date in the project's zone */
  today(now: Date): string;
}

/** A project's parking settings (project setting `parking` over the defaults), its code and zone. */
@Injectable()
export class ParkingProjects {
  constructor(@Inject(OrgLookup) private readonly org: OrgLookup) {}

  async of(projectId: number, em?: EntityManager): Promise<ParkingProject> {
    const s = await this.org.settingsOf(projectId, em);
    if (!s.code) throw notFound('项目');
    const stored = s.rows.find((r) => r.key === 'parking')?.value as Partial<ParkingSettings> | undefined;
    const timeZone = s.timeZone ?? 'Asia/Shanghai';
    return {
      projectId,
      code: s.code,
      timeZone,
      settings: { ...DEFAULT_PARKING_SETTINGS, ...(stored ?? {}) },
      today: (now) => localDate(now, timeZone),
    };
  }
}
