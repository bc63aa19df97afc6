import { Inject, Injectable } from '@nestjs/common';
import {
  ANNOUNCEMENT_KIND_LABELS,
  announcementListStatus,
  encodeCursor,
  type AnnouncementKind,
  type AnnouncementStatus,
} from '@wy/shared';
import { notFound } from '../../common/app-error.js';
import { pageRequest } from '../../common/paging.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import type {
  AnnouncementDetailDto,
  AnnouncementPageDto,
  AnnouncementQuery,
  AnnouncementSummaryDto,
  MyAnnouncementDetailDto,
  MyAnnouncementDto,
  MyAnnouncementPageDto,
  MyAnnouncementReadDto,
} from './announcements.dto.js';
import { AnnouncementsRepository, type OwnerReach } from './announcements.repository.js';
import type { Announcement } from './entities.js';
import { AnnouncementMoves } from './moves.service.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** The console's list and detail (with how many owners read it), and what owners read. */
@Injectable()
export class AnnouncementReader {
  constructor(
    @Inject(AnnouncementsRepository) private readonly repo: AnnouncementsRepository,
    @Inject(AnnouncementMoves) private readonly moves: AnnouncementMoves,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  // ---------- the console ----------
  async list(p: Principal, q: AnnouncementQuery): Promise<AnnouncementPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const now = this.clock.now();
    const page = await this.repo.page({ ...q, now });
    return { items: page.rows.map((a) => this.summary(a, now)), nextCursor: page.nextCursor };
  }

  private summary(a: Announcement, now: Date): AnnouncementSummaryDto {
    return {
      id: a.id,
      projectId: a.projectId,
      kind: a.kind,
      title: a.title,
      status: announcementListStatus(a.status as AnnouncementStatus, a.validTo, now),
      audience: a.audience,
      urgent: a.urgent,
      pinned: a.pinned,
      validFrom: a.validFrom.toISOString(),
      validTo: iso(a.validTo),
      publishedAt: iso(a.publishedAt),
      createdByName: a.createdByName,
      updatedAt: a.updatedAt.toISOString(),
    };
  }

  async detail(p: Principal, id: number): Promise<AnnouncementDetailDto> {
    const s = asStaff(p);
    const a = await this.moves.load(s, id);
    const [buildingIds, readCount, all] = await Promise.all([
      this.repo.buildingIds(a.id),
      this.repo.readCount(a.id),
      this.org.buildingsOf(a.projectId),
    ]);
    const names = new Map(all.map((b) => [b.id, b.name]));
    return {
      ...this.summary(a, this.clock.now()),
      body: a.body,
      buildings: buildingIds.map((bid) => ({ id: bid, name: names.get(bid) ?? String(bid) })),
      submittedAt: iso(a.submittedAt),
      approvedByName: a.approvedByName,
      rejectReason: a.rejectReason,
      withdrawnAt: iso(a.withdrawnAt),
      withdrawnByName: a.withdrawnByName,
      withdrawReason: a.withdrawReason,
      readCount,
      allowedActions: this.moves.allowed(s, a),
      editable: a.status === 'draft',
    };
  }

  // ---------- the owner ----------
  /** The projects and buildings of the rooms the owner holds (pending bindings open nothing). */
  private async reach(p: Principal): Promise<OwnerReach> {
    const rooms = await this.people.approvedRooms(p.id);
    return {
      projectIds: [...new Set(rooms.map((r) => r.projectId))],
      buildingIds: [...new Set(rooms.map((r) => r.buildingId))],
    };
  }

  private async ownerViews(p: Principal, rows: Announcement[]): Promise<MyAnnouncementDto[]> {
    if (!rows.length) return [];
    const [read, projects] = await Promise.all([
      this.repo.readOf(
        p.id,
        rows.map((a) => a.id),
      ),
      this.org.projectsByIds([...new Set(rows.map((a) => a.projectId))]),
    ]);
    const pj = new Map(projects.map((x) => [x.id, x]));
    return rows.map((a) => ({
      id: a.id,
      kind: a.kind,
      kindLabel: ANNOUNCEMENT_KIND_LABELS[a.kind as AnnouncementKind] ?? a.kind,
      title: a.title,
      urgent: a.urgent,
      pinned: a.pinned,
      publishedAt: (a.publishedAt ?? a.validFrom).toISOString(),
      validTo: iso(a.validTo),
      projectName: pj.get(a.projectId)?.name ?? '',
      timeZone: pj.get(a.projectId)?.timezone ?? 'Asia/Shanghai',
      read: read.has(a.id),
    }));
  }

  /** R-ACT-04 my announcements: pinned first, newest first, keyset-paged. */
  async mine(p: Principal, q: { cursor?: string; limit?: number }): Promise<MyAnnouncementPageDto> {
    const { limit, after } = pageRequest(q, ['number', 'number', 'number'] as const);
    const rows = await this.repo.ownerPage(
      await this.reach(p),
      this.clock.now(),
      limit + 1,
      after && { pinned: after[0], publishedAt: new Date(after[1]), id: after[2] },
    );
    const more = rows.length > limit;
    if (more) rows.pop();
    const last = rows[rows.length - 1];
    return {
      items: await this.ownerViews(p, rows),
      nextCursor: more && last ? encodeCursor([last.pinned ? 1 : 0, last.publishedAt!.getTime(), last.id]) : null,
    };
  }

  /** 首页's strip: the urgent ones valid now for a building of mine. */
  async urgent(p: Principal): Promise<MyAnnouncementDto[]> {
    return this.ownerViews(p, await this.repo.ownerUrgent(await this.reach(p), this.clock.now()));
  }

  private async ownerOne(p: Principal, id: number): Promise<Announcement> {
    const a = await this.repo.ownerOne(await this.reach(p), this.clock.now(), id);
    if (!a) throw notFound('公告');
    return a;
  }

  async myDetail(p: Principal, id: number): Promise<MyAnnouncementDetailDto> {
    const a = await this.ownerOne(p, id);
    const [view] = await this.ownerViews(p, [a]);
    return { ...view!, body: a.body };
  }

  /** Opening it marks it read, once per owner. */
  async markRead(p: Principal, id: number): Promise<MyAnnouncementReadDto> {
    const a = await this.ownerOne(p, id);
    return { readAt: (await this.repo.markRead(a.id, p.id, this.clock.now())).toISOString() };
  }
}
