import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PageQuery } from '../../common/dto.js';
import { Id, Me, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import {
  ReconcileDto,
  ReconDayDto,
  ReconDayPageDto,
  ReconDiffDto,
  ReconDiffPageDto,
  ReconDiffQuery,
  ResolveDiffDto,
} from './reconciliation.dto.js';
import { ReconDifferences } from './reconciliation/differences.js';
import { ReconcileDay } from './reconciliation/reconcile-day.js';

/** R-PAY-03 对账: a day against WeChat Pay's trade bill, and the differences until resolved. */
@ApiTags('payments')
@Controller()
export class ReconciliationController {
  constructor(
    @Inject(ReconcileDay) private readonly reconcile: ReconcileDay,
    @Inject(ReconDifferences) private readonly diffs: ReconDifferences,
  ) {}

  @Post('reconciliations')
  @StaffOnly('billing.reconcile')
  @ApiOkResponse({ type: ReconDayDto })
  run(@Me() me: Principal, @Body() b: ReconcileDto) {
    return this.reconcile.run(me, b.billDate);
  }
  @Get('reconciliations')
  @StaffOnly('billing.reconcile')
  @ApiOkResponse({ type: ReconDayPageDto })
  days(@Me() me: Principal, @Query() q: PageQuery) {
    return this.diffs.days(me, q);
  }
  @Get('reconciliation-differences')
  @StaffOnly('billing.reconcile')
  @ApiOkResponse({ type: ReconDiffPageDto })
  list(@Me() me: Principal, @Query() q: ReconDiffQuery) {
    return this.diffs.list(me, q);
  }
  @Post('reconciliation-differences/:id/resolve')
  @StaffOnly('billing.reconcile')
  @ApiOkResponse({ type: ReconDiffDto })
  resolve(@Me() me: Principal, @Id() id: number, @Body() b: ResolveDiffDto) {
    return this.diffs.resolve(me, id, b);
  }
}
