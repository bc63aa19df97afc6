import { Body, Controller, Get, Inject, Post, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AnyUser, Id, Me } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { UploadDto, UploadedDto, UploadQuery } from './uploads.dto.js';
import { UploadService } from './uploads.service.js';

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
  async get(@Me() me: Principal, @Id() id: number, @Query() q: UploadQuery, @Res() reply: FastifyReply) {
    const f = await this.uploads.get(me, id, q.size === 'thumb');
    void reply.header('content-type', f.contentType).header('cache-control', 'private, max-age=86400').send(f.data);
  }
}
