import { Inject, Injectable } from '@nestjs/common';
import ExcelJS from 'exceljs';
import {
  can,
  DEFAULT_ENTRY_DAYS,
  ENTRY_DAYS_SETTING,
  FEE_FIELDS,
  FEE_FIELD_LABELS,
  isLateEntry,
  type FeeField,
  encodeCursor,
  encodePropertyCode,
  HOUSEHOLD_EVENT_KINDS,
  maskPhone,
  padCodePart,
  type HouseholdEventKind,
} from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { PageQuery } from '../../common/dto.js';
import { pageRequest } from '../../common/paging.js';
import type { Principal, StaffPrincipal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { isUniqueViolation } from '../../database/errors.js';
import { EventBus } from '../../events/event-bus.js';
import { AuditService } from '../audit/audit.service.js';
import { RoomOccupancy } from './room-occupancy.js';
import { RoomHistory } from './room-history.js';
import { checkAgainstExisting, planImport, parseCsv, type Cell } from './domain/import-sheet.js';
import { Building, Cluster, Company, Project, Room } from './entities.js';
import type {
  BuildingDto,
  ClusterDto,
  CreateBuildingDto,
  CreateClusterDto,
  CreateProjectDto,
  CreateRoomDto,
  HouseholdHistoryPageDto,
  ImportDto,
  ImportResultDto,
  ProjectDto,
  ProjectListQuery,
  ProjectPageDto,
  ProjectStatsDto,
  RoomDetailDto,
  RoomDto,
  RoomPageDto,
  RoomQuery,
  UpdateBuildingDto,
  UpdateProjectDto,
  UpdateRoomDto,
} from './org.dto.js';
import { OrgRepository } from './org.repository.js';

@Injectable()
export class OrgService {
  constructor(
    @Inject(OrgRepository) private readonly repo: OrgRepository,
    @Inject(RoomOccupancy) private readonly occupancy: RoomOccupancy,
    @Inject(RoomHistory) private readonly history: RoomHistory,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(EventBus) private readonly events: EventBus,
  ) {}

  // ---- projects ----
  async listProjects(p: Principal): Promise<ProjectDto[]> {
    return this.repo.projectsWithCounts(asStaff(p).scope);
  }
  /** 项目管理: the projects in scope, a page at a time (keyset on the code), filtered on the server. */
  async projectsPage(p: Principal, q: ProjectListQuery): Promise<ProjectPageDto> {
    const { limit, after } = pageRequest(q, ['string'] as const);
    const rows = await this.repo.projectsPage(
      asStaff(p).scope,
      { keyword: q.keyword?.trim(), kind: q.kind },
      limit + 1,
      after?.[0],
    );
    const more = rows.length > limit;
    if (more) rows.pop();
    return { items: rows, nextCursor: more ? encodeCursor([rows[rows.length - 1]!.code]) : null };
  }

  async createProject(p: Principal, dto: CreateProjectDto): Promise<ProjectDto> {
    if (await this.repo.projectByCode(dto.code)) throw new AppError('ORG_CODE_TAKEN', `项目编码${dto.code}已被使用`);
    const now = this.clock.now();
    const company = await this.repo.firstCompany();
    const companyId = company?.id ?? (await this.repo.insert(Company, { name: '物业服务有限公司', createdAt: now }));
    const id = await this.guardUnique(
      () =>
        this.repo.transaction(async (em) => {
          const id = await this.repo.insert(
            Project,
            {
              companyId,
              code: dto.code,
              name: dto.name,
              kind: dto.kind,
              address: dto.address ?? null,
              timezone: dto.timezone ?? 'Asia/Shanghai',
              servicePhone: dto.servicePhone ?? null,
              createdAt: now,
              archivedAt: null,
            },
            em,
          );
          // what a new project starts with comes from the modules that listen (R-REP-02: the repair catalogue)
          await this.events.publish(em, 'project.created', { projectId: id, code: dto.code });
          return id;
        }),
      `项目编码${dto.code}已被使用`,
    );
    await this.audit.record(p, {
      projectId: id,
      entity: 'project',
      entityId: id,
      action: 'create',
      note: `${dto.code} ${dto.name}`,
    });
    return (await this.repo.projectsWithCounts([id]))[0]!;
  }

  async updateProject(p: Principal, id: number, dto: UpdateProjectDto): Promise<ProjectDto> {
    ensureProjectInScope(p, id, '项目');
    if (!(await this.repo.project(id))) throw notFound('项目');
    await this.repo.transaction(async (em) => {
      await this.repo.update(Project, id, dto, em);
      await this.events.publish(em, 'project.updated', { projectId: id }); // its zone and code are in cached settings
    });
    await this.audit.record(p, { projectId: id, entity: 'project', entityId: id, action: 'update', note: JSON.stringify(dto) });
    return (await this.repo.projectsWithCounts([id]))[0]!;
  }

  private async projectInScope(p: Principal, projectId: number): Promise<Project> {
    ensureProjectInScope(p, projectId, '项目');
    const project = await this.repo.project(projectId);
    if (!project || project.archivedAt) throw notFound('项目');
    return project;
  }

  async stats(p: Principal, projectId: number): Promise<ProjectStatsDto> {
    await this.projectInScope(p, projectId);
    return this.repo.stats(projectId);
  }

  // ---- clusters and buildings ----
  async listClusters(p: Principal, projectId: number): Promise<ClusterDto[]> {
    await this.projectInScope(p, projectId);
    return this.repo.clusters(projectId);
  }

  async createCluster(p: Principal, projectId: number, dto: CreateClusterDto): Promise<ClusterDto> {
    await this.projectInScope(p, projectId);
    const id = await this.guardUnique(
      () => this.repo.insert(Cluster, { projectId, code: dto.code, name: dto.name }),
      `组团编码${dto.code}已被使用`,
    );
    await this.audit.record(p, { projectId, entity: 'cluster', entityId: id, action: 'create', note: dto.name });
    return { id, projectId, code: dto.code, name: dto.name };
  }

  async listBuildings(p: Principal, projectId: number): Promise<BuildingDto[]> {
    await this.projectInScope(p, projectId);
    return this.repo.buildings(projectId);
  }

  async createBuilding(p: Principal, projectId: number, dto: CreateBuildingDto): Promise<BuildingDto> {
    await this.projectInScope(p, projectId);
    const cluster = await this.repo.cluster(dto.clusterId);
    if (!cluster || cluster.projectId !== projectId) throw new AppError('VALIDATION_FAILED', '组团不属于该项目');
    const id = await this.guardUnique(
      () =>
        this.repo.insert(Building, {
          projectId,
          clusterId: cluster.id,
          code: dto.code,
          name: dto.name,
          floors: dto.floors ?? null,
        }),
      `组团${cluster.code}下楼栋编码${dto.code}已被使用`,
    );
    await this.audit.record(p, { projectId, entity: 'building', entityId: id, action: 'create', note: dto.name });
    return (await this.repo.buildings(projectId)).find((b) => b.id === id)!;
  }

  async updateBuilding(p: Principal, id: number, dto: UpdateBuildingDto): Promise<BuildingDto> {
    const b = await this.repo.building(id);
    if (!b) throw notFound('楼栋');
    ensureProjectInScope(p, b.projectId, '楼栋');
    await this.repo.update(Building, id, dto);
    await this.audit.record(p, {
      projectId: b.projectId,
      entity: 'building',
      entityId: id,
      action: 'update',
      note: JSON.stringify(dto),
    });
    return (await this.repo.buildings(b.projectId)).find((x) => x.id === id)!;
  }

  // ---- rooms ----
  async listRooms(p: Principal, q: RoomQuery): Promise<RoomPageDto> {
    await this.projectInScope(p, q.projectId);
    const page = await this.repo.roomPage(q);
    return { items: await this.toRoomDtos(page.rows), nextCursor: page.nextCursor };
  }

  private async toRoomDtos(rooms: Room[]): Promise<RoomDto[]> {
    const buildings = new Map(
      (await this.repo.buildingsByIds([...new Set(rooms.map((r) => r.buildingId))])).map((b) => [b.id, b]),
    );
    const occ = await this.occupancy.occupants(
      rooms.map((r) => r.id),
      true,
    );
    return rooms.map((r) => ({
      id: r.id,
      projectId: r.projectId,
      buildingId: r.buildingId,
      buildingName: buildings.get(r.buildingId)?.name ?? '',
      propertyCode: r.propertyCode,
      roomNo: r.roomNo,
      unit: r.unit,
      floor: r.floor,
      area: r.area,
      use: r.use,
      layout: r.layout,
      titleNo: r.titleNo,
      deliveredOn: r.deliveredOn,
      occupantNames: occ.filter((o) => o.roomId === r.id).map((o) => o.name),
      recordStatus: r.recordStatus ?? 'verified',
      recordLate: !!r.recordLate,
      codeStatus: r.codeStatus ?? 'approved',
    }));
  }

  async getRoom(p: Principal, id: number): Promise<RoomDetailDto> {
    const room = await this.repo.room(id);
    if (!room) throw notFound('房屋');
    ensureProjectInScope(p, room.projectId, '房屋');
    const [dto] = await this.toRoomDtos([room]);
    const occupants = (await this.occupancy.occupants([id])).map((o) => ({
      bindingId: o.bindingId,
      personId: o.personId,
      name: o.name,
      phoneMasked: maskPhone(this.pii.decrypt(o.phoneEnc)),
      kind: o.kind,
      status: o.status,
    }));
    const vehicles = await this.occupancy.vehicles(id);
    return { ...dto!, occupants, vehicles };
  }

  /**
   * R-OWN-08 a household's one history: its requests, complaints, suggestions and inquiries, payments and
   * occupant changes, newest first, a page at a time (keyset on time, kind, id).
   */
  async roomHistory(p: Principal, id: number, q: PageQuery): Promise<HouseholdHistoryPageDto> {
    const room = await this.repo.room(id);
    if (!room) throw notFound('房屋');
    ensureProjectInScope(p, room.projectId, '房屋');
    const { limit, after } = pageRequest(q, ['number', 'string', 'number'] as const);
    if (after && !(HOUSEHOLD_EVENT_KINDS as readonly string[]).includes(after[1]))
      throw badRequest('翻页游标无效，请从第一页重新加载');
    const { rows, more } = await this.history.page(
      id,
      after ? { at: new Date(after[0]), kind: after[1] as HouseholdEventKind, id: after[2] } : null,
      limit,
    );
    const last = rows[rows.length - 1];
    return {
      items: rows.map((r) => ({
        key: `${r.kind}:${r.id}`,
        kind: r.kind,
        at: r.at.toISOString(),
        title: r.title,
        detail: r.detail,
        status: r.status,
        ref: r.ref,
      })),
      nextCursor: more && last ? encodeCursor([last.at.getTime(), last.kind, last.id]) : null,
    };
  }

  async createRoom(p: Principal, dto: CreateRoomDto): Promise<RoomDetailDto> {
    const building = await this.repo.building(dto.buildingId);
    if (!building) throw notFound('楼栋');
    const project = await this.projectInScope(p, building.projectId);
    const cluster = (await this.repo.cluster(building.clusterId))!;
    const roomNo = padCodePart('room', dto.roomNo);
    const propertyCode = encodePropertyCode({
      project: project.code,
      cluster: cluster.code,
      building: building.code,
      room: roomNo,
    });
    const stamp = await this.entryStamp(p, project);
    const id = await this.guardUnique(
      () =>
        this.repo.insert(Room, {
          projectId: project.id,
          buildingId: building.id,
          propertyCode,
          roomNo,
          unit: dto.unit ?? null,
          floor: dto.floor ?? null,
          area: dto.area,
          use: dto.use,
          layout: dto.layout ?? null,
          titleNo: dto.titleNo ?? null,
          deliveredOn: dto.deliveredOn ?? null,
          createdAt: this.clock.now(),
          archivedAt: null,
          ...stamp(dto.receivedOn ?? dto.deliveredOn ?? null),
        }),
      `物业编码${propertyCode}已存在（房号${roomNo}已登记）`,
    );
    await this.audit.record(p, { projectId: project.id, entity: 'room', entityId: id, action: 'create', note: propertyCode });
    return this.getRoom(p, id);
  }

  /**
   * What a room entered now carries (R-OWN-02, R-ORG-05): its base record 'entered' (flagged late when
   * entered more than the project's days after the information was received), and its code 'draft'
   * unless the general manager (head office) enters it themself, which is their approval.
   */
  private async entryStamp(p: Principal, project: Project): Promise<(receivedOn: string | null) => Partial<Room>> {
    const days = (await this.repo.settingOfProjects([project.id], ENTRY_DAYS_SETTING)).get(project.id);
    const s = asStaff(p);
    const now = this.clock.now();
    return (receivedOn) => this.stamp(s, project, receivedOn, now, typeof days === 'number' ? days : DEFAULT_ENTRY_DAYS);
  }
  private stamp(s: StaffPrincipal, project: Project, receivedOn: string | null, now: Date, days: number): Partial<Room> {
    const byManager = can(s.roles, 'org.codes_approve');
    return {
      recordStatus: 'entered',
      recordReceivedOn: receivedOn,
      recordLate: isLateEntry(receivedOn, now, project.timezone, days),
      recordEnteredBy: s.id,
      codeStatus: byManager ? 'approved' : 'draft',
      codeApprovedBy: byManager ? s.id : null,
      codeApprovedByName: byManager ? s.name : null,
      codeApprovedAt: byManager ? now : null,
    };
  }

  async updateRoom(p: Principal, id: number, dto: UpdateRoomDto): Promise<RoomDetailDto> {
    const room = await this.repo.room(id);
    if (!room) throw notFound('房屋');
    ensureProjectInScope(p, room.projectId, '房屋');
    // R-OWN-04 once the record is checked, what bills are computed from changes only by a notified change
    const feeFields = FEE_FIELDS.filter((f: FeeField) => dto[f] !== undefined && dto[f] !== room[f]);
    if (feeFields.length && (room.recordStatus ?? 'verified') === 'verified')
      throw new AppError(
        'VALIDATION_FAILED',
        `该房屋资料已核对，${feeFields.map((f) => FEE_FIELD_LABELS[f]).join('、')}涉及收费，请提交收费资料变更申请，书面通知业主后按生效日期变更`,
      );
    await this.repo.update(Room, id, dto);
    await this.audit.record(p, {
      projectId: room.projectId,
      entity: 'room',
      entityId: id,
      action: 'update',
      note: JSON.stringify(dto),
    });
    return this.getRoom(p, id);
  }

  // ---- import (all or nothing) ----
  async importSheet(p: Principal, projectId: number, dto: ImportDto): Promise<ImportResultDto> {
    const project = await this.projectInScope(p, projectId);
    if (!can(asStaff(p).roles, 'org.write')) throw new AppError('FORBIDDEN');
    const buf = Buffer.from(dto.contentBase64, 'base64');
    if (!buf.length) throw new AppError('VALIDATION_FAILED', '文件是空的');
    let rows: Cell[][];
    try {
      rows = /\.xlsx$/i.test(dto.fileName) ? await readXlsx(buf) : parseCsv(buf);
    } catch {
      throw new AppError('VALIDATION_FAILED', '无法读取文件，请确认是 .xlsx 或 UTF-8/GBK 编码的 .csv 文件');
    }
    const result = planImport(rows, project.code);
    const invalid = (rowsWithProblems: { line: number; message: string }[]) =>
      new AppError('ORG_IMPORT_INVALID', `导入文件有${rowsWithProblems.length}处错误，未导入任何数据`, {
        rows: rowsWithProblems,
      });
    if (!result.ok) throw invalid(result.problems);
    const { plan } = result;
    const existingClusters = await this.repo.clusters(projectId);
    const existingBuildings = await this.repo.buildings(projectId);
    const mismatched = checkAgainstExisting(plan, existingClusters, existingBuildings);
    if (mismatched.length) throw invalid(mismatched);
    const taken = await this.repo.existingCodes(plan.rooms.map((r) => r.propertyCode));
    const clash = plan.rooms.filter((r) => taken.has(r.propertyCode));
    if (clash.length) throw invalid(clash.map((r) => ({ line: r.line, message: `物业编码${r.propertyCode}已存在，房屋已登记` })));

    const now = this.clock.now();
    const stamp = await this.entryStamp(p, project);
    try {
      const counts = await this.repo.transaction(async (em) => {
        const clusters = new Map((await this.repo.clusters(projectId, em)).map((c) => [c.code, c.id]));
        let clustersCreated = 0;
        for (const [code, name] of plan.clusters) {
          if (!clusters.has(code)) {
            clusters.set(code, await this.repo.insert(Cluster, { projectId, code, name }, em));
            clustersCreated++;
          }
        }
        const byCluster = new Map<number, string>([...clusters].map(([code, id]) => [id, code]));
        const buildings = new Map(
          (await this.repo.buildingsPlain(projectId, em)).map((b) => [byCluster.get(b.clusterId)! + b.code, b.id]),
        );
        let buildingsCreated = 0;
        for (const [key, b] of plan.buildings) {
          if (!buildings.has(key)) {
            const id = await this.repo.insert(
              Building,
              {
                projectId,
                clusterId: clusters.get(b.clusterCode)!,
                code: b.code,
                name: b.name,
                floors: b.maxFloor && b.maxFloor > 0 ? b.maxFloor : null,
              },
              em,
            );
            buildings.set(key, id);
            buildingsCreated++;
          }
        }
        await this.repo.insertRooms(
          plan.rooms.map((r) => ({
            projectId,
            buildingId: buildings.get(r.clusterCode + r.buildingCode)!,
            propertyCode: r.propertyCode,
            roomNo: r.roomNo,
            unit: r.unit,
            floor: r.floor,
            area: r.area,
            use: r.use,
            layout: r.layout,
            titleNo: r.titleNo,
            deliveredOn: r.deliveredOn,
            createdAt: now,
            archivedAt: null,
            ...stamp(r.deliveredOn),
          })),
          em,
        );
        await this.audit.record(
          p,
          {
            projectId,
            entity: 'project',
            entityId: projectId,
            action: 'import',
            note: `${dto.fileName}: ${plan.rooms.length} 间房屋`,
          },
          em,
        );
        return { clustersCreated, buildingsCreated, roomsCreated: plan.rooms.length };
      });
      return counts;
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('CONFLICT', '导入时有房屋被同时登记，未导入任何数据，请重新导入');
      throw e;
    }
  }

  private async guardUnique<T>(fn: () => Promise<T>, message: string): Promise<T> {
    try {
      return await fn();
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('ORG_CODE_TAKEN', message);
      throw e;
    }
  }
}

async function readXlsx(buf: Buffer): Promise<Cell[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  if (!ws) return [];
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, n) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      const v = cell.value as unknown;
      cells[col - 1] =
        v && typeof v === 'object' && !(v instanceof Date)
          ? ((v as { text?: string; result?: Cell }).text ?? (v as { result?: Cell }).result ?? String(v))
          : (v as Cell);
    });
    rows[n - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) rows[i] ??= [];
  return rows;
}
