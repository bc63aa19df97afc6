import { ApiProperty } from '@nestjs/swagger';
import { REPAIR_SCOPES, REPAIR_SCOPE_LABELS } from '@wy/shared';
import { IdNameDto } from '../../common/dto.js';
import { Bool, Int, IntArray, OneOf, Str } from '../../common/validation.js';
import { RepairCategoryDto } from './sr.dto.js';

export class CatalogueQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
}
export class CatalogueItemDto extends RepairCategoryDto {
  @ApiProperty() sort: number;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: [Number], description: '轮派名单（技工ID，按顺序）；空 = 本项目全部技工' }) rota: number[];
  @ApiProperty({ type: [String], description: '轮派名单上的技工姓名' }) rotaNames: string[];
  @ApiProperty({ type: IdNameDto, nullable: true, description: '按类别轮派时下一单派给谁' }) rotaNext: IdNameDto | null;
}
export class UpdateCategoryDto {
  @Str('类别名称', { optional: true, max: 50 }) name?: string;
  @Bool('有偿', { optional: true }) paid?: boolean;
  @Int('收费标准（分）', { optional: true, nullable: true, min: 0, max: 100_000_000 }) priceFen?: number | null;
  @Str('收费说明', { optional: true, max: 100 }) priceNote?: string;
  @Int('排序', { optional: true, min: 0, max: 9999 }) sort?: number;
  @Bool('启用', { optional: true }) active?: boolean;
  @IntArray('轮派名单', { optional: true, max: 50 }) rota?: number[];
}
export class CreateCategoryDto extends UpdateCategoryDto {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Str('类别编码', { max: 20, pattern: /^[A-Z0-9-]+$/, patternMessage: '类别编码只能用大写字母、数字和连字符' }) code: string;
  @Str('类别名称', { max: 50 }) declare name: string;
  @OneOf('范围', REPAIR_SCOPES, { labels: REPAIR_SCOPE_LABELS }) scope: (typeof REPAIR_SCOPES)[number];
}
