import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { AnyUser, Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import {
  BillPageDto,
  BillQuery,
  DeskBatchPaymentDto,
  DeskBatchReceiptsDto,
  DeskPaymentDto,
  MyBillsDto,
  MyBillsQuery,
  PaymentPageDto,
  PaymentQuery,
  ReceiptDto,
} from './billing.dto.js';
import { BillingService } from './billing.service.js';

@ApiTags('billing')
@Controller()
export class BillingController {
  constructor(@Inject(BillingService) private readonly billing: BillingService) {}

  @Get('bills')
  @StaffOnly('billing.collect')
  @ApiOkResponse({ type: BillPageDto })
  list(@Me() me: Principal, @Query() q: BillQuery) {
    return this.billing.list(me, q);
  }
  @Get('payments')
  @StaffOnly('billing.collect')
  @ApiOkResponse({ type: PaymentPageDto })
  payments(@Me() me: Principal, @Query() q: PaymentQuery) {
    return this.billing.payments(me, q);
  }
  @Post('bills/:id/desk-payments')
  @StaffOnly('billing.collect')
  @ApiOkResponse({ type: ReceiptDto })
  pay(@Me() me: Principal, @Id() id: number, @Body() b: DeskPaymentDto) {
    return this.billing.payAtDesk(me, id, b);
  }
  @Post('desk-payments')
  @StaffOnly('billing.collect')
  @ApiOkResponse({ type: DeskBatchReceiptsDto })
  payMany(@Me() me: Principal, @Body() b: DeskBatchPaymentDto) {
    return this.billing.payManyAtDesk(me, b);
  }
  @Get('me/bills')
  @OwnerOnly()
  @ApiOkResponse({ type: MyBillsDto })
  mine(@Me() me: Principal, @Query() q: MyBillsQuery) {
    return this.billing.mine(me, q.status);
  }
  @Get('receipts/:id')
  @AnyUser()
  @ApiOkResponse({ type: ReceiptDto })
  receipt(@Me() me: Principal, @Id() id: number) {
    return this.billing.receipt(me, id);
  }
}
