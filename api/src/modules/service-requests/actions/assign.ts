import { ASSIGNABLE_ROLES } from '@wy/shared';
import { badRequest } from '../../../common/app-error.js';
import { rotaTurn } from '../domain/rota.js';
import type { ServiceRequest } from '../entities.js';
import type { ActionContext } from './action.js';

/** A round-robin turn taken by a concurrent dispatch of the same category: the move rolls back and is retried. */
export class RotaTaken extends Error {}

export interface Assignment {
  patch: Partial<ServiceRequest>;
  /** "派给 孙师傅", "放入抢单池" … */
  who: string;
  assignedTo: number | null;
  /** round-robin: the rota cursor read, taken in the move's transaction */
  rota: { categoryId: number; cursor: number } | null;
}

/**
 * R-REP-04: who gets the order (dispatch and transfer): one technician, a team or outside vendor,
 * the grab pool, or the category's rota (round-robin) — exactly one of the four.
 */
export async function assignment({ r, input: b, category, tools }: ActionContext): Promise<Assignment> {
  const n = [b.assigneeStaffId, b.assigneeTeam, b.toPool, b.roundRobin].filter(Boolean).length;
  if (n !== 1) throw badRequest('请指定一位技工、一个班组/外包单位、放入抢单池，或按类别轮派（四选一）');
  if (b.roundRobin) {
    const cat = category!;
    const techs = await tools.technicians(r.projectId);
    const pick = rotaTurn(
      cat,
      techs.map((t) => t.id),
    );
    if (pick === null) throw badRequest(`“${cat.name}”的轮派名单中没有可派的技工，请先设置轮派名单或直接指派`);
    return {
      patch: { assigneeStaffId: pick, assigneeTeam: null, inPool: false },
      who: `按类别轮派给 ${techs.find((t) => t.id === pick)!.name}`,
      assignedTo: pick,
      rota: { categoryId: cat.id, cursor: cat.rotaCursor },
    };
  }
  if (b.assigneeStaffId) {
    const tech = await tools.memberOfProject(b.assigneeStaffId, r.projectId);
    if (!tech || tech.archivedAt || !tech.roles.some((x) => (ASSIGNABLE_ROLES as readonly string[]).includes(x)))
      throw badRequest('该员工不是本项目的技工');
    return {
      patch: { assigneeStaffId: tech.id, assigneeTeam: null, inPool: false },
      who: `派给 ${tech.name}`,
      assignedTo: tech.id,
      rota: null,
    };
  }
  if (b.assigneeTeam)
    return {
      patch: { assigneeStaffId: null, assigneeTeam: b.assigneeTeam, inPool: false },
      who: `派给 ${b.assigneeTeam}`,
      assignedTo: null,
      rota: null,
    };
  return { patch: { assigneeStaffId: null, assigneeTeam: null, inPool: true }, who: '放入抢单池', assignedTo: null, rota: null };
}

/** The rota turn a round-robin assignment read, taken in the move's transaction (or the move is retried). */
export const takeRotaTurn = (a: Assignment, { tools }: ActionContext) =>
  a.rota
    ? async (em: Parameters<ActionContext['tools']['advanceRota']>[0]) => {
        if (!(await tools.advanceRota(em, a.rota!.categoryId, a.rota!.cursor))) throw new RotaTaken();
      }
    : undefined;
