import { ApiProperty, getSchemaPath, type ApiPropertyOptions } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsOptional, ValidateNested, ArrayMaxSize } from 'class-validator';
import {
  CALLBACK_METHODS,
  CALLBACK_METHOD_LABELS,
  CHANNELS,
  CHANNEL_LABELS,
  REPAIR_ACTIONS,
  REPAIR_STATUSES,
  REQUEST_TYPES,
  REQUEST_TYPE_LABELS,
  REPAIR_STAGE_LABELS,
  type RepairStage,
  SLA_CLOCK_KINDS,
  TIMELINE_AUDIENCES,
  SATISFACTIONS,
  SATISFACTION_LABELS,
  URGENCIES,
  URGENCY_LABELS,
  isMobilePhone,
  type Satisfaction,
} from '@wy/shared';
import { PageQuery, nullable } from '../../common/dto.js';
import type { RequestBill } from './request-bills.js';
import { Bool, Check, DateOnly, Int, IntArray, IsoDate, OneOf, Str } from '../../common/validation.js';

export class RepairCategoryDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['public', 'in_home'] }) scope: string;
  @ApiProperty() paid: boolean;
  @ApiProperty({ type: Number, nullable: true, description: '公布的收费标准（分）' }) priceFen: number | null;
  @ApiProperty({ type: String, nullable: true }) priceNote: string | null;
}
export class ProjectIdQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
}

export class CreateRequestDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('渠道', CHANNELS, { labels: CHANNEL_LABELS }) channel: (typeof CHANNELS)[number];
  @Int('报修类别', { min: 1 }) categoryId: number;
  @Str('问题描述', { max: 1000 }) description: string;
  @OneOf('紧急程度', URGENCIES, { labels: URGENCY_LABELS }) urgency: (typeof URGENCIES)[number];
  @Int('房屋', { optional: true, min: 1 }) roomId?: number;
  @Str('公共部位位置', { optional: true, max: 100 }) location?: string;
  @Int('报修人', { optional: true, min: 1 }) requesterPersonId?: number;
  @Str('报修人姓名', { max: 50 }) requesterName: string;
  @Str('联系电话', { max: 11 }) @Check('mobile', isMobilePhone, '请输入正确的11位手机号') requesterPhone: string;
  @IsoDate('预约开始时间') appointmentStart?: string;
  @IsoDate('预约结束时间') appointmentEnd?: string;
  @IsoDate('收到时间（默认现在）') receivedAt?: string;
  @IsoDate('告知客户的答复/处理时间') promisedAt?: string;
  @Bool('重要报修', { optional: true }) isImportant?: boolean;
  @IntArray('照片', { optional: true, max: 9 }) photoIds?: number[];
  @Bool('已核实不是重复报修', {
    optional: true,
    description: '同一位置同一类别已有未完成工单时，客服核实是另一问题后仍新建（R-SRV-05）',
  })
  notDuplicate?: boolean;
}
export class MyCreateRequestDto {
  @Int('房屋', { min: 1 }) roomId: number;
  @Int('报修类别', { min: 1 }) categoryId: number;
  @Str('问题描述', { max: 1000 }) description: string;
  @IsoDate('预约开始时间') appointmentStart?: string;
  @IsoDate('预约结束时间') appointmentEnd?: string;
  @IntArray('照片', { optional: true, max: 9 }) photoIds?: number[];
  @Bool('不是重复报修', {
    optional: true,
    description: '同一房屋同一类别已有处理中的报修时，业主确认这是另一个问题后仍提交（R-SRV-05）',
  })
  notDuplicate?: boolean;
}
export class DuplicateQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Int('报修类别', { min: 1 }) categoryId: number;
  @Int('房屋', { optional: true, min: 1 }) roomId?: number;
  @Str('公共部位位置', { optional: true, max: 100 }) location?: string;
}
export class LinkReportDto {
  @OneOf('渠道', CHANNELS, { labels: CHANNEL_LABELS }) channel: (typeof CHANNELS)[number];
  @Str('报告人姓名', { max: 50 }) requesterName: string;
  @Str('联系电话', { optional: true, max: 11 })
  @Check('mobile', (v) => v === undefined || isMobilePhone(v), '请输入正确的11位手机号')
  requesterPhone?: string;
  @Str('备注', { optional: true, max: 200 }) note?: string;
}
export class RequestQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('类型', REQUEST_TYPES, { optional: true, labels: REQUEST_TYPE_LABELS }) type?: (typeof REQUEST_TYPES)[number];
  @OneOf('状态', REPAIR_STATUSES, { optional: true }) status?: (typeof REPAIR_STATUSES)[number];
  @Int('类别', { optional: true, min: 1 }) categoryId?: number;
  @Int('技工', { optional: true, min: 1 }) assigneeId?: number;
  @Bool('只看超时', { optional: true }) overdue?: boolean;
  @OneOf('阶段', ['in_progress', 'open'] as const, { optional: true, labels: REPAIR_STAGE_LABELS })
  stage?: RepairStage;
  @Bool('只看抢单池', { optional: true }) inPool?: boolean;
  @Str('关键字', { optional: true, max: 50, description: '单号、物业编码或报修人' }) keyword?: string;
}

