import type { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Int, Str } from './validation.js';

/** Keyset paging query: `cursor` from the previous page's `nextCursor`. */
export class PageQuery {
  @Str('翻页游标', { optional: true, max: 500 }) cursor?: string;
  @Int('每页条数', { optional: true, min: 1, max: 100 }) limit?: number;
}

/** A query of one project's settings, plan or figures: the project and nothing else. */
export class ProjectIdQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
}

/**
 * A workflow step's words (退回补正, 驳回, 不同意, 撤回 …): the reason the owner reads and the centre's note, each
 * optional and up to `max` characters. A step's own inputs go on the class that extends it.
 */
export function StepWords(max: number) {
  class StepWordsBase {
    @Str('原因', { optional: true, max }) reason?: string;
    @Str('备注', { optional: true, max }) note?: string;
  }
  return StepWordsBase;
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

/**
 * One row of a workflow's timeline as its reader sees it (放行条, 装修, 车位申请): what was done and by whom, the
 * status it led to, and the note the reader may read (`stepTimeline` in events.ts writes it from the event rows).
 */
export class StepEventDto {
  @ApiProperty() at: string;
  @ApiProperty() action: string;
  @ApiProperty() label: string;
  @ApiProperty() actorName: string;
  @nullable() toStatus: string | null;
  @nullable() note: string | null;
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
