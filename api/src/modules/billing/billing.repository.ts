import { Inject, Injectable } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import { keysetPage } from '../../common/paging.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { Company, Project } from '../org/entities.js';
import { Bill, Payment } from './entities.js';

/** Every query of bills and payments. */
@Injectable()
export class BillingRepository {
  constructor(@Inject(DATA_SOURCE) private readonly ds: DataSource) {}

  transaction<T>(fn: (em: EntityManager) => Promise<T>): Promise<T> {
    return this.ds.transaction(fn);
  }
  bill(id: number, em?: EntityManager) {
    return (em ?? this.ds.manager).getRepository(Bill).findOne({ where: { id } });
  }
  billForSource(sourceType: string, sourceId: number, em?: EntityManager) {
    return (em ?? this.ds.manager).getRepository(Bill).findOne({ where: { sourceType, sourceId } });
  }
  billsForSources(sourceType: string, ids: number[]) {
    if (!ids.length) return Promise.resolve([] as Bill[]);
    return this.ds
      .getRepository(Bill)
      .createQueryBuilder('b')
      .where('b.source_type = :sourceType AND b.source_id IN (:...ids)', { sourceType, ids })
      .getMany();
  }
  async insertBill(em: EntityManager, row: Omit<Bill, 'id'>): Promise<number> {
    return Number((await em.getRepository(Bill).insert(row)).identifiers[0]!.id);
  }
  /** Changes an unpaid bill only: a paid bill is never edited (R-PAY-04). */
  async updateUnpaid(em: EntityManager, b: Bill, patch: Partial<Bill>): Promise<boolean> {
    const r = await em
      .getRepository(Bill)
      .update({ id: b.id, status: 'unpaid', version: b.version }, { ...patch, version: b.version + 1 });
    return (r.affected ?? 0) === 1;
  }
  page(q: { projectId: number; status?: string; roomId?: number; cursor?: string; limit?: number }) {
    const qb = this.ds.getRepository(Bill).createQueryBuilder('b').where('b.project_id = :projectId', { projectId: q.projectId });
    if (q.status) qb.andWhere('b.status = :status', { status: q.status });
    if (q.roomId) qb.andWhere('b.room_id = :roomId', { roomId: q.roomId });
    return keysetPage(qb, 'b', q, 'DESC');
  }
  /** Bills of the rooms a person is bound to (approved), newest first. */
  billsForPerson(personId: number, status?: string) {
    const qb = this.ds
      .getRepository(Bill)
      .createQueryBuilder('b')
      .where("b.room_id IN (SELECT x.room_id FROM room_binding x WHERE x.person_id = :personId AND x.status = 'approved')", {
        personId,
      })
      .andWhere("b.status <> 'void'");
    if (status) qb.andWhere('b.status = :status', { status });
    return qb.orderBy('b.id', 'DESC').take(200).getMany();
  }
  paymentsForBills(ids: number[]) {
    if (!ids.length) return Promise.resolve([] as Payment[]);
    return this.ds.getRepository(Payment).createQueryBuilder('p').where('p.bill_id IN (:...ids)', { ids }).getMany();
  }
  payment(id: number) {
    return this.ds.getRepository(Payment).findOne({ where: { id } });
  }
  async insertPayment(em: EntityManager, row: Omit<Payment, 'id'>): Promise<number> {
    return Number((await em.getRepository(Payment).insert(row)).identifiers[0]!.id);
  }
  async projectHeader(
    projectId: number,
  ): Promise<{ code: string; name: string; companyName: string; servicePhone: string | null }> {
    const row = await this.ds
      .getRepository(Project)
      .createQueryBuilder('p')
      .innerJoin(Company, 'c', 'c.id = p.companyId')
      .select(['p.code AS code', 'p.name AS name', 'p.service_phone AS servicePhone', 'c.name AS companyName'])
      .where('p.id = :projectId', { projectId })
      .getRawOne();
    return row;
  }
  projectTimezone(projectId: number) {
    return this.ds
      .getRepository(Project)
      .findOne({ where: { id: projectId } })
      .then((p) => p?.timezone ?? 'Asia/Shanghai');
  }
}