export class MaterialDto {
  @Str('材料名称', { max: 50 }) name: string;
  @Str('规格型号', { optional: true, max: 50 }) spec?: string;
  @Int('数量', { min: 1, max: 10000 }) quantity: number;
  @Str('单位', { optional: true, max: 10 }) unit?: string;
}
export class ActionDto {
  @Str('原因', { optional: true, max: 200 }) reason?: string;
  @Str('备注', { optional: true, max: 500 }) note?: string;
  @Int('技工', { optional: true, min: 1 }) assigneeStaffId?: number;
  @Str('班组或外包单位', { optional: true, max: 50 }) assigneeTeam?: string;
  @Bool('放入抢单池', { optional: true }) toPool?: boolean;
  @Bool('按类别轮派', { optional: true, description: '按报修类别的轮派名单依次派给下一位技工（R-REP-04）' }) roundRobin?: boolean;
  @IsoDate('要求完成时间') requiredBy?: string;
  @IsoDate('技工离开时间') leftAt?: string;
  @OneOf('紧急程度', URGENCIES, { optional: true, labels: URGENCY_LABELS, description: '审核小程序报修时确定（R-REP-13）' })
  urgency?: (typeof URGENCIES)[number];
  @Bool('重要报修', { optional: true, description: '审核时标记，完工后一个月内二次回访（R-REP-10）' }) isImportant?: boolean;
  @IsoDate('预约开始时间') appointmentStart?: string;
  @IsoDate('预约结束时间') appointmentEnd?: string;
  @ApiProperty({ type: [MaterialDto], required: false })
  @IsOptional()
  @IsArray({ message: '材料必须是列表' })
  @ArrayMaxSize(50, { message: '材料最多50项' })
  @ValidateNested({ each: true })
  @Type(() => MaterialDto)
  materials?: MaterialDto[];
  @Str('处理结果', { optional: true, max: 500 }) result?: string;
  @Bool('已向业主出示并解释费用', { optional: true, description: '户内维修完工且收费时必须确认（R-REP-16）' })
  feeExplained?: boolean;
  @Bool('业主已试用确认修好', { optional: true, description: '户内维修完工时必须确认（R-REP-16）' }) fixTried?: boolean;
  @Bool('现场已清理', { optional: true, description: '户内维修完工时必须确认（R-REP-16）' }) siteCleaned?: boolean;
  @Int('费用（分）', { optional: true, min: 0, max: 100_000_000 }) feeFen?: number;
  @IntArray('照片', { optional: true, max: 9 }) photoIds?: number[];
  @Str('签名（PNG data URL）', {
    optional: true,
    max: 400_000,
    pattern: /^data:image\/png;base64,/,
    patternMessage: '签名必须是 PNG 图片',
  })
  signature?: string;
  @OneOf('满意度', SATISFACTIONS, { optional: true, labels: SATISFACTION_LABELS }) satisfaction?: (typeof SATISFACTIONS)[number];
  @OneOf('回访方式', CALLBACK_METHODS, { optional: true, labels: CALLBACK_METHOD_LABELS })
  method?: (typeof CALLBACK_METHODS)[number];
  @Str('评价或回访意见', { optional: true, max: 500 }) comment?: string;
}
export class HandoverDto {
  @Int('接手员工', { min: 1 }) toStaffId: number;
  @Str('交接说明', { optional: true, max: 200 }) note?: string;
}

