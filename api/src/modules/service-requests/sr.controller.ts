import { Body, Controller, Get, HttpCode, Inject, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { REPAIR_ACTIONS, type RepairAction } from '@wy/shared';
import { AppError } from '../../common/app-error.js';
import { Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { DeskService } from './desk.service.js';
import { IntakeService } from './intake.service.js';
import { RequestMoves } from './moves.service.js';
import { RequestReader } from './reading.service.js';
import {
  ActionDto,
  CreateRequestDto,
  DuplicateQuery,
  HandoverDto,
  LinkReportDto,
  MyCreateRequestDto,
  RequestDetailDto,
  RequestPageDto,
  RequestQuery,
  RequestSummaryDto,
  RevealPhoneDto,
  WorkOrderPrintDto,
} from './sr.dto.js';

const actionParam = (a: string): RepairAction => {
  if (!(REPAIR_ACTIONS as readonly string[]).includes(a)) throw new AppError('VALIDATION_FAILED', `未知的操作：${a}`);
  return a as RepairAction;
};
const ApiAction = () => ApiParam({ name: 'action', enum: REPAIR_ACTIONS });

/** The request routes of the desk and the technicians. */
@ApiTags('service-requests')
@Controller('service-requests')
export class ServiceRequestController {
  constructor(
    @Inject(IntakeService) private readonly intake: IntakeService,
    @Inject(RequestReader) private readonly reader: RequestReader,
    @Inject(RequestMoves) private readonly moves: RequestMoves,
    @Inject(DeskService) private readonly desk: DeskService,
  ) {}

  @Get('duplicates')
  @StaffOnly('request.desk')
  @ApiOkResponse({ type: [RequestSummaryDto] })
  duplicates(@Me() me: Principal, @Query() q: DuplicateQuery) {
    return this.intake.duplicates(me, q);
  }
  @Post()
  @StaffOnly('request.desk')
  @ApiOkResponse({ type: RequestDetailDto })
  create(@Me() me: Principal, @Body() b: CreateRequestDto) {
    return this.intake.createByStaff(me, b);
  }
  @Get()
  @StaffOnly('request.desk')
  @ApiOkResponse({ type: RequestPageDto })
  list(@Me() me: Principal, @Query() q: RequestQuery) {
    return this.reader.list(me, q);
  }
  @Get(':id')
  @StaffOnly()
  @ApiOkResponse({ type: RequestDetailDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reader.detail(me, id);
  }
  @Post(':id/actions/:action')
  @StaffOnly()
  @HttpCode(200)
  @ApiAction()
  @ApiOkResponse({ type: RequestDetailDto })
  act(@Me() me: Principal, @Id() id: number, @Param('action') action: string, @Body() b: ActionDto) {
    return this.moves.act(me, id, actionParam(action), b);
  }
  @Post(':id/second-callback')
  @StaffOnly('request.desk')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDetailDto })
  secondCallback(@Me() me: Principal, @Id() id: number, @Body() b: ActionDto) {
    return this.moves.act(me, id, 'second_callback', b);
  }
  @Post(':id/link-report')
  @StaffOnly('request.desk')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDetailDto })
  link(@Me() me: Principal, @Id() id: number, @Body() b: LinkReportDto) {
    return this.intake.linkReport(me, id, b);
  }
  @Post(':id/handover')
  @StaffOnly('request.desk')
  @HttpCode(200)
  @ApiOkResponse({ type: RequestDetailDto })
  handover(@Me() me: Principal, @Id() id: number, @Body() b: HandoverDto) {
    return this.desk.handover(me, id, b.toStaffId, b.note);
  }
  @Post(':id/print')
  @StaffOnly('request.desk')
  @HttpCode(200)
  @ApiOkResponse({ type: WorkOrderPrintDto })
  print(@Me() me: Principal, @Id() id: number) {
    return this.desk.print(me, id);
  }
  @Post(':id/reveal-phone')
  @StaffOnly('request.desk')
  @HttpCode(200)
  @ApiOkResponse({ type: RevealPhoneDto })
  revealPhone(@Me() me: Principal, @Id() id: number) {
    return this.desk.revealPhone(me, id);
  }
}

/** The owner's own requests in the mini-program. */
@ApiTags('me')
@Controller('me/service-requests')
export class MyRequestsController {
  constructor(
    @Inject(IntakeService) private readonly intake: IntakeService,
    @Inject(RequestReader) private readonly reader: RequestReader,
    @Inject(RequestMoves) private readonly moves: RequestMoves,
  ) {}

  @Post()
  @OwnerOnly()
  @ApiOkResponse({ type: RequestDetailDto })
  create(@Me() me: Principal, @Body() b: MyCreateRequestDto) {
    return this.intake.createByOwner(me, b);
  }
  @Get()
  @OwnerOnly()
  @ApiOkResponse({ type: [RequestSummaryDto] })
  list(@Me() me: Principal) {
    return this.reader.mine(me);
  }
  @Get(':id')
  @OwnerOnly()
  @ApiOkResponse({ type: RequestDetailDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reader.detail(me, id);
  }
  @Post(':id/actions/:action')
  @OwnerOnly()
  @HttpCode(200)
  @ApiAction()
  @ApiOkResponse({ type: RequestDetailDto })
  act(@Me() me: Principal, @Id() id: number, @Param('action') action: string, @Body() b: ActionDto) {
    return this.moves.act(me, id, actionParam(action), b);
  }
}
