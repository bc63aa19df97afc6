import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Id, Me, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { DecideDto, ExtensionDto, ExtensionQuery, RequestExtensionDto } from './extensions.dto.js';
import { RequestExtensions } from './extensions.service.js';

@ApiTags('sla')
@Controller()
export class ExtensionsController {
  constructor(@Inject(RequestExtensions) private readonly x: RequestExtensions) {}

  @Post('service-requests/:id/extensions')
  @StaffOnly()
  @ApiOkResponse({ type: ExtensionDto })
  request(@Me() me: Principal, @Id() id: number, @Body() b: RequestExtensionDto) {
    return this.x.request(me, id, b);
  }
  @Get('sla-extensions')
  @StaffOnly('sla.approve')
  @ApiOkResponse({ type: [ExtensionDto] })
  list(@Me() me: Principal, @Query() q: ExtensionQuery) {
    return this.x.list(me, q.projectId, { status: q.status, requestId: q.requestId });
  }
  @Post('sla-extensions/:id/approve')
  @StaffOnly('sla.approve')
  @HttpCode(200)
  @ApiOkResponse({ type: ExtensionDto })
  approve(@Me() me: Principal, @Id() id: number, @Body() b: DecideDto) {
    return this.x.decide(me, id, true, b.note);
  }
  @Post('sla-extensions/:id/reject')
  @StaffOnly('sla.approve')
  @HttpCode(200)
  @ApiOkResponse({ type: ExtensionDto })
  reject(@Me() me: Principal, @Id() id: number, @Body() b: DecideDto) {
    return this.x.decide(me, id, false, b.note);
  }
}
