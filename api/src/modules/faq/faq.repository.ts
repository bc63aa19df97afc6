import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { escapeLike } from '../../common/paging.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { FaqCandidate, FaqEntry, FaqQuiz } from './entities.js';

/** Every query of the FAQ, its candidates and the staff quizzes. */
@Injectable()
export class FaqRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }
  /** A project's entries, filtered on the server (category, words in the question or the answer). */
  entries(q: { projectId: number; category?: string; keyword?: string; activeOnly?: boolean; reviewedBefore?: Date }) {
    const qb = this.ds.getRepository(FaqEntry).createQueryBuilder('f').where('f.project_id = :pid', { pid: q.projectId });
    if (q.activeOnly) qb.andWhere('f.active = :on', { on: true });
    if (q.category) qb.andWhere('f.category = :cat', { cat: q.category });
    if (q.keyword)
      qb.andWhere("(f.question LIKE :kw ESCAPE '!' OR f.answer LIKE :kw ESCAPE '!')", { kw: `%${escapeLike(q.keyword)}%` });
    if (q.reviewedBefore) qb.andWhere('f.reviewed_at < :before', { before: q.reviewedBefore });
    return qb.orderBy('f.category', 'ASC').addOrderBy('f.sort', 'ASC').addOrderBy('f.id', 'ASC').limit(500).getMany();
  }
  entry(id: number) {
    return this.ds.getRepository(FaqEntry).findOne({ where: { id } });
  }
  async insertEntry(row: Omit<FaqEntry, 'id'>, em?: EntityManager): Promise<number> {
    const r = await (em ?? this.ds.manager).getRepository(FaqEntry).insert(row);
    return Number(r.identifiers[0]!.id);
  }
  async updateEntry(id: number, patch: Partial<FaqEntry>): Promise<void> {
    await this.ds.getRepository(FaqEntry).update({ id }, patch);
  }

  async insertCandidate(em: EntityManager, row: Omit<FaqCandidate, 'id'>): Promise<void> {
    await em.getRepository(FaqCandidate).insert(row);
  }
  candidates(projectId: number, status: string) {
    return this.ds.getRepository(FaqCandidate).find({ where: { projectId, status }, order: { id: 'DESC' }, take: 200 });
  }
  candidate(id: number) {
    return this.ds.getRepository(FaqCandidate).findOne({ where: { id } });
  }
  /** Decides an open candidate; false when someone decided it first. */
  async decideCandidate(em: EntityManager, id: number, patch: Partial<FaqCandidate>): Promise<boolean> {
    const r = await em.getRepository(FaqCandidate).update({ id, status: 'open' }, patch);
    return (r.affected ?? 0) === 1;
  }

  quiz(id: number) {
    return this.ds.getRepository(FaqQuiz).findOne({ where: { id } });
  }
  quizOf(projectId: number, staffId: number, month: string) {
    return this.ds.getRepository(FaqQuiz).findOne({ where: { projectId, staffId, month } });
  }
  async insertQuiz(row: Omit<FaqQuiz, 'id'>): Promise<number> {
    const r = await this.ds.getRepository(FaqQuiz).insert(row);
    return Number(r.identifiers[0]!.id);
  }
  /** Scores a quiz once; false when it was already handed in. */
  async submitQuiz(id: number, patch: Pick<FaqQuiz, 'answers' | 'score' | 'submittedAt'>): Promise<boolean> {
    const r = await this.ds
      .getRepository(FaqQuiz)
      .createQueryBuilder()
      .update()
      .set(patch)
      .where('id = :id AND submitted_at IS NULL', { id })
      .execute();
    return (r.affected ?? 0) === 1;
  }
  quizzes(projectId: number, month: string) {
    return this.ds.getRepository(FaqQuiz).find({ where: { projectId, month }, order: { id: 'ASC' } });
  }
}
