import { ApiProperty } from '@nestjs/swagger';
import {
  CHANNELS,
  CHANNEL_LABELS,
  ENQUIRY_ACTIONS,
  ENQUIRY_STATUSES,
  ENQUIRY_STATUS_LABELS,
  ENQUIRY_TYPES,
  ENQUIRY_TYPE_LABELS,
  INQUIRY_OUTCOMES,
  INQUIRY_OUTCOME_LABELS,
  REPLY_WAYS,
  REPLY_WAY_LABELS,
  TIMELINE_AUDIENCES,
  isMobilePhone,
} from '@wy/shared';
import { PageQuery, nullable } from '../../common/dto.js';
import { Bool, Check, Int, IsoDate, MonthOnly, OneOf, Str } from '../../common/validation.js';

type Type = (typeof ENQUIRY_TYPES)[number];
type Way = (typeof REPLY_WAYS)[number];
const isEmail = (v: unknown) => v === undefined || (typeof v === 'string' && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v));

/** A step's input: the reply, the handler, the developer's letter, the committee's view. */
export class EnquiryActionDto {
  @Int('处理人', { optional: true, min: 1 }) handlerStaffId?: number;
  @Str('说明', { optional: true, max: 1000, description: '答复内容、转交说明、业委会意见或致谢内容' }) note?: string;
  @OneOf('答复方式', REPLY_WAYS, { optional: true, labels: REPLY_WAY_LABELS }) via?: Way;
  @Bool('是否采纳', { optional: true }) adopted?: boolean;
  @Str('不采纳的原因', { optional: true, max: 500 }) reason?: string;
  @OneOf('咨询结果', INQUIRY_OUTCOMES, { optional: true, labels: INQUIRY_OUTCOME_LABELS })
  outcome?: (typeof INQUIRY_OUTCOMES)[number];
  @Str('建议咨询的其他渠道', { optional: true, max: 200 }) referTo?: string;
  @Int('答客问条目', { optional: true, min: 1 }) faqEntryId?: number;
  @Str('书面询问的函件编号或内容', { optional: true, max: 200 }) letter?: string;
}

export class CreateEnquiryDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('类别', ENQUIRY_TYPES, { labels: ENQUIRY_TYPE_LABELS }) type: Type;
  @OneOf('渠道', CHANNELS, { labels: CHANNEL_LABELS }) channel: (typeof CHANNELS)[number];
  @Int('房屋', { optional: true, min: 1 }) roomId?: number;
  @Int('客户', { optional: true, min: 1 }) personId?: number;
  @Str('客户姓名', { max: 50 }) name: string;
  @Str('联系电话', { optional: true, max: 11 })
  @Check('mobile', (v) => v === undefined || isMobilePhone(v), '请输入正确的11位手机号')
  phone?: string;
  @Str('电子邮箱', { optional: true, max: 100 })
  @Check('email', isEmail, '请输入正确的电子邮箱')
  email?: string;
  @Str('内容', { max: 1000 }) content: string;
  @OneOf('答复方式', REPLY_WAYS, { labels: REPLY_WAY_LABELS }) replyWay: Way;
  @IsoDate('约定的答复时间') agreedReplyAt?: string;
  @Bool('客户同意晚于3天答复', { optional: true }) laterAgreed?: boolean;
  @Bool('涉及建设单位', { optional: true }) aboutDeveloper?: boolean;
  @IsoDate('收到时间（默认现在）') receivedAt?: string;
  /** R-INQ-01 an inquiry answered at once: the answer given at the desk */
  @Str('当场答复', { optional: true, max: 1000 }) answer?: string;
  @Int('答客问条目', { optional: true, min: 1 }) faqEntryId?: number;
}

export class MyCreateEnquiryDto {
  @Int('房屋', { min: 1 }) roomId: number;
  @OneOf('类别', ENQUIRY_TYPES, { labels: ENQUIRY_TYPE_LABELS }) type: Type;
  @Str('内容', { max: 1000 }) content: string;
  @OneOf('答复方式', ['phone', 'miniapp'] as const, { optional: true, labels: { phone: '电话', miniapp: '小程序' } })
  replyWay?: 'phone' | 'miniapp';
}

