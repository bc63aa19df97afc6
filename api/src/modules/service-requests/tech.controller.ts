import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Me, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { ProjectIdQuery, RequestSummaryDto, TechnicianDto, TechOrdersQuery, TechStatsDto } from './sr.dto.js';
import { TechnicianService } from './tech.service.js';

/** Technicians: who can be dispatched (the desk's form), and a technician's own orders and day. */
@ApiTags('service-requests')
@Controller()
export class TechController {
  constructor(@Inject(TechnicianService) private readonly tech: TechnicianService) {}

  @Get('staff/technicians')
  @StaffOnly('request.desk')
  @ApiOkResponse({ type: [TechnicianDto] })
  technicians(@Me() me: Principal, @Query() q: ProjectIdQuery) {
    return this.tech.list(me, q.projectId);
  }
  @Get('tech/orders')
  @StaffOnly('request.work')
  @ApiOkResponse({ type: [RequestSummaryDto] })
  orders(@Me() me: Principal, @Query() q: TechOrdersQuery) {
    return this.tech.orders(me, q.scope);
  }
  @Get('tech/stats')
  @StaffOnly('request.work')
  @ApiOkResponse({ type: TechStatsDto })
  stats(@Me() me: Principal) {
    return this.tech.stats(me);
  }
}
