import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  FEEDBACK_LINE,
  fenToYuanString,
  localDate,
  PAYMENT_METHOD_LABELS,
  receiptCodePrefix,
  type DeskPaymentMethod,
} from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import { nextDailyCode } from '../../common/daily-code.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { PeopleRepository } from '../people/people.repository.js';
import { ServiceRequestRepository } from '../service-requests/sr.repository.js';
import type { BillDto, BillPageDto, BillQuery, DeskPaymentDto, MyBillsDto, ReceiptDto } from './billing.dto.js';
import { BillingRepository } from './billing.repository.js';
import type { Bill } from './entities.js';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

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
    @Inject(PeopleRepository) private readonly people: PeopleRepository,
    @Inject(ServiceRequestRepository) private readonly requests: ServiceRequestRepository,
  ) {}

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
    const cur = await this.repo.billForSource('repair', r.requestId, em);
    if (!cur) {
      if (r.feeFen > 0)
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
        });
      return;
    }
    if (cur.status === 'paid') return;
    const patch: Partial<Bill> = r.feeFen > 0 ? { amountFen: r.feeFen, status: 'unpaid', title } : { status: 'void' };
    if (!(await this.repo.updateUnpaid(em, cur, patch)) && cur.status === 'unpaid')
      throw new AppError('CONFLICT', '账单刚被收款，请刷新后重试');
  }

  async list(p: Principal, q: BillQuery): Promise<BillPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const page = await this.repo.page(q);
    return { items: await this.dtos(page.rows), nextCursor: page.nextCursor };
  }

  /** The owner's bills across the rooms bound to them (首页 "待缴 ¥x" card, payment history). */
  async mine(p: Principal, status?: string): Promise<MyBillsDto> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const items = await this.dtos(await this.repo.billsForPerson(p.id, status));
    return { items, unpaidFen: items.filter((b) => b.status === 'unpaid').reduce((a, b) => a + b.amountFen, 0) };
  }

  async forRequests(ids: number[]): Promise<Map<number, BillDto>> {
    const bills = await this.repo.billsForSources('repair', ids);
    const dtos = await this.dtos(bills.filter((b) => b.status !== 'void'));
    return new Map(dtos.map((d) => [d.sourceId, d]));
  }

  private async dtos(bills: Bill[]): Promise<BillDto[]> {
    if (!bills.length) return [];
    const repairIds = bills.filter((b) => b.sourceType === 'repair').map((b) => b.sourceId);
    const [rooms, payments, requests] = await Promise.all([
      this.people.roomLabels(bills.map((b) => b.roomId)),
      this.repo.paymentsForBills(bills.map((b) => b.id)),
      repairIds.length ? this.requests.requestsByIds(repairIds) : Promise.resolve([]),
    ]);
    return bills.map((b) => {
      const pay = payments.find((x) => x.billId === b.id);
      return {
        id: b.id,
        projectId: b.projectId,
        roomId: b.roomId,
        roomLabel: rooms.get(b.roomId)?.label ?? '',
        kind: b.kind,
        title: b.title,
        sourceType: b.sourceType,
        sourceId: b.sourceId,
        amountFen: Number(b.amountFen),
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
    const staff = asStaff(p);
    const bill = await this.repo.bill(billId);
    if (!bill) throw notFound('账单');
    ensureProjectInScope(p, bill.projectId, '账单');
    if (bill.status === 'paid') throw new AppError('CONFLICT', '该账单已缴清，请勿重复收款');
    if (bill.status !== 'unpaid') throw new AppError('CONFLICT', '该账单已作废，不能收款');
    if (dto.amountFen !== Number(bill.amountFen))
      throw badRequest(`收款金额应为 ¥${fenToYuanString(Number(bill.amountFen))}（现在是 ¥${fenToYuanString(dto.amountFen)}）`);
    const now = this.clock.now();
    const [header, tz, request] = await Promise.all([
      this.repo.projectHeader(bill.projectId),
      this.repo.projectTimezone(bill.projectId),
      bill.sourceType === 'repair' ? this.requests.request(bill.sourceId) : Promise.resolve(null),
    ]);
    const payerName = dto.payerName?.trim() || request?.requesterName || '业主';
    const paymentId = await this.repo.transaction(async (em) => {
      if (!(await this.repo.updateUnpaid(em, bill, { status: 'paid', paidAt: now })))
        throw new AppError('CONFLICT', '该账单刚被收款，请勿重复收款');
      const receiptNo = await nextDailyCode(em, receiptCodePrefix(header.code, localDate(now, tz)));
      const id = await this.repo.insertPayment(em, {
        projectId: bill.projectId,
        billId: bill.id,
        method: dto.method,
        amountFen: dto.amountFen,
        receiptNo,
        receivedByStaffId: staff.id,
        receivedByName: staff.name,
        payerName,
        at: now,
        note: dto.note ?? null,
      });
      if (request)
        // the payment on the request's timeline (R-SRV-07)
        await this.requests.insertEvent(
          {
            requestId: request.id,
            projectId: request.projectId,
            at: now,
            actorKind: 'staff',
            actorId: staff.id,
            actorName: staff.name,
            action: 'payment',
            fromStatus: request.status,
            toStatus: request.status,
            note: `收取维修费 ¥${fenToYuanString(dto.amountFen)}（${PAYMENT_METHOD_LABELS[dto.method as DeskPaymentMethod]}），收据 ${receiptNo}`,
            data: { billId: bill.id, paymentId: id, receiptNo },
            photoIds: null,
          },
          em,
        );
      await this.audit.record(
        p,
        {
          projectId: bill.projectId,
          entity: 'bill',
          entityId: bill.id,
          action: 'desk_payment',
          note: `${dto.method} ${dto.amountFen} ${receiptNo}`,
        },
        em,
      );
      return id;
    });
    return this.receipt(p, paymentId);
  }

  async receipt(p: Principal, paymentId: number): Promise<ReceiptDto> {
    const pay = await this.repo.payment(paymentId);
    if (!pay) throw notFound('收据');
    if (p.kind === 'staff') ensureProjectInScope(p, pay.projectId, '收据');
    const bill = (await this.repo.bill(pay.billId))!;
    // the room's household sees its receipts, whoever filed the request
    if (p.kind === 'owner' && !(await this.people.hasApprovedBinding(p.id, bill.roomId))) throw notFound('收据');
    const [header, rooms, req, timeZone] = await Promise.all([
      this.repo.projectHeader(pay.projectId),
      this.people.roomLabels([bill.roomId]),
      bill.sourceType === 'repair' ? this.requests.request(bill.sourceId) : Promise.resolve(null),
      this.repo.projectTimezone(pay.projectId),
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
      method: pay.method,
      receivedByName: pay.receivedByName,
      at: iso(pay.at)!,
      note: pay.note,
      sourceCode: req?.code ?? null,
      feedbackLine: FEEDBACK_LINE,
      timeZone,
    };
  }
}
