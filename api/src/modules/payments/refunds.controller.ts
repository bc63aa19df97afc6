import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Id, Me, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { CreateRefundDto, DecideRefundDto, RefundDto, RefundPageDto, RefundQuery, RejectRefundDto } from './refunds.dto.js';
import { DecideRefund } from './refunds/decide-refund.js';
import { RefundView } from './refunds/refund-view.js';
import { RequestRefund } from './refunds/request-refund.js';

/** R-PAY-04 退款审批: finance asks, a second person approves or rejects, the money goes back the way it came. */
@ApiTags('payments')
@Controller()
export class RefundsController {
  constructor(
    @Inject(RefundView) private readonly view: RefundView,
    @Inject(RequestRefund) private readonly requestRefund: RequestRefund,
    @Inject(DecideRefund) private readonly decide: DecideRefund,
  ) {}

  @Get('refunds')
  @StaffOnly('billing.refund')
  @ApiOkResponse({ type: RefundPageDto })
  list(@Me() me: Principal, @Query() q: RefundQuery) {
    return this.view.list(me, q);
  }
  @Post('refunds')
  @StaffOnly('billing.refund')
  @ApiOkResponse({ type: RefundDto })
  create(@Me() me: Principal, @Body() b: CreateRefundDto) {
    return this.requestRefund.run(me, b);
  }
  @Post('refunds/:id/approve')
  @StaffOnly('billing.refund')
  @ApiOkResponse({ type: RefundDto })
  approve(@Me() me: Principal, @Id() id: number, @Body() b: DecideRefundDto) {
    return this.decide.approve(me, id, b);
  }
  @Post('refunds/:id/reject')
  @StaffOnly('billing.refund')
  @ApiOkResponse({ type: RefundDto })
  reject(@Me() me: Principal, @Id() id: number, @Body() b: RejectRefundDto) {
    return this.decide.reject(me, id, b);
  }
}
