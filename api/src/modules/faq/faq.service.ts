import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { FAQ_CATEGORY_LABELS, FAQ_REVIEW_CHECKLIST, faqReviewCutoff, faqReviewDue, type FaqCategory } from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { EventBus } from '../../events/event-bus.js';
import { Clock } from '../../infra/clock.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import type {
  AdoptCandidateDto,
  CreateFaqEntryDto,
  FaqCandidateDto,
  FaqEntryDto,
  FaqQuery,
  FaqReviewStatusDto,
  MyFaqQuery,
  UpdateFaqEntryDto,
} from './faq.dto.js';
import { FaqRepository } from './faq.repository.js';
import type { FaqCandidate, FaqEntry } from './entities.js';

/** A new entry counts as reviewed by whoever wrote it, when they wrote it (R-FAQ-02). */
function newEntry(
  projectId: number,
  b: { category: string; question: string; answer: string; sort?: number },
  staffId: number,
  now: Date,
): Omit<FaqEntry, 'id'> {
  const by = { reviewedAt: now, reviewedBy: staffId, updatedAt: now, updatedBy: staffId };
  return { projectId, category: b.category, question: b.question, answer: b.answer, sort: b.sort ?? 0, active: true, ...by };
}

/**
 * The FAQ (答客问, R-FAQ-*): entries per project in the manual's categories, kept by the CS
 * supervisor (R-FAQ-04); each shows when it was last reviewed, and the half-year review lists what
 * is due with its checklist (R-FAQ-02); owners read and search it (R-FAQ-03). Inquiries answered
 * in the staff member's own words, or not at all, come in as candidates (event enquiry.replied).
 */
@Injectable()
export class FaqService implements OnModuleInit {
  constructor(
    @Inject(FaqRepository) private readonly repo: FaqRepository,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.events.on('enquiry.replied', async (em, e) => {
      if (e.type !== 'inquiry' || e.faqEntryId) return;
      await this.repo.insertCandidate(em, {
        projectId: e.projectId,
        enquiryId: e.enquiryId,
        question: e.question.slice(0, 1000),
        answer: e.outcome === 'cannot_answer' ? null : (e.answer?.slice(0, 1000) ?? null),
        unanswered: e.outcome === 'cannot_answer',
        status: 'open',
        entryId: null,
        createdAt: e.at,
        decidedAt: null,
        decidedBy: null,
      });
    });
  }

  private dto(x: FaqEntry, now: Date): FaqEntryDto {
    return {
      id: x.id,
      projectId: x.projectId,
      category: x.category,
      categoryLabel: FAQ_CATEGORY_LABELS[x.category as FaqCategory] ?? x.category,
      question: x.question,
      answer: x.answer,
      sort: x.sort,
      active: x.active,
      reviewedAt: x.reviewedAt.toISOString(),
      reviewDue: faqReviewDue(x.reviewedAt, now),
    };
  }

  async list(p: Principal, q: FaqQuery): Promise<FaqEntryDto[]> {
    ensureProjectInScope(p, q.projectId, '项目');
    const now = this.clock.now();
    const rows = await this.repo.entries({ ...q, reviewedBefore: q.reviewDue ? faqReviewCutoff(now) : undefined });
    return rows.map((x) => this.dto(x, now));
  }

  /** R-FAQ-03 the owner reads the FAQ of a project where they hold a room: published entries only. */
  async forOwner(p: Principal, q: MyFaqQuery): Promise<FaqEntryDto[]> {
    if (!(await this.people.isBoundInProject(p.id, q.projectId))) throw notFound('项目');
    const now = this.clock.now();
    return (await this.repo.entries({ ...q, activeOnly: true })).map((x) => this.dto(x, now));
  }

  async create(p: Principal, b: CreateFaqEntryDto): Promise<FaqEntryDto> {
    const s = asStaff(p);
    ensureProjectInScope(s, b.projectId, '项目');
    const now = this.clock.now();
    const row = newEntry(b.projectId, b, s.id, now);
    return this.dto({ ...row, id: await this.repo.insertEntry(row) }, now);
  }