export class PhotoDto {
  @ApiProperty() id: number;
  @ApiProperty({ description: '原图' }) url: string;
  @ApiProperty({ description: '缩略图（最长边 240 像素）：列表和详情显示它，点开再看原图' }) thumbUrl: string;
}
export class RequestSummaryDto {
  @ApiProperty() id: number;
  @ApiProperty() code: string;
  @ApiProperty() type: string;
  @ApiProperty({ enum: REPAIR_STATUSES }) status: string;
  @ApiProperty({ enum: CHANNELS }) channel: string;
  @ApiProperty() projectId: number;
  @ApiProperty({ type: Number, nullable: true }) roomId: number | null;
  @ApiProperty({ type: String, nullable: true }) roomLabel: string | null;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty() categoryId: number;
  @ApiProperty() categoryName: string;
  @ApiProperty({ enum: ['public', 'in_home'] }) scope: string;
  @ApiProperty({ enum: URGENCIES }) urgency: string;
  @ApiProperty() summary: string;
  @ApiProperty() requesterName: string;
  @ApiProperty({ type: String, nullable: true }) phoneMasked: string | null;
  @ApiProperty({ type: String, nullable: true }) assigneeName: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['staff', 'team', 'pool'], description: '技工、班组/外包，或抢单池' })
  assigneeKind: 'staff' | 'team' | 'pool' | null;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) promisedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) requiredBy: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) appointmentStart: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) appointmentEnd: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: '最近一个未完成承诺的到期时间' }) dueAt:
    string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: SLA_CLOCK_KINDS,
    description: 'dueAt 属于哪一个承诺（派单、完成维修、回访…）',
  })
  dueKind: string | null;
  @ApiProperty() overdue: boolean;
  @ApiProperty() isImportant: boolean;
  @ApiProperty() isKeyCustomer: boolean;
}
export class RequestPageDto {
  @ApiProperty({ type: [RequestSummaryDto] }) items: RequestSummaryDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
export class TimelineEventDto {
  @ApiProperty() id: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() action: string;
  @ApiProperty({ description: '步骤名称（业主端为业主用语）' }) label: string;
  @ApiProperty({ enum: TIMELINE_AUDIENCES, description: 'owner：业主也可见；staff：仅员工可见' }) audience: 'owner' | 'staff';
  @ApiProperty() actorKind: string;
  @ApiProperty() actorName: string;
  @ApiProperty({ type: String, nullable: true }) fromStatus: string | null;
  @ApiProperty({ type: String, nullable: true }) toStatus: string | null;
  @ApiProperty({ type: String, nullable: true, description: '员工端：处理说明；业主端：给业主看的说明' }) note: string | null;
  @ApiProperty({ type: [PhotoDto] }) photos: PhotoDto[];
}
export class ClockExtensionDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] }) status: string;
  @ApiProperty({ format: 'date-time' }) until: string;
  @ApiProperty() reason: string;
}
export class ClockDto {
  @ApiProperty() id: number;
  @ApiProperty() cycle: number;
  @ApiProperty({ description: '派单轮次（联系业主时限每次派单一轮，从 0 起；其他时限为 0）' }) dispatchRound: number;
  @ApiProperty() kind: string;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) metAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) pausedAt: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) breachedAt: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: '撤销时间（工单取消、改派或重新处理时未完成的时限）',
  })
  cancelledAt: string | null;
  @ApiProperty({ type: ClockExtensionDto, nullable: true, description: '最近一次延期申请（待批、已批或驳回）' })
  extension: ClockExtensionDto | null;
}
export class MaterialOutDto {
  @ApiProperty() name: string;
  @ApiProperty({ required: false }) spec?: string;
  @ApiProperty() quantity: number;
  @ApiProperty({ required: false }) unit?: string;
}
export class RecordedTimesDto {
  @nullable('派单') dispatchedAt: string | null;
  @nullable('技工联系业主确认上门（户内维修，R-REP-16）') contactedAt: string | null;
  @nullable('接单（领取工单）') acceptedAt: string | null;
  @nullable('到场') arrivedAt: string | null;
  @nullable('完工') finishedAt: string | null;
  @nullable('工单交回') orderReturnedAt: string | null;
  @nullable('业主确认') confirmedAt: string | null;
  @nullable('关闭') closedAt: string | null;
  @nullable('首次打印派工单（R-REP-04）') printedAt: string | null;
  @nullable('技工离开时间（客服签收时填写）') leftAt: string | null;
  @nullable('客服签收工单') countersignedAt: string | null;
}
/** R-REP-16 what the technician confirmed when finishing an in-home repair. */
export class FinishChecklistDto {
  @ApiProperty({ description: '已向业主出示并解释费用（无费用时为 false）' }) feeExplained: boolean;
  @ApiProperty({ description: '业主已试用确认修好' }) fixTried: boolean;
  @ApiProperty({ description: '现场已清理' }) siteCleaned: boolean;
}
/** One round of work (a redo after a reopen is another round): what was done, with which materials, for what fee. */
export class WorkRoundDto {
  @ApiProperty({ description: '第几轮（从 1 起）' }) round: number;
  @ApiProperty({ format: 'date-time' }) finishedAt: string;
  @ApiProperty() actorName: string;
  @ApiProperty({ type: String, nullable: true }) result: string | null;
  @ApiProperty({ type: [MaterialOutDto] }) materials: MaterialOutDto[];
  @ApiProperty({ type: Number, nullable: true }) feeFen: number | null;
  @ApiProperty({ type: FinishChecklistDto, nullable: true, description: '户内维修完工确认（公共区域为空）' })
  checklist: FinishChecklistDto | null;
}
/** R-REP-04 the printed work order (处理派工单): what is on it, and when it was printed. */
export class WorkOrderPrintContentsDto {
  @ApiProperty() code: string;
  @ApiProperty() categoryName: string;
  @ApiProperty({ enum: ['public', 'in_home'] }) scope: string;
  @ApiProperty({ type: String, nullable: true }) roomLabel: string | null;
  @ApiProperty({ type: String, nullable: true }) location: string | null;
  @ApiProperty() description: string;
  @ApiProperty() requesterName: string;
  @ApiProperty({ type: String, nullable: true }) phoneMasked: string | null;
  @ApiProperty({ enum: URGENCIES }) urgency: string;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) appointmentStart: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) appointmentEnd: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) requiredBy: string | null;
  @ApiProperty({ type: String, nullable: true }) assigneeName: string | null;
  @ApiProperty() chargeKind: string;
  @ApiProperty({ type: Number, nullable: true }) priceFen: number | null;
  @ApiProperty({ type: [WorkRoundDto], description: '已完工时：每一轮的结果、费用与完工确认' }) rounds: WorkRoundDto[];
}
export class WorkOrderPrintDto {
  @ApiProperty({ format: 'date-time', description: '本次打印时间' }) printedAt: string;
  @ApiProperty({ format: 'date-time', description: '首次打印时间' }) firstPrintedAt: string;
  @ApiProperty({ description: '第几次打印' }) printCount: number;
  @ApiProperty({ type: WorkOrderPrintContentsDto }) contents: WorkOrderPrintContentsDto;
}
export class RequestDetailDto extends RequestSummaryDto {
  @ApiProperty() description: string;
  @ApiProperty() chargeKind: string;
  @ApiProperty({ type: Number, nullable: true }) priceFen: number | null;
  @ApiProperty({ type: Number, nullable: true }) feeFen: number | null;
  @ApiProperty({ type: [MaterialOutDto] }) materials: MaterialOutDto[];
  @ApiProperty({ type: String, nullable: true }) result: string | null;
  @ApiProperty({ type: [PhotoDto] }) photos: PhotoDto[];
  @ApiProperty({ type: String, nullable: true }) firstContactName: string | null;
  @ApiProperty({ enum: REPAIR_ACTIONS, isArray: true }) allowedActions: string[];
  @ApiProperty({ type: [TimelineEventDto] }) events: TimelineEventDto[];
  @ApiProperty({ type: [ClockDto] }) clocks: ClockDto[];
  @ApiProperty({ enum: SATISFACTIONS, nullable: true, description: '业主在小程序确认完工时的自评（本轮）' })
  ownerSatisfaction: Satisfaction | null;
  @ApiProperty({ enum: SATISFACTIONS, nullable: true, description: '回访记录的满意度（客服记录，不覆盖业主自评）' })
  callbackSatisfaction: Satisfaction | null;
  @ApiProperty({ type: String, nullable: true }) callbackComment: string | null;
  @ApiProperty({ type: RecordedTimesDto, description: 'R-REP-05 记录的各环节时间' }) times: RecordedTimesDto;
  @ApiProperty({ type: String, nullable: true, description: '签收交回工单的客服（R-REP-05）' }) countersignedByName:
    string | null;
  @ApiProperty({ type: [WorkRoundDto], description: '每一轮维修（返修另起一轮）的结果、材料和费用，各轮保留' })
  rounds: WorkRoundDto[];
  @ApiProperty({ type: PhotoDto, nullable: true, description: '业主签字（R-REP-06）' }) signature: PhotoDto | null;
  /** billing's BillDto (named, not imported: service requests do not depend on billing) */
  @ApiProperty({
    type: 'object',
    allOf: [{ $ref: getSchemaPath('BillDto') }],
    nullable: true,
    description: '有偿维修的费用账单',
  } as ApiPropertyOptions)
  bill: RequestBill | null;
}
export class CallbackQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('范围', ['soon', 'overdue', 'all'] as const, { optional: true }) due?: 'soon' | 'overdue' | 'all';
}
export class CallbackItemDto {
  @ApiProperty() requestId: number;
  @ApiProperty() code: string;
  @ApiProperty({ enum: ['callback', 'second_callback'] }) kind: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty() overdue: boolean;
  @ApiProperty() requesterName: string;
  @ApiProperty({ type: String, nullable: true }) phoneMasked: string | null;
  @ApiProperty({ type: String, nullable: true }) roomLabel: string | null;
  @ApiProperty() categoryName: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) finishedAt: string | null;
  @ApiProperty({ enum: SATISFACTIONS, nullable: true, description: '业主在小程序中的自评（如有）' })
  ownerSatisfaction: Satisfaction | null;
}
export class CallbackPageDto {
  @ApiProperty({ type: [CallbackItemDto] }) items: CallbackItemDto[];
  @ApiProperty({ type: String, nullable: true }) nextCursor: string | null;
}
export class CallbackCountsDto {
  @ApiProperty({ description: '全部待回访' }) all: number;
  @ApiProperty({ description: '6 小时内到期' }) soon: number;
  @ApiProperty({ description: '已超时' }) overdue: number;
}
export class RevealPhoneDto {
  @ApiProperty({ type: String, nullable: true, description: '报修人完整手机号（查看记入审计）' }) phone: string | null;
}
export class DutyQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @DateOnly('日期') date: string;
}
export class DutyEntryDto {
  @ApiProperty() id: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() staffName: string;
  @ApiProperty({ enum: ['request', 'note', 'handover'] }) kind: string;
  @ApiProperty({ type: Number, nullable: true }) requestId: number | null;
  @ApiProperty({ type: String, nullable: true }) requestCode: string | null;
  @ApiProperty() content: string;
}
export class CreateDutyDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Str('记录内容', { max: 500 }) content: string;
}
export class ShiftHandoverListDto {
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ type: [RequestSummaryDto] }) openRequests: RequestSummaryDto[];
}
export class CreateShiftHandoverDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Int('接班员工', { min: 1 }) toStaffId: number;
  @Str('交接说明', { optional: true, max: 300 }) note?: string;
}
export class TechnicianDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty() openOrders: number;
}
export class TechOrdersQuery {
  @OneOf('范围', ['mine', 'pool'] as const) scope: 'mine' | 'pool';
}
/** The clerk's 工作台 counts (UX: 待派单, 超时, 待回访, 待审核). */
export class DeskCountsDto {
  @ApiProperty({ description: '待派单' }) toDispatch: number;
  @ApiProperty({ description: '抢单池中待接单' }) inPool: number;
  @ApiProperty({ description: '处理中（已派单至完工前）' }) inProgress: number;
  @ApiProperty({ description: '未完成且已超时' }) overdue: number;
  @ApiProperty({ description: '待回访（含二次回访）' }) callbacksDue: number;
  @ApiProperty({ description: '其中回访已逾期' }) callbacksOverdue: number;
  @ApiProperty({ description: '待审批的延期申请' }) pendingExtensions: number;
  @ApiProperty({ description: '待审核的房屋绑定' }) pendingBindings: number;
}
export class TechStatsDto {
  @ApiProperty() toAccept: number;
  @ApiProperty() inProgress: number;
  @ApiProperty() todayAppointments: number;
  @ApiProperty() overdue: number;
}
