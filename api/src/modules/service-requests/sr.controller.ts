import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { REPAIR_ACTIONS, type RepairAction } from '@wy/shared';
import { AppError } from '../../common/app-error.js';
import { AnyUser, Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { OutboxService } from '../notifications/outbox.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import {
  ActionDto,
  CallbackItemDto,
  CallbackQuery,
  CreateDutyDto,
  CreateRequestDto,
  CreateShiftHandoverDto,
  CreditsDto,
  DeskCountsDto,
  DuplicateQuery,
  DutyEntryDto,
  DutyQuery,
  HandoverDto,
  LinkReportDto,
  MyCreateRequestDto,
  NotificationDto,
  ProjectIdQuery,
  RepairCategoryDto,
  RequestDetailDto,
  RequestPageDto,
  RequestQuery,
  RequestSummaryDto,
  ShiftHandoverListDto,
  SubscriptionsDto,
  TechnicianDto,
  TechOrdersQuery,
  TechStatsDto,
  UploadDto,
  UploadedDto,
} from './sr.dto.js';
import { ServiceRequestService } from './sr.service.js';
import { UploadService } from './upload.service.js';

const actionParam = (a: string): RepairAction => {
  if (!(REPAIR_ACTIONS as readonly string[]).includes(a)) throw new AppError('VALIDATION_FAILED', `未知的操作：${a}`);
  return a as RepairAction;
};
const ApiAction = () => ApiParam({ name: 'action', enum: REPAIR_ACTIONS });

@ApiTags('service-requests')
@Controller()
export class ServiceRequestController {
  constructor(@Inject(ServiceRequestService) private readonly srv: ServiceRequestService) {}

  @Get('repair-categories')
  @StaffOnly()
  @ApiOkResponse({ type: [RepairCategoryDto] })
  categories(@Me() me: Principal, @Query() q: ProjectIdQuery) {
    ensureProjectInScope(me, q.projectId, '项目');
    return this.srv.categories(q.projectId);
  }
  @Get('directory/projects/:id/repair-categories')
  @OwnerOnly()
  @ApiOkResponse({ type: [RepairCategoryDto] })
  publicCategories(@Id() id: number) {
    return this.srv.categories(id);
  }

  @Get('service-requests/counts')
  @StaffOnly()
  @ApiOkResponse({ type: DeskCountsDto })
  counts(@Me() me: Principal, @Query() q: ProjectIdQuery) {
    return this.srv.deskCounts(me, q.projectId);
  }
  @Get('service-requests/duplicates')
  @StaffOnly()
  @ApiOkResponse({ type: [RequestSummaryDto] })
  duplicates(@Me() me: Principal, @Query() q: DuplicateQuery) {
    return this.srv.duplicates(me, q);
  }
  @Post('service-requests')
  @StaffOnly()
  @ApiOkResponse({ type: RequestDetailDto })
  create(@Me() me: Principal, @Body() b: CreateRequestDto) {
    return this.srv.createByStaff(me, b);
  }
  @Get('service-requests')
  @StaffOnly()
  @ApiOkResponse({ type: RequestPageDto })
  list(@Me() me: Principal, @Query() q: RequestQuery) {
    return this.srv.list(me, q);
  }
  @Get('service-requests/:id')
  @StaffOnly()
  @ApiOkResponse({ type: RequestDetailDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.srv.detail(me, id);
  }
  @Post('service-requests/:id/actions/:action')
  @StaffOnly()
  @HttpCode(200)
  @ApiAction()
  @ApiOkResponse({ type: RequestDetailDto })
  act(@Me() me: Principal, @Id() id: number, @Param('action') action: string, @Body() b: ActionDto) {
    return this.srv.act(me, id, actionParam(action), b);
  }
  @Post('service-requests/:id/second-callback')
  @StaffOnly()
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDetailDto })
  secondCallback(@Me() me: Principal, @Id() id: number, @Body() b: ActionDto) {
    return this.srv.secondCallback(me, id, b);
  }
  @Post('service-requests/:id/link-report')
  @StaffOnly()
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDetailDto })
  link(@Me() me: Principal, @Id() id: number, @Body() b: LinkReportDto) {
    return this.srv.linkReport(me, id, b);
  }
  @Post('service-requests/:id/handover')
  @StaffOnly()
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDetailDto })
  handover(@Me() me: Principal, @Id() id: number, @Body() b: HandoverDto) {
    return this.srv.handover(me, id, b.toStaffId, b.note);
  }

  @Get('callbacks')
  @StaffOnly()
  @ApiOkResponse({ type: [CallbackItemDto] })
  callbacks(@Me() me: Principal, @Query() q: CallbackQuery) {
    return this.srv.callbacks(me, q.projectId, q.due);
  }
  @Get('duty-log')
  @StaffOnly()
  @ApiOkResponse({ type: [DutyEntryDto] })
  duty(@Me() me: Principal, @Query() q: DutyQuery) {
    return this.srv.dutyLog(me, q.projectId, q.date);
  }
  @Post('duty-log')
  @StaffOnly()
  @ApiOkResponse({ type: DutyEntryDto })
  addDuty(@Me() me: Principal, @Body() b: CreateDutyDto) {
    return this.srv.addDuty(me, b.projectId, b.content);
  }
  @Get('shift-handover')
  @StaffOnly()
  @ApiOkResponse({ type: ShiftHandoverListDto })
  async shiftList(@Me() me: Principal, @Query() q: ProjectIdQuery): Promise<ShiftHandoverListDto> {
    return { generatedAt: new Date().toISOString(), openRequests: await this.srv.openForHandover(me, q.projectId) };
  }
  @Post('shift-handovers')
  @StaffOnly()
  @ApiOkResponse({ type: DutyEntryDto })
  shiftHandover(@Me() me: Principal, @Body() b: CreateShiftHandoverDto) {
    return this.srv.recordHandover(me, b.projectId, b.toStaffId, b.note);
  }
  @Get('staff/technicians')
  @StaffOnly()
  @ApiOkResponse({ type: [TechnicianDto] })
  technicians(@Me() me: Principal, @Query() q: ProjectIdQuery) {
    return this.srv.technicians(me, q.projectId);
  }
  @Get('tech/orders')
  @StaffOnly()
  @ApiOkResponse({ type: [RequestSummaryDto] })
  techOrders(@Me() me: Principal, @Query() q: TechOrdersQuery) {
    return this.srv.techOrders(me, q.scope);
  }
  @Get('tech/stats')
  @StaffOnly()
  @ApiOkResponse({ type: TechStatsDto })
  techStats(@Me() me: Principal) {
    return this.srv.techStats(me);
  }
}

