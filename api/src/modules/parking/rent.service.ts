import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { parkingCardNo, parkingFlowOf } from '@wy/shared';
import { AppError, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import type { DomainEvents } from '../../events/events.js';
import { EventBus } from '../../events/event-bus.js';
import { Clock } from '../../infra/clock.js';
import { ParkingBills } from './rent-bills.js';
import type { ApplicationDto } from './parking.dto.js';
import { ParkingRepository } from './parking.repository.js';
import { ParkingReader } from './reading.service.js';
import { ParkingProjects } from './settings.js';
import { ParkingTimeline } from './timeline.js';
import { ParkingWaitlist } from './waitlist.js';

const nextDay = (d: string) => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
};
const minusDays = (d: string, n: number) => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - n);
  return t.toISOString().slice(0, 10);
};

/**
 * Rent: a paid rent bill (bill.paid with source parking, desk or online) issues a rented space's card,
 * marks the space rented and the ledger and vehicle records follow (R-PRK-03), or extends a renewal;
 * the owner renews for the next term (its bill); a rental unpaid past its end and the project's grace
 * days ends and its space goes to the waiting list; an offer not taken up in time lapses (R-PRK-04).
 */
@Injectable()
export class ParkingRent {
  constructor(
    @Inject(ParkingRepository) private readonly repo: ParkingRepository,
    @Inject(ParkingProjects) private readonly projects: ParkingProjects,
    @Inject(ParkingTimeline) private readonly timeline: ParkingTimeline,
    @Inject(ParkingWaitlist) private readonly waitlist: ParkingWaitlist,
    @Inject(ParkingReader) private readonly reader: ParkingReader,
    @Inject(ParkingBills) private readonly bills: ParkingBills,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** In the payment's transaction: the period is paid once; the first one issues the card (a rented space) or waits for it (a fixed one). */
  async onPaid(em: EntityManager, e: DomainEvents['bill.paid']): Promise<void> {
    if (e.sourceType !== 'parking') return;
    const period = await this.repo.period(e.sourceId, em);
    if (!period || !(await this.repo.payPeriod(em, period.id, e.at))) return;
    const a = await this.repo.application(period.applicationId, em);
    if (!a) return;
    const project = await this.projects.of(a.projectId, em);
    const space = a.spaceId ? await this.repo.space(a.spaceId, em) : null;
    const actor = e.cashier;
    const paidNote = `已缴车位费 ¥${(e.amountFen / 100).toFixed(2)}（收据 ${e.receiptNo}）`;
    if (period.seq > 1) {
      if (a.status !== 'active') return; // paid after the rental ended: the receipt stands, finance refunds it
      if (!(await this.repo.move(em, a, { endOn: period.endOn, updatedAt: e.at })))
        throw new AppError('CONFLICT', '该申请刚被处理，请稍后重试');
      await this.timeline.write(em, a, {
        actor,
        action: 'renew',
        from: a.status,
        to: a.status,
        at: e.at,
        note: `${paidNote}，续租至 ${period.endOn}`,
        ownerNote: `续租成功，车位 ${space?.no ?? ''} 可用至 ${period.endOn}`,
      });
      await this.rented(em, a.id, e.at);
      return;
    }
    if (a.status !== 'awaiting_payment') return;
    if (parkingFlowOf(a.kind) === 'vip') {
      if (!(await this.repo.move(em, a, { status: 'paid', updatedAt: e.at }))) throw new AppError('CONFLICT');
      await this.timeline.write(em, a, {
        actor,
        action: 'paid',
        from: a.status,
        to: 'paid',
        at: e.at,
        note: paidNote,
        ownerNote: '已缴费，停车卡与车位牌制作中',
      });
      return;
    }
    const cardNo = parkingCardNo(project.code, a.id);
    if (a.spaceId && !(await this.repo.setHeldSpace(em, a.spaceId, a.id, 'rented', e.at))) throw new AppError('PRK_SPACE_TAKEN');
    if (!(await this.repo.move(em, a, { status: 'active', cardNo, cardIssuedAt: e.at, updatedAt: e.at })))
      throw new AppError('CONFLICT');
    await this.timeline.write(em, a, {
      actor,
      action: 'card',
      from: a.status,
      to: 'active',
      at: e.at,
      note: `${paidNote}；发放停车卡 ${cardNo}，车位 ${space?.no ?? ''} 已出租，登记车位台帐`,
      ownerNote: `缴费成功。您的停车卡号 ${cardNo}，车位 ${space?.no ?? ''}，租期 ${a.startOn} 至 ${a.endOn}`,
    });
    await this.rented(em, a.id, e.at);
  }

  /** The vehicle's record takes the space and contract (R-OWN-01) through the event. */
  private async rented(em: EntityManager, id: number, at: Date): Promise<void> {
    const a = (await this.repo.application(id, em))!;
    const space = a.spaceId ? await this.repo.space(a.spaceId, em) : null;
    await this.events.publish(em, 'parking.rented', {
      applicationId: a.id,
      projectId: a.projectId,
      personId: a.personId,
      roomId: a.roomId,
      plate: a.plate,
      spaceNo: space?.no ?? '',
      contractNo: a.contractNo ?? '',
      cardNo: a.cardNo ?? '',
      endOn: a.endOn ?? '',
      at,
    });
  }

  /** The owner renews an active rental for one more term: the next period's bill (once: an unpaid one is returned). */
  async renew(p: Principal, id: number): Promise<ApplicationDto> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const a = await this.repo.application(id);
    if (!a || a.personId !== p.id) throw notFound('车位申请');
    if (a.status !== 'active' || !a.endOn) throw new AppError('PRK_ILLEGAL_TRANSITION', '只有使用中的车位可以续租');
    const periods = await this.repo.periodsOf([a.id]);
    const last = periods[periods.length - 1]!;
    if (!last.paidAt) return this.reader.myDetail(p, id); // the renewal bill is already waiting
    const now = this.clock.now();
    const space = a.spaceId ? await this.repo.space(a.spaceId) : null;
    await this.repo.transaction(async (em) => {
      const { startOn, endOn } = await this.bills.billPeriod(em, a, {
        seq: last.seq + 1,
        startOn: nextDay(a.endOn!),
        dueOn: a.endOn!,
        title: `车位续租 ${space?.no ?? ''} ${a.plate}`,
        now,
      });
      await this.timeline.write(em, a, {
        actor: { kind: 'owner', id: p.id, name: a.applicantName },
        action: 'renew',
        from: a.status,
        to: a.status,
        at: now,
        note: `申请续租 ${startOn} 至 ${endOn}`,
        ownerNote: `已申请续租 ${startOn} 至 ${endOn}，请缴纳车位费`,
      });
    });
    return this.reader.myDetail(p, id);
  }

