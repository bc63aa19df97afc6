import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, MaxLength, ValidateNested } from 'class-validator';
import {
  RENO_ACTIONS,
  RENO_FEE_KINDS,
  RENO_MAX_ITEMS,
  RENO_MAX_WORKERS,
  RENO_REFUSAL_GROUNDS,
  RENO_STATUSES,
  RENO_STATUS_LABELS,
  isMobilePhone,
  isResidentIdNumber,
  type RenoAction,
  type RenoStatus,
} from '@wy/shared';
import { PageOf, ProjectListQuery, nullable, nullableInt } from '../../common/dto.js';
import { Bool, Check, DateOnly, Int, IntArray, OneOf, Str, StrArray } from '../../common/validation.js';

/** A worker (施工人员): name, phone, ID number (the last two encrypted at rest). */
export class RenoWorkerDto {
  @Str('施工人员姓名', { max: 50 }) name: string;
  @Str('施工人员电话', { optional: true, max: 20 })
  @Check('phone', (v) => v === undefined || v === '' || isMobilePhone(v), '施工人员电话应为11位手机号')
  phone?: string;
  @Str('身份证号', { optional: true, max: 18 })
  @Check('idNo', (v) => v === undefined || v === '' || isResidentIdNumber(String(v).toUpperCase()), '身份证号格式不正确')
  idNo?: string;
}

/** R-REN-01 what an application carries, from the owner or the desk. */
export class RenoFormDto {
  @Int('房屋', { min: 1 }) roomId: number;
  @DateOnly('开工日期') startOn: string;
  @DateOnly('完工日期') endOn: string;
  @Str('施工单位', { max: 100 }) contractorCompany: string;
  @Str('施工负责人', { max: 50 }) contractorLeader: string;
  @Str('负责人电话', { max: 20 })
  @Check('contractorPhone', (v) => isMobilePhone(v), '负责人电话应为11位手机号')
  contractorPhone: string;
  @ApiProperty({ type: [String], description: '装修项目' })
  @IsArray({ message: '装修项目必须是列表' })
  @ArrayMaxSize(RENO_MAX_ITEMS, { message: `装修项目最多${RENO_MAX_ITEMS}项` })
  @IsString({ each: true, message: '装修项目必须是文字' })
  @MaxLength(60, { each: true, message: '每项装修项目不能超过60个字' })
  items: string[];
  @Bool('改动给排水') changesWater: boolean;
  @Bool('改动电路') changesPower: boolean;
  @Bool('改动燃气') changesGas: boolean;
  @Str('改动说明', { optional: true, max: 500 }) changesNote?: string;
  @Bool('由服务中心清运垃圾', { optional: true }) rubbleByCentre?: boolean;
  @ApiProperty({ type: [RenoWorkerDto], description: '施工人员' })
  @IsArray({ message: '施工人员必须是列表' })
  @ArrayMaxSize(RENO_MAX_WORKERS, { message: `施工人员最多${RENO_MAX_WORKERS}名` })
  @ValidateNested({ each: true })
  @Type(() => RenoWorkerDto)
  workers: RenoWorkerDto[];
  @IntArray('照片和图纸', { optional: true, max: 12 }) uploadIds?: number[];
}
/** The desk files an application for an owner at the counter: the owner's name, and the identity document seen. */
export class DeskRenoDto extends RenoFormDto {
  @Str('业主姓名', { max: 50 }) applicantName: string;
  @Str('身份核验说明', { min: 2, max: 100 }) identityNote: string;
}

/** A step's input: a reason (退回补正, 不予批准, 不同意, 撤回), the review's ticked grounds, a note. */
export class RenoActionDto {
  @Str('原因', { optional: true, max: 500 }) reason?: string;
  @Str('备注', { optional: true, max: 500 }) note?: string;
  @StrArray('不予通过的依据', RENO_REFUSAL_GROUNDS, { optional: true, max: 8 }) grounds?: string[];
}

export class RenoQuery extends ProjectListQuery() {
  @OneOf('状态', RENO_STATUSES, { optional: true, labels: RENO_STATUS_LABELS }) status?: RenoStatus;
  @Int('房屋', { optional: true, min: 1 }) roomId?: number;
  @Bool('只看审批超时', { optional: true }) overdue?: boolean;
}
export class RenoProjectQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
}
export class RenoFeesInput {
  @Int('装修管理费（分）', { min: 0, max: 100_000_000 }) management: number;
  @Int('业主装修保证金（分）', { min: 0, max: 100_000_000 }) owner_deposit: number;
  @Int('施工单位装修保证金（分）', { min: 0, max: 100_000_000 }) contractor_deposit: number;
  @Int('垃圾清运费（分）', { min: 0, max: 100_000_000 }) rubble: number;
}
export class SaveRenoSettingsDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Str('办理须知', { min: 10, max: 3000 }) guide: string;
  @ApiProperty({ type: RenoFeesInput }) @ValidateNested() @Type(() => RenoFeesInput) fees: RenoFeesInput;
  @Str('施工时间', { min: 4, max: 200 }) hours: string;
  @Str('装修监管电话', { min: 5, max: 30 }) supervisionPhone: string;
}
export class RenoFeeDto {
  @ApiProperty({ enum: RENO_FEE_KINDS }) kind: string;
  @ApiProperty() label: string;
  @ApiProperty({ description: '金额（分）' }) amountFen: number;
}
/** R-REN-01 the published guide: process and documents, the fees, the working hours. */
export class RenoGuideDto {
  @ApiProperty() projectId: number;
  @ApiProperty({ description: '办理流程、所需资料' }) guide: string;
  @ApiProperty({ description: '是否为默认文本（项目未编写）' }) isDefault: boolean;
  @ApiProperty({ type: [RenoFeeDto], description: '收费标准' }) fees: RenoFeeDto[];
  @ApiProperty() hours: string;
  @ApiProperty() supervisionPhone: string;
  @ApiProperty({ description: '审批时限：工作日' }) reviewWorkingDays: number;
  @ApiProperty({ description: '审批时限：自然日' }) reviewCalendarDays: number;
}

