import { Body, Controller, Get, Header, Inject, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { importTemplateCsv } from './domain/import-sheet.js';
import {
  BuildingDto,
  ClusterDto,
  CreateBuildingDto,
  CreateClusterDto,
  CreateProjectDto,
  CreateRoomDto,
  DirectoryBuildingDto,
  DirectoryProjectDto,
  DirectoryRoomDto,
  HouseholdHistoryPageDto,
  ImportDto,
  ImportResultDto,
  ProjectDto,
  ProjectListQuery,
  ProjectModulesDto,
  ProjectPageDto,
  ProjectStatsDto,
  PutProjectModulesDto,
  RoomDetailDto,
  RoomPageDto,
  RoomQuery,
  UpdateBuildingDto,
  UpdateProjectDto,
  UpdateRoomDto,
} from './org.dto.js';
import { OrgService } from './org.service.js';
import { PageQuery } from '../../common/dto.js';
import { DirectoryService } from './directory.service.js';
import { OwnerModulesService } from './owner-modules.service.js';

@ApiTags('org')
@Controller()
export class OrgController {
  constructor(
    @Inject(OrgService) private readonly org: OrgService,
    @Inject(OwnerModulesService) private readonly modules: OwnerModulesService,
  ) {}

  @Get('projects')
  @StaffOnly('org.read')
  @ApiOkResponse({ type: [ProjectDto] })
  projects(@Me() me: Principal) {
    return this.org.listProjects(me);
  }
  /** 项目管理's list: the projects in scope, filtered and paged on the server. */
  @Get('projects/list')
  @StaffOnly('org.read')
  @ApiOkResponse({ type: ProjectPageDto })
  projectsPage(@Me() me: Principal, @Query() q: ProjectListQuery) {
    return this.org.projectsPage(me, q);
  }
  @Post('projects')
  @StaffOnly('project.write')
  @ApiOkResponse({ type: ProjectDto })
  createProject(@Me() me: Principal, @Body() b: CreateProjectDto) {
    return this.org.createProject(me, b);
  }
  @Patch('projects/:id')
  @StaffOnly('project.settings')
  @ApiOkResponse({ type: ProjectDto })
  updateProject(@Me() me: Principal, @Id() id: number, @Body() b: UpdateProjectDto) {
    return this.org.updateProject(me, id, b);
  }

  @Get('projects/:id/modules')
  @StaffOnly('project.modules')
  @ApiOkResponse({ type: ProjectModulesDto })
  projectModules(@Me() me: Principal, @Id() id: number) {
    return this.modules.get(me, id);
  }
  @Put('projects/:id/modules')
  @StaffOnly('project.modules')
  @ApiOkResponse({ type: ProjectModulesDto })
  putProjectModules(@Me() me: Principal, @Id() id: number, @Body() b: PutProjectModulesDto) {
    return this.modules.put(me, id, b.enabled);
  }

  @Get('projects/:projectId/stats')
  @StaffOnly('org.read')
  @ApiOkResponse({ type: ProjectStatsDto })
  stats(@Me() me: Principal, @Id('projectId') projectId: number) {
    return this.org.stats(me, projectId);
  }

  @Get('projects/:projectId/clusters')
  @StaffOnly('org.read')
  @ApiOkResponse({ type: [ClusterDto] })
  clusters(@Me() me: Principal, @Id('projectId') projectId: number) {
    return this.org.listClusters(me, projectId);
  }
  @Post('projects/:projectId/clusters')
  @StaffOnly('org.write')
  @ApiOkResponse({ type: ClusterDto })
  createCluster(@Me() me: Principal, @Id('projectId') projectId: number, @Body() b: CreateClusterDto) {
    return this.org.createCluster(me, projectId, b);
  }

  @Get('projects/:projectId/buildings')
  @StaffOnly('org.read')
  @ApiOkResponse({ type: [BuildingDto] })
  buildings(@Me() me: Principal, @Id('projectId') projectId: number) {
    return this.org.listBuildings(me, projectId);
  }
  @Post('projects/:projectId/buildings')
  @StaffOnly('org.write')
  @ApiOkResponse({ type: BuildingDto })
  createBuilding(@Me() me: Principal, @Id('projectId') projectId: number, @Body() b: CreateBuildingDto) {
    return this.org.createBuilding(me, projectId, b);
  }
  @Patch('buildings/:id')
  @StaffOnly('org.write')
  @ApiOkResponse({ type: BuildingDto })
  updateBuilding(@Me() me: Principal, @Id() id: number, @Body() b: UpdateBuildingDto) {
    return this.org.updateBuilding(me, id, b);
  }

  @Get('rooms')
  @StaffOnly('org.read')
  @ApiOkResponse({ type: RoomPageDto })
  rooms(@Me() me: Principal, @Query() q: RoomQuery) {
    return this.org.listRooms(me, q);
  }
  @Get('rooms/:id')
  @StaffOnly('org.read')
  @ApiOkResponse({ type: RoomDetailDto })
  room(@Me() me: Principal, @Id() id: number) {
    return this.org.getRoom(me, id);
  }
  @Get('rooms/:id/history')
  @StaffOnly('household.history')
  @ApiOkResponse({ type: HouseholdHistoryPageDto })
  roomHistory(@Me() me: Principal, @Id() id: number, @Query() q: PageQuery) {
    return this.org.roomHistory(me, id, q);
  }
  @Post('rooms')
  @StaffOnly('org.write')
  @ApiOkResponse({ type: RoomDetailDto })
  createRoom(@Me() me: Principal, @Body() b: CreateRoomDto) {
    return this.org.createRoom(me, b);
  }
  @Patch('rooms/:id')
  @StaffOnly('org.write')
  @ApiOkResponse({ type: RoomDetailDto })
  updateRoom(@Me() me: Principal, @Id() id: number, @Body() b: UpdateRoomDto) {
    return this.org.updateRoom(me, id, b);
  }

  @Get('import-template')
  @StaffOnly('org.read')
  @ApiProduces('text/csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header(
    'content-disposition',
    'attachment; filename="rooms-template.csv"; filename*=UTF-8\'\'%E6%88%BF%E5%B1%8B%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.csv',
  )
  template(): string {
    return importTemplateCsv();
  }
  @Post('projects/:projectId/import')
  @StaffOnly('org.write')
  @ApiOkResponse({ type: ImportResultDto })
  import(@Me() me: Principal, @Id('projectId') projectId: number, @Body() b: ImportDto) {
    return this.org.importSheet(me, projectId, b);
  }
}

/** What an owner sees while choosing a room to bind: names and numbers, nobody's personal data. */
@ApiTags('directory')
@Controller('directory')
export class DirectoryController {
  constructor(@Inject(DirectoryService) private readonly dir: DirectoryService) {}

  @Get('projects')
  @OwnerOnly()
  @ApiOkResponse({ type: [DirectoryProjectDto] })
  projects() {
    return this.dir.projects();
  }
  @Get('projects/:id/buildings')
  @OwnerOnly()
  @ApiOkResponse({ type: [DirectoryBuildingDto] })
  buildings(@Id() id: number) {
    return this.dir.buildings(id);
  }
  @Get('buildings/:id/rooms')
  @OwnerOnly()
  @ApiOkResponse({ type: [DirectoryRoomDto] })
  rooms(@Id() id: number) {
    return this.dir.rooms(id);
  }
}
