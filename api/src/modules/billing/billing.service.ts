import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  can,
  billAdjustmentLine,
  billOwed,
  type BillOwed,
  type OwedAdjustment,
  FEEDBACK_LINE,
  fenToYuanString,
  lateFeeRuleText,
  localDate,
  localDayStart,
  paymentRefundState,
  receiptCodePrefix,
} from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import { nextDailyCode } from '../../common/daily-code.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { isUniqueViolation } from '../../database/errors.js';
import { Clock } from '../../infra/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { EventBus } from '../../events/event-bus.js';
import type { DomainEvents } from '../../events/events.js';
import type { RequestBillKnown } from '../service-requests/request-bills.js';
import { ServiceRequestLookup } from '../service-requests/sr-lookup.service.js';
import type {
  BillAdjustmentLineDto,
  BillDto,
  BillPageDto,
  BillQuery,
  DeskBatchPaymentDto,
  DeskBatchReceiptsDto,
  DeskPaymentDto,
  MyBillsDto,
  PaymentPageDto,
  PaymentQuery,
  PaymentRowDto,
  ReceiptDto,
} from './billing.dto.js';
import { AdjustmentsRepository } from './adjustments.repository.js';
import { BillingRepository } from './billing.repository.js';
import type { ReadPart } from '../../database/rows.js';
import type { Bill, BillAdjustment, FeeItem, Payment } from './entities.js';
import { FeesRepository } from './fees.repository.js';
import { lateFeeRuleOf } from './fees.service.js';

/** An unpaid bill past its due date as arrears collection reads it (R-ARR-*): what it owes today. */
export interface OverdueBill {
  billId: number;
  roomId: number;
  title: string;
  period: string | null;
  dueOn: string;
  principalFen: number;
  lateFeeFen: number;
  totalFen: number;
  /** the contract's late-fee rule in words (R-FEE-05) */
  lateFeeRule: string;
}

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);
/** A stored adjustment as billOwed and billAdjustmentLine read it. */
export const owedAdjustment = (a: BillAdjustment): OwedAdjustment => ({
  kind: a.kind as OwedAdjustment['kind'],
  target: a.target as OwedAdjustment['target'],
  amountFen: Number(a.amountFen),
});
/** An approved adjustment as the owner, the desk and the receipt read it: "减免 违约金 −¥12.00". */
const adjustmentLineDto = (a: BillAdjustment): BillAdjustmentLineDto => ({
  id: a.id,
  kind: a.kind,
  target: a.target,
  amountFen: Number(a.amountFen),
  line: billAdjustmentLine(owedAdjustment(a)),
  reason: a.reason,
});

const pendingDto = (a: BillAdjustment | undefined) =>
  a ? { id: a.id, line: billAdjustmentLine(owedAdjustment(a)), reason: a.reason, proposedByName: a.proposedByName } : null;

/**
 * Bills and desk payments. A paid repair's fee becomes the room's bill when the work is finished;
 * the desk records the payment (cash, card, transfer, scan) and prints the receipt (R-FEE-02).
 * Paying is one conditional update from unpaid, so a double click or two cashiers at once never
 * take the money twice; a paid bill is never edited (R-PAY-04).
 */
@Injectable()
export class BillingService {
  constructor(
    @Inject(BillingRepository) private readonly repo: BillingRepository,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(ServiceRequestLookup) private readonly requests: ServiceRequestLookup,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(FeesRepository) private readonly fees: FeesRepository,
    @Inject(AdjustmentsRepository) private readonly adjustments: AdjustmentsRepository,
  ) {}

