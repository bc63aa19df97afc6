import { Body, Controller, Get, HttpCode, Inject, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Id, Me, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import {
  CreateStaffDto,
  DeskColleagueDto,
  DeskQuery,
  StaffMemberDto,
  StaffPageDto,
  StaffQuery,
  UpdateStaffDto,
} from './staff.dto.js';
import { StaffService } from './staff.service.js';

@ApiTags('staff')
@Controller('staff')
export class StaffController {
  constructor(@Inject(StaffService) private readonly staff: StaffService) {}

  @Get()
  @StaffOnly('staff.manage')
  @ApiOkResponse({ type: StaffPageDto })
  list(@Me() me: Principal, @Query() q: StaffQuery) {
    return this.staff.list(me, q);
  }
  /** The project's active service-desk staff: whom the desk hands a shift over to (交接班). */
  @Get('desk')
  @StaffOnly('request.desk')
  @ApiOkResponse({ type: [DeskColleagueDto] })
  desk(@Me() me: Principal, @Query() q: DeskQuery) {
    return this.staff.desk(me, q.projectId);
  }
  @Post()
  @StaffOnly('staff.manage')
  @ApiOkResponse({ type: StaffMemberDto })
  create(@Me() me: Principal, @Body() b: CreateStaffDto) {
    return this.staff.create(me, b);
  }
  @Patch(':id')
  @StaffOnly('staff.manage')
  @ApiOkResponse({ type: StaffMemberDto })
  update(@Me() me: Principal, @Id() id: number, @Body() b: UpdateStaffDto) {
    return this.staff.update(me, id, b);
  }
  @Post(':id/unlock')
  @StaffOnly('staff.manage')
  @HttpCode(200)
  @ApiOkResponse({ type: StaffMemberDto })
  unlock(@Me() me: Principal, @Id() id: number) {
    return this.staff.unlock(me, id);
  }
}
