import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { PageQuery } from '../../common/dto.js';
import { Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { IssueInvoice } from './actions/issue-invoice.js';
import { RejectInvoice } from './actions/reject-invoice.js';
import { RequestInvoice } from './actions/request-invoice.js';
import { WithdrawInvoice } from './actions/withdraw-invoice.js';
import { InvoiceView } from './invoice-view.js';
import {
  CreateInvoiceRequestDto,
  InvoiceableBillsDto,
  InvoiceRequestDto,
  InvoiceRequestPageDto,
  InvoiceRequestQuery,
  IssueInvoiceDto,
  MyInvoiceRequestPageDto,
  RejectInvoiceDto,
} from './invoices.dto.js';

/** 开票申请: owners ask for invoices for paid bills; finance records the invoice number or rejects. */
@ApiTags('invoices')
@Controller()
export class InvoicesController {
  constructor(
    @Inject(InvoiceView) private readonly view: InvoiceView,
    @Inject(RequestInvoice) private readonly requestInvoice: RequestInvoice,
    @Inject(WithdrawInvoice) private readonly withdrawInvoice: WithdrawInvoice,
    @Inject(IssueInvoice) private readonly issueInvoice: IssueInvoice,
    @Inject(RejectInvoice) private readonly rejectInvoice: RejectInvoice,
  ) {}

  @Get('me/invoice-requests')
  @OwnerOnly()
  @ApiOkResponse({ type: MyInvoiceRequestPageDto })
  mine(@Me() me: Principal, @Query() q: PageQuery) {
    return this.view.mine(me, q);
  }
  @Get('me/invoice-requests/bills')
  @OwnerOnly()
  @ApiOkResponse({ type: InvoiceableBillsDto })
  invoiceable(@Me() me: Principal) {
    return this.view.invoiceable(me);
  }
  @Post('me/invoice-requests')
  @OwnerOnly()
  @ApiOkResponse({ type: InvoiceRequestDto })
  create(@Me() me: Principal, @Body() b: CreateInvoiceRequestDto) {
    return this.requestInvoice.run(me, b);
  }
  @Get('me/invoice-requests/:id')
  @OwnerOnly()
  @ApiOkResponse({ type: InvoiceRequestDto })
  myDetail(@Me() me: Principal, @Id() id: number) {
    return this.view.detail(me, id);
  }
  @Post('me/invoice-requests/:id/withdraw')
  @OwnerOnly()
  @ApiOkResponse({ type: InvoiceRequestDto })
  withdraw(@Me() me: Principal, @Id() id: number) {
    return this.withdrawInvoice.run(me, id);
  }

  @Get('invoice-requests')
  @StaffOnly('billing.invoice')
  @ApiOkResponse({ type: InvoiceRequestPageDto })
  list(@Me() me: Principal, @Query() q: InvoiceRequestQuery) {
    return this.view.list(me, q);
  }
  @Get('invoice-requests/:id')
  @StaffOnly('billing.invoice')
  @ApiOkResponse({ type: InvoiceRequestDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.view.detail(me, id);
  }
  @Post('invoice-requests/:id/issue')
  @StaffOnly('billing.invoice')
  @ApiOkResponse({ type: InvoiceRequestDto })
  issue(@Me() me: Principal, @Id() id: number, @Body() b: IssueInvoiceDto) {
    return this.issueInvoice.run(me, id, b);
  }
  @Post('invoice-requests/:id/reject')
  @StaffOnly('billing.invoice')
  @ApiOkResponse({ type: InvoiceRequestDto })
  reject(@Me() me: Principal, @Id() id: number, @Body() b: RejectInvoiceDto) {
    return this.rejectInvoice.run(me, id, b);
  }
}
