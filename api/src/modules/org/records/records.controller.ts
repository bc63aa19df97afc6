import { Body, Controller, Get, Inject, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Id, Me, StaffOnly } from '../../../common/decorators.js';
import type { Principal } from '../../../common/principal.js';
import {
  ApproveCodesResultDto,
  CodeTableDto,
  CreateFeeChangeDto,
  DeliverFeeChangeDto,
  FeeChangeDto,
  FeeChangeNoticeDto,
  FeeChangeQuery,
  FeeInfoDto,
  PutFeeInfoDto,
  RecordRowDto,
  RejectFeeChangeDto,
  VerifyRecordDto,
  WorklistQuery,
} from './records.dto.js';
import { FeeChangesService } from './fee-changes.service.js';
import { RecordsService } from './records.service.js';

/** 业户资料 governance: checks of base records, fee information, fee-relevant changes, the code table. */
@ApiTags('records')
@Controller()
export class RecordsController {
  constructor(
    @Inject(RecordsService) private readonly records: RecordsService,
    @Inject(FeeChangesService) private readonly changes: FeeChangesService,
  ) {}

  @Get('records/worklist')
  @StaffOnly('records.verify')
  @ApiOkResponse({ type: [RecordRowDto] })
  worklist(@Me() me: Principal, @Query() q: WorklistQuery) {
    return this.records.worklist(me, q);
  }
  @Post('rooms/:id/verify')
  @StaffOnly('records.verify')
  @ApiOkResponse({ type: RecordRowDto })
  verify(@Me() me: Principal, @Id() id: number, @Body() b: VerifyRecordDto) {
    return this.records.verify(me, id, b);
  }

  @Get('rooms/:id/fee-info')
  @StaffOnly('records.fee')
  @ApiOkResponse({ type: FeeInfoDto })
  feeInfo(@Me() me: Principal, @Id() id: number) {
    return this.records.getFeeInfo(me, id);
  }
  @Put('rooms/:id/fee-info')
  @StaffOnly('records.fee')
  @ApiOkResponse({ type: FeeInfoDto })
  putFeeInfo(@Me() me: Principal, @Id() id: number, @Body() b: PutFeeInfoDto) {
    return this.records.putFeeInfo(me, id, b);
  }

  @Get('fee-changes')
  @StaffOnly('fee_change.request')
  @ApiOkResponse({ type: [FeeChangeDto] })
  list(@Me() me: Principal, @Query() q: FeeChangeQuery) {
    return this.changes.list(me, q);
  }
  @Post('fee-changes')
  @StaffOnly('fee_change.request')
  @ApiOkResponse({ type: FeeChangeDto })
  create(@Me() me: Principal, @Body() b: CreateFeeChangeDto) {
    return this.changes.create(me, b);
  }
  @Get('fee-changes/:id')
  @StaffOnly('fee_change.request')
  @ApiOkResponse({ type: FeeChangeDto })
  get(@Me() me: Principal, @Id() id: number) {
    return this.changes.get(me, id);
  }
  @Post('fee-changes/:id/approve')
  @StaffOnly('fee_change.approve')
  @ApiOkResponse({ type: FeeChangeDto })
  approve(@Me() me: Principal, @Id() id: number) {
    return this.changes.approve(me, id);
  }
  @Post('fee-changes/:id/reject')
  @StaffOnly('fee_change.approve')
  @ApiOkResponse({ type: FeeChangeDto })
  reject(@Me() me: Principal, @Id() id: number, @Body() b: RejectFeeChangeDto) {
    return this.changes.reject(me, id, b.reason);
  }
  @Get('fee-changes/:id/notice')
  @StaffOnly('fee_change.request')
  @ApiOkResponse({ type: FeeChangeNoticeDto })
  notice(@Me() me: Principal, @Id() id: number) {
    return this.changes.notice(me, id);
  }
  @Post('fee-changes/:id/deliver')
  @StaffOnly('fee_change.request')
  @ApiOkResponse({ type: FeeChangeDto })
  deliver(@Me() me: Principal, @Id() id: number, @Body() b: DeliverFeeChangeDto) {
    return this.changes.deliver(me, id, b);
  }

  @Get('projects/:id/code-table')
  @StaffOnly('org.read')
  @ApiOkResponse({ type: CodeTableDto })
  codeTable(@Me() me: Principal, @Id() id: number) {
    return this.records.codeTable(me, id);
  }
  @Post('projects/:id/code-table/approve')
  @StaffOnly('org.codes_approve')
  @ApiOkResponse({ type: ApproveCodesResultDto })
  approveCodes(@Me() me: Principal, @Id() id: number) {
    return this.records.approveCodes(me, id);
  }
}
