import {
  COMPLAINT_CATEGORY_LABELS,
  COMPLAINT_IMPORTANCE_LABELS,
  COMPLAINT_KIND_LABELS,
  JOINT_COMPLAINT_MIN,
  type ComplaintCategory,
  type ComplaintImportance,
  type ComplaintKind,
} from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { ComplaintClassItem } from '../entities.js';
import type { ComplaintContext } from './action.js';

export interface Grade {
  importance: ComplaintImportance;
  category: ComplaintCategory;
  kind: ComplaintKind | null;
  item: ComplaintClassItem | null;
}

/**
 * R-CMP-03/04/17 the grade a review or a re-grading gives: picked from the project's
 * classification table (its class and category), or given outright; the reviewer's own choice
 * wins over the table's.
 */
export async function readGrade(ctx: Pick<ComplaintContext, 'c' | 'input' | 'tools'>, needKind: boolean): Promise<Grade> {
  const b = ctx.input;
  let item: ComplaintClassItem | null = null;
  if (b.classItemId) {
    item = await ctx.tools.classItem(b.classItemId);
    if (!item || item.projectId !== ctx.c.projectId || !item.active) throw badRequest('常见投诉分类不存在');
  }
  // a re-grading changes what it names and keeps the rest
  const importance = (b.importance ?? item?.importance ?? ctx.c.importance ?? undefined) as ComplaintImportance | undefined;
  const category = (b.category ?? item?.category ?? ctx.c.category ?? undefined) as ComplaintCategory | undefined;
  if (!importance) throw badRequest('请选择重要程度（A 重大 / B 一般 / C 轻微）');
  // R-CMP-03 R-CMP-14 a joint complaint of three or more people is class A
  if (ctx.c.jointCount >= JOINT_COMPLAINT_MIN && importance !== 'A')
    throw badRequest(`联名投诉（${JOINT_COMPLAINT_MIN}人及以上）为 A 类（重大）`);
  if (!category) throw badRequest('请选择投诉类别');
  if (needKind && !b.kind) throw badRequest('请选择投诉类型（求助型 / 咨询型 / 发泄型）');
  return { importance, category, kind: b.kind ?? null, item };
}

export const gradeWords = (g: Pick<Grade, 'importance' | 'category' | 'kind' | 'item'>) =>
  [
    `${g.importance} 类（${COMPLAINT_IMPORTANCE_LABELS[g.importance]}）`,
    `${COMPLAINT_CATEGORY_LABELS[g.category]}`,
    g.kind ? COMPLAINT_KIND_LABELS[g.kind] : null,
    g.item ? `常见投诉：${g.item.name}` : null,
  ]
    .filter(Boolean)
    .join('，');
