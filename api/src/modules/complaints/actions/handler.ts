import { COMPLAINT_CATEGORY_SUPERVISOR, COMPLAINT_HANDLER_ROLES, type ComplaintCategory } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import type { ComplaintContext } from './action.js';

const HANDLER_ROLES: readonly string[] = COMPLAINT_HANDLER_ROLES;

/** R-CMP-07 the handler named must be a supervisor working in the complaint's project. */
export async function checkHandler(ctx: ComplaintContext, staffId: number): Promise<{ id: number; name: string }> {
  const m = await ctx.tools.memberOfProject(staffId, ctx.c.projectId);
  if (!m || m.archivedAt) throw badRequest('处理主管不在本项目');
  if (!m.roles.some((r) => HANDLER_ROLES.includes(r))) throw badRequest(`${m.name}不是主管，不能负责处理投诉`);
  return m;
}

/** The supervisor role a category's complaints go to (for the hint in the review form and the note). */
export const supervisorRoleOf = (c: ComplaintCategory) => COMPLAINT_CATEGORY_SUPERVISOR[c];
