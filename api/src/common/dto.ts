import type { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Int, Str } from './validation.js';

/** Keyset paging query: `cursor` from the previous page's `nextCursor`. */
export class PageQuery {
  @Str('翻页游标', { optional: true, max: 500 }) cursor?: string;
  @Int('每页条数', { optional: true, min: 1, max: 100 }) limit?: number;
}

export class ProjectQuery extends PageQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @Str('关键字', { optional: true, max: 50 }) keyword?: string;
}

/**
 * A desk list's query: keyset paging, the project, and a keyword searched in the columns the list names
 * (`listPage` in paging.ts) — its label and length as the list's search box has them. A list's own filters
 * go on the class that extends it.
 */
export function ProjectListQuery(keyword: { label?: string; max?: number } = {}) {
  class ProjectListQueryBase extends PageQuery {
    @Int('项目ID', { min: 1 }) projectId: number;
    @Str(keyword.label ?? '关键字', { optional: true, max: keyword.max ?? 30 }) keyword?: string;
  }
  return ProjectListQueryBase;
}

/** A keyset page of a list: its rows (of `item`) and the cursor of the next page (null on the last). */
export function PageOf<T>(item: Type<T>) {
  class PageOfBase {
    @ApiProperty({ type: [item] }) items: T[];
    @nullable() nextCursor: string | null;
  }
  return PageOfBase;
}

export class ReasonDto {
  @Str('原因', { max: 200 }) reason: string;
}

export class OkDto {
  @ApiProperty() ok: boolean;
}

export class IdNameDto {
  @ApiProperty() id: number;
  @ApiProperty() name: string;
}

export function nullable(description?: string) {
  return ApiProperty({ nullable: true, description, type: String });
}
export function nullableInt(description?: string) {
  return ApiProperty({ nullable: true, description, type: Number });
}
export { ApiProperty as Prop, ApiPropertyOptional as OptProp };