  private async own(p: Principal, id: number): Promise<FaqEntry> {
    const x = await this.repo.entry(id);
    if (!x) throw notFound('答客问条目');
    ensureProjectInScope(p, x.projectId, '答客问条目');
    return x;
  }

  /** R-FAQ-02 a changed fact is updated at once, and the entry counts as reviewed now. */
  async update(p: Principal, id: number, b: UpdateFaqEntryDto): Promise<FaqEntryDto> {
    const s = asStaff(p);
    const x = await this.own(s, id);
    const now = this.clock.now();
    const patch: Partial<FaqEntry> = Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined));
    if (!Object.keys(patch).length) throw badRequest('没有要修改的内容');
    Object.assign(patch, { updatedAt: now, updatedBy: s.id, reviewedAt: now, reviewedBy: s.id });
    await this.repo.updateEntry(id, patch);
    return this.dto({ ...x, ...patch }, now);
  }

  /** R-FAQ-02 the entry was checked against the checklist and is still right. */
  async review(p: Principal, id: number, checked: boolean): Promise<FaqEntryDto> {
    const s = asStaff(p);
    const x = await this.own(s, id);
    if (!checked) throw badRequest('请按审核清单逐项核对后再确认');
    const now = this.clock.now();
    await this.repo.updateEntry(id, { reviewedAt: now, reviewedBy: s.id });
    return this.dto({ ...x, reviewedAt: now, reviewedBy: s.id }, now);
  }

  /** R-FAQ-02 the reminder: entries not reviewed for half a year, with the checklist. */
  async reviewStatus(p: Principal, projectId: number): Promise<FaqReviewStatusDto> {
    ensureProjectInScope(p, projectId, '项目');
    const now = this.clock.now();
    const all = await this.repo.entries({ projectId, activeOnly: true });
    const due = all.filter((x) => faqReviewDue(x.reviewedAt, now));
    return {
      due: due.length,
      total: all.length,
      checklist: [...FAQ_REVIEW_CHECKLIST],
      entries: due.map((x) => this.dto(x, now)),
    };
  }

  // ---------- candidates from inquiries ----------
  private candidateDto = (c: FaqCandidate): FaqCandidateDto => ({
    id: c.id,
    projectId: c.projectId,
    enquiryId: c.enquiryId,
    question: c.question,
    answer: c.answer,
    unanswered: c.unanswered,
    createdAt: c.createdAt.toISOString(),
  });
  async candidates(p: Principal, projectId: number): Promise<FaqCandidateDto[]> {
    ensureProjectInScope(p, projectId, '项目');
    return (await this.repo.candidates(projectId, 'open')).map(this.candidateDto);
  }
  private async openCandidate(p: Principal, id: number): Promise<FaqCandidate> {
    const c = await this.repo.candidate(id);
    if (!c) throw notFound('待补充问题');
    ensureProjectInScope(p, c.projectId, '待补充问题');
    if (c.status !== 'open') throw new AppError('CONFLICT', '该问题已处理过');
    return c;
  }
  /** The question becomes an entry (the supervisor writes the answer the FAQ will give). */
  async adopt(p: Principal, id: number, b: AdoptCandidateDto): Promise<FaqEntryDto> {
    const s = asStaff(p);
    const c = await this.openCandidate(s, id);
    const now = this.clock.now();
    const row = newEntry(c.projectId, b, s.id, now);
    const entryId = await this.repo.transaction(async (em) => {
      const entryId = await this.repo.insertEntry(row, em);
      if (!(await this.repo.decideCandidate(em, c.id, { status: 'adopted', entryId, decidedAt: now, decidedBy: s.id })))
        throw new AppError('CONFLICT', '该问题已处理过');
      return entryId;
    });
    return this.dto({ ...row, id: entryId }, now);
  }
  async dismiss(p: Principal, id: number): Promise<{ ok: boolean }> {
    const s = asStaff(p);
    const c = await this.openCandidate(s, id);
    const now = this.clock.now();
    await this.repo.transaction(async (em) => {
      if (!(await this.repo.decideCandidate(em, c.id, { status: 'dismissed', decidedAt: now, decidedBy: s.id })))
        throw new AppError('CONFLICT', '该问题已处理过');
    });
    return { ok: true };
  }
}
