import { Body, Controller, Get, Inject, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { BillRunService } from './bill-run.service.js';
import {
  BillIdDto,
  BillRunDto,
  BillRunInputDto,
  BillRunListDto,
  BillRunPreviewDto,
  CreateFeeItemDto,
  FeeItemDto,
  FeeItemListDto,
  FeeItemQuery,
  FeeStandardsDto,
  MeterReadingDto,
  MeterReadingInputDto,
  MeterReadingPageDto,
  MeterReadingQuery,
  OneOffChargeDto,
  UpdateFeeItemDto,
} from './fees.dto.js';
import { FeesService } from './fees.service.js';

@ApiTags('fees')
@Controller()
export class FeesController {
  constructor(
    @Inject(FeesService) private readonly fees: FeesService,
    @Inject(BillRunService) private readonly runs: BillRunService,
  ) {}

  @Get('fee-items')
  @StaffOnly('billing.collect')
  @ApiOkResponse({ type: FeeItemListDto })
  list(@Me() me: Principal, @Query() q: FeeItemQuery) {
    return this.fees.list(me, q.projectId);
  }
  @Post('fee-items')
  @StaffOnly('billing.configure')
  @ApiOkResponse({ type: FeeItemDto })
  create(@Me() me: Principal, @Body() b: CreateFeeItemDto) {
    return this.fees.create(me, b);
  }
  @Patch('fee-items/:id')
  @StaffOnly('billing.configure')
  @ApiOkResponse({ type: FeeItemDto })
  update(@Me() me: Principal, @Id() id: number, @Body() b: UpdateFeeItemDto) {
    return this.fees.update(me, id, b);
  }
  @Get('me/fee-standards')
  @OwnerOnly()
  @ApiOkResponse({ type: FeeStandardsDto })
  standards(@Me() me: Principal) {
    return this.fees.standards(me);
  }

  @Get('meter-readings')
  @StaffOnly('billing.collect')
  @ApiOkResponse({ type: MeterReadingPageDto })
  readings(@Me() me: Principal, @Query() q: MeterReadingQuery) {
    return this.fees.readings(me, q);
  }
  @Post('meter-readings')
  @StaffOnly('billing.collect')
  @ApiOkResponse({ type: MeterReadingDto })
  enterReading(@Me() me: Principal, @Body() b: MeterReadingInputDto) {
    return this.fees.enterReading(me, b);
  }

  @Post('bill-runs/preview')
  @StaffOnly('billing.configure')
  @ApiOkResponse({ type: BillRunPreviewDto })
  preview(@Me() me: Principal, @Body() b: BillRunInputDto) {
    return this.runs.preview(me, b.projectId, b.period);
  }
  @Post('bill-runs')
  @StaffOnly('billing.configure')
  @ApiOkResponse({ type: BillRunDto })
  run(@Me() me: Principal, @Body() b: BillRunInputDto) {
    return this.runs.run(me, b.projectId, b.period);
  }
  @Get('bill-runs')
  @StaffOnly('billing.configure')
  @ApiOkResponse({ type: BillRunListDto })
  listRuns(@Me() me: Principal, @Query() q: FeeItemQuery) {
    return this.runs.list(me, q.projectId);
  }

  @Post('bills/one-off')
  @StaffOnly('billing.collect')
  @ApiOkResponse({ type: BillIdDto })
  oneOff(@Me() me: Principal, @Body() b: OneOffChargeDto) {
    return this.fees.chargeOneOff(me, b);
  }
}
