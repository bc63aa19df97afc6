import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_TIME_ZONE, localDate, localDayStart } from '@wy/shared';
import { notFound } from '../../../common/app-error.js';
import type { Principal } from '../../../common/principal.js';
import { ensureProjectInScope } from '../../../common/scope.js';
import { Clock } from '../../../infra/clock.js';
import { FinanceFigures } from '../../billing/finance-figures.service.js';
import { OrgLookup } from '../../org/org-lookup.service.js';
import type { FinanceTodayDto } from '../finance-today.dto.js';
import { PaymentsRepository } from '../payments.repository.js';

const DAY = 86_400_000;
/** paid orders looked at for a credit that never happened */
const UNCREDITED_DAYS = 30;
const UNCREDITED_MAX = 500;

/**
 * 财务 home (GET /finance/today): did today's money arrive. Today's takings per method in the project's
 * day, online orders needing a look (paid but never credited, unpaid past expiry), yesterday's WeChat Pay
 * reconciliation (R-PAY-03, a China day) with the open differences, the 交款单 waiting (R-FEE-06) and the
 * refunds waiting for a decision (R-PAY-04). Billing's figures come through its exported FinanceFigures.
 */
@Injectable()
export class FinanceToday {
  constructor(
    @Inject(PaymentsRepository) private readonly repo: PaymentsRepository,
    @Inject(FinanceFigures) private readonly billing: FinanceFigures,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async run(p: Principal, projectId: number): Promise<FinanceTodayDto> {
    ensureProjectInScope(p, projectId, '项目');
    const settings = await this.org.settingsOf(projectId);
    if (settings.code === null) throw notFound('项目');
    const tz = settings.timeZone ?? DEFAULT_TIME_ZONE;
    const now = this.clock.now();
    const date = localDate(now, tz);
    const from = localDayStart(date, tz);
    // the next local midnight (a day is not always 24 h where clocks change)
    const to = localDayStart(localDate(new Date(from.getTime() + DAY + 3 * 3_600_000), tz), tz);
    const billDate = localDate(
      new Date(localDayStart(localDate(now, DEFAULT_TIME_ZONE), DEFAULT_TIME_ZONE).getTime() - DAY),
      DEFAULT_TIME_ZONE,
    );
    const [takings, paid, openPastExpiry, day, diffs, handovers, refunds] = await Promise.all([
      this.billing.takings(projectId, from, to),
      this.repo.paidOrdersSince(projectId, new Date(now.getTime() - UNCREDITED_DAYS * DAY), UNCREDITED_MAX),
      this.repo.openPastExpiry(projectId, now),
      this.repo.reconDay(billDate),
      this.repo.openDiffCounts(projectId, billDate),
      this.billing.handoversSubmitted(projectId),
      this.repo.refundsRequested(projectId),
    ]);
    const lost = await this.billing.uncredited(
      paid
        .filter((o) => o.transactionId)
        .map((o) => ({ transactionId: o.transactionId!, billIds: o.bills.map((b) => b.billId) })),
    );
    const notCredited = paid.filter((o) => o.transactionId && lost.has(o.transactionId));
    return {
      date,
      takings,
      count: takings.reduce((a, m) => a + m.count, 0),
      totalFen: takings.reduce((a, m) => a + m.fen, 0),
      paidNotCredited: { count: notCredited.length, fen: notCredited.reduce((a, o) => a + Number(o.totalFen), 0) },
      openPastExpiry,
      reconciliation: {
        billDate,
        reconciled: !!day,
        runAt: day ? new Date(day.runAt).toISOString() : null,
        runByName: day?.runByName ?? null,
        providerCount: day ? day.providerCount : null,
        providerFen: day ? Number(day.providerFen) : null,
        ourCount: day ? day.ourCount : null,
        ourFen: day ? Number(day.ourFen) : null,
        openDifferencesOfDay: diffs.ofDay,
        openDifferences: diffs.all,
      },
      handovers,
      refunds,
    };
  }
}
