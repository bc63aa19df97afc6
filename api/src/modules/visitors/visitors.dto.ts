import { ApiProperty } from '@nestjs/swagger';
import {
  VISITOR_ACTIONS,
  VISITOR_MAX_COUNT,
  VISITOR_STATUSES,
  VISITOR_STATUS_LABELS,
  VISIT_REASONS,
  VISIT_REASON_LABELS,
  isMobilePhone,
  isPlate,
  visitorIdProblem,
  type VisitorAction,
  type VisitorStatus,
  type VisitReason,
} from '@wy/shared';
import { PageQuery, nullable } from '../../common/dto.js';
import { Check, DateOnly, Int, OneOf, Str } from '../../common/validation.js';

const plateOk = (v: unknown) => v === undefined || v === '' || isPlate(String(v).toUpperCase());
const idOk = (v: unknown) => v === undefined || (typeof v === 'string' && !visitorIdProblem(v));

/** R-PAS-05 the guard registers a visitor at the gate: who, their ID, whom they visit (a room and a bound person of it). */
export class RegisterVisitorDto {
  @Int('被访房屋', { min: 1 }) roomId: number;
  @Int('被访住户', { min: 1 }) hostPersonId: number;
  @Str('访客姓名', { max: 50 }) name: string;
  @Str('证件号码', { max: 20 })
  @Check('idNumber', idOk, '证件号码应为18位身份证号，或6至20位字母数字的其他证件号')
  idNumber: string;
  @Int('来访人数', { min: 1, max: VISITOR_MAX_COUNT }) peopleCount: number;
  @Str('车牌号', { optional: true, max: 10 })
  @Check('plate', plateOk, '车牌号格式不正确，如 粤B12345')
  plate?: string;
  @OneOf('来访事由', VISIT_REASONS, { labels: VISIT_REASON_LABELS }) reason: VisitReason;
  @Str('事由说明', { optional: true, max: 200 }) reasonNote?: string;
}

/** R-PAS-05 an occupant registers a visitor in advance in the mini-program. */
export class InviteVisitorDto {
  @Int('房屋', { min: 1 }) roomId: number;
  @Str('访客姓名', { max: 50 }) name: string;
  @Str('访客手机号', { max: 20 })
  @Check('phone', (v) => isMobilePhone(v), '访客手机号应为11位手机号')
  phone: string;
  @DateOnly('来访日期') visitOn: string;
  @Int('来访人数', { min: 1, max: VISITOR_MAX_COUNT }) peopleCount: number;
  @Str('车牌号', { optional: true, max: 10 })
  @Check('plate', plateOk, '车牌号格式不正确，如 粤B12345')
  plate?: string;
  @OneOf('来访事由', VISIT_REASONS, { optional: true, labels: VISIT_REASON_LABELS }) reason?: VisitReason;
}

/** A step's input: who answered the guard's call (电话确认), a reason (拒绝), the ID number seen at entry (预约访客). */
export class VisitorActionDto {
  @Str('接听人', { optional: true, max: 50 }) answeredBy?: string;
  @Str('原因', { optional: true, max: 200 }) reason?: string;
  @Str('证件号码', { optional: true, max: 20 })
  @Check('idNumber', idOk, '证件号码应为18位身份证号，或6至20位字母数字的其他证件号')
  idNumber?: string;
}

export class VisitorQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @DateOnly('来访日期', { optional: true }) date?: string;
  @OneOf('状态', VISITOR_STATUSES, { optional: true, labels: VISITOR_STATUS_LABELS }) status?: VisitorStatus;
  @Str('关键字', { optional: true, max: 30 }) keyword?: string;
}
export class HostsQuery {
  @Int('房屋', { min: 1 }) roomId: number;
}

export class VisitorHostDto {
  @ApiProperty() personId: number;
  @ApiProperty() name: string;
  @ApiProperty({ description: '业主 / 家庭成员 / 租户' }) kindLabel: string;
}

export class VisitorDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty() roomId: number;
  @ApiProperty() roomLabel: string;
  @ApiProperty({ description: 'gate / invite' }) source: string;
  @ApiProperty() sourceLabel: string;
  @ApiProperty() hostName: string;
  @ApiProperty() name: string;
  @nullable('证件号码（遮掩）') idNumberMasked: string | null;
  @nullable('访客手机号（预约人可见全号，其他人遮掩）') phone: string | null;
  @ApiProperty() peopleCount: number;
  @nullable() plate: string | null;
  @ApiProperty({ enum: VISIT_REASONS }) reason: string;
  @ApiProperty() reasonLabel: string;
  @nullable() reasonNote: string | null;
  @ApiProperty({ description: '来访日期（项目时区）' }) visitOn: string;
  @nullable('访客码（仅预约人可见；工作人员可见）') code: string | null;
  @ApiProperty({ enum: VISITOR_STATUSES }) status: string;
  @ApiProperty({ description: '显示的状态（过了来访日未使用为 expired）' }) shownStatus: string;
  @ApiProperty() statusLabel: string;
  @nullable() registeredByName: string | null;
  @nullable('app / phone / invite') confirmedVia: string | null;
  @nullable() confirmedByName: string | null;
  @nullable() confirmedAt: string | null;
  @nullable('电话确认的接听人') answeredBy: string | null;
  @nullable() refuseReason: string | null;
  @nullable() enteredAt: string | null;
  @nullable() enteredByName: string | null;
  @nullable() leftAt: string | null;
  @nullable() leftByName: string | null;
  @ApiProperty({ enum: VISITOR_ACTIONS, isArray: true, description: '当前用户可执行的操作' }) allowedActions: VisitorAction[];
  @ApiProperty() createdAt: string;
}
/** The gate's look-up by code: the visitor, and why they may not go in now (null: they may). */
export class GateVisitorDto extends VisitorDto {
  @nullable('R-PAS-05 不能进入的原因') refusal: string | null;
}
export class VisitorPageDto {
  @ApiProperty({ type: [VisitorDto] }) items: VisitorDto[];
  @nullable() nextCursor: string | null;
}
export class VisitorRevealDto {
  @nullable() idNumber: string | null;
  @nullable() phone: string | null;
}
