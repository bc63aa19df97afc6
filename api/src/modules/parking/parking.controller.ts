import { Body, Controller, Get, Header, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiProduces, ApiTags } from '@nestjs/swagger';
import { PARKING_ACTIONS } from '@wy/shared';
import { Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { notFound } from '../../common/app-error.js';
import { ParkingGate } from './gate.service.js';
import { ParkingIntake } from './intake.service.js';
import { ParkingMoves } from './moves.service.js';
import {
  ApplicationDto,
  ApplicationPageDto,
  ApplicationQuery,
  AreaDto,
  AreaQuery,
  CreateAreaDto,
  CreateSpacesDto,
  GatePlatesDto,
  GateQuery,
  LedgerPageDto,
  LedgerQuery,
  MyApplyDto,
  MyResubmitDto,
  ParkingActionDto,
  PlanDto,
  PlanQuery,
  SavePlanDto,
  SpaceCountDto,
  SpaceCreatedDto,
  SpaceDto,
  SpacePageDto,
  SpaceQuery,
  SpaceStateDto,
} from './parking.dto.js';
import { ParkingReader } from './reading.service.js';
import { ParkingRent } from './rent.service.js';
import { ParkingSetup } from './setup.service.js';

/** The car park as the centre sets it up: areas, spaces, the parking-use plan and its prices (R-PRK-01). */
@ApiTags('parking')
@Controller('parking')
export class ParkingSetupController {
  constructor(@Inject(ParkingSetup) private readonly setup: ParkingSetup) {}

  @Get('areas')
  @StaffOnly('parking.desk')
  @ApiOkResponse({ type: [AreaDto] })
  areas(@Me() me: Principal, @Query() q: AreaQuery) {
    return this.setup.areas(me, q.projectId);
  }
  @Post('areas')
  @StaffOnly('parking.configure')
  @ApiOkResponse({ type: AreaDto })
  createArea(@Me() me: Principal, @Body() b: CreateAreaDto) {
    return this.setup.createArea(me, b);
  }
  @Get('spaces')
  @StaffOnly('parking.desk')
  @ApiOkResponse({ type: SpacePageDto })
  spaces(@Me() me: Principal, @Query() q: SpaceQuery) {
    return this.setup.spaces(me, q);
  }
  @Get('space-counts')
  @StaffOnly('parking.desk')
  @ApiOkResponse({ type: [SpaceCountDto] })
  counts(@Me() me: Principal, @Query() q: AreaQuery) {
    return this.setup.spaceCounts(me, q.projectId);
  }
  @Post('spaces')
  @StaffOnly('parking.configure')
  @ApiOkResponse({ type: SpaceCreatedDto })
  createSpaces(@Me() me: Principal, @Body() b: CreateSpacesDto) {
    return this.setup.createSpaces(me, b);
  }
  @Put('spaces/:id/state')
  @StaffOnly('parking.configure')
  @ApiOkResponse({ type: SpaceDto })
  setState(@Me() me: Principal, @Id() id: number, @Body() b: SpaceStateDto) {
    return this.setup.setSpaceState(me, id, b);
  }
  @Get('plan')
  @StaffOnly('parking.desk')
  @ApiOkResponse({ type: PlanDto })
  async plan(@Me() me: Principal, @Query() q: PlanQuery) {
    return (await this.setup.planForStaff(me, q.projectId)) ?? notFoundPlan();
  }
  @Put('plan')
  @StaffOnly('parking.configure')
  @ApiOkResponse({ type: PlanDto })
  savePlan(@Me() me: Principal, @Body() b: SavePlanDto) {
    return this.setup.savePlan(me, b);
  }
}

const notFoundPlan = (): never => {
  throw notFound('停车方案');
};

/** The desk's applications (documents, contract, approval, cards) and the parking ledger (车位台帐). */
@ApiTags('parking')
@Controller('parking')
export class ParkingDeskController {
  constructor(
    @Inject(ParkingReader) private readonly reader: ParkingReader,
    @Inject(ParkingMoves) private readonly moves: ParkingMoves,
  ) {}

  @Get('applications')
  @StaffOnly('parking.desk')
  @ApiOkResponse({ type: ApplicationPageDto })
  list(@Me() me: Principal, @Query() q: ApplicationQuery) {
    return this.reader.list(me, q);
  }
  @Get('applications/:id')
  @StaffOnly('parking.desk')
  @ApiOkResponse({ type: ApplicationDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reader.detail(me, id);
  }
  @Post('applications/:id/actions/:action')
  @StaffOnly('parking.desk')
  @HttpCode(200)
  @ApiParam({ name: 'action', enum: PARKING_ACTIONS })
  @ApiOkResponse({ type: ApplicationDto })
  act(@Me() me: Principal, @Id() id: number, @Param('action') action: string, @Body() b: ParkingActionDto) {
    return this.moves.act(me, id, action, b);
  }
  @Get('ledger')
  @StaffOnly('parking.desk')
  @ApiOkResponse({ type: LedgerPageDto })
  ledger(@Me() me: Principal, @Query() q: LedgerQuery) {
    return this.reader.ledger(me, q);
  }
}

/** The car-park gate system's plates (JSON, CSV) and their change feed. */
@ApiTags('parking')
@Controller('parking/gate-plates')
export class ParkingGateController {
  constructor(@Inject(ParkingGate) private readonly gate: ParkingGate) {}

  @Get()
  @StaffOnly('parking.gate')
  @ApiOkResponse({ type: GatePlatesDto })
  plates(@Me() me: Principal, @Query() q: GateQuery) {
    return this.gate.plates(me, q);
  }
  @Get('csv')
  @StaffOnly('parking.gate')
  @ApiProduces('text/csv')
  @Header('content-type', 'text/csv; charset=utf-8')
  @Header(
    'content-disposition',
    'attachment; filename="gate-plates.csv"; filename*=UTF-8\'\'%E9%81%93%E9%97%B8%E8%BD%A6%E7%89%8C.csv',
  )
  csv(@Me() me: Principal, @Query() q: GateQuery): Promise<string> {
    return this.gate.csv(me, q);
  }
}

/** The owner's parking in the mini-program: the published plan, applying, my applications, renewing. */
@ApiTags('me')
@Controller('me/parking')
export class MyParkingController {
  constructor(
    @Inject(ParkingIntake) private readonly intake: ParkingIntake,
    @Inject(ParkingReader) private readonly reader: ParkingReader,
    @Inject(ParkingRent) private readonly rent: ParkingRent,
    @Inject(ParkingSetup) private readonly setup: ParkingSetup,
  ) {}

  @Get('plan')
  @OwnerOnly()
  @ApiOkResponse({ type: PlanDto })
  async plan(@Me() me: Principal, @Query() q: PlanQuery) {
    return (await this.setup.planForOwner(me, q.projectId)) ?? notFoundPlan();
  }
  @Post('applications')
  @OwnerOnly()
  @ApiOkResponse({ type: ApplicationDto })
  apply(@Me() me: Principal, @Body() b: MyApplyDto) {
    return this.intake.apply(me, b);
  }
  @Get('applications')
  @OwnerOnly()
  @ApiOkResponse({ type: [ApplicationDto] })
  mine(@Me() me: Principal) {
    return this.reader.mine(me);
  }
  @Get('applications/:id')
  @OwnerOnly()
  @ApiOkResponse({ type: ApplicationDto })
  myDetail(@Me() me: Principal, @Id() id: number) {
    return this.reader.myDetail(me, id);
  }
  @Post('applications/:id/documents')
  @OwnerOnly()
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationDto })
  resubmit(@Me() me: Principal, @Id() id: number, @Body() b: MyResubmitDto) {
    return this.intake.resubmit(me, id, b);
  }
  @Post('applications/:id/renew')
  @OwnerOnly()
  @HttpCode(200)
  @ApiOkResponse({ type: ApplicationDto })
  renew(@Me() me: Principal, @Id() id: number) {
    return this.rent.renew(me, id);
  }
}
