import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Id, Me, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import {
  CashConfirmHandoverDto,
  CashCreateHandoverDto,
  CashHandoverDetailDto,
  CashHandoverPageDto,
  CashHandoverQuery,
  CashPendingHandoverDto,
  CashPendingHandoverQuery,
} from './handover.dto.js';
import { ConfirmHandover } from './handovers/confirm-handover.js';
import { CreateHandover } from './handovers/create-handover.js';
import { HandoverView } from './handovers/handover-view.js';
import { WithdrawHandover } from './handovers/withdraw-handover.js';

/** R-FEE-06 现金移交: the cashier hands the day's desk takings to finance with a 交款单; finance confirms. */
@ApiTags('billing')
@Controller()
export class HandoverController {
  constructor(
    @Inject(HandoverView) private readonly view: HandoverView,
    @Inject(CreateHandover) private readonly create: CreateHandover,
    @Inject(ConfirmHandover) private readonly confirmHandover: ConfirmHandover,
    @Inject(WithdrawHandover) private readonly withdrawHandover: WithdrawHandover,
  ) {}

  @Get('cash-handovers/pending')
  @StaffOnly('billing.collect')
  @ApiOkResponse({ type: CashPendingHandoverDto })
  pending(@Me() me: Principal, @Query() q: CashPendingHandoverQuery) {
    return this.view.pending(me, q);
  }
  @Get('cash-handovers')
  @StaffOnly('billing.collect')
  @ApiOkResponse({ type: CashHandoverPageDto })
  list(@Me() me: Principal, @Query() q: CashHandoverQuery) {
    return this.view.list(me, q);
  }
  @Post('cash-handovers')
  @StaffOnly('billing.collect')
  @ApiOkResponse({ type: CashHandoverDetailDto })
  make(@Me() me: Principal, @Body() b: CashCreateHandoverDto) {
    return this.create.run(me, b);
  }
  @Get('cash-handovers/:id')
  @StaffOnly('billing.collect')
  @ApiOkResponse({ type: CashHandoverDetailDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.view.detail(me, id);
  }
  @Post('cash-handovers/:id/confirm')
  @StaffOnly('billing.handover_confirm')
  @ApiOkResponse({ type: CashHandoverDetailDto })
  confirm(@Me() me: Principal, @Id() id: number, @Body() b: CashConfirmHandoverDto) {
    return this.confirmHandover.run(me, id, b);
  }
  @Post('cash-handovers/:id/withdraw')
  @StaffOnly('billing.collect')
  @ApiOkResponse({ type: CashHandoverDetailDto })
  withdraw(@Me() me: Principal, @Id() id: number) {
    return this.withdrawHandover.run(me, id);
  }
}
