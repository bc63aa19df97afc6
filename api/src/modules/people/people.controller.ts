import { Body, Controller, Delete, Get, HttpCode, Inject, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ReasonDto } from '../../common/dto.js';
import { Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { MeService } from './me.service.js';
import {
  BindingDto,
  BindingPageDto,
  BindingQuery,
  CreateMyBindingDto,
  CreateOwnerDto,
  CreateVehicleDto,
  MyBindingDto,
  MyRoomDetailDto,
  MyRoomDto,
  OwnerQuery,
  PersonDetailDto,
  PersonPageDto,
  RevealDto,
  UpdateOwnerDto,
  UpdateProfileDto,
  VehicleDto,
  VehiclePageDto,
  VehicleQuery,
} from './people.dto.js';
import { PeopleService } from './people.service.js';

@ApiTags('people')
@Controller()
export class PeopleController {
  constructor(@Inject(PeopleService) private readonly people: PeopleService) {}

  @Get('owners')
  @StaffOnly('people.read')
  @ApiOkResponse({ type: PersonPageDto })
  owners(@Me() me: Principal, @Query() q: OwnerQuery) {
    return this.people.listOwners(me, q);
  }
  @Post('owners')
  @StaffOnly('people.write')
  @ApiOkResponse({ type: PersonDetailDto })
  createOwner(@Me() me: Principal, @Body() b: CreateOwnerDto) {
    return this.people.createOwner(me, b);
  }
  @Get('owners/:id')
  @StaffOnly('people.read')
  @ApiOkResponse({ type: PersonDetailDto })
  owner(@Me() me: Principal, @Id() id: number) {
    return this.people.getOwner(me, id);
  }
  @Patch('owners/:id')
  @StaffOnly('people.write')
  @ApiOkResponse({ type: PersonDetailDto })
  updateOwner(@Me() me: Principal, @Id() id: number, @Body() b: UpdateOwnerDto) {
    return this.people.updateOwner(me, id, b);
  }
  @Post('owners/:id/reveal')
  @StaffOnly('people.read')
  @HttpCode(200)
  @ApiOkResponse({ type: RevealDto })
  reveal(@Me() me: Principal, @Id() id: number) {
    return this.people.reveal(me, id);
  }
  @Post('owners/:id/archive')
  @StaffOnly('people.archive')
  @HttpCode(200)
  @ApiOkResponse({ type: PersonDetailDto })
  archive(@Me() me: Principal, @Id() id: number, @Body() b: ReasonDto) {
    return this.people.archive(me, id, b.reason);
  }

  @Get('bindings')
  @StaffOnly('people.read')
  @ApiOkResponse({ type: BindingPageDto })
  bindings(@Me() me: Principal, @Query() q: BindingQuery) {
    return this.people.listBindings(me, q);
  }
  @Post('bindings/:id/approve')
  @StaffOnly('binding.review')
  @HttpCode(200)
  @ApiOkResponse({ type: BindingDto })
  approve(@Me() me: Principal, @Id() id: number) {
    return this.people.reviewByCentre(me, id, 'approved');
  }
  @Post('bindings/:id/reject')
  @StaffOnly('binding.review')
  @HttpCode(200)
  @ApiOkResponse({ type: BindingDto })
  reject(@Me() me: Principal, @Id() id: number, @Body() b: ReasonDto) {
    return this.people.reviewByCentre(me, id, 'rejected', b.reason);
  }
  @Post('bindings/:id/revoke')
  @StaffOnly('binding.review')
  @HttpCode(200)
  @ApiOkResponse({ type: BindingDto })
  revoke(@Me() me: Principal, @Id() id: number, @Body() b: ReasonDto) {
    return this.people.reviewByCentre(me, id, 'revoked', b.reason);
  }

  @Get('vehicles')
  @StaffOnly('people.read')
  @ApiOkResponse({ type: VehiclePageDto })
  vehicles(@Me() me: Principal, @Query() q: VehicleQuery) {
    return this.people.listVehicles(me, q);
  }
  @Post('vehicles')
  @StaffOnly('people.write')
  @ApiOkResponse({ type: VehicleDto })
  createVehicle(@Me() me: Principal, @Body() b: CreateVehicleDto) {
    return this.people.createVehicle(me, b);
  }
  @Delete('vehicles/:id')
  @StaffOnly('people.write')
  @HttpCode(204)
  archiveVehicle(@Me() me: Principal, @Id() id: number) {
    return this.people.archiveVehicle(me, id);
  }
}

@ApiTags('me')
@Controller('me')
export class MeController {
  constructor(@Inject(MeService) private readonly me: MeService) {}

  @Get('bindings')
  @OwnerOnly()
  @ApiOkResponse({ type: [MyBindingDto] })
  bindings(@Me() me: Principal) {
    return this.me.bindings(me);
  }
  @Post('bindings')
  @OwnerOnly()
  @ApiOkResponse({ type: MyBindingDto })
  request(@Me() me: Principal, @Body() b: CreateMyBindingDto) {
    return this.me.requestBinding(me, b);
  }
  @Post('bindings/:id/approve')
  @OwnerOnly()
  @HttpCode(200)
  @ApiOkResponse({ type: MyBindingDto })
  approve(@Me() me: Principal, @Id() id: number) {
    return this.me.review(me, id, 'approved');
  }
  @Post('bindings/:id/reject')
  @OwnerOnly()
  @HttpCode(200)
  @ApiOkResponse({ type: MyBindingDto })
  reject(@Me() me: Principal, @Id() id: number, @Body() b: ReasonDto) {
    return this.me.review(me, id, 'rejected', b.reason);
  }
  @Get('rooms')
  @OwnerOnly()
  @ApiOkResponse({ type: [MyRoomDto] })
  rooms(@Me() me: Principal) {
    return this.me.rooms(me);
  }
  @Get('rooms/:roomId')
  @OwnerOnly()
  @ApiOkResponse({ type: MyRoomDetailDto })
  room(@Me() me: Principal, @Id('roomId') roomId: number) {
    return this.me.room(me, roomId);
  }
  @Get('vehicles')
  @OwnerOnly()
  @ApiOkResponse({ type: [VehicleDto] })
  vehicles(@Me() me: Principal) {
    return this.me.vehicles(me);
  }
  @Patch('profile')
  @OwnerOnly()
  @HttpCode(204)
  profile(@Me() me: Principal, @Body() b: UpdateProfileDto) {
    return this.me.updateProfile(me, b.name);
  }
}
