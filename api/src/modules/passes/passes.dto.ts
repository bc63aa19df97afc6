import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import {
  PASS_ACTIONS,
  PASS_MAX_ITEMS,
  PASS_MAX_QUANTITY,
  PASS_REASONS,
  PASS_REASON_LABELS,
  PASS_STATUSES,
  PASS_STATUS_LABELS,
  isMobilePhone,
  isPlate,
  type PassAction,
  type PassReason,
  type PassStatus,
} from '@wy/shared';
import { nullable, nullableInt, PageOf, PageQuery, ProjectIdQuery, ProjectListQuery, StepEventDto, StepWords } from '../../common/dto.js';
import { Bool, Check, DateOnly, Int, IntArray, OneOf, Str } from '../../common/validation.js';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** One row of the item list (the service checks the rows as a whole: at least one, quantities 1…999). */
export class PassItemDto {
  @Str('物品名称', { max: 40 }) name: string;
  @Int('物品数量', { min: 1, max: PASS_MAX_QUANTITY }) quantity: number;
}

/** What an application carries, from the owner or the desk. */
export class PassFormDto {
  @Int('房屋', { min: 1 }) roomId: number;
  @DateOnly('搬出日期') moveOn: string;
  @Str('开始时间', { optional: true, max: 5, pattern: TIME, patternMessage: '开始时间格式应为 时:分，如 09:00' })
  fromTime?: string;
  @Str('结束时间', { optional: true, max: 5, pattern: TIME, patternMessage: '结束时间格式应为 时:分，如 12:00' }) toTime?: string;
  @ApiProperty({ type: [PassItemDto], description: '物品清单' })
  @IsArray({ message: '物品清单必须是列表' })
  @ArrayMaxSize(PASS_MAX_ITEMS, { message: `物品清单最多${PASS_MAX_ITEMS}项` })
  @ValidateNested({ each: true })
  @Type(() => PassItemDto)
  items: PassItemDto[];
  @Str('车牌号', { optional: true, max: 10 })
  @Check('plate', (v) => v === undefined || v === '' || isPlate(String(v).toUpperCase()), '车牌号格式不正确，如 粤B12345')
  plate?: string;
  @Str('搬运人', { optional: true, max: 50 }) carrierName?: string;
  @Str('搬运人电话', { optional: true, max: 20 })
  @Check('carrierPhone', (v) => v === undefined || v === '' || isMobilePhone(v), '搬运人电话应为11位手机号')
  carrierPhone?: string;
  @OneOf('搬出原因', PASS_REASONS, { labels: PASS_REASON_LABELS }) reason: PassReason;
  @Str('原因说明', { optional: true, max: 200 }) reasonNote?: string;
}
/** An owner applies in the mini-program. */
export class MyPassApplyDto extends PassFormDto {}
/** The desk makes a pass for an owner at the counter: the owner's name, and the identity document seen. */
export class DeskPassDto extends PassFormDto {
  @Str('业主姓名', { max: 50 }) applicantName: string;
  @Str('身份核验说明', { min: 2, max: 100 }) identityNote: string;
}

/** A step's input: a reason (驳回, 不同意, 撤回), the arrears override (签发), the gate's check (放行). */
export class PassActionDto extends StepWords(200) {
  @Bool('仍然签发', { optional: true }) overrideArrears?: boolean;
  @IntArray('已核对的物品（清单序号，从0起）', { optional: true, max: 30 }) checkedItems?: number[];
}

export class PassQuery extends ProjectListQuery() {
  @OneOf('状态', PASS_STATUSES, { optional: true, labels: PASS_STATUS_LABELS }) status?: PassStatus;
  @DateOnly('搬出日期', { optional: true }) moveOn?: string;
  @Int('房屋', { optional: true, min: 1 }) roomId?: number;
}
export class ReleaseLogQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @DateOnly('放行日期', { optional: true }) date?: string;
}
export class GuideQuery extends ProjectIdQuery {}
export class SaveGuideDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Str('办理须知', { min: 10, max: 2000 }) text: string;
}
export class GuideDto {
  @ApiProperty() projectId: number;
  @ApiProperty({ description: '所需资料和流程' }) text: string;
  @ApiProperty({ description: '是否为默认文本（项目未编写）' }) isDefault: boolean;
}

export class PassArrearsDto {
  @ApiProperty({ description: '逾期未缴账单数' }) count: number;
  @ApiProperty({ description: '逾期欠费（分，含滞纳金）' }) fen: number;
}
export class PassDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @nullable('放行条编号（签发后）') code: string | null;
  @ApiProperty() roomId: number;
  @ApiProperty() roomLabel: string;
  @ApiProperty() applicantName: string;
  @ApiProperty({ description: 'owner / member / tenant' }) applicantRole: string;
  @ApiProperty() applicantRoleLabel: string;
  @ApiProperty() moveOn: string;
  @nullable() fromTime: string | null;
  @nullable() toTime: string | null;
  @ApiProperty({ type: [PassItemDto] }) items: PassItemDto[];
  @nullable() plate: string | null;
  @nullable() carrierName: string | null;
  @nullable('搬运人电话（工作人员可见）') carrierPhone: string | null;
  @ApiProperty({ enum: PASS_REASONS }) reason: string;
  @ApiProperty() reasonLabel: string;
  @nullable() reasonNote: string | null;
  @ApiProperty({ enum: PASS_STATUSES }) status: string;
  @ApiProperty({ description: '显示的状态（已签发而过了有效日为 expired）' }) shownStatus: string;
  @ApiProperty() statusLabel: string;
  @nullable() confirmedByName: string | null;
  @nullable() confirmedAt: string | null;
  @nullable() confirmNote: string | null;
  @nullable() issuedAt: string | null;
  @nullable() issuedByName: string | null;
  @ApiProperty({ description: '签发时的逾期欠费（分）' }) arrearsFen: number;
  @nullable() arrearsReason: string | null;
  @nullable() refuseReason: string | null;
  @nullable() releasedAt: string | null;
  @nullable() releasedByName: string | null;
  @nullable() releaseNote: string | null;
  @ApiProperty({ type: [StepEventDto] }) timeline: StepEventDto[];
  @ApiProperty({ enum: PASS_ACTIONS, isArray: true, description: '当前用户可执行的操作' }) allowedActions: PassAction[];
  @ApiProperty() createdAt: string;
}
export class DeskPassDetailDto extends PassDto {
  @ApiProperty({ type: PassArrearsDto, description: 'R-PAS-02 该房屋当前逾期欠费' }) arrears: PassArrearsDto;
  @nullableInt() personId: number | null;
}
export class PassSummaryDto {
  @ApiProperty() id: number;
  @nullable() code: string | null;
  @ApiProperty() roomLabel: string;
  @ApiProperty() applicantName: string;
  @ApiProperty() applicantRoleLabel: string;
  @ApiProperty() moveOn: string;
  @nullable() fromTime: string | null;
  @nullable() toTime: string | null;
  @ApiProperty() itemCount: number;
  @ApiProperty() itemsText: string;
  @nullable() plate: string | null;
  @ApiProperty() reasonLabel: string;
  @ApiProperty() status: string;
  @ApiProperty() shownStatus: string;
  @ApiProperty() statusLabel: string;
  @nullable() releasedAt: string | null;
  @nullable() releasedByName: string | null;
  @ApiProperty() createdAt: string;
}
export class PassPageDto extends PageOf(PassSummaryDto) {}
/** The gate's view of a pass by its code: what it is, and why it may not go out (null: it may). */
export class GatePassDto extends PassDto {
  @nullable('R-PAS-03 不能放行的原因') refusal: string | null;
}
