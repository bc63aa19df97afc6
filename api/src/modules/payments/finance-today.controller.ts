import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Me, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { FinanceTodayDto, FinanceTodayQuery } from './finance-today.dto.js';
import { FinanceToday } from './finance/finance-today.js';

/** 财务 home on 工作台: did today's money arrive, and what waits for finance. */
@ApiTags('payments')
@Controller()
export class FinanceTodayController {
  constructor(@Inject(FinanceToday) private readonly today: FinanceToday) {}

  @Get('finance/today')
  @StaffOnly('billing.finance_home')
  @ApiOkResponse({ type: FinanceTodayDto })
  get(@Me() me: Principal, @Query() q: FinanceTodayQuery) {
    return this.today.run(me, q.projectId);
  }
}
