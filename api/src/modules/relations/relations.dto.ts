import { ApiProperty } from '@nestjs/swagger';
import {
  COMMUNICATION_CHANNELS,
  COMMUNICATION_CHANNEL_LABELS,
  CONTACT_STATES,
  CONTACT_STATE_LABELS,
  KEY_CUSTOMER_KINDS,
  KEY_CUSTOMER_KIND_LABELS,
  isMobilePhone,
  isQuarter,
  type CommunicationChannel,
  type ContactState,
  type KeyCustomerKind,
} from '@wy/shared';
import { PageQuery, nullable, nullableInt } from '../../common/dto.js';
import { Check, DateOnly, Int, OneOf, Str } from '../../common/validation.js';

/** A key customer's or committee member's record (the console's form). */
export class KeyCustomerFormDto {
  @OneOf('类别', KEY_CUSTOMER_KINDS, { labels: KEY_CUSTOMER_KIND_LABELS }) kind: KeyCustomerKind;
  @Str('姓名', { max: 50 }) name: string;
  @Int('房屋', { optional: true, min: 1 }) roomId?: number;
  @Str('业委会职务', { optional: true, max: 20 }) committeeRole?: string;
  @Str('列为重点的原因', { min: 2, max: 200 }) reason: string;
  @Str('联系电话', { optional: true, max: 20 })
  @Check(
    'phone',
    (v) => v === undefined || v === '' || isMobilePhone(v) || (typeof v === 'string' && /^0\d{2,3}-?\d{7,8}$/.test(v)),
    '联系电话应为11位手机号或带区号的固定电话',
  )
  phone?: string;
}
export class CreateKeyCustomerDto extends KeyCustomerFormDto {
  @Int('项目ID', { min: 1 }) projectId: number;
}
export class KeyCustomerQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('类别', KEY_CUSTOMER_KINDS, { optional: true, labels: KEY_CUSTOMER_KIND_LABELS }) kind?: KeyCustomerKind;
  @OneOf('沟通状态', CONTACT_STATES, { optional: true, labels: CONTACT_STATE_LABELS }) state?: ContactState;
  @Str('关键字', { optional: true, max: 30 }) keyword?: string;
}
export class KeyCustomerDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty({ enum: KEY_CUSTOMER_KINDS }) kind: string;
  @ApiProperty() kindLabel: string;
  @ApiProperty() name: string;
  @nullableInt() roomId: number | null;
  @nullable() roomLabel: string | null;
  @nullable() committeeRole: string | null;
  @ApiProperty() reason: string;
  @nullable('联系电话（遮掩）') phoneMasked: string | null;
  @ApiProperty() listedOn: string;
  @nullable() lastContactOn: string | null;
  @ApiProperty({ description: '下次沟通的截止日（项目时区）' }) dueBy: string;
  @ApiProperty({ enum: CONTACT_STATES }) contactState: string;
  @ApiProperty() contactStateLabel: string;
  @ApiProperty() createdAt: string;
}
export class KeyCustomerPageDto {
  @ApiProperty({ type: [KeyCustomerDto] }) items: KeyCustomerDto[];
  @nullable() nextCursor: string | null;
}
export class KeyCustomerRevealDto {
  @nullable() phone: string | null;
}