  /**
   * R-FEE-03/05 what bills owe, through the one computation (`billOwed`): the amount, and for an unpaid bill
   * of a fee item the late fee its contract rule has gathered by today in the project's zone; a paid bill's
   * late fee is the one its payment froze. The owner's list, the desk, the online order and the credit all ask here.
   */
  private async owed(
    bills: Bill[],
    payments: Pick<Payment, 'billId' | 'lateFeeFen'>[] = [],
    approved?: BillAdjustment[],
  ): Promise<Map<number, BillOwed & { rule: string; adjustments: BillAdjustment[] }>> {
    const itemIds = [...new Set(bills.map((b) => b.feeItemId).filter((x): x is number => x !== null))];
    const projectIds = [...new Set(bills.map((b) => b.projectId))];
    // the day in the project's zone matters only to a bill that can run late: unpaid, of a fee item, with a due date
    const lateable = [
      ...new Set(bills.filter((b) => b.status === 'unpaid' && b.feeItemId !== null && b.dueOn).map((b) => b.projectId)),
    ];
    const [items, zones, adjustments] = await Promise.all([
      itemIds.length ? this.fees.feeItems(projectIds) : Promise.resolve([] as FeeItem[]),
      Promise.all(lateable.map(async (id) => [id, await this.org.projectTimezone(id)] as const)),
      approved ?? this.adjustments.approvedForBills(bills.map((b) => b.id)),
    ]);
    const now = this.clock.now();
    const today = new Map(zones.map(([id, tz]) => [id, localDate(now, tz)]));
    return new Map(
      bills.map((b) => {
        const rule = lateFeeRuleOf(items.find((f) => f.id === b.feeItemId) ?? null);
        const pay = payments.find((x) => x.billId === b.id);
        const mine = adjustments.filter((a) => a.billId === b.id);
        const o = billOwed({
          amountFen: Number(b.amountFen),
          adjustments: mine.map(owedAdjustment),
          late:
            b.status === 'unpaid' && today.has(b.projectId) ? { rule, dueOn: b.dueOn, onDate: today.get(b.projectId)! } : null,
          paidLateFeeFen: pay ? Number(pay.lateFeeFen) : null,
        });
        return [b.id, { ...o, rule: lateFeeRuleText(rule), adjustments: mine }];
      }),
    );
  }

  /** R-PAY-04 what a bill owes now, its approved adjustments counted (what a proposed adjustment is checked against). */
  async owedNow(bill: Bill): Promise<BillOwed> {
    return (await this.owed([bill])).get(bill.id)!;
  }

  /**
   * Called inside the finish transaction of a paid repair: the fee is owed by the room. Finishing
   * again (handled again after a callback) updates an unpaid bill; a paid one stays as it is.
   */
  async chargeRepair(
    em: EntityManager,
    r: { projectId: number; roomId: number; requestId: number; code: string; categoryName: string; feeFen: number },
  ): Promise<void> {
    const now = this.clock.now();
    const title = `有偿维修 ${r.categoryName}（${r.code}）`.slice(0, 100);
    // the first finish makes the bill: tried first, as one statement; a bill the repair has already (unique
    // source) breaks the insert, and is read and updated as below
    if (r.feeFen > 0)
      try {
        await this.repo.insertBill(em, {
          projectId: r.projectId,
          roomId: r.roomId,
          kind: 'repair',
          title,
          sourceType: 'repair',
          sourceId: r.requestId,
          amountFen: r.feeFen,
          status: 'unpaid',
          createdAt: now,
          paidAt: null,
          version: 0,
          feeItemId: null,
          period: null,
          dueOn: null,
        });
        return;
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
      }
    const cur = await this.repo.billForSource('repair', r.requestId, em);
    if (!cur) return;
    if (cur.status === 'paid') return;
    const patch: Partial<Bill> = r.feeFen > 0 ? { amountFen: r.feeFen, status: 'unpaid', title } : { status: 'void' };
    if (!(await this.repo.updateUnpaid(em, cur, patch)) && cur.status === 'unpaid')
      throw new AppError('CONFLICT', '账单刚被收款，请刷新后重试');
  }

  /**
   * For other modules (parking rent, …): a room owes `amountFen` for one record of theirs, in the caller's
   * transaction. One bill per (sourceType, sourceId): asking again returns the same bill and adds nothing.
   * Its payment is announced as bill.paid with that source, desk or online.
   */
  async chargeSource(
    em: EntityManager,
    c: {
      projectId: number;
      roomId: number;
      kind: string;
      title: string;
      sourceType: string;
      sourceId: number;
      amountFen: number;
      dueOn: string | null;
      /** the month it is for, when it has one (a bill issued again after a refund keeps its month) */
      period?: string | null;
    },
  ): Promise<{ billId: number; created: boolean }> {
    if (!Number.isSafeInteger(c.amountFen) || c.amountFen <= 0) throw badRequest('账单金额必须是大于 0 的整数分');
    const cur = await this.repo.billForSource(c.sourceType, c.sourceId, em);
    if (cur) return { billId: cur.id, created: false };
    const billId = await this.repo.insertBill(em, {
      projectId: c.projectId,
      roomId: c.roomId,
      kind: c.kind,
      title: c.title.slice(0, 100),
      sourceType: c.sourceType,
      sourceId: c.sourceId,
      amountFen: c.amountFen,
      status: 'unpaid',
      createdAt: this.clock.now(),
      paidAt: null,
      version: 0,
      feeItemId: null,
      period: c.period ?? null,
      dueOn: c.dueOn,
    });
    return { billId, created: true };
  }

