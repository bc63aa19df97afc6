import { Inject, Injectable } from '@nestjs/common';
import {
  can,
  RENO_ACTION_LABELS,
  RENO_FEE_BILL_KIND,
  renoActionAllowed,
  renoPermitPrefix,
  type RenoFeeKind,
} from '@wy/shared';
import { nextDailyCode } from '../../common/daily-code.js';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { isUniqueViolation } from '../../database/errors.js';
import type { EventActor } from '../../events/events.js';
import { Clock } from '../../infra/clock.js';
import { BillingService } from '../billing/billing.service.js';
import { RefundRequests } from '../payments/refunds/refund-requests.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import type { RenoActionDef, RenoContext, RenoStepName } from './actions/action.js';
import { RENO_ACTION_DEFS } from './actions/index.js';
import type { Renovation } from './entities.js';
import type { RenoActionDto } from './renovation.dto.js';
import { RenovationRepository } from './renovation.repository.js';
import { RenoProjects } from './settings.js';
import { RenoTimeline } from './timeline.js';

/**
 * Runs a step of a renovation (actions/*.ts): load, who may (the room's owner, the applicant, or the staff
 * permission in the project's scope), the shared state machine, then one transaction — the step's own checks,
 * charges and codes, the conditional update on the version (two managers approving at once: one approval and
 * one set of bills; two clerks issuing: one permit), the timeline and the event.
 */
@Injectable()
export class RenoMoves {
  constructor(
    @Inject(RenovationRepository) private readonly repo: RenovationRepository,
    @Inject(RenoProjects) private readonly projects: RenoProjects,
    @Inject(RenoTimeline) private readonly timeline: RenoTimeline,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(BillingService) private readonly billing: BillingService,
    @Inject(RefundRequests) private readonly refunds: RefundRequests,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** May this person take this step on this application (the state machine aside)? */
  async may(p: Principal, r: Renovation, def: RenoActionDef): Promise<boolean> {
    for (const by of typeof def.by === 'string' ? [def.by] : def.by) {
      if (by === 'applicant') {
        if (p.kind === 'owner' && r.personId === p.id) return true;
      } else if (by === 'room_owner') {
        if (p.kind === 'owner' && (await this.people.approvedBinding(p.id, r.roomId))?.kind === 'owner') return true;
      } else if (p.kind === 'staff' && can(p.roles, by)) return true;
    }
    return false;
  }

  /** An owner sees an application they made, or one of a room they own; staff one of their projects. */
  async ensureSees(p: Principal, r: Renovation): Promise<void> {
    if (p.kind === 'staff') ensureProjectInScope(p, r.projectId, '装修申请');
    else if (r.personId !== p.id && (await this.people.approvedBinding(p.id, r.roomId))?.kind !== 'owner') throw notFound('装修申请');
  }

  async act(p: Principal, id: number, name: string, input: RenoActionDto): Promise<Renovation> {
    if (!Object.hasOwn(RENO_ACTION_DEFS, name)) throw badRequest(`未知的操作：${name}`);
    const r = await this.repo.renovation(id);
    if (!r) throw notFound('装修申请');
    return this.run(p, r, name as RenoStepName, input);
  }

  async run(p: Principal, r: Renovation, action: RenoStepName, input: RenoActionDto): Promise<Renovation> {
    const def = RENO_ACTION_DEFS[action];
    await this.ensureSees(p, r);
    if (!(await this.may(p, r, def)))
      throw new AppError(
        'FORBIDDEN',
        def.by === 'room_owner'
          ? '只有该房屋的业主可以确认装修申请'
          : p.kind === 'owner' && action === 'request_acceptance'
            ? '只有申请人或该房屋的业主可以申请验收'
            : `您没有权限${RENO_ACTION_LABELS[action]}`,
      );
    if (!renoActionAllowed(action, r.status)) throw new AppError('REN_ILLEGAL_TRANSITION');
    const project = await this.projects.of(r.projectId);
    const now = this.clock.now();
    const prefix = renoPermitPrefix(project.code, project.today(now));
    if (def.takesCode) await this.repo.openDailyCounter(prefix);
    const actor: EventActor = { kind: p.kind, id: p.id, name: p.name || (p.kind === 'owner' ? '业主' : '员工') };
    try {
      await this.repo.transaction(async (em) => {
        // the conditional update first: of two at once, the second waits here and then finds the version changed
        // (its transaction writes nothing: no second set of bills, no second permit code)
        if (!(await this.repo.move(em, r, { updatedAt: now }))) throw new AppError('CONFLICT', '该装修申请刚被他人处理，请刷新后重试');
        const moved = { ...r, version: r.version + 1 };
        const ctx: RenoContext = {
          actor,
          reno: r,
          input,
          now,
          em,
          project,
          fees: () => this.repo.fees(r.id, em),
          workers: () => this.repo.workers(r.id, em),
          charge: async (kind, amountFen, title) => {
            const feeId = await this.repo.insertFee(em, {
              renovationId: r.id,
              projectId: r.projectId,
              kind,
              amountFen,
              billId: null,
              paidAt: null,
              receiptNo: null,
              deductionFen: 0,
              deductionReason: null,
              refundId: null,
              refundRequestedAt: null,
              refundedFen: null,
              refundedAt: null,
            });
            const { billId } = await this.billing.chargeSource(em, {
              projectId: r.projectId,
              roomId: r.roomId,
              kind: RENO_FEE_BILL_KIND[kind as RenoFeeKind] ?? 'other',
              title,
              sourceType: 'renovation_fee',
              sourceId: feeId,
              amountFen,
              // no due day: the permit waits for the payment; a deposit or fee never ages into arrears
              dueOn: null,
            });
            await this.repo.setFeeBill(em, feeId, billId);
          },
          setPassCode: (workerId, code) => this.repo.setPassCode(em, workerId, code),
          nextCode: () => nextDailyCode(em, prefix),
          requestRefund: (billId, amountFen, reason) => this.refunds.forBill(em, p, { billId, amountFen, reason }),
          patchFee: (feeId, patch) => this.repo.patchFee(em, feeId, patch),
        };
        const out = await def.run(ctx);
        if (!(await this.repo.move(em, moved, { ...out.patch, status: out.to, updatedAt: now })))
          throw new AppError('CONFLICT', '该装修申请刚被他人处理，请刷新后重试');
        await this.timeline.write(em, { ...r, ...out.patch }, { actor, action, from: r.status, to: out.to, at: now, note: out.note, ownerNote: out.ownerNote });
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('CONFLICT', '该装修申请刚被他人处理，请刷新后重试');
      throw e;
    }
    return (await this.repo.renovation(r.id))!;
  }
}
