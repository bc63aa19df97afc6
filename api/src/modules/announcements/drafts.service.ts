import { Inject, Injectable } from '@nestjs/common';
import { AppError, badRequest } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import type { AnnouncementFormDto, CreateAnnouncementDto } from './announcements.dto.js';
import { AnnouncementsRepository } from './announcements.repository.js';
import type { Announcement } from './entities.js';
import { AnnouncementMoves } from './moves.service.js';

/** The desk writes a draft and changes it while it is one (a published announcement is withdrawn, never edited). */
@Injectable()
export class AnnouncementDrafts {
  constructor(
    @Inject(AnnouncementsRepository) private readonly repo: AnnouncementsRepository,
    @Inject(AnnouncementMoves) private readonly moves: AnnouncementMoves,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** The form's fields as stored, checked: the buildings are the project's, the validity is a window that has not ended. */
  private async fields(projectId: number, b: AnnouncementFormDto, now: Date) {
    const validFrom = b.validFrom ? new Date(b.validFrom) : now;
    const validTo = b.validTo ? new Date(b.validTo) : null;
    if (validTo && validTo <= validFrom) throw badRequest('截止时间须晚于生效时间');
    if (validTo && validTo <= now) throw badRequest('截止时间已过，请重新选择');
    let buildingIds: number[] = [];
    if (b.audience === 'buildings') {
      buildingIds = [...new Set(b.buildingIds ?? [])];
      if (!buildingIds.length) throw badRequest('请选择发布的楼栋');
      const mine = new Set((await this.org.buildingsOf(projectId)).map((x) => x.id));
      if (buildingIds.some((id) => !mine.has(id))) throw badRequest('所选楼栋不存在或不属于本项目');
    }
    const row = {
      kind: b.kind,
      title: b.title.trim(),
      body: b.body.trim().replace(/\r\n?/g, '\n'),
      audience: b.audience,
      urgent: b.urgent ?? false,
      pinned: b.pinned ?? false,
      validFrom,
      validTo,
    };
    if (!row.title) throw badRequest('请填写标题');
    if (!row.body) throw badRequest('请填写正文');
    return { row, buildingIds };
  }

  async create(p: Principal, b: CreateAnnouncementDto): Promise<number> {
    const s = asStaff(p);
    ensureProjectInScope(s, b.projectId, '项目');
    const now = this.clock.now();
    const { row, buildingIds } = await this.fields(b.projectId, b, now);
    return this.repo.transaction(async (em) => {
      const id = await this.repo.insert(em, {
        ...row,
        projectId: b.projectId,
        status: 'draft',
        createdByStaffId: s.id,
        createdByName: s.name,
        submittedByStaffId: null,
        submittedAt: null,
        approvedByStaffId: null,
        approvedByName: null,
        publishedAt: null,
        rejectReason: null,
        withdrawnAt: null,
        withdrawnByName: null,
        withdrawReason: null,
        version: 0,
        createdAt: now,
        updatedAt: now,
      });
      await this.repo.setBuildings(em, id, buildingIds);
      await this.audit.record(
        s,
        { projectId: b.projectId, entity: 'announcement', entityId: id, action: 'create', to: 'draft', note: row.title },
        em,
      );
      return id;
    });
  }

  async update(p: Principal, id: number, b: AnnouncementFormDto): Promise<void> {
    const s = asStaff(p);
    const a: Announcement = await this.moves.load(s, id);
    if (a.status !== 'draft') throw new AppError('CONFLICT', '只有草稿可以修改；已发布的公告请先撤回再重新编辑');
    const now = this.clock.now();
    const { row, buildingIds } = await this.fields(a.projectId, b, now);
    await this.repo.transaction(async (em) => {
      if (!(await this.repo.move(em, a, { ...row, updatedAt: now })))
        throw new AppError('CONFLICT', '该公告刚被其他人修改过，请刷新后重试');
      await this.repo.setBuildings(em, id, buildingIds);
      await this.audit.record(
        s,
        { projectId: a.projectId, entity: 'announcement', entityId: id, action: 'update', note: row.title },
        em,
      );
    });
  }
}
