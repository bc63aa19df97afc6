import { Body, Controller, Get, Inject, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Me, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { DeskService } from './desk.service.js';
import {
  CallbackCountsDto,
  CallbackPageDto,
  CallbackQuery,
  CreateDutyDto,
  CreateShiftHandoverDto,
  DeskCountsDto,
  DutyEntryDto,
  DutyQuery,
  ProjectIdQuery,
  ShiftHandoverListDto,
} from './sr.dto.js';

/** The service desk's queues and books: 工作台 counts, callbacks, the duty log and the shift handover. */
@ApiTags('service-requests')
@Controller()
export class DeskController {
  constructor(@Inject(DeskService) private readonly desk: DeskService) {}

  @Get('service-requests/counts')
  @StaffOnly('request.desk')
  @ApiOkResponse({ type: DeskCountsDto })
  counts(@Me() me: Principal, @Query() q: ProjectIdQuery) {
    return this.desk.deskCounts(me, q.projectId);
  }
  @Get('callbacks')
  @StaffOnly('request.desk')
  @ApiOkResponse({ type: CallbackPageDto })
  callbacks(@Me() me: Principal, @Query() q: CallbackQuery) {
    return this.desk.callbacks(me, q);
  }
  @Get('callbacks/counts')
  @StaffOnly('request.desk')
  @ApiOkResponse({ type: CallbackCountsDto })
  callbackCounts(@Me() me: Principal, @Query() q: ProjectIdQuery) {
    return this.desk.callbackCounts(me, q.projectId);
  }
  @Get('duty-log')
  @StaffOnly('request.desk')
  @ApiOkResponse({ type: [DutyEntryDto] })
  duty(@Me() me: Principal, @Query() q: DutyQuery) {
    return this.desk.dutyLog(me, q.projectId, q.date);
  }
  @Post('duty-log')
  @StaffOnly('request.desk')
  @ApiOkResponse({ type: DutyEntryDto })
  addDuty(@Me() me: Principal, @Body() b: CreateDutyDto) {
    return this.desk.addDuty(me, b.projectId, b.content);
  }
  @Get('shift-handover')
  @StaffOnly('request.desk')
  @ApiOkResponse({ type: ShiftHandoverListDto })
  async shiftList(@Me() me: Principal, @Query() q: ProjectIdQuery): Promise<ShiftHandoverListDto> {
    return { generatedAt: new Date().toISOString(), openRequests: await this.desk.openForHandover(me, q.projectId) };
  }
  @Post('shift-handovers')
  @StaffOnly('request.desk')
  @ApiOkResponse({ type: DutyEntryDto })
  shiftHandover(@Me() me: Principal, @Body() b: CreateShiftHandoverDto) {
    return this.desk.recordHandover(me, b.projectId, b.toStaffId, b.note);
  }
}
