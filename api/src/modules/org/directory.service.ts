import { Inject, Injectable } from '@nestjs/common';
import { notFound } from '../../common/app-error.js';
import type { DirectoryBuildingDto, DirectoryProjectDto, DirectoryRoomDto } from './org.dto.js';
import { OrgRepository } from './org.repository.js';

@Injectable()
export class DirectoryService {
  constructor(@Inject(OrgRepository) private readonly repo: OrgRepository) {}

  async projects(): Promise<DirectoryProjectDto[]> {
    return (await this.repo.directoryProjects()).map((p) => ({ id: p.id, code: p.code, name: p.name, address: p.address }));
  }
  async buildings(projectId: number): Promise<DirectoryBuildingDto[]> {
    const project = await this.repo.project(projectId);
    if (!project || project.archivedAt) throw notFound('项目');
    return (await this.repo.buildings(projectId)).map((b) => ({
      id: b.id,
      code: b.code,
      name: b.name,
      clusterName: b.clusterName,
    }));
  }
  async rooms(buildingId: number): Promise<DirectoryRoomDto[]> {
    if (!(await this.repo.building(buildingId))) throw notFound('楼栋');
    return (await this.repo.directoryRooms(buildingId)).map((r) => ({
      id: r.id,
      roomNo: r.roomNo,
      unit: r.unit,
      floor: r.floor,
    }));
  }
}
