import { Inject, Injectable } from '@nestjs/common';
import { MOVEIN_ACTIONS, MOVEIN_CHARGE_LABELS, formatYuan, moveInActionRefusal, moveInCharges, type MoveInAction } from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import type { EventActor } from '../../events/events.js';
import { EventBus } from '../../events/event-bus.js';
import { isUniqueViolation } from '../../database/errors.js';
import { Clock } from '../../infra/clock.js';
import { BillingService } from '../billing/billing.service.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import { UploadService } from '../uploads/uploads.service.js';
import type { MoveInContext } from './actions/action.js';
import { MOVEIN_ACTION_DEFS } from './actions/index.js';
import type { MoveIn } from './entities.js';
import type { MoveInStepDto } from './move-in.dto.js';
import { MoveInRepository } from './move-in.repository.js';
import { MoveInProjects } from './settings.js';
import { MoveInTimeline } from './timeline.js';

/** The bill sources of a move-in's two charges: one bill each per move-in (billing's unique source). */
export const MOVEIN_BILL_SOURCES = { property_fee: 'movein_fee', maintenance_fund: 'movein_fund' } as const;

/**
 * Runs a step of a room's move-in (actions/*.ts): load, the project's scope, the order (a later step before
 * an earlier one is refused with the reason), then one transaction — the step's checks, the conditional
 * update on the move-in's version (two clerks finishing the same step at once: one wins, the other 409), the
 * defect lines and uploads it keeps, the timeline, movein.moved and, at the keys, movein.completed.
 * Also raises the move-in bills through billing (one bill per charge, however often asked).
 */
@Injectable()
export class MoveInMoves {
  constructor(
    @Inject(MoveInRepository) private readonly repo: MoveInRepository,
    @Inject(MoveInProjects) private readonly projects: MoveInProjects,
    @Inject(MoveInTimeline) private readonly timeline: MoveInTimeline,
    @Inject(BillingService) private readonly billing: BillingService,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(UploadService) private readonly uploads: UploadService,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  private async load(p: Principal, id: number): Promise<MoveIn> {
    const m = await this.repo.moveIn(id);
    if (!m) throw notFound('入伙记录');
    ensureProjectInScope(p, m.projectId, '入伙记录');
    return m;
  }

  /** The move-in's bills as billing has them now (not void), in the order of the charges. */
  async bills(moveInId: number) {
    const out = [];
    for (const source of Object.values(MOVEIN_BILL_SOURCES)) {
      const b = (await this.billing.forSources(source, [moveInId])).get(moveInId);
      if (b) out.push({ billId: b.id, title: b.title, totalFen: b.totalFen, status: b.status, receiptNo: b.receiptNo });
    }
    return out;
  }

  async act(p: Principal, id: number, name: string, input: MoveInStepDto): Promise<MoveIn> {
    if (!(MOVEIN_ACTIONS as readonly string[]).includes(name)) throw badRequest(`未知的操作：${name}`);
    const action = name as MoveInAction;
    const s = asStaff(p);
    const m = await this.load(p, id);
    const refusal = moveInActionRefusal(action, m);
    if (refusal) throw new AppError('CONFLICT', refusal);
    const def = MOVEIN_ACTION_DEFS[action];
    const [project, batch, bills] = await Promise.all([
      this.projects.of(m.projectId),
      this.repo.batch(m.batchId),
      def.readsBills ? this.bills(m.id) : Promise.resolve([]),
    ]);
    const photoIds = [...(input.defects ?? []).map((d) => d.photoId), input.signatureId].filter((x): x is number => !!x);
    if (photoIds.length) await this.uploads.checkOwned(p, photoIds);
    const now = this.clock.now();
    const actor: EventActor = { kind: 'staff', id: s.id, name: s.name || '员工' };
    await this.repo.transaction(async (em) => {
      const ctx: MoveInContext = { actor, m, batch: batch!, input, now, em, project, bills };
      const out = await def.run(ctx);
      const patch = { ...out.patch, status: out.to, updatedAt: now, stepsDone: m.stepsDone + (action === 'arrive' || action === 'start' ? 0 : 1) };
      if (!(await this.repo.move(em, m, patch)))
        throw new AppError('CONFLICT', '该入伙记录刚被其他工作人员办理，请刷新后重试');
      if (out.defects?.length)
        await this.repo.insertDefects(
          em,
          out.defects.map((d) => ({
            ...d,
            projectId: m.projectId,
            moveInId: m.id,
            status: 'pending',
            progressNote: null,
            version: 0,
            createdAt: now,
            updatedAt: now,
          })),
        );
      if (out.uploads?.length) await this.uploads.markAttached(em, out.uploads);
      await this.timeline.write(em, m, { actor, action, from: m.status, to: out.to, at: now, note: out.note, ownerNote: out.ownerNote });
      if (out.completes)
        await this.events.publish(em, 'movein.completed', {
          moveInId: m.id,
          projectId: m.projectId,
          roomId: m.roomId,
          buyerName: m.buyerName,
          buyerPhoneEnc: m.buyerPhoneEnc,
          buyerPhoneHash: m.buyerPhoneHash,
          actor,
          at: now,
        });
    });
    return (await this.repo.moveIn(m.id))!;
  }

  /**
   * 缴费 (R-MOV-02): raise the room's move-in bills through billing (property fee paid ahead, maintenance fund,
   * from its area and the batch's rates), once each; paid at the 收银台 or by WeChat like any bill.
   */
  async charge(p: Principal, id: number): Promise<MoveIn> {
    const s = asStaff(p);
    const m = await this.load(p, id);
    const refusal = moveInActionRefusal('fees', m);
    if (refusal) throw new AppError('CONFLICT', refusal);
    const [batch, room, project] = await Promise.all([this.repo.batch(m.batchId), this.org.room(m.roomId), this.projects.of(m.projectId)]);
    const charges = moveInCharges(room!.area, batch!);
    if (!charges.length) throw new AppError('CONFLICT', '该批次未设置入伙收费标准，请先在批次中填写');
    const now = this.clock.now();
    const today = project.today(now);
    await this.repo.transaction(async (em) => {
      const made: string[] = [];
      for (const c of charges) {
        const r = await this.billing.chargeSource(em, {
          projectId: m.projectId,
          roomId: m.roomId,
          kind: c.charge === 'property_fee' ? 'management' : 'other',
          title: c.title,
          sourceType: MOVEIN_BILL_SOURCES[c.charge],
          sourceId: m.id,
          amountFen: c.amountFen,
          dueOn: today,
        });
        if (r.created) made.push(`${MOVEIN_CHARGE_LABELS[c.charge]} ${formatYuan(c.amountFen)}`);
      }
      if (made.length)
        await this.timeline.write(em, m, {
          actor: { kind: 'staff', id: s.id, name: s.name || '员工' },
          action: 'charge',
          from: m.status,
          to: m.status,
          at: now,
          note: `生成入伙费用账单：${made.join('、')}`,
          ownerNote: `入伙费用账单已生成：${made.join('、')}，可在服务中心收银台或小程序“物业缴费”中缴纳`,
        });
    }).catch((e) => {
      // another clerk raised them a moment ago (one bill per source): they are there
      if (!isUniqueViolation(e)) throw e;
    });
    return m;
  }
}