export class EnquiryQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('类别', ENQUIRY_TYPES, { optional: true, labels: ENQUIRY_TYPE_LABELS }) type?: Type;
  @OneOf('状态', ENQUIRY_STATUSES, { optional: true, labels: ENQUIRY_STATUS_LABELS }) status?: (typeof ENQUIRY_STATUSES)[number];
  @Bool('只看超时', { optional: true }) overdue?: boolean;
  @Str('关键字', { optional: true, max: 50 }) keyword?: string;
}
export class EnquiryStatsQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @MonthOnly('月份') month: string;
}

export class EnquiryEventDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() actorName: string;
  @ApiProperty() action: string;
  @ApiProperty() label: string;
  @nullable() note: string | null;
  @ApiProperty({ enum: TIMELINE_AUDIENCES }) audience: string;
}
export class EnquirySummaryDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty({ enum: ENQUIRY_TYPES }) type: string;
  @ApiProperty({ enum: ENQUIRY_STATUSES }) status: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty({ enum: CHANNELS }) channel: string;
  @ApiProperty() name: string;
  @ApiProperty() content: string;
  @ApiProperty({ enum: REPLY_WAYS }) replyWay: string;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ format: 'date-time' }) agreedReplyAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) forwardDueAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) repliedAt: string | null;
  @ApiProperty({ description: '未按时转交（2 小时内）' }) forwardLate: boolean;
  @ApiProperty({ description: '未在约定时间前答复' }) replyLate: boolean;
  @ApiProperty() aboutDeveloper: boolean;
  @ApiProperty({ type: Boolean, nullable: true }) adopted: boolean | null;
}
export class EnquiryPageDto {
  @ApiProperty({ type: [EnquirySummaryDto] }) items: EnquirySummaryDto[];
  @nullable() nextCursor: string | null;
}
export class EnquiryDetailDto extends EnquirySummaryDto {
  @ApiProperty({ type: Number, nullable: true }) roomId: number | null;
  @nullable() phoneMasked: string | null;
  @nullable() email: string | null;
  @ApiProperty() laterAgreed: boolean;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) forwardedAt: string | null;
  @ApiProperty({ type: Number, nullable: true }) handlerStaffId: number | null;
  @nullable() handlerName: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) consultedAt: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) developerAskedAt: string | null;
  @nullable() developerLetter: string | null;
  @ApiProperty({ type: String, nullable: true, enum: REPLY_WAYS }) repliedVia: string | null;
  @nullable() replyText: string | null;
  @ApiProperty({ type: String, nullable: true, enum: INQUIRY_OUTCOMES }) outcome: string | null;
  @nullable() referTo: string | null;
  @nullable() notAdoptedReason: string | null;
  @ApiProperty({ type: Number, nullable: true }) faqEntryId: number | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) thankedAt: string | null;
  @ApiProperty({ type: [EnquiryEventDto] }) events: EnquiryEventDto[];
  @ApiProperty({ type: [String], enum: ENQUIRY_ACTIONS, description: '当前可执行的操作' }) allowedActions: string[];
}

export class MyEnquiryEventDto {
  @ApiProperty({ format: 'date-time' }) at: string;
  @ApiProperty() label: string;
  @nullable() note: string | null;
}
/** The customer's view: their words and the centre's answers; no handler, no staff notes. */
export class MyEnquiryDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: ENQUIRY_TYPES }) type: string;
  @ApiProperty() typeLabel: string;
  @ApiProperty() statusLabel: string;
  @ApiProperty() content: string;
  @ApiProperty({ format: 'date-time' }) receivedAt: string;
  @ApiProperty({ format: 'date-time', description: '约定的答复时间' }) agreedReplyAt: string;
  @nullable('答复内容') replyText: string | null;
  @ApiProperty({ type: [MyEnquiryEventDto] }) events: MyEnquiryEventDto[];
}

export class EnquiryRateDto {
  @ApiProperty({ enum: ENQUIRY_TYPES }) type: string;
  @ApiProperty() received: number;
  @ApiProperty() replied: number;
  @ApiProperty({ description: '按约定时间答复的件数' }) inTime: number;
  @ApiProperty({ description: '建议：2 小时内转交的件数' }) forwardedInTime: number;
  @ApiProperty({ description: '建议：采纳件数' }) adopted: number;
  @ApiProperty({ type: Number, nullable: true, description: '答复率（%），无件数时为空' }) replyRate: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '及时答复率（%）' }) timelyRate: number | null;
}
