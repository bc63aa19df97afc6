import { Body, Controller, Get, Inject, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { CatalogueItemDto, CatalogueQuery, CreateCategoryDto, UpdateCategoryDto } from './catalogue.dto.js';
import { CatalogueService } from './catalogue.service.js';
import { ProjectIdQuery, RepairCategoryDto } from './sr.dto.js';

/** The published categories: for the desk's intake form, and for owners before they file. */
@ApiTags('service-requests')
@Controller()
export class RepairCategoriesController {
  constructor(@Inject(CatalogueService) private readonly cat: CatalogueService) {}

  @Get('repair-categories')
  @StaffOnly()
  @ApiOkResponse({ type: [RepairCategoryDto] })
  categories(@Me() me: Principal, @Query() q: ProjectIdQuery) {
    ensureProjectInScope(me, q.projectId, '项目');
    return this.cat.published(q.projectId);
  }
  @Get('directory/projects/:id/repair-categories')
  @OwnerOnly()
  @ApiOkResponse({ type: [RepairCategoryDto] })
  publicCategories(@Id() id: number) {
    return this.cat.published(id);
  }
}

@ApiTags('service-requests')
@Controller('repair-catalogue')
export class CatalogueController {
  constructor(@Inject(CatalogueService) private readonly cat: CatalogueService) {}

  @Get()
  @StaffOnly()
  @ApiOkResponse({ type: [CatalogueItemDto] })
  list(@Me() me: Principal, @Query() q: CatalogueQuery) {
    return this.cat.list(me, q.projectId);
  }
  @Post()
  @StaffOnly('catalogue.write')
  @ApiOkResponse({ type: CatalogueItemDto })
  create(@Me() me: Principal, @Body() b: CreateCategoryDto) {
    return this.cat.create(me, b);
  }
  @Put(':id')
  @StaffOnly('catalogue.write')
  @ApiOkResponse({ type: CatalogueItemDto })
  update(@Me() me: Principal, @Id() id: number, @Body() b: UpdateCategoryDto) {
    return this.cat.update(me, id, b);
  }
}