/** A communication record (沟通记录). */
export class CommunicationFormDto {
  @Int('沟通对象', { min: 1 }) keyCustomerId: number;
  @DateOnly('沟通日期') contactOn: string;
  @Str('沟通人', { optional: true, max: 50 }) staffName?: string;
  @Str('沟通对象姓名', { optional: true, max: 50 }) withName?: string;
  @OneOf('沟通方式', COMMUNICATION_CHANNELS, { labels: COMMUNICATION_CHANNEL_LABELS }) channel: CommunicationChannel;
  @Str('沟通主题', { min: 2, max: 100 }) topic: string;
  @Str('沟通内容', { min: 2, max: 2000 }) summary: string;
  @Str('跟进事项', { optional: true, max: 500 }) followUp?: string;
}
const quarterOk = (v: unknown) => v === undefined || isQuarter(v);
export class CommunicationQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Int('沟通对象', { optional: true, min: 1 }) keyCustomerId?: number;
  @Str('季度', { optional: true, max: 6 })
  @Check('quarter', quarterOk, '季度格式应为 2026Q4')
  quarter?: string;
}
export class CommunicationPrintQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Str('季度', { max: 6 })
  @Check('quarter', quarterOk, '季度格式应为 2026Q4')
  quarter: string;
}
export class CommunicationDto {
  @ApiProperty() id: number;
  @ApiProperty() keyCustomerId: number;
  @ApiProperty() customerName: string;
  @ApiProperty() customerKindLabel: string;
  @ApiProperty() contactOn: string;
  @ApiProperty() staffName: string;
  @ApiProperty() withName: string;
  @ApiProperty({ enum: COMMUNICATION_CHANNELS }) channel: string;
  @ApiProperty() channelLabel: string;
  @ApiProperty() topic: string;
  @ApiProperty() summary: string;
  @nullable() followUp: string | null;
  @ApiProperty() createdAt: string;
}
export class CommunicationPageDto {
  @ApiProperty({ type: [CommunicationDto] }) items: CommunicationDto[];
  @nullable() nextCursor: string | null;
}
/** One person's line of the quarter's coverage (printed under the records). */
export class CoverageLineDto {
  @ApiProperty() keyCustomerId: number;
  @ApiProperty() name: string;
  @ApiProperty() kindLabel: string;
  @ApiProperty({ description: '本季度沟通次数' }) count: number;
  @ApiProperty({ description: '应沟通次数（业委会委员每月一次，重点客户每季度一次）' }) required: number;
}
export class CommunicationPrintDto {
  @ApiProperty() projectId: number;
  @ApiProperty() projectName: string;
  @ApiProperty() quarter: string;
  @ApiProperty() quarterLabel: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: [CommunicationDto] }) items: CommunicationDto[];
  @ApiProperty({ type: [CoverageLineDto] }) coverage: CoverageLineDto[];
}

/** 节日问候. */
export class GreetDto {
  @Int('问候对象', { min: 1 }) keyCustomerId: number;
  @Str('节日', { max: 20 }) festival: string;
  @DateOnly('问候日期') greetedOn: string;
  @OneOf('问候方式', COMMUNICATION_CHANNELS, { labels: COMMUNICATION_CHANNEL_LABELS }) channel: CommunicationChannel;
  @Str('备注', { optional: true, max: 200 }) note?: string;
}
export class GreetingQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Str('节日', { optional: true, max: 20 }) festival?: string;
}
export class FestivalDto {
  @ApiProperty({ description: '节日（如 spring-2027）' }) key: string;
  @ApiProperty() label: string;
  @ApiProperty() date: string;
}
export class GreetingDto {
  @ApiProperty() id: number;
  @ApiProperty() keyCustomerId: number;
  @ApiProperty() customerName: string;
  @ApiProperty() kindLabel: string;
  @ApiProperty() festival: string;
  @ApiProperty() festivalLabel: string;
  @ApiProperty() greetedOn: string;
  @ApiProperty() channel: string;
  @ApiProperty() channelLabel: string;
  @nullable() note: string | null;
  @ApiProperty() byName: string;
}
export class GreetingBoardDto {
  @ApiProperty({ type: FestivalDto }) festival: FestivalDto;
  @ApiProperty({ type: [FestivalDto], description: '可登记问候的节日（即将到来的与近60天内的）' }) festivals: FestivalDto[];
  @ApiProperty({ type: [GreetingDto] }) greeted: GreetingDto[];
  @ApiProperty({ type: [KeyCustomerDto], description: '尚未问候的人' }) notGreeted: KeyCustomerDto[];
}
