import { Inject, Injectable } from '@nestjs/common';
import { conflict, notFound } from '../../../common/app-error.js';
import type { Principal } from '../../../common/principal.js';
import { asStaff, ensureProjectInScope, scopeIds } from '../../../common/scope.js';
import { Clock } from '../../../infra/clock.js';
import { AuditService } from '../../audit/audit.service.js';
import type { ReconDiff } from '../entities.js';
import { PaymentsRepository } from '../payments.repository.js';
import type { ReconDayPageDto, ReconDiffDto, ReconDiffPageDto, ReconDiffQuery, ResolveDiffDto } from '../reconciliation.dto.js';
import { reconDayDto } from './reconcile-day.js';

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

function dto(d: ReconDiff): ReconDiffDto {
  return {
    id: d.id,
    billDate: d.billDate,
    kind: d.kind,
    outTradeNo: d.outTradeNo,
    outRefundNo: d.outRefundNo || null,
    transactionId: d.transactionId,
    projectId: d.projectId,
    providerFen: d.providerFen === null ? null : Number(d.providerFen),
    ourFen: d.ourFen === null ? null : Number(d.ourFen),
    status: d.status,
    foundAt: iso(d.foundAt)!,
    resolvedAt: iso(d.resolvedAt),
    resolvedByName: d.resolvedByName,
    resolution: d.resolution,
  };
}

/** R-PAY-03 the days reconciled and their differences (listed until resolved), and finance resolving one with a note. */
@Injectable()
export class ReconDifferences {
  constructor(
    @Inject(PaymentsRepository) private readonly repo: PaymentsRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async days(p: Principal, q: { cursor?: string; limit?: number }): Promise<ReconDayPageDto> {
    asStaff(p);
    const page = await this.repo.reconDays(q);
    return { items: page.rows.map(reconDayDto), nextCursor: page.nextCursor };
  }

  async list(p: Principal, q: ReconDiffQuery): Promise<ReconDiffPageDto> {
    const page = await this.repo.diffPage(q, scopeIds(p));
    return { items: page.rows.map(dto), nextCursor: page.nextCursor };
  }

  async resolve(p: Principal, id: number, b: ResolveDiffDto): Promise<ReconDiffDto> {
    const staff = asStaff(p);
    const d = await this.repo.reconDiff(id);
    if (!d) throw notFound('差异');
    if (d.projectId !== null) ensureProjectInScope(p, d.projectId, '差异');
    if (d.status !== 'open') throw conflict('该差异已处理');
    const note = b.note.trim();
    if (!(await this.repo.resolveDiff(id, { resolvedAt: this.clock.now(), resolvedByName: staff.name, resolution: note })))
      throw conflict('该差异已处理');
    await this.audit.record(p, {
      projectId: d.projectId,
      entity: 'recon_diff',
      entityId: id,
      action: 'resolve',
      note: `${d.billDate} ${d.outRefundNo || d.outTradeNo} ${note}`,
    });
    return dto((await this.repo.reconDiff(id))!);
  }
}
