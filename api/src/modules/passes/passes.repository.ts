import { Inject, Injectable } from '@nestjs/common';
import { type DataSource, type EntityManager } from 'typeorm';
import { keysetPage, listPage } from '../../common/paging.js';
import { WorkflowRows } from '../../database/workflow-rows.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { ReleasePass, ReleasePassEvent } from './entities.js';

/** Every query of release passes: the passes, their timeline, the desk's queue, the gate's log. */
@Injectable()
export class PassesRepository extends WorkflowRows<ReleasePass, ReleasePassEvent> {
  constructor(@Inject(DATA_SOURCE) ds: DataSource) {
    super(ds, { entity: ReleasePass, event: ReleasePassEvent, eventKey: 'passId' });
  }

  pass(id: number, em?: EntityManager) {
    return this.one(id, em);
  }
  byCode(code: string) {
    return this.ds.getRepository(ReleasePass).findOne({ where: { code } });
  }
  /** The owner's passes: those they asked for and those of the rooms they own (to confirm), newest first. */
  mine(personId: number, ownedRoomIds: number[]) {
    const qb = this.ds.getRepository(ReleasePass).createQueryBuilder('p').where('p.personId = :me', { me: personId });
    if (ownedRoomIds.length) qb.orWhere('p.roomId IN (:...rooms)', { rooms: ownedRoomIds });
    return qb.orderBy('p.id', 'DESC').limit(100).getMany();
  }
  /** The desk's queue: a project's passes, newest first, by status, moving day, room or code, paged on the server. */
  page(q: {
    projectId: number;
    status?: string;
    moveOn?: string;
    roomId?: number;
    keyword?: string;
    cursor?: string;
    limit?: number;
  }) {
    const qb = this.ds.getRepository(ReleasePass).createQueryBuilder('p').where('p.projectId = :pr', { pr: q.projectId });
    return listPage(qb, 'p', q, {
      equal: { status: q.status, moveOn: q.moveOn, roomId: q.roomId },
      keywordIn: ['code', 'applicantName', 'plate'],
    });
  }
  /** R-PAS-03 the gate's release log: released passes, released within [from, to), newest first, paged. */
  releases(q: { projectId: number; from?: Date; to?: Date; cursor?: string; limit?: number }) {
    const qb = this.ds
      .getRepository(ReleasePass)
      .createQueryBuilder('p')
      .where("p.projectId = :pr AND p.status = 'released'", { pr: q.projectId });
    if (q.from) qb.andWhere('p.releasedAt >= :from', { from: q.from });
    if (q.to) qb.andWhere('p.releasedAt < :to', { to: q.to });
    return keysetPage(qb, 'p', q, 'DESC');
  }
}
