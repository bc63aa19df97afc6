import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  PARKING_SPACE_KIND_LABELS,
  PARKING_TERM_LABELS,
  PARKING_TERM_MONTHS,
  parkingTermEnd,
  type ParkingSpaceKind,
  type ParkingTerm,
} from '@wy/shared';
import { AppError } from '../../common/app-error.js';
import { BillingService } from '../billing/billing.service.js';
import type { ParkingApplication } from './entities.js';
import { ParkingRepository } from './parking.repository.js';

/** Rent as bills: the plan's price of a kind and term (R-PRK-01), and a rent period billed through billing. */
@Injectable()
export class ParkingBills {
  constructor(
    @Inject(ParkingRepository) private readonly repo: ParkingRepository,
    @Inject(BillingService) private readonly billing: BillingService,
  ) {}

  /** R-PRK-01 the published price of a kind and term; 409 when the plan has none. */
  async price(em: EntityManager, projectId: number, kind: string, term: string): Promise<number> {
    const row = (await this.repo.prices(projectId, em)).find((x) => x.kind === kind && x.term === term);
    if (!row)
      throw new AppError(
        'CONFLICT',
        `本项目的停车方案尚未公布${PARKING_SPACE_KIND_LABELS[kind as ParkingSpaceKind] ?? ''}${PARKING_TERM_LABELS[term as ParkingTerm] ?? ''}的价格`,
      );
    return Number(row.amountFen);
  }

  /** The rent periods of an application still unpaid: their bills are voided (the rental ended without them). */
  async voidUnpaid(em: EntityManager, applicationId: number): Promise<string[]> {
    const voided: string[] = [];
    for (const x of await this.repo.periodsOf([applicationId], em))
      if (!x.paidAt && (await this.billing.voidSource(em, 'parking', x.id))) voided.push(`${x.startOn}至${x.endOn}`);
    return voided;
  }

  /** The application's next term from `startOn`, at today's price, as the room's bill (source parking, the period's id). */
  async billPeriod(
    em: EntityManager,
    a: ParkingApplication,
    p: { seq: number; startOn: string; dueOn: string; title: string; now: Date },
  ): Promise<{ startOn: string; endOn: string; billId: number }> {
    const amountFen = await this.price(em, a.projectId, a.kind, a.term);
    const endOn = parkingTermEnd(p.startOn, PARKING_TERM_MONTHS[a.term as ParkingTerm]);
    const periodId = await this.repo.insertPeriod(em, {
      applicationId: a.id,
      projectId: a.projectId,
      seq: p.seq,
      startOn: p.startOn,
      endOn,
      amountFen,
      billId: null,
      paidAt: null,
      createdAt: p.now,
    });
    const { billId } = await this.billing.chargeSource(em, {
      projectId: a.projectId,
      roomId: a.roomId,
      kind: 'parking',
      title: `${p.title}（${p.startOn}至${endOn}）`,
      sourceType: 'parking',
      sourceId: periodId,
      amountFen,
      dueOn: p.dueOn,
    });
    await this.repo.setPeriodBill(em, periodId, billId);
    return { startOn: p.startOn, endOn, billId };
  }
}
