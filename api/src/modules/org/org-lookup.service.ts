import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OrgRepository } from './org.repository.js';

/**
 * What other modules may ask of the organisation: a room, projects, a receipt's header, and the
 * per-project settings rows (SLA durations and calendars are kept by sla through these).
 * Projects, buildings and rooms are changed only by OrgService.
 */
@Injectable()
export class OrgLookup {
  constructor(@Inject(OrgRepository) private readonly repo: OrgRepository) {}

  room(id: number) {
    return this.repo.room(id);
  }
  /** Rooms by id (archived or not). */
  roomsByIds(ids: number[]) {
    return this.repo.roomsByIds([...new Set(ids)]);
  }
  /** The rooms in use of these buildings of the project. */
  roomsOfBuildings(projectId: number, buildingIds: number[]) {
    return this.repo.roomsOfBuildings(projectId, [...new Set(buildingIds)]);
  }
  /** These rooms' buildings (id and name), by room id. */
  async roomBuildings(ids: number[]): Promise<Map<number, { buildingId: number; buildingName: string }>> {
    const rooms = await this.repo.roomsByIds([...new Set(ids)]);
    const buildings = new Map(
      (await this.repo.buildingsByIds([...new Set(rooms.map((r) => r.buildingId))])).map((b) => [b.id, b]),
    );
    return new Map(rooms.map((r) => [r.id, { buildingId: r.buildingId, buildingName: buildings.get(r.buildingId)?.name ?? '' }]));
  }
  projectsByIds(ids: number[] | 'all') {
    return this.repo.projectsByIds(ids);
  }
  projectHeader(projectId: number) {
    return this.repo.projectHeader(projectId);
  }
  /** The project's households (its rooms in use): what per-100-household rates divide by. */
  async households(projectId: number): Promise<number> {
    return (await this.repo.stats(projectId)).rooms;
  }
  /** The project's buildings (id and name), e.g. to check an announcement's chosen buildings. */
  async buildingsOf(projectId: number): Promise<{ id: number; name: string }[]> {
    return (await this.repo.buildingsPlain(projectId)).map((b) => ({ id: b.id, name: b.name }));
  }
  /** The project's zone (Asia/Shanghai when unset). */
  async projectTimezone(projectId: number): Promise<string> {
    return (await this.repo.project(projectId))?.timezone ?? 'Asia/Shanghai';
  }
  /** The project's zone and code (null when there is no such project) with its setting rows. */
  settingsOf(projectId: number, em?: EntityManager) {
    return this.repo.settingsOf(projectId, em);
  }
  putSetting(em: EntityManager, projectId: number, key: string, value: unknown): Promise<void> {
    return this.repo.putProjectSetting(projectId, key, value, em);
  }
}