@ApiTags('me')
@Controller('me')
export class MyRequestsController {
  constructor(
    @Inject(ServiceRequestService) private readonly srv: ServiceRequestService,
    @Inject(OutboxService) private readonly outbox: OutboxService,
  ) {}

  @Post('service-requests')
  @OwnerOnly()
  @ApiOkResponse({ type: RequestDetailDto })
  create(@Me() me: Principal, @Body() b: MyCreateRequestDto) {
    return this.srv.createByOwner(me, b);
  }
  @Get('service-requests')
  @OwnerOnly()
  @ApiOkResponse({ type: [RequestSummaryDto] })
  list(@Me() me: Principal) {
    return this.srv.mine(me);
  }
  @Get('service-requests/:id')
  @OwnerOnly()
  @ApiOkResponse({ type: RequestDetailDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.srv.detail(me, id);
  }
  @Post('service-requests/:id/actions/:action')
  @OwnerOnly()
  @HttpCode(200)
  @ApiAction()
  @ApiOkResponse({ type: RequestDetailDto })
  act(@Me() me: Principal, @Id() id: number, @Param('action') action: string, @Body() b: ActionDto) {
    return this.srv.act(me, id, actionParam(action), b);
  }
  @Post('subscriptions')
  @OwnerOnly()
  @HttpCode(200)
  @ApiOkResponse({ type: CreditsDto })
  async subscribe(@Me() me: Principal, @Body() b: SubscriptionsDto): Promise<CreditsDto> {
    return { credits: await this.outbox.addCredits(me.id, b.templates) };
  }
}

@ApiTags('uploads')
@Controller('uploads')
export class UploadController {
  constructor(@Inject(UploadService) private readonly uploads: UploadService) {}

  @Post()
  @AnyUser()
  @ApiOkResponse({ type: UploadedDto })
  upload(@Me() me: Principal, @Body() b: UploadDto) {
    return this.uploads.put(me, b);
  }
  @Get(':id')
  @AnyUser()
  async get(@Me() me: Principal, @Id() id: number, @Res() reply: FastifyReply) {
    const f = await this.uploads.get(me, id);
    void reply.header('content-type', f.contentType).header('cache-control', 'private, max-age=86400').send(f.data);
  }
}

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
