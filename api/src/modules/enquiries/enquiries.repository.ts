import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { escapeLike, keysetPage } from '../../common/paging.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { Enquiry, EnquiryEvent } from './entities.js';

/** Every query of suggestions and inquiries and their timeline. */
@Injectable()
export class EnquiriesRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }
  async insert(em: EntityManager, row: Omit<Enquiry, 'id'>): Promise<number> {
    const r = await em.getRepository(Enquiry).insert(row);
    return Number(r.identifiers[0]!.id);
  }
  byId(id: number) {
    return this.ds.getRepository(Enquiry).findOne({ where: { id } });
  }
  /** The step's conditional update: false when someone moved it first. */
  async move(em: EntityManager, e: Enquiry, patch: Partial<Enquiry>): Promise<boolean> {
    const r = await em.getRepository(Enquiry).update({ id: e.id, version: e.version }, { ...patch, version: e.version + 1 });
    return (r.affected ?? 0) === 1;
  }

  /** The queue: a project's suggestions or inquiries, newest first, filtered and paged on the server. */
  page(q: {
    projectId: number;
    type?: string;
    status?: string;
    overdueAt?: Date;
    keyword?: string;
    cursor?: string;
    limit?: number;
  }) {
    const qb = this.ds.getRepository(Enquiry).createQueryBuilder('e').where('e.project_id = :pid', { pid: q.projectId });
    if (q.type) qb.andWhere('e.type = :type', { type: q.type });
    if (q.status) qb.andWhere('e.status = :status', { status: q.status });
    if (q.keyword)
      qb.andWhere("(e.name LIKE :kw ESCAPE '!' OR e.content LIKE :kw ESCAPE '!')", { kw: `%${escapeLike(q.keyword)}%` });
    // R-SUG-01 not forwarded within its 2 hours, or not replied by the agreed time
    if (q.overdueAt)
      qb.andWhere(
        `((e.forwarded_at IS NULL AND e.forward_due_at IS NOT NULL AND e.forward_due_at < :at)
          OR (e.replied_at IS NULL AND e.agreed_reply_at < :at))`,
        { at: q.overdueAt },
      );
    return keysetPage(qb, 'e', q);
  }
  ofPerson(personId: number) {
    return this.ds.getRepository(Enquiry).find({ where: { personId }, order: { id: 'DESC' }, take: 100 });
  }

  /**
   * R-SUG-04 R-INQ-01 the reply rates of a project's month, counted in SQL: received, replied,
   * replied by the agreed time; suggestions forwarded within 2 hours and adopted.
   */
  async stats(projectId: number, from: Date, to: Date) {
    const rows: Record<string, unknown>[] = await this.ds
      .getRepository(Enquiry)
      .createQueryBuilder('e')
      .select('e.type', 'type')
      .addSelect('COUNT(*)', 'received')
      .addSelect('SUM(CASE WHEN e.replied_at IS NOT NULL THEN 1 ELSE 0 END)', 'replied')
      .addSelect('SUM(CASE WHEN e.replied_at IS NOT NULL AND e.replied_at <= e.agreed_reply_at THEN 1 ELSE 0 END)', 'inTime')
      .addSelect(
        'SUM(CASE WHEN e.forwarded_at IS NOT NULL AND e.forwarded_at <= e.forward_due_at THEN 1 ELSE 0 END)',
        'forwardedInTime',
      )
      .addSelect('SUM(CASE WHEN e.adopted = :yes THEN 1 ELSE 0 END)', 'adopted')
      .where('e.project_id = :pid', { pid: projectId, yes: true })
      .andWhere('e.received_at >= :from AND e.received_at < :to', { from, to })
      .groupBy('e.type')
      .getRawMany();
    return rows.map((r) => ({
      type: String(r.type),
      received: Number(r.received ?? 0),
      replied: Number(r.replied ?? 0),
      inTime: Number(r.inTime ?? 0),
      forwardedInTime: Number(r.forwardedInTime ?? 0),
      adopted: Number(r.adopted ?? 0),
    }));
  }

  async insertEvent(em: EntityManager, row: Omit<EnquiryEvent, 'id'>): Promise<void> {
    await em.getRepository(EnquiryEvent).insert(row);
  }
  events(enquiryId: number, audience?: 'owner') {
    return this.ds
      .getRepository(EnquiryEvent)
      .find({ where: { enquiryId, ...(audience ? { audience } : {}) }, order: { id: 'ASC' } });
  }
}
