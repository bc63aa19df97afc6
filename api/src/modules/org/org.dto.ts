import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import {
  BINDING_STATUSES,
  HOUSEHOLD_EVENT_KINDS,
  OCCUPANT_KINDS,
  OWNER_MODULES,
  PROJECT_KINDS,
  PROJECT_KIND_LABELS,
  CODE_STATUSES,
  RECORD_STATUSES,
  ROOM_USES,
  ROOM_USE_LABELS,
  type HouseholdEventKind,
  type OwnerModule,
} from '@wy/shared';
import { PageQuery } from '../../common/dto.js';
import { DateOnly, Int, OneOf, Str, StrArray } from '../../common/validation.js';
import type { RoomVehicle } from './room-occupancy.js';

const DIGITS = (n: number) => new RegExp(`^\\d{${n}}$`);

export class CreateProjectDto {
  @Str('项目编码', { max: 3, pattern: DIGITS(3), patternMessage: '项目编码必须是3位数字' }) code: string;
  @Str('项目名称', { max: 100 }) name: string;
  @OneOf('项目类型', PROJECT_KINDS, { labels: PROJECT_KIND_LABELS }) kind: (typeof PROJECT_KINDS)[number];
  @Str('地址', { optional: true, max: 200 }) address?: string;
  @Str('服务中心电话', { optional: true, max: 30, pattern: /^[\d\-+ ]{5,30}$/, patternMessage: '服务中心电话格式不正确' })
  servicePhone?: string;
  @Str('时区', {
    optional: true,
    max: 40,
    pattern: /^[A-Za-z]+\/[A-Za-z_]+$/,
    patternMessage: '时区格式不正确，如 Asia/Shanghai',
  })
  timezone?: string;
}
export class UpdateProjectDto {
  @Str('项目名称', { optional: true, max: 100 }) name?: string;
  @OneOf('项目类型', PROJECT_KINDS, { optional: true, labels: PROJECT_KIND_LABELS }) kind?: (typeof PROJECT_KINDS)[number];
  @Str('地址', { optional: true, max: 200 }) address?: string;
  @Str('服务中心电话', { optional: true, max: 30, pattern: /^[\d\-+ ]{5,30}$/, patternMessage: '服务中心电话格式不正确' })
  servicePhone?: string;
}
export class ProjectDto {
  @ApiProperty() id: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: PROJECT_KINDS }) kind: string;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
  @ApiProperty() timezone: string;
  @ApiProperty({ type: String, nullable: true }) servicePhone: string | null;
  @ApiProperty() companyName: string;
  @ApiProperty() buildingCount: number;
  @ApiProperty() roomCount: number;
}

export class ProjectListQuery extends PageQuery {
  @Str('关键字', { optional: true, max: 50, description: '项目编码或名称' }) keyword?: string;
  @OneOf('项目类型', PROJECT_KINDS, { optional: true, labels: PROJECT_KIND_LABELS }) kind?: (typeof PROJECT_KINDS)[number];
}
export class ProjectPageDto {
  @ApiProperty({ type: [ProjectDto] }) items: ProjectDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class ProjectStatsDto {
  @ApiProperty({ description: '楼栋数' }) buildings: number;
  @ApiProperty({ description: '房屋数' }) rooms: number;
  @ApiProperty({ description: '已绑定的业主/住户人数' }) owners: number;
  @ApiProperty({ description: '待审核的绑定申请' }) pendingBindings: number;
}

export class CreateClusterDto {
  @Str('组团编码', { max: 1, pattern: DIGITS(1), patternMessage: '组团编码必须是1位数字' }) code: string;
  @Str('组团名称', { max: 50 }) name: string;
}
export class ClusterDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
}

export class CreateBuildingDto {
  @Int('组团', { min: 1 }) clusterId: number;
  @Str('楼栋编码', { max: 2, pattern: DIGITS(2), patternMessage: '楼栋编码必须是2位数字' }) code: string;
  @Str('楼栋名称', { max: 50 }) name: string;
  @Int('楼层数', { optional: true, min: 1, max: 200 }) floors?: number;
}
export class UpdateBuildingDto {
  @Str('楼栋名称', { optional: true, max: 50 }) name?: string;
  @Int('楼层数', { optional: true, min: 1, max: 200 }) floors?: number;
}
export class BuildingDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() clusterId: number;
  @ApiProperty() clusterCode: string;
  @ApiProperty() clusterName: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: Number, nullable: true }) floors: number | null;
  @ApiProperty() roomCount: number;
}

