import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { OkDto } from '../../common/dto.js';
import { Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { CreateSurveyDto, MySurveyDto, SurveyAnswerDto, SurveyDetailDto, SurveyQuery, SurveyYearDto } from './surveys.dto.js';
import { SurveysService } from './surveys.service.js';

/** 满意度调查 in the console (品质): the year's quarterly surveys, the annual index, a survey's figures and comments. */
@ApiTags('surveys')
@Controller('surveys')
export class SurveysController {
  constructor(@Inject(SurveysService) private readonly surveys: SurveysService) {}

  @Get()
  @StaffOnly('survey.manage')
  @ApiOkResponse({ type: SurveyYearDto })
  year(@Me() me: Principal, @Query() q: SurveyQuery) {
    return this.surveys.year(me, q.projectId, q.year);
  }
  @Post()
  @StaffOnly('survey.manage')
  @ApiOkResponse({ type: SurveyDetailDto })
  async create(@Me() me: Principal, @Body() b: CreateSurveyDto) {
    return this.surveys.detail(me, await this.surveys.create(me, b));
  }
  @Get(':id')
  @StaffOnly('survey.manage')
  @ApiOkResponse({ type: SurveyDetailDto })
  detail(@Me() me: Principal, @Id() id: number) {
    return this.surveys.detail(me, id);
  }
  @Post(':id/close')
  @StaffOnly('survey.manage')
  @HttpCode(200)
  @ApiOkResponse({ type: SurveyDetailDto })
  async close(@Me() me: Principal, @Id() id: number) {
    await this.surveys.close(me, id);
    return this.surveys.detail(me, id);
  }
}

/** 满意度调查 on the phone: the open surveys of my projects, one answer per room per quarter. */
@ApiTags('me')
@Controller('me/surveys')
export class MySurveysController {
  constructor(@Inject(SurveysService) private readonly surveys: SurveysService) {}

  @Get()
  @OwnerOnly()
  @ApiOkResponse({ type: [MySurveyDto] })
  list(@Me() me: Principal) {
    return this.surveys.mine(me);
  }
  @Post(':id/responses')
  @OwnerOnly()
  @HttpCode(200)
  @ApiOkResponse({ type: OkDto })
  async answer(@Me() me: Principal, @Id() id: number, @Body() b: SurveyAnswerDto) {
    await this.surveys.answer(me, id, b);
    return { ok: true };
  }
}
