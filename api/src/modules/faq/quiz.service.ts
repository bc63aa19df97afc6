import { randomInt } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { FAQ_QUIZ_OPTIONS, FAQ_QUIZ_PASS_PERCENT, FAQ_QUIZ_QUESTIONS, localDate } from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { isUniqueViolation } from '../../database/errors.js';
import { Clock } from '../../infra/clock.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import { StaffLookup } from '../staff/staff-lookup.service.js';
import type { FaqQuizDto, QuizScoreDto } from './faq.dto.js';
import { FaqRepository } from './faq.repository.js';
import type { FaqQuiz } from './entities.js';

function shuffle<T>(xs: T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

/**
 * R-FAQ-04 the monthly FAQ quiz: each serving staff member draws one a month from the project's
 * FAQ (five questions, four answers each, the others' answers as the wrong ones), hands it in
 * once and gets a score; the supervisor sees the month's scores against the 100% target.
 */
@Injectable()
export class FaqQuizzes {
  constructor(
    @Inject(FaqRepository) private readonly repo: FaqRepository,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(StaffLookup) private readonly staff: StaffLookup,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  private view(q: FaqQuiz): FaqQuizDto {
    const done = q.submittedAt !== null;
    return {
      id: q.id,
      projectId: q.projectId,
      month: q.month,
      questions: q.questions.map((x) => ({ question: x.question, options: x.options })),
      score: q.score,
      correct: done ? q.questions.map((x) => x.correct) : null,
    };
  }

  private async month(projectId: number): Promise<string> {
    return localDate(this.clock.now(), await this.org.projectTimezone(projectId)).slice(0, 7);
  }

  /** This month's quiz for the caller: drawn the first time, the same one after. */
  async start(p: Principal, projectId: number): Promise<FaqQuizDto> {
    const s = asStaff(p);
    ensureProjectInScope(s, projectId, '项目');
    const month = await this.month(projectId);
    const had = await this.repo.quizOf(projectId, s.id, month);
    if (had) return this.view(had);
    const entries = await this.repo.entries({ projectId, activeOnly: true });
    const answers = [...new Set(entries.map((e) => e.answer))];
    if (answers.length < FAQ_QUIZ_OPTIONS) throw new AppError('CONFLICT', '答客问条目太少，无法出题');
    const questions = shuffle(entries)
      .slice(0, FAQ_QUIZ_QUESTIONS)
      .map((e) => {
        const wrong = shuffle(answers.filter((a) => a !== e.answer)).slice(0, FAQ_QUIZ_OPTIONS - 1);
        const options = shuffle([e.answer, ...wrong]);
        return { entryId: e.id, question: e.question, options, correct: options.indexOf(e.answer) };
      });
    const row = {
      projectId,
      staffId: s.id,
      month,
      questions,
      answers: null,
      score: null,
      createdAt: this.clock.now(),
      submittedAt: null,
    };
    try {
      return this.view({ ...row, id: await this.repo.insertQuiz(row) });
    } catch (e) {
      if (!isUniqueViolation(e)) throw e;
      return this.view((await this.repo.quizOf(projectId, s.id, month))!);
    }
  }

  /** Hands the quiz in, once: the score is the share of right answers. */
  async submit(p: Principal, id: number, answers: number[]): Promise<FaqQuizDto> {
    const s = asStaff(p);
    const q = await this.repo.quiz(id);
    if (!q || q.staffId !== s.id) throw notFound('测验');
    if (q.submittedAt) throw new AppError('CONFLICT', '本月测验已交卷');
    if (answers.length !== q.questions.length || answers.some((a) => a < 0 || a >= FAQ_QUIZ_OPTIONS))
      throw badRequest(`请回答全部 ${q.questions.length} 道题`);
    const right = q.questions.filter((x, i) => x.correct === answers[i]).length;
    const score = Math.round((right * 100) / q.questions.length);
    const now = this.clock.now();
    if (!(await this.repo.submitQuiz(id, { answers, score, submittedAt: now }))) throw new AppError('CONFLICT', '本月测验已交卷');
    return this.view({ ...q, answers, score, submittedAt: now });
  }

  /** The month's scores in a project, for the supervisor. */
  async scores(p: Principal, projectId: number, month: string): Promise<QuizScoreDto[]> {
    ensureProjectInScope(p, projectId, '项目');
    const rows = await this.repo.quizzes(projectId, month);
    const names = await this.staff.names(rows.map((r) => r.staffId));
    return rows.map((r) => ({
      id: r.id,
      staffId: r.staffId,
      staffName: names.get(r.staffId) ?? '',
      month: r.month,
      score: r.score,
      mastered: r.score !== null && r.score >= FAQ_QUIZ_PASS_PERCENT,
      submittedAt: r.submittedAt ? r.submittedAt.toISOString() : null,
    }));
  }
}
