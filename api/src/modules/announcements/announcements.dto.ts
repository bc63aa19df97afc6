import { ApiProperty } from '@nestjs/swagger';
import {
  ANNOUNCEMENT_ACTIONS,
  ANNOUNCEMENT_AUDIENCES,
  ANNOUNCEMENT_AUDIENCE_LABELS,
  ANNOUNCEMENT_BODY_MAX,
  ANNOUNCEMENT_KINDS,
  ANNOUNCEMENT_KIND_LABELS,
  ANNOUNCEMENT_LIST_STATUSES,
  ANNOUNCEMENT_STATUS_LABELS,
  ANNOUNCEMENT_TITLE_MAX,
  type AnnouncementAudience,
  type AnnouncementKind,
  type AnnouncementListStatus,
} from '@wy/shared';
import { PageQuery, nullable } from '../../common/dto.js';
import { Bool, Int, IntArray, IsoDate, OneOf, Str } from '../../common/validation.js';

/** The form: what it says, to whom, when. Saved as a draft; edited only while a draft. */
export class AnnouncementFormDto {
  @OneOf('类别', ANNOUNCEMENT_KINDS, { labels: ANNOUNCEMENT_KIND_LABELS }) kind: AnnouncementKind;
  @Str('标题', { max: ANNOUNCEMENT_TITLE_MAX }) title: string;
  @Str('正文', { max: ANNOUNCEMENT_BODY_MAX, description: '纯文本，空行分段' }) body: string;
  @OneOf('发布范围', ANNOUNCEMENT_AUDIENCES, { labels: ANNOUNCEMENT_AUDIENCE_LABELS }) audience: AnnouncementAudience;
  @IntArray('楼栋', { optional: true, max: 200 }) buildingIds?: number[];
  @Bool('紧急（首页提醒）', { optional: true }) urgent?: boolean;
  @Bool('置顶', { optional: true }) pinned?: boolean;
  @IsoDate('生效时间（默认审核发布时）') validFrom?: string;
  @IsoDate('截止时间（不填则长期有效）') validTo?: string;
}
export class CreateAnnouncementDto extends AnnouncementFormDto {
  @Int('项目ID', { min: 1 }) projectId: number;
}

/** A step's input: the reason of 退回修改 and 撤回. */
export class AnnouncementActionDto {
  @Str('原因', { optional: true, max: 200 }) reason?: string;
}

export class AnnouncementQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('状态', ANNOUNCEMENT_LIST_STATUSES, { optional: true, labels: ANNOUNCEMENT_STATUS_LABELS })
  status?: AnnouncementListStatus;
  @OneOf('类别', ANNOUNCEMENT_KINDS, { optional: true, labels: ANNOUNCEMENT_KIND_LABELS }) kind?: AnnouncementKind;
  @Str('标题', { optional: true, max: 50 }) keyword?: string;
}

export class AnnouncementSummaryDto {
  @ApiProperty() id: number;
  @ApiProperty() projectId: number;
  @ApiProperty({ enum: ANNOUNCEMENT_KINDS }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ANNOUNCEMENT_LIST_STATUSES, description: '已发布且过了截止时间为 expired' }) status: string;
  @ApiProperty({ enum: ANNOUNCEMENT_AUDIENCES }) audience: string;
  @ApiProperty() urgent: boolean;
  @ApiProperty() pinned: boolean;
  @ApiProperty({ format: 'date-time' }) validFrom: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) validTo: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) publishedAt: string | null;
  @ApiProperty() createdByName: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
}
export class AnnouncementPageDto {
  @ApiProperty({ type: [AnnouncementSummaryDto] }) items: AnnouncementSummaryDto[];
  @nullable() nextCursor: string | null;
}
export class AnnouncementBuildingDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
}
export class AnnouncementDetailDto extends AnnouncementSummaryDto {
  @ApiProperty() body: string;
  @ApiProperty({ type: [AnnouncementBuildingDto] }) buildings: AnnouncementBuildingDto[];
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) submittedAt: string | null;
  @nullable('审核发布人') approvedByName: string | null;
  @nullable('退回修改的原因') rejectReason: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) withdrawnAt: string | null;
  @nullable() withdrawnByName: string | null;
  @nullable('撤回原因') withdrawReason: string | null;
  @ApiProperty({ description: '已读业主人数' }) readCount: number;
  @ApiProperty({ type: [String], enum: ANNOUNCEMENT_ACTIONS, description: '当前可执行的操作' }) allowedActions: string[];
  @ApiProperty({ description: '可以修改（草稿）' }) editable: boolean;
}

/** What an owner reads. */
export class MyAnnouncementDto {
  @ApiProperty() id: number;
  @ApiProperty({ enum: ANNOUNCEMENT_KINDS }) kind: string;
  @ApiProperty() kindLabel: string;
  @ApiProperty() title: string;
  @ApiProperty() urgent: boolean;
  @ApiProperty() pinned: boolean;
  @ApiProperty({ format: 'date-time' }) publishedAt: string;
  @ApiProperty({ format: 'date-time', nullable: true, type: String, description: '截止时间' }) validTo: string | null;
  @ApiProperty() projectName: string;
  @ApiProperty({ description: '项目时区' }) timeZone: string;
  @ApiProperty() read: boolean;
}
export class MyAnnouncementPageDto {
  @ApiProperty({ type: [MyAnnouncementDto] }) items: MyAnnouncementDto[];
  @nullable() nextCursor: string | null;
}
export class MyAnnouncementDetailDto extends MyAnnouncementDto {
  @ApiProperty({ description: '纯文本，空行分段' }) body: string;
}
export class MyAnnouncementReadDto {
  @ApiProperty({ format: 'date-time' }) readAt: string;
}
