import { Body, Controller, Get, Header, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { COMPLAINT_ACTIONS } from '@wy/shared';
import { Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { ComplaintClasses } from './classes.service.js';
import {
  AddPartyDto,
  ClassItemDto,
  ClassItemQuery,
  ComplaintActionDto,
  ComplaintDetailDto,
  ComplaintPageDto,
  ComplaintQuery,
  ComplaintStatsDto,
  ComplaintStatsQuery,
  ComplaintSummaryDto,
  CreateClassItemDto,
  CreateComplaintDto,
  ComplaintGuideDto,
  EscalationQuery,
  GuideQuery,
  HandlerDto,
  HandlerQuery,
  JoinComplaintDto,
  MyComplaintDto,
  MyCreateComplaintDto,
  UpdateClassItemDto,
} from './complaints.dto.js';
import { ComplaintGuide } from './guide.service.js';
import { ComplaintIntake } from './intake.service.js';
import { ComplaintJoint } from './joint.service.js';
import { ComplaintMoves } from './moves.service.js';
import { ComplaintReader } from './reading.service.js';
import { ComplaintStats } from './stats.service.js';

/** The desk's complaint routes: intake, the register, the escalation inbox, a complaint and its steps. */
@ApiTags('complaints')
@Controller('complaints')
export class ComplaintsController {
  constructor(
    @Inject(ComplaintIntake) private readonly intake: ComplaintIntake,
    @Inject(ComplaintReader) private readonly reader: ComplaintReader,
    @Inject(ComplaintMoves) private readonly moves: ComplaintMoves,
    @Inject(ComplaintJoint) private readonly joint: ComplaintJoint,
    @Inject(ComplaintStats) private readonly stats_: ComplaintStats,
    @Inject(ComplaintGuide) private readonly guides: ComplaintGuide,
  ) {}

  @Post()
  @StaffOnly('complaint.desk')
  @ApiOkResponse({ type: ComplaintDetailDto })
  create(@Me() me: Principal, @Body() b: CreateComplaintDto) {
    return this.intake.createByStaff(me, b);
  }
  @Get()
  @StaffOnly('complaint.desk')
  @ApiOkResponse({ type: ComplaintPageDto })
  list(@Me() me: Principal, @Query() q: ComplaintQuery) {
    return this.reader.list(me, q);
  }
  @Get('escalations')
  @StaffOnly('complaint.manage')
  @ApiOkResponse({ type: [ComplaintSummaryDto] })
  escalations(@Me() me: Principal, @Query() q: EscalationQuery) {
    return this.reader.escalations(me, q.projectId);
  }
  /** R-RPT-01 R-CMP-22 the month's complaint statistics */
  @Get('stats')
  @StaffOnly('complaint.desk')
  @ApiOkResponse({ type: ComplaintStatsDto })
  stats(@Me() me: Principal, @Query() q: ComplaintStatsQuery) {
    return this.stats_.month(me, q.projectId, q.month);
  }
  @Get('stats/export')
  @StaffOnly('complaint.desk')
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @Header(
    'content-disposition',
    'attachment; filename="complaint-stats.xlsx"; filename*=UTF-8\'\'%E6%8A%95%E8%AF%89%E7%BB%9F%E8%AE%A1.xlsx',
  )
  exportStats(@Me() me: Principal, @Query() q: ComplaintStatsQuery) {
    return this.stats_.workbook(me, q.projectId, q.month);
  }
  @Get('handlers')
  @StaffOnly('complaint.desk')
  @ApiOkResponse({ type: [HandlerDto] })
  handlers(@Me() me: Principal, @Query() q: HandlerQuery) {
    return this.reader.handlers(me, q.projectId);
  }
  /** R-CMP-20 the complaint guide with the project's limits, printable for the lobby */
  @Get('guide')
  @StaffOnly('complaint.desk')
  @ApiOkResponse({ type: ComplaintGuideDto })
  guide(@Me() me: Principal, @Query() q: GuideQuery) {
    return this.guides.forStaff(me, q.projectId);
  }
  @Get(':id')
  @StaffOnly('complaint.desk')
  @ApiOkResponse({ type: ComplaintDetailDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reader.detail(me, id);
  }
  /** R-CMP-14 a co-complainant recorded at the desk */
  @Post(':id/parties')
  @StaffOnly('complaint.desk')
  @HttpCode(200)
  @ApiOkResponse({ type: ComplaintDetailDto })
  addParty(@Me() me: Principal, @Id() id: number, @Body() b: AddPartyDto) {
    return this.joint.addAtDesk(me, id, b);
  }
  @Post(':id/actions/:action')
  @StaffOnly('complaint.desk')
  @HttpCode(200)
  @ApiParam({ name: 'action', enum: COMPLAINT_ACTIONS })
  @ApiOkResponse({ type: ComplaintDetailDto })
  act(@Me() me: Principal, @Id() id: number, @Param('action') action: string, @Body() b: ComplaintActionDto) {
    return this.moves.act(me, id, action, b);
  }
}

/** R-CMP-04 the classification table of common complaints. */
@ApiTags('complaints')
@Controller('complaint-classes')
export class ComplaintClassesController {
  constructor(@Inject(ComplaintClasses) private readonly classes: ComplaintClasses) {}

  @Get()
  @StaffOnly('complaint.desk')
  @ApiOkResponse({ type: [ClassItemDto] })
  list(@Me() me: Principal, @Query() q: ClassItemQuery) {
    return this.classes.list(me, q.projectId);
  }
  @Post()
  @StaffOnly('complaint.classes')
  @ApiOkResponse({ type: ClassItemDto })
  create(@Me() me: Principal, @Body() b: CreateClassItemDto) {
    return this.classes.create(me, b);
  }
  @Put(':id')
  @StaffOnly('complaint.classes')
  @ApiOkResponse({ type: ClassItemDto })
  update(@Me() me: Principal, @Id() id: number, @Body() b: UpdateClassItemDto) {
    return this.classes.update(me, id, b);
  }
}

/** The complainant's own complaints in the mini-program. */
@ApiTags('me')
@Controller('me/complaints')
export class MyComplaintsController {
  constructor(
    @Inject(ComplaintIntake) private readonly intake: ComplaintIntake,
    @Inject(ComplaintReader) private readonly reader: ComplaintReader,
    @Inject(ComplaintJoint) private readonly joint: ComplaintJoint,
    @Inject(ComplaintGuide) private readonly guides: ComplaintGuide,
  ) {}

  /** R-CMP-20 where and how to complain, the flow and the time limits of my project */
  @Get('guide')
  @OwnerOnly()
  @ApiOkResponse({ type: ComplaintGuideDto })
  guide(@Me() me: Principal, @Query() q: GuideQuery) {
    return this.guides.forOwner(me, q.projectId);
  }
  /** R-CMP-14 a neighbour joins an open complaint with its join code */
  @Post('join')
  @OwnerOnly()
  @HttpCode(200)
  @ApiOkResponse({ type: MyComplaintDto })
  join(@Me() me: Principal, @Body() b: JoinComplaintDto) {
    return this.joint.joinByOwner(me, b);
  }
  @Post()
  @OwnerOnly()
  @ApiOkResponse({ type: MyComplaintDto })
  create(@Me() me: Principal, @Body() b: MyCreateComplaintDto) {
    return this.intake.createByOwner(me, b);
  }
  @Get()
  @OwnerOnly()
  @ApiOkResponse({ type: [MyComplaintDto] })
  list(@Me() me: Principal) {
    return this.reader.mine(me);
  }
  @Get(':id')
  @OwnerOnly()
  @ApiOkResponse({ type: MyComplaintDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reader.myDetail(me, id);
  }
}
