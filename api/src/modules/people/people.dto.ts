import { ApiProperty } from '@nestjs/swagger';
import {
  BINDING_STATUSES,
  BINDING_STATUS_LABELS,
  isMobilePhone,
  isPlate,
  isResidentIdNumber,
  normalizePlate,
  OCCUPANT_KINDS,
  OCCUPANT_KIND_LABELS,
  OWNER_MODULES,
  type OwnerModule,
} from '@wy/shared';
import { Transform } from 'class-transformer';
import { PageQuery } from '../../common/dto.js';
import { Bool, Check, Int, OneOf, Str } from '../../common/validation.js';

const PhoneCheck = () => Check('mobile', isMobilePhone, '请输入正确的11位手机号');
const IdCheck = () => Check('idNumber', (v) => v === undefined || isResidentIdNumber(v), '身份证号码不正确（18位，末位校验码）');
const PlateCheck = () => Check('plate', isPlate, '车牌号格式不正确，例如 粤B12345 或 粤BD12345');
const normPlate = () => Transform(({ value }) => (typeof value === 'string' ? normalizePlate(value) : value));

export class OwnerQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Str('关键字', { optional: true, max: 50, description: '姓名、手机号或物业编码/房号' }) keyword?: string;
}
export class CreateOwnerDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Int('房屋', { min: 1 }) roomId: number;
  @OneOf('身份', OCCUPANT_KINDS, { labels: OCCUPANT_KIND_LABELS }) kind: (typeof OCCUPANT_KINDS)[number];
  @Str('姓名', { max: 50 }) name: string;
  @Str('手机号', { max: 11 }) @PhoneCheck() phone: string;
  @Str('身份证号', { optional: true, max: 18 }) @IdCheck() idNumber?: string;
  @Bool('重点客户', { optional: true }) isKeyCustomer?: boolean;
  @Str('备注', { optional: true, max: 200 }) note?: string;
}
export class UpdateOwnerDto {
  @Str('姓名', { optional: true, max: 50 }) name?: string;
  @Str('手机号', { optional: true, max: 11 })
  @Check('mobile', (v) => v === undefined || isMobilePhone(v), '请输入正确的11位手机号')
  phone?: string;
  @Str('身份证号', { optional: true, max: 18 }) @IdCheck() idNumber?: string;
  @Bool('重点客户', { optional: true }) isKeyCustomer?: boolean;
  @Str('备注', { optional: true, max: 200 }) note?: string;
}
export class PersonRoomDto {
  @ApiProperty() bindingId: number;
  @ApiProperty() roomId: number;
  @ApiProperty() projectId: number;
  @ApiProperty() propertyCode: string;
  @ApiProperty({ description: '如 A座 1203' }) roomLabel: string;
  @ApiProperty({ enum: OCCUPANT_KINDS }) kind: string;
  @ApiProperty({ enum: BINDING_STATUSES }) status: string;
}
export class PersonSummaryDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) phoneMasked: string | null;
  @ApiProperty() isKeyCustomer: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) archivedAt: string | null;
  @ApiProperty({ type: [PersonRoomDto] }) rooms: PersonRoomDto[];
}
export class PersonPageDto {
  @ApiProperty({ type: [PersonSummaryDto] }) items: PersonSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
export class VehicleDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() personId: number;
  @ApiProperty() personName: string;
  @ApiProperty({ type: Number, nullable: true }) roomId: number | null;
  @ApiProperty({ type: String, nullable: true }) roomLabel: string | null;
  @ApiProperty() plate: string;
  @ApiProperty({ type: String, nullable: true }) model: string | null;
  @ApiProperty({ type: String, nullable: true }) color: string | null;
  @ApiProperty({ type: String, nullable: true }) spaceNo: string | null;
}
export class PersonDetailDto extends PersonSummaryDto {
  @ApiProperty({ type: String, nullable: true }) idNumberMasked: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: [VehicleDto] }) vehicles: VehicleDto[];
}
export class RevealDto {
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
  @ApiProperty({ type: String, nullable: true }) idNumber: string | null;
}

