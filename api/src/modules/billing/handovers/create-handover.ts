import { Inject, Injectable } from '@nestjs/common';
import { handoverCodePrefix, localDate } from '@wy/shared';
import { AppError, badRequest, conflict } from '../../../common/app-error.js';
import { nextDailyCode } from '../../../common/daily-code.js';
import type { Principal } from '../../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../../common/scope.js';
import { Clock } from '../../../infra/clock.js';
import { AuditService } from '../../audit/audit.service.js';
import { OrgLookup } from '../../org/org-lookup.service.js';
import type { CashCreateHandoverDto, CashHandoverDetailDto } from '../handover.dto.js';
import { HandoverRepository } from '../handover.repository.js';
import { HandoverView, methodTotals } from './handover-view.js';

/**
 * R-FEE-06 the cashier hands a business day's desk payments to finance (生成交款单). Every payment named must
 * be theirs, of this project, taken at the desk (online payments reach the bank by themselves) on that day
 * in the project's zone, and not handed over yet. The handover and its payments are written in one
 * transaction; the payments are taken by one conditional update from "not handed over", so two handovers
 * made at once never share a payment: the second is refused and writes nothing.
 *
 * Refunds: a handover hands over the money as taken. A refund (R-PAY-04), before or after the handover, is its
 * own record settled by finance through the refund flow (退款单); it never changes a handover.
 */
@Injectable()
export class CreateHandover {
  constructor(
    @Inject(HandoverRepository) private readonly repo: HandoverRepository,
    @Inject(HandoverView) private readonly view: HandoverView,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async run(p: Principal, dto: CashCreateHandoverDto): Promise<CashHandoverDetailDto> {
    const staff = asStaff(p);
    ensureProjectInScope(p, dto.projectId, '项目');
    const ids = [...new Set(dto.paymentIds)];
    if (!ids.length) throw badRequest('交款单不能为空：请先选择要移交的收款');
    const [header, tz] = await Promise.all([this.org.projectHeader(dto.projectId), this.org.projectTimezone(dto.projectId)]);
    const now = this.clock.now();
    if (dto.businessDay > localDate(now, tz)) throw badRequest('营业日不能晚于今天');
    const rows = await this.repo.paymentsByIds(ids);
    // another project's payments are not named: they answer as if they did not exist
    const foreign = ids.length - rows.filter((x) => x.projectId === dto.projectId).length;
    if (foreign) throw badRequest(`有 ${foreign} 笔收款不存在或不属于本项目`);
    for (const x of rows) {
      if (x.method === 'wechat_pay') throw badRequest(`收据 ${x.receiptNo} 是微信支付的线上收款，不需要移交`);
      if (x.receivedByStaffId !== staff.id) throw badRequest(`收据 ${x.receiptNo} 不是您收取的款项，只能移交本人的收款`);
      if (localDate(x.at, tz) !== dto.businessDay)
        throw badRequest(`收据 ${x.receiptNo} 不是 ${dto.businessDay} 的收款（收于 ${localDate(x.at, tz)}）`);
      if (x.handoverId !== null) throw conflict(`收据 ${x.receiptNo} 已在另一张交款单中，请勿重复移交`);
    }
    const totals = methodTotals(rows);
    const prefix = handoverCodePrefix(header.code, dto.businessDay);
    const id = await this.repo.transactionTakingCode(prefix, async (em) => {
      const code = await nextDailyCode(em, prefix);
      const handoverId = await this.repo.insert(em, {
        code,
        projectId: dto.projectId,
        cashierStaffId: staff.id,
        cashierName: staff.name,
        businessDay: dto.businessDay,
        paymentCount: totals.count,
        totalFen: totals.totalFen,
        cashFen: totals.cashFen,
        byMethod: totals.byMethod,
        status: 'submitted',
        note: dto.note?.trim() || null,
        createdAt: now,
        receivedCashFen: null,
        confirmedByStaffId: null,
        confirmedByName: null,
        confirmedAt: null,
        confirmNote: null,
      });
      if ((await this.repo.claim(em, handoverId, ids)) !== ids.length)
        throw new AppError('CONFLICT', '部分收款刚被移交到另一张交款单，请刷新后重新生成');
      await this.audit.record(
        p,
        {
          projectId: dto.projectId,
          entity: 'cash_handover',
          entityId: handoverId,
          action: 'create',
          note: `${code} ${totals.count} 笔 ${totals.totalFen} 分`,
        },
        em,
      );
      return handoverId;
    });
    return this.view.detail(p, id);
  }
}
