import { Body, Controller, Get, Inject, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Id, Me, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { DuePreviewDto, DuePreviewQuery, PutSlaSettingsDto, SlaSettingsDto } from './sla.dto.js';
import { SlaSettingsService } from './sla-settings.service.js';

@ApiTags('sla')
@Controller()
export class SlaController {
  constructor(@Inject(SlaSettingsService) private readonly s: SlaSettingsService) {}

  @Get('projects/:id/sla-settings')
  @StaffOnly()
  @ApiOkResponse({ type: SlaSettingsDto })
  get(@Me() me: Principal, @Id() id: number) {
    return this.s.getSettings(me, id);
  }
  @Put('projects/:id/sla-settings')
  @StaffOnly('sla.settings')
  @ApiOkResponse({ type: SlaSettingsDto })
  put(@Me() me: Principal, @Id() id: number, @Body() b: PutSlaSettingsDto) {
    return this.s.putSettings(me, id, b);
  }
  @Get('sla/due-preview')
  @StaffOnly()
  @ApiOkResponse({ type: DuePreviewDto })
  duePreview(@Me() me: Principal, @Query() q: DuePreviewQuery) {
    return this.s.duePreview(me, q);
  }
}