class RoomFields {
  @Str('单元', { optional: true, max: 20 }) unit?: string;
  @Int('楼层', { optional: true, min: -10, max: 200 }) floor?: number;
  @Int('建筑面积（0.01平方米）', { min: 1, max: 10_000_000, description: '建筑面积，单位0.01平方米（89.25㎡ = 8925）' })
  area: number;
  @OneOf('用途', ROOM_USES, { labels: ROOM_USE_LABELS }) use: (typeof ROOM_USES)[number];
  @Str('户型', { optional: true, max: 30 }) layout?: string;
  @Str('产权证号', { optional: true, max: 50 }) titleNo?: string;
  @DateOnly('交付日期', { optional: true })
  deliveredOn?: string;
  @DateOnly('资料接收日期', { optional: true, description: 'R-OWN-02 资料收到（或交付）的日期：3天内须录入；不填时按交付日期' })
  receivedOn?: string;
}
export class CreateRoomDto extends RoomFields {
  @Int('楼栋', { min: 1 }) buildingId: number;
  @Str('房号', { max: 4, pattern: /^\d{1,4}$/, patternMessage: '房号必须是1-4位数字（如 1203）' }) roomNo: string;
}
export class UpdateRoomDto {
  @Str('单元', { optional: true, max: 20 }) unit?: string;
  @Int('楼层', { optional: true, min: -10, max: 200 }) floor?: number;
  @Int('建筑面积（0.01平方米）', { optional: true, min: 1, max: 10_000_000 }) area?: number;
  @OneOf('用途', ROOM_USES, { optional: true, labels: ROOM_USE_LABELS }) use?: (typeof ROOM_USES)[number];
  @Str('户型', { optional: true, max: 30 }) layout?: string;
  @Str('产权证号', { optional: true, max: 50 }) titleNo?: string;
  @DateOnly('交付日期', { optional: true })
  deliveredOn?: string;
}
export class RoomQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Int('楼栋ID', { optional: true, min: 1 }) buildingId?: number;
  @Str('关键字', { optional: true, max: 50, description: '物业编码、房号或单元' }) keyword?: string;
}
export class RoomDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() buildingId: number;
  @ApiProperty() buildingName: string;
  @ApiProperty() propertyCode: string;
  @ApiProperty() roomNo: string;
  @ApiProperty({ type: String, nullable: true }) unit: string | null;
  @ApiProperty({ type: Number, nullable: true }) floor: number | null;
  @ApiProperty({ description: '0.01平方米' }) area: number;
  @ApiProperty({ enum: ROOM_USES }) use: string;
  @ApiProperty({ type: String, nullable: true }) layout: string | null;
  @ApiProperty({ type: String, nullable: true }) titleNo: string | null;
  @ApiProperty({ type: String, nullable: true }) deliveredOn: string | null;
  @ApiProperty({ type: [String] }) occupantNames: string[];
  @ApiProperty({ enum: RECORD_STATUSES, description: 'R-OWN-02 基础资料：已录入 / 已核对' }) recordStatus: string;
  @ApiProperty({ description: 'R-OWN-02 超过3天才录入' }) recordLate: boolean;
  @ApiProperty({ enum: CODE_STATUSES, description: 'R-ORG-05 编码：草拟 / 已批准' }) codeStatus: string;
}
export class RoomPageDto {
  @ApiProperty({ type: [RoomDto] }) items: RoomDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
export class OccupantDto {
  @ApiProperty() bindingId: number;
  @ApiProperty() personId: number;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) phoneMasked: string | null;
  @ApiProperty({ enum: OCCUPANT_KINDS }) kind: string;
  @ApiProperty({ enum: BINDING_STATUSES }) status: string;
}
export class RoomDetailDto extends RoomDto {
  @ApiProperty({ type: [OccupantDto] }) occupants: OccupantDto[];
  /** people's VehicleDto (named, not imported: org does not depend on people) */
  @ApiProperty({ type: 'array', items: { $ref: getSchemaPath('VehicleDto') } }) vehicles: RoomVehicle[];
}

export class ImportDto {
  @Str('文件名', { max: 200, pattern: /\.(csv|xlsx)$/i, patternMessage: '只支持 .csv 或 .xlsx 文件' }) fileName: string;
  @Str('文件内容（base64）', { max: 14_000_000 }) contentBase64: string;
}
export class ImportResultDto {
  @ApiProperty() clustersCreated: number;
  @ApiProperty() buildingsCreated: number;
  @ApiProperty() roomsCreated: number;
}

export class DirectoryProjectDto {
  @ApiProperty() id: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) address: string | null;
}
export class DirectoryBuildingDto {
  @ApiProperty() id: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() clusterName: string;
}
export class DirectoryRoomDto {
  @ApiProperty() id: number;
  @ApiProperty() roomNo: string;
  @ApiProperty({ type: String, nullable: true }) unit: string | null;
  @ApiProperty({ type: Number, nullable: true }) floor: number | null;
}

export class OwnerModuleDto {
  @ApiProperty({ enum: OWNER_MODULES }) key: OwnerModule;
  @ApiProperty() label: string;
  @ApiProperty() desc: string;
  @ApiProperty({ description: '已上线（未上线的功能不能开启，业主端也不显示）' }) built: boolean;
  @ApiProperty({ description: '本项目是否向业主开放' }) enabled: boolean;
}
export class ProjectModulesDto {
  @ApiProperty() projectId: number;
  @ApiProperty({ type: [OwnerModuleDto] }) modules: OwnerModuleDto[];
}
export class PutProjectModulesDto {
  @StrArray('开放的功能', OWNER_MODULES, { max: 20 }) enabled: OwnerModule[];
}

/** R-OWN-08 one entry of a household's history. */
export class HouseholdEventRefDto {
  @ApiProperty({ enum: HOUSEHOLD_EVENT_KINDS }) type: HouseholdEventKind;
  @ApiProperty() id: number;
}
export class HouseholdEventDto {
  /** unique in the history: kind and the source's id */
  @ApiProperty({ description: '条目键（类别:编号）' }) key: string;
  @ApiProperty({ enum: HOUSEHOLD_EVENT_KINDS }) kind: HouseholdEventKind;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() title: string;
  @ApiProperty({ type: String, nullable: true }) detail: string | null;
  @ApiProperty({ description: '当前状态' }) status: string;
  @ApiProperty({ type: HouseholdEventRefDto, nullable: true }) ref: HouseholdEventRefDto | null;
}
export class HouseholdHistoryPageDto {
  @ApiProperty({ type: [HouseholdEventDto] }) items: HouseholdEventDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