  /**
   * For other modules: the unpaid bill of one of their records is no longer owed (a parking renewal left
   * unpaid when the rental ended), in the caller's transaction. A paid or already void bill stays as it is.
   * True when this call voided it.
   */
  async voidSource(em: EntityManager, sourceType: string, sourceId: number): Promise<boolean> {
    const cur = await this.repo.billForSource(sourceType, sourceId, em);
    if (!cur || cur.status !== 'unpaid') return false;
    if (!(await this.repo.updateUnpaid(em, cur, { status: 'void' }))) throw new AppError('CONFLICT', '账单刚被收款，请稍后重试');
    return true;
  }

  /** R-PAY-04 the payment of a paid bill (one per bill), for a refund asked by the module that charged it. */
  async paymentIdOfBill(billId: number, em?: EntityManager): Promise<number | null> {
    return (await this.repo.paymentOfBill(billId, em))?.id ?? null;
  }

  /**
   * R-PAY-04 what a refund needs of a payment: its project, bill, method and amount, and what to show
   * (receipt number, item, room, payer). Null when there is no such payment.
   */
  async paymentForRefund(paymentId: number): Promise<{
    paymentId: number;
    projectId: number;
    billId: number;
    method: string;
    amountFen: number;
    receiptNo: string;
    title: string;
    roomLabel: string;
    payerName: string;
    at: Date;
  } | null> {
    const pay = await this.repo.payment(paymentId);
    if (!pay) return null;
    const bill = (await this.repo.bill(pay.billId))!;
    const rooms = await this.people.roomLabels([bill.roomId]);
    return {
      paymentId: pay.id,
      projectId: pay.projectId,
      billId: pay.billId,
      method: pay.method,
      amountFen: Number(pay.amountFen),
      receiptNo: pay.receiptNo ?? '',
      title: bill.title,
      roomLabel: rooms.get(bill.roomId)?.label ?? '',
      payerName: pay.payerName,
      at: pay.at,
    };
  }

  /**
   * R-PAY-04 a payment's money went back, inside the transaction that finished the refund. The paid bill
   * and its payment stay as they were (a paid bill is never edited); when the charge still stands a new
   * unpaid bill is issued for it (source 'reissue', one per bill), due today. Returns that bill's id.
   */
  async refunded(
    em: EntityManager,
    r: { refundId: number; paymentId: number; billId: number; amountFen: number; reopen: boolean; at: Date },
  ): Promise<number | null> {
    const bill = await this.repo.bill(r.billId, em);
    if (!bill) return null;
    await this.repo.addRefunded(em, r.paymentId, r.amountFen, r.at);
    await this.audit.record(
      { kind: 'system' },
      {
        projectId: bill.projectId,
        entity: 'bill',
        entityId: bill.id,
        action: 'refunded',
        note: `退款 ${r.amountFen} 分（退款单 ${r.refundId}）${r.reopen ? '，重新出账' : ''}`,
      },
      em,
    );
    if (!r.reopen) return null;
    const project = await this.repo.projectCodeZone(em, bill.projectId);
    // the charge that stands is the bill's principal as its approved adjustments made it
    const principal = billOwed({
      amountFen: Number(bill.amountFen),
      adjustments: (await this.adjustments.approvedForBills([bill.id], em)).map(owedAdjustment),
    }).principalFen;
    const { billId } = await this.chargeSource(em, {
      projectId: bill.projectId,
      roomId: bill.roomId,
      kind: bill.kind,
      title: bill.title,
      sourceType: 'reissue',
      sourceId: bill.id,
      amountFen: principal,
      dueOn: localDate(r.at, project.timezone),
      period: bill.period,
    });
    return billId;
  }