export class BindingQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('状态', BINDING_STATUSES, { optional: true, labels: BINDING_STATUS_LABELS }) status?: (typeof BINDING_STATUSES)[number];
}
export class BindingDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() roomId: number;
  @ApiProperty() propertyCode: string;
  @ApiProperty() roomLabel: string;
  @ApiProperty() personId: number;
  @ApiProperty() personName: string;
  @ApiProperty({ type: String, nullable: true }) phoneMasked: string | null;
  @ApiProperty({ enum: OCCUPANT_KINDS }) kind: string;
  @ApiProperty({ enum: BINDING_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, nullable: true }) rejectReason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) reviewedAt: string | null;
}
export class BindingPageDto {
  @ApiProperty({ type: [BindingDto] }) items: BindingDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

export class VehicleQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Str('关键字', { optional: true, max: 20, description: '车牌号' }) keyword?: string;
}
export class CreateVehicleDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Int('车主', { min: 1 }) personId: number;
  @Int('房屋', { optional: true, min: 1 }) roomId?: number;
  @normPlate() @Str('车牌号', { max: 10 }) @PlateCheck() plate: string;
  @Str('车型', { optional: true, max: 50 }) model?: string;
  @Str('颜色', { optional: true, max: 20 }) color?: string;
  @Str('车位号', { optional: true, max: 20 }) spaceNo?: string;
}
export class VehiclePageDto {
  @ApiProperty({ type: [VehicleDto] }) items: VehicleDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}

// ---- owner app ----
export class CreateMyBindingDto {
  @Int('房屋', { min: 1 }) roomId: number;
  @OneOf('身份', OCCUPANT_KINDS, { labels: OCCUPANT_KIND_LABELS }) kind: (typeof OCCUPANT_KINDS)[number];
  @Str('姓名', { max: 50 }) name: string;
}
export class MyBindingDto {
  @ApiProperty() id: number;
  @ApiProperty() roomId: number;
  @ApiProperty() projectId: number;
  @ApiProperty() projectName: string;
  @ApiProperty() buildingName: string;
  @ApiProperty({ type: String, nullable: true }) unit: string | null;
  @ApiProperty() roomNo: string;
  @ApiProperty() propertyCode: string;
  @ApiProperty({ enum: OCCUPANT_KINDS }) kind: string;
  @ApiProperty({ enum: BINDING_STATUSES }) status: string;
  @ApiProperty({ type: String, nullable: true }) rejectReason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
export class MyRoomDto {
  @ApiProperty() roomId: number;
  @ApiProperty() projectId: number;
  @ApiProperty() projectName: string;
  @ApiProperty({ type: String, nullable: true }) servicePhone: string | null;
  @ApiProperty({ description: '项目时区，时间按它显示，如 Asia/Shanghai' }) timeZone: string;
  @ApiProperty({ enum: OWNER_MODULES, isArray: true, description: '本项目向业主开放的功能' }) modules: OwnerModule[];
  @ApiProperty() buildingName: string;
  @ApiProperty() roomNo: string;
  @ApiProperty({ type: String, nullable: true }) unit: string | null;
  @ApiProperty() propertyCode: string;
  @ApiProperty() area: number;
  @ApiProperty() use: string;
  @ApiProperty({ enum: OCCUPANT_KINDS }) kind: string;
}
export class MyOccupantDto {
  @ApiProperty() bindingId: number;
  @ApiProperty() name: string;
  @ApiProperty({ enum: OCCUPANT_KINDS }) kind: string;
  @ApiProperty({ enum: BINDING_STATUSES }) status: string;
  @ApiProperty() isMe: boolean;
}
export class MyRoomDetailDto extends MyRoomDto {
  @ApiProperty({ type: [MyOccupantDto] }) occupants: MyOccupantDto[];
}
export class UpdateProfileDto {
  @Str('姓名', { max: 50 }) name: string;
}
