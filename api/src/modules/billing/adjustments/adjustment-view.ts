import { Inject, Injectable } from '@nestjs/common';
import { billAdjustmentLine } from '@wy/shared';
import { notFound } from '../../../common/app-error.js';
import type { Principal } from '../../../common/principal.js';
import { ensureProjectInScope } from '../../../common/scope.js';
import type { AdjustmentDto, AdjustmentPageDto, AdjustmentQuery } from '../adjustments.dto.js';
import { AdjustmentsRepository } from '../adjustments.repository.js';
import { BillingService, owedAdjustment } from '../billing.service.js';
import type { BillAdjustment } from '../entities.js';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** R-PAY-04 账单调整 as the console lists them: server-filtered by status (and bill), keyset paged, with their bill. */
@Injectable()
export class AdjustmentView {
  constructor(
    @Inject(AdjustmentsRepository) private readonly repo: AdjustmentsRepository,
    @Inject(BillingService) private readonly billing: BillingService,
  ) {}

  async list(p: Principal, q: AdjustmentQuery): Promise<AdjustmentPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const page = await this.repo.page(q);
    return { items: await this.dtos(page.rows), nextCursor: page.nextCursor };
  }

  async byId(id: number): Promise<AdjustmentDto> {
    const a = await this.repo.byId(id);
    if (!a) throw notFound('账单调整');
    return (await this.dtos([a]))[0]!;
  }

  private async dtos(rows: BillAdjustment[]): Promise<AdjustmentDto[]> {
    const bills = await this.billing.billDtos(rows.map((a) => a.billId));
    return rows.map((a) => {
      const b = bills.find((x) => x.id === a.billId);
      return {
        id: a.id,
        projectId: a.projectId,
        billId: a.billId,
        title: b?.title ?? '',
        period: b?.period ?? null,
        roomId: b?.roomId ?? 0,
        roomLabel: b?.roomLabel ?? '',
        kind: a.kind,
        target: a.target,
        amountFen: Number(a.amountFen),
        line: billAdjustmentLine(owedAdjustment(a)),
        reason: a.reason,
        status: a.status,
        billStatus: b?.status ?? 'void',
        billTotalFen: b?.totalFen ?? 0,
        proposedById: a.proposedById,
        proposedByName: a.proposedByName,
        proposedAt: iso(a.proposedAt)!,
        decidedByName: a.decidedByName,
        decidedAt: iso(a.decidedAt),
        decisionNote: a.decisionNote,
      };
    });
  }
}