  /** 收款记录: the project's payments (desk and online) in a local date range, with the range's total. */
  async payments(p: Principal, q: PaymentQuery): Promise<PaymentPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    if (q.from && q.to && q.from > q.to) throw badRequest('开始日期不能晚于结束日期');
    const tz = await this.org.projectTimezone(q.projectId);
    const page = await this.repo.paymentPage({
      ...q,
      from: q.from ? localDayStart(q.from, tz) : undefined,
      to: q.to ? new Date(localDayStart(q.to, tz).getTime() + 86_400_000) : undefined,
    });
    return {
      items: await this.paymentRows(page.rows),
      nextCursor: page.nextCursor,
      totalFen: page.totalFen,
      refundedFen: page.refundedFen,
      count: page.count,
    };
  }

  /** Payments as the lists and the handover show them: with their bill's item and period, the room and the receipt. */
  async paymentRows(rows: Payment[]): Promise<PaymentRowDto[]> {
    const bills = await this.repo.billsByIds([...new Set(rows.map((x) => x.billId))]);
    const rooms = await this.people.roomLabels(bills.map((b) => b.roomId));
    return rows.map((x) => {
      const b = bills.find((y) => y.id === x.billId);
      return {
        id: x.id,
        billId: x.billId,
        receiptNo: x.receiptNo ?? '',
        at: iso(x.at)!,
        method: x.method,
        amountFen: Number(x.amountFen),
        lateFeeFen: Number(x.lateFeeFen),
        title: b?.title ?? '',
        period: b?.period ?? null,
        roomLabel: (b && rooms.get(b.roomId)?.label) ?? '',
        payerName: x.payerName,
        receivedByName: x.receivedByName,
        note: x.note,
        refundedFen: Number(x.refundedFen),
        refundedAt: iso(x.refundedAt),
        refundState: paymentRefundState(Number(x.amountFen), Number(x.refundedFen)),
      };
    });
  }

  /**
   * R-CMP-23 a room's payment status for the complaint desk: its unpaid bills and what they owe today — the
   * same owed() the owner and the desk see (approved adjustments and today's late fee counted), not raw amounts.
   */
  async unpaidOfRoom(roomId: number): Promise<{ count: number; fen: number }> {
    const bills = await this.repo.unpaidBillsOfRoom(roomId);
    const owed = await this.owed(bills);
    return { count: bills.length, fen: bills.reduce((sum, b) => sum + owed.get(b.id)!.totalFen, 0) };
  }

  /**
   * R-PAS-02 a room's arrears for the release-pass desk: its unpaid bills already past their due day (the
   * project's local date) and what they owe today — the same overdue bills arrears collection reads.
   */
  async overdueOfRoom(projectId: number, roomId: number): Promise<{ count: number; fen: number }> {
    const bills = await this.overdueBills(projectId, [roomId]);
    return { count: bills.length, fen: bills.reduce((sum, b) => sum + b.totalFen, 0) };
  }

  /**
   * R-ARR-* the read port of arrears collection: a project's unpaid bills that fell due before today (project
   * zone), of these rooms when given, each with what it owes today through owed() (approved adjustments and
   * today's late fee counted) and its late-fee rule in words. Oldest due first within a room.
   */
  async overdueBills(projectId: number, roomIds?: readonly number[]): Promise<OverdueBill[]> {
    const today = localDate(this.clock.now(), await this.org.projectTimezone(projectId));
    const bills = await this.repo.overdueUnpaid(projectId, today, roomIds);
    const owed = await this.owed(bills);
    return bills.map((b) => {
      const o = owed.get(b.id)!;
      return {
        billId: b.id,
        roomId: b.roomId,
        title: b.title,
        period: b.period,
        dueOn: b.dueOn!,
        principalFen: o.principalFen,
        lateFeeFen: o.lateFeeFen,
        totalFen: o.totalFen,
        lateFeeRule: o.rule,
      };
    });
  }

  /** What an unpaid bill owes today, late fee included (R-FEE-05): the amount the desk takes for it. */
  async owedToday(billId: number): Promise<number> {
    const bill = await this.repo.bill(billId);
    if (!bill) throw notFound('账单');
    return (await this.owed([bill])).get(bill.id)!.totalFen;
  }

  async list(p: Principal, q: BillQuery): Promise<BillPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const page = await this.repo.page(q);
    return { items: await this.dtos(page.rows), nextCursor: page.nextCursor };
  }

  /** The owner's bills across the rooms bound to them (首页 "待缴 ¥x" card, payment history). */
  async mine(p: Principal, status?: string): Promise<MyBillsDto> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    // a waiting adjustment changes nothing for the owner until it is approved (R-PAY-04): the owner sees none
    const items = (await this.dtos(await this.repo.billsForPerson(p.id, status))).map((b) => ({ ...b, pendingAdjustment: null }));
    return { items, unpaidFen: items.filter((b) => b.status === 'unpaid').reduce((a, b) => a + b.totalFen, 0) };
  }

  /** Bills by id as the lists show them, owed amounts and approved adjustments included (missing ids are left out). */
  async billDtos(ids: number[]): Promise<BillDto[]> {
    return this.dtos(await this.repo.billsByIds([...new Set(ids)]));
  }

  /** Bills of another module's records (not void), by its record id: what its detail shows and pays. */
  async forSources(sourceType: string, ids: number[], known: RequestBillKnown = {}): Promise<Map<number, BillDto>> {
    if (!ids.length) return new Map();
    const read = this.forSourcesRead(sourceType, ids, known);
    return read.finish(await this.repo.readParts(...read.parts));
  }

  /**
   * `forSources` as parts of another module's read (`readTogether`) and what makes the bills of their rows:
   * a paid repair's detail reads its bill with its timeline and clocks, in one statement.
   */
  forSourcesRead(
    sourceType: string,
    ids: number[],
    known: RequestBillKnown = {},
  ): {
    parts: [ReadPart<Bill[]>, ReadPart<BillAdjustment[]>];
    finish(read: [Bill[], BillAdjustment[]]): Promise<Map<number, BillDto>>;
  } {
    return {
      parts: this.repo.billsForSourcesParts(sourceType, ids),
      finish: async ([all, adjustments]) => {
        const bills = all.filter((b) => b.status !== 'void');
        const has = (status: string | null) => (a: BillAdjustment) =>
          bills.some((b) => b.id === a.billId && (status === null || b.status === status));
        // what dtos() would read: approved adjustments of these bills, the waiting one of an unpaid bill
        const dtos = await this.dtos(bills, known, {
          approved: adjustments.filter((a) => a.status === 'approved').filter(has(null)),
          pending: adjustments.filter((a) => a.pendingBillId !== null).filter(has('unpaid')),
        });
        return new Map(dtos.map((d) => [d.sourceId!, d]));
      },
    };
  }

  private async dtos(
    bills: Bill[],
    known: RequestBillKnown = {},
    adjusted?: { approved: BillAdjustment[]; pending: BillAdjustment[] },
  ): Promise<BillDto[]> {
    if (!bills.length) return [];
    const repairIds = bills.filter((b) => b.sourceType === 'repair').map((b) => b.sourceId!);
    const knownRequests = known.requests ?? [];
    const knownRooms = known.roomLabels ?? new Map<number, { label: string }>();
    const roomIds = bills.map((b) => b.roomId).filter((id) => !knownRooms.has(id));
    const requestIds = repairIds.filter((id) => !knownRequests.some((r) => r.id === id));
    const unpaid = bills.filter((b) => b.status === 'unpaid').map((b) => b.id);
    const [readRooms, payments, readRequests, pending] = await Promise.all([
      roomIds.length ? this.people.roomLabels(roomIds) : new Map<number, { label: string }>(),
      // a bill is paid once, with its payment, and a paid bill never changes (R-PAY-04): unpaid ones have none
      bills.some((b) => b.status !== 'unpaid') ? this.repo.paymentsForBills(bills.map((b) => b.id)) : [],
      requestIds.length ? this.requests.briefs(requestIds) : [],
      adjusted?.pending ?? this.adjustments.pendingForBills(unpaid),
    ]);
    const owed = await this.owed(bills, payments, adjusted?.approved);
    const rooms = new Map([...knownRooms, ...readRooms]);
    const requests = [...knownRequests, ...readRequests];
    return bills.map((b) => {
      const pay = payments.find((x) => x.billId === b.id);
      const o = owed.get(b.id)!;
      return {
        id: b.id,
        projectId: b.projectId,
        roomId: b.roomId,
        roomLabel: rooms.get(b.roomId)?.label ?? '',
        kind: b.kind,
        title: b.title,
        sourceType: b.sourceType,
        sourceId: b.sourceId,
        feeItemId: b.feeItemId,
        period: b.period,
        dueOn: b.dueOn,
        amountFen: o.amountFen,
        lateFeeFen: o.lateFeeFen,
        lateDays: o.lateDays,
        totalFen: o.totalFen,
        lateFeeRule: o.rule,
        principalFen: o.principalFen,
        adjustments: o.adjustments.map(adjustmentLineDto),
        pendingAdjustment: pendingDto(pending.find((a) => a.billId === b.id)),
        status: b.status,
        createdAt: iso(b.createdAt)!,
        paidAt: iso(b.paidAt),
        paymentId: pay?.id ?? null,
        receiptNo: pay?.receiptNo ?? null,
        payerName:
          pay?.payerName ??
          (b.sourceType === 'repair' ? (requests.find((r) => r.id === b.sourceId)?.requesterName ?? null) : null),
        sourceCode: b.sourceType === 'repair' ? (requests.find((r) => r.id === b.sourceId)?.code ?? null) : null,
      };
    });
  }

  /** A payment taken at the desk: the bill is paid once, a receipt number is given, and it is on the timeline. */
  async payAtDesk(p: Principal, billId: number, dto: DeskPaymentDto): Promise<ReceiptDto> {
    const bill = await this.repo.bill(billId);
    if (!bill) throw notFound('账单');
    const [paymentId] = await this.takeAtDesk(p, [bill], dto);
    return this.receipt(p, paymentId!);
  }

  /**
   * 合并收款 (R-FEE-02): several unpaid bills of one room taken at the desk at once, for what they owe together
   * today. All or nothing: one transaction, each bill paid once with its own receipt number (as an online payment
   * of several bills has), so each stays refundable and printable on its own; the receipts print together.
   */
  async payManyAtDesk(p: Principal, dto: DeskBatchPaymentDto): Promise<DeskBatchReceiptsDto> {
    const ids = [...new Set(dto.billIds)];
    if (ids.length < 2) throw badRequest('合并收款至少选择两笔账单');
    const bills = await this.repo.billsByIds(ids);
    if (bills.length !== ids.length) throw notFound('账单');
    if (new Set(bills.map((b) => b.roomId)).size > 1) throw badRequest('合并收款只能选择同一房屋的账单');
    // the order the desk lists them: by period, then bill
    bills.sort((a, b) => (a.period ?? '').localeCompare(b.period ?? '') || a.id - b.id);
    const paymentIds = await this.takeAtDesk(p, bills, dto);
    const receipts = await Promise.all(paymentIds.map((id) => this.receipt(p, id)));
    return { receipts, totalFen: receipts.reduce((a, r) => a + r.amountFen, 0) };
  }

  /** Takes the bills (of one room) at the desk for exactly what they owe today, in one transaction. */
  private async takeAtDesk(p: Principal, bills: Bill[], dto: DeskPaymentDto): Promise<number[]> {
    const staff = asStaff(p);
    const first = bills[0]!;
    ensureProjectInScope(p, first.projectId, '账单');
    for (const bill of bills) {
      const named = bills.length > 1 ? `账单“${bill.title}”` : '该账单';
      if (bill.status === 'paid') throw new AppError('CONFLICT', `${named}已缴清，请勿重复收款`);
      if (bill.status !== 'unpaid') throw new AppError('CONFLICT', `${named}已作废，不能收款`);
    }
    const owed = await this.owed(bills);
    const due = bills.reduce((a, b) => a + owed.get(b.id)!.totalFen, 0);
    const late = bills.reduce((a, b) => a + owed.get(b.id)!.lateFeeFen, 0);
    if (dto.amountFen !== due)
      throw badRequest(
        `收款金额应为 ¥${fenToYuanString(due)}${late ? `（含违约金 ¥${fenToYuanString(late)}）` : ''}（现在是 ¥${fenToYuanString(dto.amountFen)}）`,
      );
    const now = this.clock.now();
    const [header, tz, request] = await Promise.all([
      this.org.projectHeader(first.projectId),
      this.org.projectTimezone(first.projectId),
      bills.length === 1 && first.sourceType === 'repair' ? this.requests.brief(first.sourceId!) : Promise.resolve(null),
    ]);
    const payerName = dto.payerName?.trim() || request?.requesterName || '业主';
    const receiptPrefix = receiptCodePrefix(header.code, localDate(now, tz));
    return this.repo.transactionTakingCode(receiptPrefix, async (em) => {
      const ids: number[] = [];
      for (const bill of bills) {
        if (!(await this.repo.updateUnpaid(em, bill, { status: 'paid', paidAt: now })))
          throw new AppError(
            'CONFLICT',
            (await this.repo.bill(bill.id, em))?.status === 'unpaid'
              ? `${bills.length > 1 ? `账单“${bill.title}”的` : '该账单'}金额刚有调整，请刷新后按新金额收款`
              : `${bills.length > 1 ? `账单“${bill.title}”` : '该账单'}刚被收款，请勿重复收款`,
          );
        const { totalFen: amountFen, lateFeeFen } = owed.get(bill.id)!;
        const receiptNo = await nextDailyCode(em, receiptPrefix);
        const id = await this.repo.insertPayment(em, {
          projectId: bill.projectId,
          billId: bill.id,
          method: dto.method,
          amountFen,
          lateFeeFen,
          receiptNo,
          receivedByStaffId: staff.id,
          receivedByName: staff.name,
          payerName,
          at: now,
          note: dto.note ?? null,
          transactionId: null,
          refundedFen: 0,
          refundedAt: null,
        });
        // the request it pays for puts it on its timeline (R-SRV-07)
        await this.events.publish(em, 'bill.paid', {
          billId: bill.id,
          paymentId: id,
          projectId: bill.projectId,
          sourceType: bill.sourceType,
          sourceId: bill.sourceId ?? 0,
          amountFen,
          method: dto.method,
          receiptNo,
          at: now,
          cashier: { kind: 'staff', id: staff.id, name: staff.name },
        });
        await this.audit.record(
          p,
          {
            projectId: bill.projectId,
            entity: 'bill',
            entityId: bill.id,
            action: 'desk_payment',
            note: `${dto.method} ${amountFen} ${receiptNo}${bills.length > 1 ? ` 合并${bills.length}笔` : ''}`,
          },
          em,
        );
        ids.push(id);
      }
      return ids;
    });
  }

  /**
   * What an owner would pay online for the bills they picked: each must be unpaid, of a room bound to
   * them, all of one project; the late fee is today's (R-FEE-05). Refusals are 4xx in Chinese.
   */
  async quoteForOwner(
    personId: number,
    billIds: number[],
  ): Promise<{
    projectId: number;
    bills: { billId: number; amountFen: number; lateFeeFen: number; title: string }[];
    totalFen: number;
  }> {
    const ids = [...new Set(billIds)];
    const bills = await this.repo.billsByIds(ids);
    for (const id of ids) {
      const b = bills.find((x) => x.id === id);
      if (!b || !(await this.people.hasApprovedBinding(personId, b.roomId))) throw notFound('账单');
      if (b.status === 'paid') throw new AppError('CONFLICT', `账单“${b.title}”已缴清`);
      if (b.status !== 'unpaid') throw new AppError('CONFLICT', `账单“${b.title}”已作废`);
    }
    if (new Set(bills.map((b) => b.projectId)).size > 1) throw badRequest('一次只能缴同一个小区的账单');
    const owed = await this.owed(bills);
    const lines = bills.map((b) => ({
      billId: b.id,
      amountFen: owed.get(b.id)!.principalFen,
      lateFeeFen: owed.get(b.id)!.lateFeeFen,
      title: b.title,
    }));
    return { projectId: bills[0]!.projectId, bills: lines, totalFen: [...owed.values()].reduce((a, o) => a + o.totalFen, 0) };
  }

  /** Opens today's receipt counter of the project before a crediting transaction (see daily-code.ts). */
  async prepareCredit(projectId: number): Promise<void> {
    const [header, tz] = await Promise.all([this.org.projectHeader(projectId), this.org.projectTimezone(projectId)]);
    await this.repo.openDailyCounter(receiptCodePrefix(header.code, localDate(this.clock.now(), tz)));
  }

  /**
   * R-PAY-01/02 a verified online payment credits its bills, inside the transaction that marked the
   * order paid: each bill paid once with a receipt. A bill paid at the desk meanwhile is not paid twice:
   * the double payment is put on record for a refund.
   */
  async creditOnline(em: EntityManager, e: DomainEvents['payment.verified']): Promise<void> {
    // read through the transaction's own connection: another pooled one while holding the order's lock could wait forever
    const project = await this.repo.projectCodeZone(em, e.projectId);
    const prefix = receiptCodePrefix(project.code, localDate(e.at, project.timezone));
    for (const line of e.bills) {
      const bill = await this.repo.bill(line.billId, em);
      // R-PAY-04 the owner never pays another amount than the bill owes: an adjustment approved after the order
      // was quoted (approval refuses while an order is open, so only in a race) leaves the bill unpaid, money to refund
      const principal =
        bill &&
        billOwed({
          amountFen: Number(bill.amountFen),
          adjustments: (await this.adjustments.approvedForBills([bill.id], em)).map(owedAdjustment),
        }).principalFen;
      if (principal !== null && principal !== line.amountFen) {
        await this.audit.record(
          { kind: 'system' },
          {
            projectId: e.projectId,
            entity: 'bill',
            entityId: line.billId,
            action: 'amount_changed',
            note: `${e.outTradeNo} ${e.transactionId} 下单后账单金额已调整（${line.amountFen} → ${principal} 分），待退款`,
          },
          em,
        );
        continue;
      }
      if (!bill || !(await this.repo.updateUnpaid(em, bill, { status: 'paid', paidAt: e.at }))) {
        await this.audit.record(
          { kind: 'system' },
          {
            projectId: e.projectId,
            entity: 'bill',
            entityId: line.billId,
            action: 'double_payment',
            note: `${e.outTradeNo} ${e.transactionId} 待退款`,
          },
          em,
        );
        continue;
      }
      const receiptNo = await nextDailyCode(em, prefix);
      const fen = line.amountFen + line.lateFeeFen;
      const paymentId = await this.repo.insertPayment(em, {
        projectId: bill.projectId,
        billId: bill.id,
        method: 'wechat_pay',
        amountFen: fen,
        lateFeeFen: line.lateFeeFen,
        receiptNo,
        receivedByStaffId: 0,
        receivedByName: '微信支付',
        payerName: e.payerName.slice(0, 50),
        at: e.at,
        note: `微信支付 ${e.transactionId}`,
        transactionId: e.transactionId,
        refundedFen: 0,
        refundedAt: null,
      });
      await this.events.publish(em, 'bill.paid', {
        billId: bill.id,
        paymentId,
        projectId: bill.projectId,
        sourceType: bill.sourceType,
        sourceId: bill.sourceId ?? 0,
        amountFen: fen,
        method: 'wechat_pay',
        receiptNo,
        at: e.at,
        cashier: { kind: 'owner', id: e.personId, name: e.payerName },
      });
    }
  }

  async receipt(p: Principal, paymentId: number): Promise<ReceiptDto> {
    const pay = await this.repo.payment(paymentId);
    if (!pay) throw notFound('收据');
    // staff who take and check payments (R-FEE-02), in the receipt's project; not every staff member
    if (p.kind === 'staff' && !can(p.roles, 'billing.collect')) throw notFound('收据');
    if (p.kind === 'staff') ensureProjectInScope(p, pay.projectId, '收据');
    const bill = (await this.repo.bill(pay.billId))!;
    // the room's household sees its receipts, whoever filed the request
    if (p.kind === 'owner' && !(await this.people.hasApprovedBinding(p.id, bill.roomId))) throw notFound('收据');
    const [header, rooms, req, timeZone, adjustments] = await Promise.all([
      this.org.projectHeader(pay.projectId),
      this.people.roomLabels([bill.roomId]),
      bill.sourceType === 'repair' ? this.requests.brief(bill.sourceId!) : Promise.resolve(null),
      this.org.projectTimezone(pay.projectId),
      this.adjustments.approvedForBills([bill.id]),
    ]);
    const room = rooms.get(bill.roomId);
    return {
      paymentId: pay.id,
      receiptNo: pay.receiptNo!,
      projectName: header.name,
      companyName: header.companyName,
      servicePhone: header.servicePhone,
      roomLabel: room?.label ?? '',
      propertyCode: room?.propertyCode ?? '',
      payerName: pay.payerName,
      title: bill.title,
      amountFen: Number(pay.amountFen),
      lateFeeFen: Number(pay.lateFeeFen),
      billAmountFen: Number(bill.amountFen),
      adjustments: adjustments.map(adjustmentLineDto),
      period: bill.period,
      method: pay.method,
      receivedByName: pay.receivedByName,
      at: iso(pay.at)!,
      note: pay.note,
      refundedFen: Number(pay.refundedFen),
      refundedAt: iso(pay.refundedAt),
      refundState: paymentRefundState(Number(pay.amountFen), Number(pay.refundedFen)),
      sourceCode: req?.code ?? null,
      feedbackLine: FEEDBACK_LINE,
      timeZone,
    };
  }
}
