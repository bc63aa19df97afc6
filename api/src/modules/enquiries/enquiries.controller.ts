import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { ENQUIRY_ACTIONS } from '@wy/shared';
import { Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import {
  CreateEnquiryDto,
  EnquiryActionDto,
  EnquiryDetailDto,
  EnquiryPageDto,
  EnquiryQuery,
  EnquiryRateDto,
  EnquiryStatsQuery,
  MyCreateEnquiryDto,
  MyEnquiryDto,
} from './enquiries.dto.js';
import { EnquiryIntake } from './intake.service.js';
import { EnquiryMoves } from './moves.service.js';
import { EnquiryReader } from './reading.service.js';

/** The desk's suggestions and inquiries: intake, the queues, the reply rates, a record and its steps. */
@ApiTags('enquiries')
@Controller('enquiries')
export class EnquiriesController {
  constructor(
    @Inject(EnquiryIntake) private readonly intake: EnquiryIntake,
    @Inject(EnquiryReader) private readonly reader: EnquiryReader,
    @Inject(EnquiryMoves) private readonly moves: EnquiryMoves,
  ) {}

  @Post()
  @StaffOnly('enquiry.desk')
  @ApiOkResponse({ type: EnquiryDetailDto })
  async create(@Me() me: Principal, @Body() b: CreateEnquiryDto) {
    return this.reader.detail(me, await this.intake.createByStaff(me, b));
  }
  @Get()
  @StaffOnly('enquiry.desk')
  @ApiOkResponse({ type: EnquiryPageDto })
  list(@Me() me: Principal, @Query() q: EnquiryQuery) {
    return this.reader.list(me, q);
  }
  @Get('stats')
  @StaffOnly('enquiry.desk')
  @ApiOkResponse({ type: [EnquiryRateDto] })
  stats(@Me() me: Principal, @Query() q: EnquiryStatsQuery) {
    return this.reader.stats(me, q.projectId, q.month);
  }
  @Get(':id')
  @StaffOnly('enquiry.desk')
  @ApiOkResponse({ type: EnquiryDetailDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reader.detail(me, id);
  }
  @Post(':id/actions/:action')
  @StaffOnly('enquiry.desk')
  @HttpCode(200)
  @ApiParam({ name: 'action', enum: ENQUIRY_ACTIONS })
  @ApiOkResponse({ type: EnquiryDetailDto })
  async act(@Me() me: Principal, @Id() id: number, @Param('action') action: string, @Body() b: EnquiryActionDto) {
    await this.moves.act(me, id, action, b);
    return this.reader.detail(me, id);
  }
}

/** The customer's own suggestions and inquiries in the mini-program. */
@ApiTags('me')
@Controller('me/enquiries')
export class MyEnquiriesController {
  constructor(
    @Inject(EnquiryIntake) private readonly intake: EnquiryIntake,
    @Inject(EnquiryReader) private readonly reader: EnquiryReader,
  ) {}

  @Post()
  @OwnerOnly()
  @ApiOkResponse({ type: MyEnquiryDto })
  async create(@Me() me: Principal, @Body() b: MyCreateEnquiryDto) {
    return this.reader.myDetail(me, await this.intake.createByOwner(me, b));
  }
  @Get()
  @OwnerOnly()
  @ApiOkResponse({ type: [MyEnquiryDto] })
  list(@Me() me: Principal) {
    return this.reader.mine(me);
  }
  @Get(':id')
  @OwnerOnly()
  @ApiOkResponse({ type: MyEnquiryDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reader.myDetail(me, id);
  }
}