  /**
   * The periodic job (safe on every instance: each change is a conditional update): offers past their
   * time lapse and go to the next in line; rentals unpaid past their end and the grace days end, and
   * their spaces go to the waiting list.
   */
  async sweep(): Promise<number> {
    const now = this.clock.now();
    let n = 0;
    for (const a of await this.repo.lapsedOffers(now)) {
      await this.repo.transaction(async (em) => {
        if (
          !(await this.repo.move(em, a, { status: 'cancelled', spaceId: null, offerExpiresAt: null, updatedAt: now }))
        )
          return;
        await this.timeline.write(em, a, {
          actor: { kind: 'system', id: null, name: '系统' },
          action: 'lapse',
          from: a.status,
          to: 'cancelled',
          at: now,
          note: '预留车位逾期未确认，转给下一位',
          ownerNote: '预留的车位已超过确认期限，已转给下一位排队业主；如仍需车位请重新申请',
        });
        if (a.spaceId) await this.waitlist.release(em, a.spaceId, a.id, now);
        n++;
      });
    }
    for (const a of await this.repo.activeRentals(now)) {
      const project = await this.projects.of(a.projectId);
      if (!a.endOn || a.kind === 'vip' || a.endOn >= minusDays(project.today(now), project.settings.graceDays)) continue;
      await this.repo.transaction(async (em) => {
        if (!(await this.repo.move(em, a, { status: 'ended', endedAt: now, updatedAt: now }))) return;
        const space = a.spaceId ? await this.repo.space(a.spaceId, em) : null;
        // a renewal asked for and never paid is no longer owed: its bill is voided with the rental
        const voided = await this.bills.voidUnpaid(em, a.id);
        await this.timeline.write(em, a, {
          actor: { kind: 'system', id: null, name: '系统' },
          action: 'end',
          from: a.status,
          to: 'ended',
          at: now,
          note: `租期 ${a.endOn} 届满且宽限 ${project.settings.graceDays} 天内未续费，租用结束，车位释放${
            voided.length ? `；未缴的续租账单（${voided.join('、')}）已作废` : ''
          }`,
          ownerNote: `您的车位租期已于 ${a.endOn} 届满，宽限期内未续费，车位已收回`,
        });
        await this.events.publish(em, 'parking.ended', {
          applicationId: a.id,
          projectId: a.projectId,
          personId: a.personId,
          plate: a.plate,
          spaceNo: space?.no ?? '',
          at: now,
        });
        if (a.spaceId) await this.waitlist.release(em, a.spaceId, a.id, now);
        n++;
      });
    }
    return n;
  }
}
