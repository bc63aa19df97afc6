import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiParam, ApiTags } from '@nestjs/swagger';
import { ANNOUNCEMENT_ACTIONS } from '@wy/shared';
import { PageQuery } from '../../common/dto.js';
import { Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import {
  AnnouncementActionDto,
  AnnouncementDetailDto,
  AnnouncementFormDto,
  AnnouncementPageDto,
  AnnouncementQuery,
  CreateAnnouncementDto,
  MyAnnouncementDetailDto,
  MyAnnouncementDto,
  MyAnnouncementPageDto,
  MyAnnouncementReadDto,
} from './announcements.dto.js';
import { AnnouncementDrafts } from './drafts.service.js';
import { AnnouncementMoves } from './moves.service.js';
import { AnnouncementReader } from './reading.service.js';

/** 公告管理: drafts, approval and publication, withdrawal; the list and a detail with its read count. */
@ApiTags('announcements')
@Controller('announcements')
export class AnnouncementsController {
  constructor(
    @Inject(AnnouncementDrafts) private readonly drafts: AnnouncementDrafts,
    @Inject(AnnouncementReader) private readonly reader: AnnouncementReader,
    @Inject(AnnouncementMoves) private readonly moves: AnnouncementMoves,
  ) {}

  @Post()
  @StaffOnly('announcement.write')
  @ApiOkResponse({ type: AnnouncementDetailDto })
  async create(@Me() me: Principal, @Body() b: CreateAnnouncementDto) {
    return this.reader.detail(me, await this.drafts.create(me, b));
  }
  @Get()
  @StaffOnly('announcement.write')
  @ApiOkResponse({ type: AnnouncementPageDto })
  list(@Me() me: Principal, @Query() q: AnnouncementQuery) {
    return this.reader.list(me, q);
  }
  @Get(':id')
  @StaffOnly('announcement.write')
  @ApiOkResponse({ type: AnnouncementDetailDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reader.detail(me, id);
  }
  @Put(':id')
  @StaffOnly('announcement.write')
  @ApiOkResponse({ type: AnnouncementDetailDto })
  async update(@Me() me: Principal, @Id() id: number, @Body() b: AnnouncementFormDto) {
    await this.drafts.update(me, id, b);
    return this.reader.detail(me, id);
  }
  @Post(':id/actions/:action')
  @StaffOnly('announcement.write')
  @HttpCode(200)
  @ApiParam({ name: 'action', enum: ANNOUNCEMENT_ACTIONS })
  @ApiOkResponse({ type: AnnouncementDetailDto })
  async act(@Me() me: Principal, @Id() id: number, @Param('action') action: string, @Body() b: AnnouncementActionDto) {
    await this.moves.act(me, id, action, b);
    return this.reader.detail(me, id);
  }
}

/** 社区公告 in the mini-program: what is published for a building of mine, 首页's urgent strip, reading one. */
@ApiTags('me')
@Controller('me/announcements')
export class MyAnnouncementsController {
  constructor(@Inject(AnnouncementReader) private readonly reader: AnnouncementReader) {}

  @Get()
  @OwnerOnly()
  @ApiOkResponse({ type: MyAnnouncementPageDto })
  list(@Me() me: Principal, @Query() q: PageQuery) {
    return this.reader.mine(me, q);
  }
  @Get('urgent')
  @OwnerOnly()
  @ApiOkResponse({ type: [MyAnnouncementDto] })
  urgent(@Me() me: Principal) {
    return this.reader.urgent(me);
  }
  @Get(':id')
  @OwnerOnly()
  @ApiOkResponse({ type: MyAnnouncementDetailDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.reader.myDetail(me, id);
  }
  @Post(':id/read')
  @OwnerOnly()
  @HttpCode(200)
  @ApiOkResponse({ type: MyAnnouncementReadDto })
  read(@Me() me: Principal, @Id() id: number) {
    return this.reader.markRead(me, id);
  }
}
