import { ApiProperty } from '@nestjs/swagger';
import {
  CALLBACK_METHODS,
  CALLBACK_METHOD_LABELS,
  CHANNELS,
  CHANNEL_LABELS,
  COMPLAINT_ACTIONS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_CLOCK_KINDS,
  COMPLAINT_IMPORTANCES,
  COMPLAINT_IMPORTANCE_LABELS,
  COMPLAINT_KINDS,
  COMPLAINT_KIND_LABELS,
  COMPLAINT_STATUSES,
  COMPLAINT_STATUS_LABELS,
  COMPLAINT_TRANSFER_LABELS,
  COMPLAINT_TRANSFER_TARGETS,
  IMMEDIATE_ACTION_REASONS,
  SATISFACTIONS,
  SATISFACTION_LABELS,
  TIMELINE_AUDIENCES,
  isMobilePhone,
} from '@wy/shared';
import { PageQuery, nullable } from '../../common/dto.js';
import { Bool, Check, Int, IsoDate, MonthOnly, OneOf, Str, StrArray } from '../../common/validation.js';

type Importance = (typeof COMPLAINT_IMPORTANCES)[number];
type Category = (typeof COMPLAINT_CATEGORIES)[number];

/** What a review decides (R-CMP-01/02/03/04/16/17); also accepted at the desk's intake to grade at once. */
export class ReviewFieldsDto {
  @Bool('是否有效投诉', { optional: true }) valid?: boolean;
  @OneOf('重要程度', COMPLAINT_IMPORTANCES, { optional: true, labels: COMPLAINT_IMPORTANCE_LABELS }) importance?: Importance;
  @OneOf('投诉类别', COMPLAINT_CATEGORIES, { optional: true, labels: COMPLAINT_CATEGORY_LABELS }) category?: Category;
  @OneOf('投诉类型', COMPLAINT_KINDS, { optional: true, labels: COMPLAINT_KIND_LABELS }) kind?: (typeof COMPLAINT_KINDS)[number];
  @Int('常见投诉分类', { optional: true, min: 1 }) classItemId?: number;
}

export class ComplaintActionDto extends ReviewFieldsDto {
  @Str('原因', { optional: true, max: 200 }) reason?: string;
  @Str('说明', { optional: true, max: 500, description: '答复、处理结果、回复内容或无效投诉的解释' }) note?: string;
  @Int('处理主管', { optional: true, min: 1 }) handlerStaffId?: number;
  @OneOf('满意度', SATISFACTIONS, { optional: true, labels: SATISFACTION_LABELS }) satisfaction?: (typeof SATISFACTIONS)[number];
  @OneOf('方式', CALLBACK_METHODS, { optional: true, labels: CALLBACK_METHOD_LABELS }) method?: (typeof CALLBACK_METHODS)[number];
  @OneOf('延期的承诺', COMPLAINT_CLOCK_KINDS, { optional: true }) clock?: (typeof COMPLAINT_CLOCK_KINDS)[number];
  @IsoDate('延期至') until?: string;
  @Int('赔偿金额（分）', { optional: true, min: 1, max: 100_000_000 }) amountFen?: number;
  @Bool('事实已核实评估', { optional: true }) factsConfirmed?: boolean;
  @OneOf('转交单位', COMPLAINT_TRANSFER_TARGETS, { optional: true, labels: COMPLAINT_TRANSFER_LABELS })
  transferTo?: (typeof COMPLAINT_TRANSFER_TARGETS)[number];
}

