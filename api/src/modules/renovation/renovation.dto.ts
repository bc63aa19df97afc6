import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength, ValidateNested } from 'class-validator';
import {
  RENO_ACTIONS,
  RENO_DEPOSIT_KINDS,
  RENO_FEE_KINDS,
  RENO_INSPECTION_RESULTS,
  RENO_INSPECTION_RESULT_LABELS,
  RENO_MAX_ITEMS,
  RENO_NOTICE_OUTCOMES,
  RENO_NOTICE_OUTCOME_LABELS,
  RENO_NOTICE_STATUSES,
  RENO_REFUND_STATES,
  RENO_VIOLATION_KINDS,
  RENO_MAX_WORKERS,
  RENO_REFUSAL_GROUNDS,
  RENO_STATUSES,
  RENO_STATUS_LABELS,
  isMobilePhone,
  isResidentIdNumber,
  type RenoAction,
  type RenoStatus,
} from '@wy/shared';
import { nullable, nullableInt, PageOf, ProjectIdQuery, ProjectListQuery, StepEventDto, StepWords } from '../../common/dto.js';
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

/** R-REN-07 what was collected back at the acceptance: the permit, and each worker's pass (by its code). */
export class RenoCollectedDto {
  @Bool('已收回装修施工许可证') permit: boolean;
  @ApiProperty({ type: [String], description: '已收回的施工人员出入证编号' })
  @IsArray({ message: '已收回的出入证必须是列表' })
  @ArrayMaxSize(RENO_MAX_WORKERS, { message: `出入证最多${RENO_MAX_WORKERS}张` })
  @IsString({ each: true, message: '出入证编号必须是文字' })
  @MaxLength(30, { each: true, message: '出入证编号过长' })
  passes: string[];
}
/** R-REN-08 a deduction from a deposit for damage not put right: fen, with the reason. */
export class RenoDeductionDto {
  @OneOf('保证金', RENO_DEPOSIT_KINDS as readonly ('owner_deposit' | 'contractor_deposit')[]) kind: 'owner_deposit' | 'contractor_deposit';
  @Int('扣除金额（分）', { min: 0, max: 100_000_000 }) fen: number;
  @Str('扣除原因', { optional: true, max: 200 }) reason?: string;
}

/**
 * A step's input: a reason (退回补正, 不予批准, 不同意, 撤回), the review's ticked grounds, a note; the acceptance's
 * failure (written requirements and their deadline) or pass (what was collected back); the deposits' deductions.
 */
export class RenoActionDto extends StepWords(500) {
  @StrArray('不予通过的依据', RENO_REFUSAL_GROUNDS, { optional: true, max: 8 }) grounds?: string[];
  @Str('整改要求', { optional: true, max: 1000 }) requirements?: string;
  @DateOnly('整改期限', { optional: true }) rectifyBy?: string;
  @ApiProperty({ type: RenoCollectedDto, required: false })
  @IsOptional()
  @ValidateNested()
  @Type(() => RenoCollectedDto)
  collected?: RenoCollectedDto;
  @ApiProperty({ type: [RenoDeductionDto], required: false })
  @IsOptional()
  @IsArray({ message: '扣除项必须是列表' })
  @ArrayMaxSize(2, { message: '扣除项最多2项' })
  @ValidateNested({ each: true })
  @Type(() => RenoDeductionDto)
  deductions?: RenoDeductionDto[];
}

