import { Body, Controller, Get, Inject, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Id, Me, StaffOnly } from '../../common/decorators.js';
import { OkDto } from '../../common/dto.js';
import type { Principal } from '../../common/principal.js';
import {
  ArrearsActionDto,
  ArrearsPageDto,
  ArrearsQuery,
  LargeCustomerDto,
  NoticeBatchDto,
  NoticeQuery,
  RecordArrearsActionDto,
  RecordedNoticesDto,
  RecordNoticesDto,
  RoomArrearsDto,
} from './arrears.dto.js';
import { ArrearsMoves } from './moves.service.js';
import { ArrearsReader } from './reading.service.js';

/** 欠费催缴 (R-ARR-01…07): the list, a room's status, recording actions, the printed notices of a building. */
@ApiTags('arrears')
@Controller('arrears')
export class ArrearsController {
  constructor(
    @Inject(ArrearsReader) private readonly reader: ArrearsReader,
    @Inject(ArrearsMoves) private readonly moves: ArrearsMoves,
  ) {}

  @Get()
  @StaffOnly('arrears.read')
  @ApiOkResponse({ type: ArrearsPageDto })
  list(@Me() me: Principal, @Query() q: ArrearsQuery) {
    return this.reader.list(me, q);
  }
  @Get('rooms/:id')
  @StaffOnly('arrears.read')
  @ApiOkResponse({ type: RoomArrearsDto })
  room(@Me() me: Principal, @Id() id: number) {
    return this.reader.room(me, id);
  }
  @Put('rooms/:id/large-customer')
  @StaffOnly('arrears.collect')
  @ApiOkResponse({ type: OkDto })
  setLarge(@Me() me: Principal, @Id() id: number, @Body() b: LargeCustomerDto) {
    return this.moves.setLarge(me, id, b.large);
  }
  @Post('actions')
  @StaffOnly('arrears.collect')
  @ApiOkResponse({ type: ArrearsActionDto })
  record(@Me() me: Principal, @Body() b: RecordArrearsActionDto) {
    return this.moves.record(me, b);
  }
  @Get('notices')
  @StaffOnly('arrears.collect')
  @ApiOkResponse({ type: NoticeBatchDto })
  notices(@Me() me: Principal, @Query() q: NoticeQuery) {
    return this.reader.notices(me, q);
  }
  @Post('notices')
  @StaffOnly('arrears.collect')
  @ApiOkResponse({ type: RecordedNoticesDto })
  recordNotices(@Me() me: Principal, @Body() b: RecordNoticesDto) {
    return this.moves.recordNotices(me, b);
  }
}