export class CreateComplaintDto extends ReviewFieldsDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('渠道', CHANNELS, { labels: CHANNEL_LABELS }) channel: (typeof CHANNELS)[number];
  @Int('房屋', { optional: true, min: 1 }) roomId?: number;
  @Int('投诉人', { optional: true, min: 1 }) complainantPersonId?: number;
  @Str('投诉人姓名', { max: 50 }) complainantName: string;
  @Str('联系电话', { optional: true, max: 11 })
  @Check('mobile', (v) => v === undefined || isMobilePhone(v), '请输入正确的11位手机号')
  complainantPhone?: string;
  @Str('投诉内容', { max: 1000 }) problem: string;
  @Str('投诉人的要求', { optional: true, max: 500 }) asks?: string;
  @IsoDate('投诉人要求的处理时限') askedBy?: string;
  @IsoDate('收到时间（默认现在）') receivedAt?: string;
  @IsoDate('告知投诉人的答复时间（默认按项目时限）') promisedAt?: string;
  @StrArray('需立即处理的情形', IMMEDIATE_ACTION_REASONS, { optional: true, max: 5 })
  immediate?: (typeof IMMEDIATE_ACTION_REASONS)[number][];
  @Bool('受理时一并评审', { optional: true }) review?: boolean;
  @Int('处理主管', { optional: true, min: 1 }) handlerStaffId?: number;
  @Str('说明', { optional: true, max: 500, description: '评审为无效投诉时的解释' }) note?: string;
}

export class MyCreateComplaintDto {
  @Int('房屋', { min: 1 }) roomId: number;
  @Str('投诉内容', { max: 1000 }) problem: string;
  @Str('您的要求', { optional: true, max: 500 }) asks?: string;
  @IsoDate('希望处理完成的时间') askedBy?: string;
}

export class ComplaintQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('状态', COMPLAINT_STATUSES, { optional: true, labels: COMPLAINT_STATUS_LABELS })
  status?: (typeof COMPLAINT_STATUSES)[number];
  @OneOf('重要程度', COMPLAINT_IMPORTANCES, { optional: true, labels: COMPLAINT_IMPORTANCE_LABELS }) importance?: Importance;
  @OneOf('投诉类别', COMPLAINT_CATEGORIES, { optional: true, labels: COMPLAINT_CATEGORY_LABELS }) category?: Category;
  @Bool('只看超时', { optional: true }) overdue?: boolean;
  @Bool('只看需立即处理', { optional: true }) immediate?: boolean;
  @Str('关键字', { optional: true, max: 50, description: '编码、投诉人或内容' }) keyword?: string;
}
export class EscalationQuery {
  @Int('项目ID', { optional: true, min: 1 }) projectId?: number;
}

