import { Inject, Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { localDate } from '@wy/shared';
import { AuditService } from '../audit/audit.service.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import type { BillRun } from './entities.js';
import type { BillRunDto, BillRunPreviewDto } from './fees.dto.js';
import { FeesRepository } from './fees.repository.js';

/** Rooms billed per statement: a chunk is one INSERT … SELECT and one transaction (with the run's cursor). */
export const BILL_RUN_CHUNK = 5000;

const lastDayOf = (period: string) => new Date(Date.UTC(Number(period.slice(0, 4)), Number(period.slice(5, 7)), 0)).getUTCDate();

/**
 * R-FEE-04 the monthly bill run of a project: every room × every active area/fixed item, and every
 * metered item's reading of the month, billed set-based in chunks of rooms. The run is idempotent (a
 * (room, item, period) is billed once: unique key, so a rerun or two runs at once add nothing twice),
 * resumable (each chunk commits with the run's cursor; a run that stopped goes on from there), and
 * previewed first (the same SELECT, counted, nothing written).
 */
@Injectable()
export class BillRunService {
  constructor(
    @Inject(FeesRepository) private readonly repo: FeesRepository,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(OrgLookup) private readonly org: OrgLookup,
  ) {}

  async preview(p: Principal, projectId: number, period: string): Promise<BillRunPreviewDto> {
    ensureProjectInScope(p, projectId, '项目');
    const [lines, items, existingBills, missingReadings] = await Promise.all([
      this.repo.preview({ projectId, period, afterId: 0, toId: null, now: this.clock.now() }, lastDayOf(period)),
      this.repo.feeItems([projectId]),
      this.repo.countBills(projectId, period),
      this.repo.missingReadings(projectId, period),
    ]);
    const out = lines
      .map((l) => {
        const f = items.find((x) => x.id === l.feeItemId);
        return { ...l, feeItemName: f?.name ?? '', basis: f?.basis ?? '' };
      })
      .sort((a, b) => a.feeItemId - b.feeItemId);
    return {
      projectId,
      period,
      lines: out,
      bills: out.reduce((a, l) => a + l.bills, 0),
      amountFen: out.reduce((a, l) => a + l.amountFen, 0),
      existingBills,
      missingReadings,
    };
  }

  async run(p: Principal, projectId: number, period: string, chunk = BILL_RUN_CHUNK): Promise<BillRunDto> {
    const staff = asStaff(p);
    ensureProjectInScope(p, projectId, '项目');
    const now = this.clock.now();
    const local = localDate(now, await this.org.projectTimezone(projectId)).slice(0, 7);
    if (period > local) throw new AppError('VALIDATION_FAILED', `不能为未来的账期（${period}）生成账单`);
    const run = await this.repo.openRun({
      projectId,
      period,
      status: 'running',
      cursorRoomId: 0,
      billsCreated: 0,
      amountFen: 0,
      runs: 0,
      startedByStaffId: staff.id,
      startedByName: staff.name,
      startedAt: now,
      finishedAt: null,
    });
    // a finished run starts again from the first room (new rooms, new readings); a stopped one goes on from its cursor
    let cursor = run.status === 'done' ? 0 : run.cursorRoomId;
    await this.repo.countRunStart(run.id);
    await this.repo.updateRun(run.id, {
      status: 'running',
      startedAt: now,
      startedByStaffId: staff.id,
      startedByName: staff.name,
      finishedAt: null,
    });
    let added = 0;
    for (;;) {
      const toId = await this.repo.chunkEnd(projectId, cursor, chunk);
      // runs of one month at once take turns per chunk (the run's row is held first); a chunk that still meets a
      // deadlock with another writer of `bill` is run again, up to eight times (transactionRetried)
      added += await this.repo.transaction(async (em) => {
        await this.repo.lockRun(em, run.id);
        const n = await this.repo.runChunk(em, { projectId, period, afterId: cursor, toId, now }, lastDayOf(period));
        await this.repo.updateRun(run.id, { cursorRoomId: toId ?? cursor }, em);
        return n;
      }, 8);
      if (toId === null) break;
      cursor = toId;
    }
    // the record shows the period's bills and total (one aggregate at the end, not one per chunk)
    const totals = await this.repo.periodTotals(projectId, period);
    const amount = totals.amountFen;
    await this.repo.updateRun(run.id, { billsCreated: totals.bills, amountFen: totals.amountFen });
    await this.repo.updateRun(run.id, { status: 'done', finishedAt: this.clock.now() });
    await this.audit.record(p, {
      projectId,
      entity: 'bill_run',
      entityId: run.id,
      action: 'run',
      note: `${period} +${added} ${amount}`,
    });
    return this.dto((await this.repo.billRun(projectId, period))!, added);
  }

  async list(p: Principal, projectId: number): Promise<{ items: BillRunDto[] }> {
    ensureProjectInScope(p, projectId, '项目');
    return { items: (await this.repo.billRuns(projectId)).map((r) => this.dto(r, 0)) };
  }

  private dto(r: BillRun, addedNow: number): BillRunDto {
    return {
      id: r.id,
      projectId: r.projectId,
      period: r.period,
      status: r.status,
      billsCreated: Number(r.billsCreated),
      amountFen: Number(r.amountFen),
      addedNow,
      runs: r.runs,
      startedByName: r.startedByName,
      startedAt: new Date(r.startedAt).toISOString(),
      finishedAt: r.finishedAt ? new Date(r.finishedAt).toISOString() : null,
    };
  }
}
