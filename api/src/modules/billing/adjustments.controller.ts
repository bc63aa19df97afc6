import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Id, Me, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import {
  AdjustmentDto,
  AdjustmentPageDto,
  AdjustmentQuery,
  ApproveAdjustmentDto,
  ProposeAdjustmentDto,
  RejectAdjustmentDto,
} from './adjustments.dto.js';
import { AdjustmentView } from './adjustments/adjustment-view.js';
import { DecideAdjustment } from './adjustments/decide-adjustment.js';
import { ProposeAdjustment } from './adjustments/propose-adjustment.js';

/** R-PAY-04 账单调整: the desk or finance proposes a waiver or increase of an unpaid bill, a second person decides. */
@ApiTags('billing')
@Controller()
export class AdjustmentsController {
  constructor(
    @Inject(AdjustmentView) private readonly view: AdjustmentView,
    @Inject(ProposeAdjustment) private readonly propose: ProposeAdjustment,
    @Inject(DecideAdjustment) private readonly decide: DecideAdjustment,
  ) {}

  @Get('bill-adjustments')
  @StaffOnly('billing.adjust')
  @ApiOkResponse({ type: AdjustmentPageDto })
  list(@Me() me: Principal, @Query() q: AdjustmentQuery) {
    return this.view.list(me, q);
  }
  @Post('bill-adjustments')
  @StaffOnly('billing.adjust')
  @ApiOkResponse({ type: AdjustmentDto })
  create(@Me() me: Principal, @Body() b: ProposeAdjustmentDto) {
    return this.propose.run(me, b);
  }
  @Post('bill-adjustments/:id/approve')
  @StaffOnly('billing.adjust_approve')
  @ApiOkResponse({ type: AdjustmentDto })
  approve(@Me() me: Principal, @Id() id: number, @Body() b: ApproveAdjustmentDto) {
    return this.decide.approve(me, id, b);
  }
  @Post('bill-adjustments/:id/reject')
  @StaffOnly('billing.adjust_approve')
  @ApiOkResponse({ type: AdjustmentDto })
  reject(@Me() me: Principal, @Id() id: number, @Body() b: RejectAdjustmentDto) {
    return this.decide.reject(me, id, b);
  }
}
