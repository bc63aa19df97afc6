import { Inject, Injectable } from '@nestjs/common';
import { can, DESK_PAYMENT_METHODS, localDate } from '@wy/shared';
import { badRequest, notFound } from '../../../common/app-error.js';
import type { Principal } from '../../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../../common/scope.js';
import { Clock } from '../../../infra/clock.js';
import { OrgLookup } from '../../org/org-lookup.service.js';
import { BillingService } from '../billing.service.js';
import type { CashHandover, Payment } from '../entities.js';
import type {
  CashHandoverDetailDto,
  CashHandoverDto,
  CashHandoverPageDto,
  CashHandoverQuery,
  MethodTotalDto,
  CashPendingHandoverDto,
  CashPendingHandoverQuery,
} from '../handover.dto.js';
import { HandoverRepository } from '../handover.repository.js';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** R-FEE-06 count and total per desk method (in the declared order, methods with payments only), and the cash among them. */
export function methodTotals(rows: Pick<Payment, 'method' | 'amountFen'>[]): {
  byMethod: MethodTotalDto[];
  count: number;
  totalFen: number;
  cashFen: number;
} {
  const byMethod = DESK_PAYMENT_METHODS.map((method) => {
    const of = rows.filter((r) => r.method === method);
    return { method, count: of.length, fen: of.reduce((a, r) => a + Number(r.amountFen), 0) };
  }).filter((m) => m.count > 0);
  return {
    byMethod,
    count: rows.length,
    totalFen: byMethod.reduce((a, m) => a + m.fen, 0),
    cashFen: byMethod.find((m) => m.method === 'cash')?.fen ?? 0,
  };
}

/**
 * R-FEE-06 what the cashier and finance see: a cashier's payments not handed over yet (by business day in
 * the project's zone), the handovers (a cashier sees their own; finance, with billing.handover_confirm, the
 * project's), and one handover with its payments as printed (交款单 / 收费日报).
 */
@Injectable()
export class HandoverView {
  constructor(
    @Inject(HandoverRepository) private readonly repo: HandoverRepository,
    @Inject(BillingService) private readonly billing: BillingService,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async pending(p: Principal, q: CashPendingHandoverQuery): Promise<CashPendingHandoverDto> {
    const staff = asStaff(p);
    ensureProjectInScope(p, q.projectId, '项目');
    const tz = await this.org.projectTimezone(q.projectId);
    const today = localDate(this.clock.now(), tz);
    const day = q.day ?? today;
    if (day > today) throw badRequest('营业日不能晚于今天');
    const all = await this.repo.pending(q.projectId, staff.id);
    const dayOf = (x: Payment) => localDate(x.at, tz);
    const mine = all.filter((x) => dayOf(x) === day);
    const others = new Map<string, { count: number; totalFen: number }>();
    for (const x of all) {
      const d = dayOf(x);
      if (d === day) continue;
      const o = others.get(d) ?? { count: 0, totalFen: 0 };
      others.set(d, { count: o.count + 1, totalFen: o.totalFen + Number(x.amountFen) });
    }
    return {
      businessDay: day,
      today,
      items: await this.billing.paymentRows(mine),
      ...methodTotals(mine),
      otherDays: [...others].sort(([a], [b]) => (a < b ? -1 : 1)).map(([d, o]) => ({ day: d, ...o })),
    };
  }

  /** The handover queue: finance sees the project's, a cashier only their own. */
  async list(p: Principal, q: CashHandoverQuery): Promise<CashHandoverPageDto> {
    const staff = asStaff(p);
    ensureProjectInScope(p, q.projectId, '项目');
    if (q.from && q.to && q.from > q.to) throw badRequest('开始日期不能晚于结束日期');
    const finance = can(staff.roles, 'billing.handover_confirm');
    const page = await this.repo.page({ ...q, cashierId: finance ? q.cashierId : staff.id });
    const cashiers = finance ? await this.repo.cashiers(q.projectId) : [{ id: staff.id, name: staff.name }];
    return { items: page.rows.map((h) => this.dto(p, h)), nextCursor: page.nextCursor, cashiers };
  }

  /** A handover its cashier or finance of its project may read; anyone else gets 404. */
  async load(p: Principal, id: number): Promise<CashHandover> {
    const staff = asStaff(p);
    const h = await this.repo.handover(id);
    if (!h) throw notFound('交款单');
    ensureProjectInScope(p, h.projectId, '交款单');
    if (h.cashierStaffId !== staff.id && !can(staff.roles, 'billing.handover_confirm')) throw notFound('交款单');
    return h;
  }

  async detail(p: Principal, id: number): Promise<CashHandoverDetailDto> {
    const h = await this.load(p, id);
    const [header, timeZone, payments] = await Promise.all([
      this.org.projectHeader(h.projectId),
      this.org.projectTimezone(h.projectId),
      this.repo.paymentsOf(h.id),
    ]);
    return {
      ...this.dto(p, h),
      // a withdrawn handover freed its payments: it lists none
      payments: await this.billing.paymentRows(payments),
      projectName: header.name,
      companyName: header.companyName,
      timeZone,
    };
  }

  dto(p: Principal, h: CashHandover): CashHandoverDto {
    const staff = asStaff(p);
    const received = h.receivedCashFen === null ? null : Number(h.receivedCashFen);
    return {
      id: h.id,
      code: h.code,
      projectId: h.projectId,
      cashierStaffId: h.cashierStaffId,
      cashierName: h.cashierName,
      businessDay: h.businessDay,
      paymentCount: h.paymentCount,
      totalFen: Number(h.totalFen),
      cashFen: Number(h.cashFen),
      byMethod: h.byMethod,
      status: h.status,
      note: h.note,
      createdAt: iso(h.createdAt)!,
      receivedCashFen: received,
      shortFen: received === null ? null : Number(h.cashFen) - received,
      confirmedByName: h.confirmedByName,
      confirmedAt: iso(h.confirmedAt),
      confirmNote: h.confirmNote,
      mayConfirm: h.status === 'submitted' && h.cashierStaffId !== staff.id && can(staff.roles, 'billing.handover_confirm'),
      mayWithdraw: h.status === 'submitted' && h.cashierStaffId === staff.id,
    };
  }
}