/** R-REN-06 a re-inspection's word on an open rectification notice. */
export class RenoNoticeOutcomeDto {
  @Int('整改通知书', { min: 1 }) noticeId: number;
  @OneOf('整改情况', RENO_NOTICE_OUTCOMES, { labels: RENO_NOTICE_OUTCOME_LABELS }) outcome: (typeof RENO_NOTICE_OUTCOMES)[number];
  @Str('上报说明', { optional: true, max: 200 }) reportNote?: string;
}
/** R-REN-06 a day's inspection: fine or the violations (a notice with its deadline), a note, photos, the open notices' re-inspection. */
export class RenoInspectionDto {
  @OneOf('巡查结果', RENO_INSPECTION_RESULTS, { labels: RENO_INSPECTION_RESULT_LABELS }) result: (typeof RENO_INSPECTION_RESULTS)[number];
  @StrArray('违规情况', RENO_VIOLATION_KINDS, { optional: true, max: 10 }) violations?: string[];
  @Str('巡查说明', { optional: true, max: 500 }) note?: string;
  @DateOnly('整改期限', { optional: true }) deadlineOn?: string;
  @IntArray('照片', { optional: true, max: 9 }) uploadIds?: number[];
  @ApiProperty({ type: [RenoNoticeOutcomeDto], required: false })
  @IsOptional()
  @IsArray({ message: '复查结果必须是列表' })
  @ArrayMaxSize(20, { message: '复查结果最多20项' })
  @ValidateNested({ each: true })
  @Type(() => RenoNoticeOutcomeDto)
  notices?: RenoNoticeOutcomeDto[];
}
export class RenoInspectionQuery extends ProjectListQuery() {
  @OneOf('巡查情况', ['pending', 'done'] as const, { optional: true, labels: { pending: '今日未巡查', done: '今日已巡查' } })
  state?: 'pending' | 'done';
}

export class RenoQuery extends ProjectListQuery() {
  @OneOf('状态', RENO_STATUSES, { optional: true, labels: RENO_STATUS_LABELS }) status?: RenoStatus;
  @Int('房屋', { optional: true, min: 1 }) roomId?: number;
  @Bool('只看审批超时', { optional: true }) overdue?: boolean;
}
export class RenoProjectQuery extends ProjectIdQuery {}
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
  /** R-REN-08 a deposit's refund */
  @ApiProperty({ description: '扣除金额（分）' }) deductionFen: number;
  @nullable('扣除原因') deductionReason: string | null;
  @nullableInt('应退金额（分）：保证金减扣除') refundFen: number | null;
  @ApiProperty({ enum: RENO_REFUND_STATES, description: '保证金退还情况（仅保证金）' }) refundState: string;
  @ApiProperty() refundStateLabel: string;
  @nullable('退款被驳回或失败的原因') refundProblem: string | null;
  @nullable() refundRequestedAt: string | null;
  @nullable() refundedAt: string | null;
}
export class RenoPhotoDto {
  @ApiProperty() id: number;
  @ApiProperty() url: string;
  @ApiProperty() thumbUrl: string;
}
export class RenoInspectionOutDto {
  @ApiProperty() id: number;
  @ApiProperty() onDate: string;
  @ApiProperty({ enum: RENO_INSPECTION_RESULTS }) result: string;
  @ApiProperty() resultLabel: string;
  @ApiProperty({ type: [String] }) violations: string[];
  @ApiProperty({ type: [String] }) violationLabels: string[];
  @nullable() note: string | null;
  @ApiProperty() inspectorName: string;
  @ApiProperty() at: string;
  @ApiProperty({ type: [RenoPhotoDto] }) photos: RenoPhotoDto[];
}
/** R-REN-06 a rectification notice (整改通知书), printable. */
export class RenoNoticeDto {
  @ApiProperty() id: number;
  @ApiProperty() code: string;
  @ApiProperty({ type: [String] }) violations: string[];
  @ApiProperty({ type: [String] }) violationLabels: string[];
  @nullable() note: string | null;
  @ApiProperty({ description: '整改期限' }) deadlineOn: string;
  @ApiProperty({ enum: RENO_NOTICE_STATUSES }) status: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ description: '已过整改期限仍未整改' }) overdue: boolean;
  @ApiProperty() issuedAt: string;
  @ApiProperty() issuedByName: string;
  @nullable() closedAt: string | null;
  @nullable() closedByName: string | null;
  @nullable('报告主管部门的时间') reportedAt: string | null;
  @nullable('报告人') reportedByName: string | null;
  @nullable() reportNote: string | null;
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
  /** R-REN-06 inspections and notices */
  @nullable('首个巡查日') inspectFrom: string | null;
  @ApiProperty({ description: '今日已巡查' }) inspectedToday: boolean;
  @ApiProperty({ type: [String], description: '漏检的日期（最近在前）' }) missedDays: string[];
  @ApiProperty({ type: [RenoInspectionOutDto] }) inspections: RenoInspectionOutDto[];
  @ApiProperty({ type: [RenoNoticeDto] }) notices: RenoNoticeDto[];
  /** R-REN-07 the acceptance */
  @nullable() acceptanceRequestedAt: string | null;
  @nullable('R-REN-07 验收应完成时间') acceptanceDueAt: string | null;
  @ApiProperty({ description: '验收已超时' }) acceptanceOverdue: boolean;
  @ApiProperty({ description: '第几次申请验收' }) acceptanceCount: number;
  @nullable('验收不通过的整改要求') acceptanceRequirements: string | null;
  @nullable('整改期限') acceptanceRectifyBy: string | null;
  @nullable() acceptanceFailedAt: string | null;
  @nullable() acceptanceFailedByName: string | null;
  @nullable() acceptedAt: string | null;
  @nullable() acceptedByName: string | null;
  @ApiProperty({ type: [String], description: '已收回的许可证及出入证编号' }) collectedPasses: string[];
  /** R-REN-08 the deposits' refund */
  @nullable('R-REN-08 应发起退还时间') refundStartDueAt: string | null;
  @nullable('R-REN-08 应退还完成时间') refundDueAt: string | null;
  @nullable() refundStartedAt: string | null;
  @nullable() refundStartedByName: string | null;
  @nullable('保证金全部退还的时间') refundedAt: string | null;
  @ApiProperty({ description: '未按时发起退还' }) refundStartLate: boolean;
  @ApiProperty({ description: '未按时退还' }) refundLate: boolean;
  @ApiProperty({ type: [StepEventDto] }) timeline: StepEventDto[];
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
  @nullable('R-REN-07 验收应完成时间') acceptanceDueAt: string | null;
  @ApiProperty({ description: '验收已超时' }) acceptanceOverdue: boolean;
  @ApiProperty({ description: '保证金未按时发起或未按时退还' }) refundLate: boolean;
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

