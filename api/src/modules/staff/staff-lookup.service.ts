import { Inject, Injectable } from '@nestjs/common';
import { StaffRepository } from './staff.repository.js';

/**
 * What other modules may ask about staff: sign-in lookups and counters (auth), names and who
 * works in a project (requests, notifications). Staff accounts are changed only by StaffService.
 */
@Injectable()
export class StaffLookup {
  constructor(@Inject(StaffRepository) private readonly repo: StaffRepository) {}

  staffByUsername(username: string) {
    return this.repo.byUsername(username);
  }
  staffById(id: number) {
    return this.repo.byId(id);
  }
  staffWithProjects(id: number) {
    return this.repo.withProjects(id);
  }
  /** Names of these staff members, by id. */
  async names(ids: number[]): Promise<Map<number, string>> {
    return new Map((await this.repo.byIds(ids)).map((s) => [s.id, s.name]));
  }
  /** The staff member if they work in the project (archived or not), else null. */
  memberOfProject(staffId: number, projectId: number) {
    return this.repo.memberOfProject(staffId, projectId);
  }
  /** Everyone who works in the project (archived or not, any role). */
  ofProject(projectId: number) {
    return this.repo.ofProject(projectId);
  }
  /** Active staff of the project holding any of these roles. */
  async withRoles(projectId: number, roles: readonly string[]): Promise<number[]> {
    return (await this.repo.ofProject(projectId))
      .filter((s) => !s.archivedAt && s.roles.some((r) => roles.includes(r)))
      .map((s) => s.id);
  }
  /** Active head-office staff (the company's complaint department reads what is escalated to the company). */
  async headOffice(): Promise<number[]> {
    return (await this.repo.withRole('head_office')).filter((s) => !s.archivedAt).map((s) => s.id);
  }
}