export class ComplaintClockDto {
  @ApiProperty({ enum: COMPLAINT_CLOCK_KINDS }) kind: string;
  @ApiProperty() cycle: number;
  @ApiProperty({ format: 'date-time' }) startedAt: string;
  @ApiProperty({ format: 'date-time', description: '到期时间（已批准延期时为延期后的时间）' }) dueAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) metAt: string | null;
  @ApiProperty({ description: '已超时（未完成且已过期，或完成时已过期）' }) late: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) extendedUntil: string | null;
  @ApiProperty({ type: String, nullable: true }) extensionReason: string | null;
  @ApiProperty() cancelled: boolean;
}
export class ComplaintEventDto {
  @ApiProperty() id: number;
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() actorName: string;
  @ApiProperty() action: string;
  @ApiProperty({ description: '该步骤的名称' }) label: string;
  @ApiProperty({ type: String, nullable: true }) fromStatus: string | null;
  @ApiProperty({ type: String, nullable: true }) toStatus: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ enum: TIMELINE_AUDIENCES }) audience: string;
}
export class ComplaintSummaryDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @nullable('编码；评审前或无效投诉为空') code: string | null;
  @ApiProperty({ enum: COMPLAINT_STATUSES }) status: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ enum: COMPLAINT_IMPORTANCES, nullable: true, type: String }) importance: string | null;
  @ApiProperty({ enum: COMPLAINT_CATEGORIES, nullable: true, type: String }) category: string | null;
  @ApiProperty({ enum: COMPLAINT_KINDS, nullable: true, type: String }) kind: string | null;
  @ApiProperty({ enum: CHANNELS }) channel: string;
  @ApiProperty() complainantName: string;
  @ApiProperty() problem: string;
  @ApiProperty({ type: [String], enum: IMMEDIATE_ACTION_REASONS }) immediate: string[];
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ format: 'date-time' }) promisedAt: string;
  @ApiProperty({ type: Number, nullable: true }) handlerStaffId: number | null;
  @ApiProperty({ type: [ComplaintClockDto], description: '进行中的承诺' }) running: ComplaintClockDto[];
  @ApiProperty({ description: '有承诺已超时' }) late: boolean;
}
export class ComplaintPageDto {
  @ApiProperty({ type: [ComplaintSummaryDto] }) items: ComplaintSummaryDto[];
  @nullable() nextCursor: string | null;
}
export class ComplaintPartyDto {
  @ApiProperty() name: string;
  @ApiProperty({ description: 'miniapp 小程序加入 / desk 服务中心登记' }) via: string;
  @ApiProperty({ format: 'date-time' }) joinedAt: string;
}
export class AddPartyDto {
  @Str('联名人姓名', { max: 50 }) name: string;
  @Int('联名人', { optional: true, min: 1 }) personId?: number;
  @Int('房屋', { optional: true, min: 1 }) roomId?: number;
}
export class JoinComplaintDto {
  @Int('房屋', { min: 1 }) roomId: number;
  @Str('联名码', { max: 12, pattern: /^[A-Za-z0-9]{8}$/, patternMessage: '联名码为8位字母或数字' }) joinCode: string;
}
export class ComplaintDetailDto extends ComplaintSummaryDto {
  @ApiProperty({ type: [String] }) codeHistory: string[];
  @ApiProperty({ type: Number, nullable: true }) classItemId: number | null;
  @ApiProperty({ type: Number, nullable: true }) roomId: number | null;
  @nullable() complainantPhoneMasked: string | null;
  @nullable() asks: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) askedBy: string | null;
  @nullable('无效投诉的解释') invalidReason: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) escalatedAt: string | null;
  @nullable() handlerName: string | null;
  @nullable() result: string | null;
  @ApiProperty({ type: String, nullable: true, enum: SATISFACTIONS }) satisfaction: string | null;
  @ApiProperty() cycle: number;
  @ApiProperty({ type: [ComplaintClockDto] }) clocks: ComplaintClockDto[];
  @ApiProperty({ type: [ComplaintEventDto] }) events: ComplaintEventDto[];
  @ApiProperty({ type: [String], enum: COMPLAINT_ACTIONS, description: '当前可执行的操作' }) allowedActions: string[];
  @ApiProperty({ type: Number, nullable: true, description: '承诺的赔偿（分）' }) compensationFen: number | null;
  @nullable() compensationNote: string | null;
  @ApiProperty({ type: String, nullable: true, enum: COMPLAINT_TRANSFER_TARGETS }) transferredTo: string | null;
  @nullable() transferNote: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) identityCheckedAt: string | null;
  @ApiProperty({ description: '沟通类投诉：处理前须核实身份、查看缴费' }) needsIdentityCheck: boolean;
  @ApiProperty({ description: '联名人数（含投诉人）' }) jointCount: number;
  @ApiProperty({ type: [ComplaintPartyDto] }) parties: ComplaintPartyDto[];
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: '联名投诉书面上报公司的时间' })
  companyReportedAt: string | null;
}

/** The complainant's view: owner words, no grading, no code, no staff notes. */
export class MyPromiseDto {
  @ApiProperty() label: string;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty() done: boolean;
}
export class MyComplaintEventDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() label: string;
  @nullable() note: string | null;
}
export class MyComplaintDto {
  @ApiProperty() id: number;
  @ApiProperty() statusLabel: string;
  @ApiProperty() problem: string;
  @nullable() asks: string | null;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ format: 'date-time', description: '告知您的答复时间' }) promisedAt: string;
  @ApiProperty({ type: [MyPromiseDto] }) promises: MyPromiseDto[];
  @ApiProperty({ type: [MyComplaintEventDto] }) events: MyComplaintEventDto[];
  @nullable('联名码：邻居凭它在小程序加入联名（只给投诉人本人）') joinCode: string | null;
  @ApiProperty({ description: '联名人数（含投诉人）' }) jointCount: number;
}