export class RenoEventDto {
  @ApiProperty() at: string;
  @ApiProperty() action: string;
  @ApiProperty() label: string;
  @ApiProperty() actorName: string;
  @nullable() toStatus: string | null;
  @nullable() note: string | null;
}
export class RenoWorkerOutDto {
  @ApiProperty() seq: number;
  @ApiProperty() name: string;
  @nullable('电话（工作人员与申请人可见）') phone: string | null;
  @nullable('身份证号（脱敏）') idNo: string | null;
  @nullable('施工人员出入证编号') passCode: string | null;
}
export class RenoChargeDto {
  @ApiProperty({ enum: RENO_FEE_KINDS }) kind: string;
  @ApiProperty() label: string;
  @ApiProperty() amountFen: number;
  @nullableInt() billId: number | null;
  @nullable() paidAt: string | null;
  @nullable() receiptNo: string | null;
}
export class RenoPhotoDto {
  @ApiProperty() id: number;
  @ApiProperty() url: string;
  @ApiProperty() thumbUrl: string;
}
export class RenoDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() roomId: number;
  @ApiProperty() roomLabel: string;
  @ApiProperty() applicantName: string;
  @ApiProperty({ description: 'owner / member / tenant' }) applicantRole: string;
  @ApiProperty() applicantRoleLabel: string;
  @ApiProperty() startOn: string;
  @ApiProperty() endOn: string;
  @ApiProperty() contractorCompany: string;
  @ApiProperty() contractorLeader: string;
  @nullable('负责人电话（工作人员与申请人可见）') contractorPhone: string | null;
  @ApiProperty({ type: [String] }) items: string[];
  @ApiProperty() changesWater: boolean;
  @ApiProperty() changesPower: boolean;
  @ApiProperty() changesGas: boolean;
  @nullable() changesNote: string | null;
  @ApiProperty() rubbleByCentre: boolean;
  @ApiProperty({ type: [RenoWorkerOutDto] }) workers: RenoWorkerOutDto[];
  @ApiProperty({ type: [RenoPhotoDto] }) photos: RenoPhotoDto[];
  @ApiProperty({ enum: RENO_STATUSES }) status: string;
  @ApiProperty() statusLabel: string;
  @nullable() confirmedByName: string | null;
  @nullable() confirmedAt: string | null;
  @nullable('提交（或补正后重新提交）时间') submittedAt: string | null;
  @nullable('R-REN-04 审批应完成时间') reviewDueAt: string | null;
  @ApiProperty({ description: '审批已超时' }) reviewOverdue: boolean;
  @nullable('退回补正的原因') returnReason: string | null;
  @nullable() reviewedAt: string | null;
  @nullable() reviewedByName: string | null;
  @ApiProperty({ type: [String], description: '不予通过的依据（代码）' }) refuseGrounds: string[];
  @ApiProperty({ type: [String], description: '不予通过的依据（文字）' }) refuseGroundLabels: string[];
  @nullable() refuseReason: string | null;
  @nullable() approvedAt: string | null;
  @nullable() approvedByName: string | null;
  @ApiProperty({ type: [RenoChargeDto] }) charges: RenoChargeDto[];
  @ApiProperty({ description: '费用已全部缴清' }) allPaid: boolean;
  @nullable('装修施工许可证编号') permitCode: string | null;
  @nullable() permittedAt: string | null;
  @nullable() permittedByName: string | null;
  @ApiProperty({ type: [RenoEventDto] }) timeline: RenoEventDto[];
  @ApiProperty({ enum: RENO_ACTIONS, isArray: true, description: '当前用户可执行的操作' }) allowedActions: RenoAction[];
  @ApiProperty() createdAt: string;
}
/** What the printed permit needs besides the application: the project's working hours and supervision phone. */
export class DeskRenoDetailDto extends RenoDto {
  @ApiProperty() hours: string;
  @ApiProperty() supervisionPhone: string;
  @nullableInt() personId: number | null;
}
export class RenoSummaryDto {
  @ApiProperty() id: number;
  @ApiProperty() roomLabel: string;
  @ApiProperty() applicantName: string;
  @ApiProperty() applicantRoleLabel: string;
  @ApiProperty() startOn: string;
  @ApiProperty() endOn: string;
  @ApiProperty() contractorCompany: string;
  @ApiProperty() status: string;
  @ApiProperty() statusLabel: string;
  @nullable() reviewDueAt: string | null;
  @ApiProperty() reviewOverdue: boolean;
  @nullable() permitCode: string | null;
  @ApiProperty() createdAt: string;
}
export class RenoCountDto {
  @ApiProperty() status: string;
  @ApiProperty() n: number;
  @ApiProperty() late: number;
}
export class RenoPageDto extends PageOf(RenoSummaryDto) {
  @ApiProperty({ type: [RenoCountDto] }) counts: RenoCountDto[];
}
