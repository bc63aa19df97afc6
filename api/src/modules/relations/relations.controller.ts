import { Body, Controller, Get, HttpCode, Inject, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Id, Me, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import {
  CommunicationDto,
  CommunicationFormDto,
  CommunicationPageDto,
  CommunicationPrintDto,
  CommunicationPrintQuery,
  CommunicationQuery,
  CreateKeyCustomerDto,
  GreetDto,
  GreetingBoardDto,
  GreetingDto,
  GreetingQuery,
  KeyCustomerDto,
  KeyCustomerFormDto,
  KeyCustomerPageDto,
  KeyCustomerQuery,
  KeyCustomerRevealDto,
} from './relations.dto.js';
import { RelationsService } from './relations.service.js';

/** 重点客户 (R-RPT-04): the list with each person's contact state, committee members among it. */
@ApiTags('relations')
@Controller('key-customers')
export class KeyCustomersController {
  constructor(@Inject(RelationsService) private readonly relations: RelationsService) {}

  @Get()
  @StaffOnly('relation.manage')
  @ApiOkResponse({ type: KeyCustomerPageDto })
  list(@Me() me: Principal, @Query() q: KeyCustomerQuery) {
    return this.relations.list(me, q);
  }
  @Post()
  @StaffOnly('relation.manage')
  @ApiOkResponse({ type: KeyCustomerDto })
  create(@Me() me: Principal, @Body() b: CreateKeyCustomerDto) {
    return this.relations.create(me, b);
  }
  @Get(':id')
  @StaffOnly('relation.manage')
  @ApiOkResponse({ type: KeyCustomerDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.relations.detail(me, id);
  }
  @Put(':id')
  @StaffOnly('relation.manage')
  @ApiOkResponse({ type: KeyCustomerDto })
  update(@Me() me: Principal, @Id() id: number, @Body() b: KeyCustomerFormDto) {
    return this.relations.update(me, id, b);
  }
  @Post(':id/reveal')
  @StaffOnly('relation.manage')
  @HttpCode(200)
  @ApiOkResponse({ type: KeyCustomerRevealDto })
  reveal(@Me() me: Principal, @Id() id: number) {
    return this.relations.reveal(me, id);
  }
}

/** 沟通记录 (R-RPT-04): the records, a new one, the quarter's printed record. */
@ApiTags('relations')
@Controller('communications')
export class CommunicationsController {
  constructor(@Inject(RelationsService) private readonly relations: RelationsService) {}

  @Get()
  @StaffOnly('relation.manage')
  @ApiOkResponse({ type: CommunicationPageDto })
  list(@Me() me: Principal, @Query() q: CommunicationQuery) {
    return this.relations.communications(me, q);
  }
  @Post()
  @StaffOnly('relation.manage')
  @ApiOkResponse({ type: CommunicationDto })
  record(@Me() me: Principal, @Body() b: CommunicationFormDto) {
    return this.relations.record(me, b);
  }
  @Get('print')
  @StaffOnly('relation.manage')
  @ApiOkResponse({ type: CommunicationPrintDto })
  print(@Me() me: Principal, @Query() q: CommunicationPrintQuery) {
    return this.relations.print(me, q.projectId, q.quarter);
  }
}

/** 节日问候 (R-RPT-04): a festival's greetings and who is not yet greeted; recording one (once per person and festival). */
@ApiTags('relations')
@Controller('festival-greetings')
export class GreetingsController {
  constructor(@Inject(RelationsService) private readonly relations: RelationsService) {}

  @Get()
  @StaffOnly('relation.manage')
  @ApiOkResponse({ type: GreetingBoardDto })
  board(@Me() me: Principal, @Query() q: GreetingQuery) {
    return this.relations.greetings(me, q.projectId, q.festival);
  }
  @Post()
  @StaffOnly('relation.manage')
  @ApiOkResponse({ type: GreetingDto })
  greet(@Me() me: Principal, @Body() b: GreetDto) {
    return this.relations.greet(me, b);
  }
}
