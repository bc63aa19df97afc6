import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { CreditsDto, NotificationDto, SubscriptionsDto } from './notifications.dto.js';
import { NotificationsService } from './notifications.service.js';
import { OutboxService } from './outbox.service.js';

@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(@Inject(NotificationsService) private readonly n: NotificationsService) {}

  @Get()
  @StaffOnly()
  @ApiOkResponse({ type: [NotificationDto] })
  list(@Me() me: Principal) {
    return this.n.list(me);
  }
  @Post(':id/read')
  @StaffOnly()
  @HttpCode(204)
  read(@Me() me: Principal, @Id() id: number) {
    return this.n.read(me, id);
  }
}

/** An owner accepted subscribe-message templates in the mini-program: one more send for each. */
@ApiTags('me')
@Controller('me')
export class SubscriptionsController {
  constructor(@Inject(OutboxService) private readonly outbox: OutboxService) {}

  @Post('subscriptions')
  @OwnerOnly()
  @HttpCode(200)
  @ApiOkResponse({ type: CreditsDto })
  async subscribe(@Me() me: Principal, @Body() b: SubscriptionsDto): Promise<CreditsDto> {
    return { credits: await this.outbox.addCredits(me.id, b.templates) };
  }
}
