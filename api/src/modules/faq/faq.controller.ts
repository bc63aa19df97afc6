import { Body, Controller, Get, HttpCode, Inject, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { OkDto } from '../../common/dto.js';
import { Id, Me, OwnerOnly, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import {
  AdoptCandidateDto,
  CreateFaqEntryDto,
  FaqCandidateDto,
  FaqCandidateQuery,
  FaqEntryDto,
  FaqQuery,
  FaqQuizDto,
  FaqReviewStatusDto,
  MyFaqQuery,
  QuizScoreDto,
  QuizScoreQuery,
  ReviewFaqDto,
  StartQuizDto,
  SubmitQuizDto,
  UpdateFaqEntryDto,
} from './faq.dto.js';
import { FaqService } from './faq.service.js';
import { FaqQuizzes } from './quiz.service.js';

/** The FAQ for staff: read it to answer (the desk), keep it and review it (the CS supervisor, R-FAQ-04). */
@ApiTags('faq')
@Controller('faq')
export class FaqController {
  constructor(
    @Inject(FaqService) private readonly faq: FaqService,
    @Inject(FaqQuizzes) private readonly quizzes: FaqQuizzes,
  ) {}

  @Get('entries')
  @StaffOnly('enquiry.desk')
  @ApiOkResponse({ type: [FaqEntryDto] })
  list(@Me() me: Principal, @Query() q: FaqQuery) {
    return this.faq.list(me, q);
  }
  @Post('entries')
  @StaffOnly('faq.write')
  @ApiOkResponse({ type: FaqEntryDto })
  create(@Me() me: Principal, @Body() b: CreateFaqEntryDto) {
    return this.faq.create(me, b);
  }
  @Put('entries/:id')
  @StaffOnly('faq.write')
  @ApiOkResponse({ type: FaqEntryDto })
  update(@Me() me: Principal, @Id() id: number, @Body() b: UpdateFaqEntryDto) {
    return this.faq.update(me, id, b);
  }
  @Post('entries/:id/review')
  @StaffOnly('faq.write')
  @HttpCode(200)
  @ApiOkResponse({ type: FaqEntryDto })
  review(@Me() me: Principal, @Id() id: number, @Body() b: ReviewFaqDto) {
    return this.faq.review(me, id, b.checked);
  }
  @Get('review')
  @StaffOnly('faq.write')
  @ApiOkResponse({ type: FaqReviewStatusDto })
  reviewStatus(@Me() me: Principal, @Query() q: FaqCandidateQuery) {
    return this.faq.reviewStatus(me, q.projectId);
  }
  @Get('candidates')
  @StaffOnly('faq.write')
  @ApiOkResponse({ type: [FaqCandidateDto] })
  candidates(@Me() me: Principal, @Query() q: FaqCandidateQuery) {
    return this.faq.candidates(me, q.projectId);
  }
  @Post('candidates/:id/adopt')
  @StaffOnly('faq.write')
  @HttpCode(200)
  @ApiOkResponse({ type: FaqEntryDto })
  adopt(@Me() me: Principal, @Id() id: number, @Body() b: AdoptCandidateDto) {
    return this.faq.adopt(me, id, b);
  }
  @Post('candidates/:id/dismiss')
  @StaffOnly('faq.write')
  @HttpCode(200)
  @ApiOkResponse({ type: OkDto })
  dismiss(@Me() me: Principal, @Id() id: number) {
    return this.faq.dismiss(me, id);
  }
  @Post('quizzes')
  @StaffOnly('enquiry.desk')
  @HttpCode(200)
  @ApiOkResponse({ type: FaqQuizDto })
  startQuiz(@Me() me: Principal, @Body() b: StartQuizDto) {
    return this.quizzes.start(me, b.projectId);
  }
  @Post('quizzes/:id/submit')
  @StaffOnly('enquiry.desk')
  @HttpCode(200)
  @ApiOkResponse({ type: FaqQuizDto })
  submitQuiz(@Me() me: Principal, @Id() id: number, @Body() b: SubmitQuizDto) {
    return this.quizzes.submit(me, id, b.answers);
  }
  @Get('quizzes')
  @StaffOnly('faq.write')
  @ApiOkResponse({ type: [QuizScoreDto] })
  scores(@Me() me: Principal, @Query() q: QuizScoreQuery) {
    return this.quizzes.scores(me, q.projectId, q.month);
  }
}

/** R-FAQ-03 the owner's FAQ browser in the mini-program. */
@ApiTags('me')
@Controller('me/faq')
export class MyFaqController {
  constructor(@Inject(FaqService) private readonly faq: FaqService) {}

  @Get()
  @OwnerOnly()
  @ApiOkResponse({ type: [FaqEntryDto] })
  list(@Me() me: Principal, @Query() q: MyFaqQuery) {
    return this.faq.forOwner(me, q);
  }
}