export class ClassItemDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty({ enum: COMPLAINT_IMPORTANCES }) importance: string;
  @ApiProperty({ enum: COMPLAINT_CATEGORIES }) category: string;
  @ApiProperty() name: string;
  @nullable() note: string | null;
  @ApiProperty() sort: number;
  @ApiProperty() active: boolean;
}
export class ClassItemQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
}
export class CreateClassItemDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('重要程度', COMPLAINT_IMPORTANCES, { labels: COMPLAINT_IMPORTANCE_LABELS }) importance: Importance;
  @OneOf('投诉类别', COMPLAINT_CATEGORIES, { labels: COMPLAINT_CATEGORY_LABELS }) category: Category;
  @Str('常见投诉', { max: 100 }) name: string;
  @Str('说明', { optional: true, max: 200 }) note?: string;
  @Int('排序', { optional: true, min: 0, max: 10000 }) sort?: number;
}
export class UpdateClassItemDto {
  @OneOf('重要程度', COMPLAINT_IMPORTANCES, { optional: true, labels: COMPLAINT_IMPORTANCE_LABELS }) importance?: Importance;
  @OneOf('投诉类别', COMPLAINT_CATEGORIES, { optional: true, labels: COMPLAINT_CATEGORY_LABELS }) category?: Category;
  @Str('常见投诉', { optional: true, max: 100 }) name?: string;
  @Str('说明', { optional: true, max: 200 }) note?: string;
  @Int('排序', { optional: true, min: 0, max: 10000 }) sort?: number;
  @Bool('启用', { optional: true }) active?: boolean;
}

export class HandlerDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
  @ApiProperty({ type: [String] }) roles: string[];
}
export class HandlerQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
}
export class GuideQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
}
/** R-CMP-20 the complaint guide with the project's own time limits. */
export class ComplaintGuideDto {
  @ApiProperty({ description: 'R-CMP-19 的邀请语' }) invitation: string;
  @ApiProperty({ type: [String], description: '在哪里、怎样投诉' }) ways: string[];
  @ApiProperty({ type: [String], description: '处理流程' }) flow: string[];
  @ApiProperty({ type: [String], description: '处理时限（按本项目的投诉时限设置）' }) limits: string[];
}

/** R-RPT-01 R-CMP-22 a month's counts and rates (percent; null when there was nothing to count). */
export class ComplaintStatsRowDto {
  @ApiProperty() received: number;
  @ApiProperty() valid: number;
  @ApiProperty() handled: number;
  @ApiProperty() handledInTime: number;
  @ApiProperty() closed: number;
  @ApiProperty() closedFirstTime: number;
  @ApiProperty() satisfied: number;
  @ApiProperty() tracked: number;
  @ApiProperty() callbacksDue: number;
  @ApiProperty() callbacksDone: number;
  @ApiProperty({ type: Number, nullable: true, description: '及时处理率' }) timelyRate: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '处理正确率' }) correctRate: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '回访率' }) callbackRate: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '满意率' }) satisfactionRate: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '有效投诉率' }) validRate: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '投诉跟踪率' }) trackingRate: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '每百户有效投诉数' }) complaintRate: number | null;
}
export class ComplaintStatsCategoryDto extends ComplaintStatsRowDto {
  @ApiProperty({ enum: COMPLAINT_CATEGORIES }) category: string;
  @ApiProperty() label: string;
}
export class ComplaintStatsDto {
  @ApiProperty() month: string;
  @ApiProperty({ description: '户数' }) households: number;
  @ApiProperty({ type: ComplaintStatsRowDto }) total: ComplaintStatsRowDto;
  @ApiProperty({ type: [ComplaintStatsCategoryDto] }) byCategory: ComplaintStatsCategoryDto[];
}
export class ComplaintStatsQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @MonthOnly('月份') month: string;
}