/** R-REN-06 a row of today's inspection list. */
export class RenoInspectionRowDto {
  @ApiProperty() id: number;
  @ApiProperty() roomLabel: string;
  @ApiProperty() applicantName: string;
  @ApiProperty() contractorCompany: string;
  @ApiProperty() contractorLeader: string;
  @nullable() permitCode: string | null;
  @ApiProperty() startOn: string;
  @ApiProperty() endOn: string;
  @ApiProperty() status: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ description: '首个巡查日' }) inspectFrom: string;
  @ApiProperty({ description: '今日应巡查（尚未巡查）' }) due: boolean;
  @nullable('今日巡查结果') todayResult: string | null;
  @nullable() todayResultLabel: string | null;
  @nullable() todayInspectorName: string | null;
  @ApiProperty({ description: '待整改的通知书数' }) openNotices: number;
  @ApiProperty({ description: '已过整改期限的通知书数' }) overdueNotices: number;
  @ApiProperty({ type: [RenoNoticeDto], description: '待整改的通知书（复查用）' }) notices: RenoNoticeDto[];
  @ApiProperty({ description: '漏检天数' }) missedCount: number;
  @ApiProperty({ type: [String], description: '漏检的日期（最近在前，至多7个）' }) missedDays: string[];
}
export class RenoInspectionPageDto extends PageOf(RenoInspectionRowDto) {
  @ApiProperty({ description: '今天（项目所在时区）' }) today: string;
  @ApiProperty({ description: '在施装修总数' }) active: number;
  @ApiProperty({ description: '今日未巡查数' }) pending: number;
}
