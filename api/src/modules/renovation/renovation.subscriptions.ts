import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { RENO_DEPOSIT_KINDS, RENO_FEE_LABELS, can, formatYuan, inScope, type RenoFeeKind } from '@wy/shared';
import { EventBus } from '../../events/event-bus.js';
import type { DomainEvents } from '../../events/events.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { UploadAccess } from '../uploads/upload-access.js';
import { RenovationRepository } from './renovation.repository.js';
import { RenoTimeline } from './timeline.js';

/** What renovation does when others announce something, and what it lets read. */
@Injectable()
export class RenoSubscriptions implements OnModuleInit {
  constructor(
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(UploadAccess) private readonly uploads: UploadAccess,
    @Inject(RenovationRepository) private readonly repo: RenovationRepository,
    @Inject(RenoTimeline) private readonly timeline: RenoTimeline,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
  ) {}

  onModuleInit(): void {
    // R-REN-05 a renovation charge's bill paid (desk or verified online payment): recorded on the charge, in the payment's transaction
    this.events.on('bill.paid', (em, e) => this.onPaid(em, e));
    // R-REN-08 a deposit's refund finished (payments' R-PAY-04 flow): recorded on the charge, in the refund's transaction
    this.events.on('payment.refunded', (em, e) => this.onRefunded(em, e));
    // photos and drawings: the applicant, the room's owner and the project's renovation desk read them
    this.uploads.allow(async (p, uploadId) => {
      for (const h of await this.repo.fileHolders(uploadId)) {
        if (p.kind === 'staff' ? can(p.roles, 'renovation.desk') && inScope(p.scope, h.projectId) : h.personId === p.id) return true;
        if (p.kind === 'owner' && (await this.people.approvedBinding(p.id, h.roomId))?.kind === 'owner') return true;
      }
      return false;
    });
  }

  async onPaid(em: EntityManager, e: DomainEvents['bill.paid']): Promise<void> {
    if (e.sourceType !== 'renovation_fee') return;
    const fee = await this.repo.fee(e.sourceId, em);
    if (!fee || !(await this.repo.payFee(em, fee.id, e.at, e.receiptNo))) return;
    const r = await this.repo.renovation(fee.renovationId, em);
    if (!r) return;
    const left = (await this.repo.fees(r.id, em)).filter((f) => !f.paidAt).length;
    const label = RENO_FEE_LABELS[fee.kind as RenoFeeKind] ?? fee.kind;
    await this.timeline.write(em, r, {
      actor: e.cashier,
      action: 'fee_paid',
      from: r.status,
      to: r.status,
      at: e.at,
      note: `已缴${label} ${formatYuan(e.amountFen)}（收据 ${e.receiptNo}）${left ? `，尚有 ${left} 项未缴` : '，费用已全部缴清，可发放许可证'}`,
      ownerNote: `已缴${label} ${formatYuan(e.amountFen)}${left ? '' : '。费用已缴清，请到服务中心领取装修施工许可证'}`,
    });
  }

  async onRefunded(em: EntityManager, e: DomainEvents['payment.refunded']): Promise<void> {
    const fee = await this.repo.feeByRefund(e.refundId, em);
    if (!fee || !(await this.repo.feeRefunded(em, fee.id, e.amountFen, e.at))) return;
    const r = await this.repo.renovation(fee.renovationId, em);
    if (!r) return;
    const left = (await this.repo.fees(r.id, em)).filter((f) => (RENO_DEPOSIT_KINDS as readonly string[]).includes(f.kind) && !f.refundedAt);
    if (!left.length) await this.repo.patchRenovation(em, r.id, { refundedAt: e.at });
    const label = RENO_FEE_LABELS[fee.kind as RenoFeeKind] ?? fee.kind;
    await this.timeline.write(em, r, {
      actor: { kind: 'staff', id: 0, name: '财务' },
      action: 'deposit_refunded',
      from: r.status,
      to: r.status,
      at: e.at,
      note: `${label}已退还 ${formatYuan(e.amountFen)}（退款单 ${e.refundId}）${left.length ? '' : '，两项保证金均已退还'}`,
      ownerNote: `${label} ${formatYuan(e.amountFen)} 已退还${left.length ? '' : '，装修保证金已全部退还'}`,
    });
  }
}
