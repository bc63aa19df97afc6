import { Inject, Injectable } from '@nestjs/common';
import { can, inScope, isStaffRole, maskPhone, mayGrantRole, type StaffRole } from '@wy/shared';
import { AppError, notFound } from '../../common/app-error.js';
import { hashPassword } from '../../common/passwords.js';
import type { Principal } from '../../common/principal.js';
import { asStaff } from '../../common/scope.js';
import { isUniqueViolation } from '../../database/errors.js';
import { EventBus } from '../../events/event-bus.js';
import { APP_CONFIG, type AppConfig } from '../../config/env.js';
import { Clock } from '../../infra/clock.js';
import { Limits } from '../../infra/limits.js';
import { PiiCipher } from '../../infra/pii.js';
import { AuditService } from '../audit/audit.service.js';
import type { Staff } from './entities.js';
import type { CreateStaffDto, DeskColleagueDto, StaffMemberDto, StaffPageDto, StaffQuery, UpdateStaffDto } from './staff.dto.js';
import { StaffRepository } from './staff.repository.js';

/** Staff accounts and roles (R-ORG-03). A project manager manages staff of their own projects only. */
@Injectable()
export class StaffService {
  constructor(
    @Inject(StaffRepository) private readonly repo: StaffRepository,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(Limits) private readonly limits: Limits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Locked on some client: its sign-in attempts there are used up (auth counts them per username and client). */
  private lockedOnSomeClient(username: string): Promise<boolean> {
    return this.limits.exhausted(`login:${username}:`, this.config.loginMaxFailures).then((n) => n > 0);
  }

  private async dto(rows: Staff[]): Promise<StaffMemberDto[]> {
    const links = await this.repo.links(rows.map((r) => r.id));
    const locked = await Promise.all(rows.map((s) => this.lockedOnSomeClient(s.username)));
    return rows.map((s, i) => ({
      id: s.id,
      username: s.username,
      name: s.name,
      phoneMasked: maskPhone(this.pii.decrypt(s.phoneEnc)),
      roles: s.roles,
      projectIds: links.filter((l) => l.staffId === s.id).map((l) => l.projectId),
      locked: locked[i]!,
      archivedAt: s.archivedAt ? s.archivedAt.toISOString() : null,
    }));
  }

  /** Usernames locked now on some client (from `login:<username>:<client>` counters). */
  private async lockedUsernames(): Promise<string[]> {
    const keys = await this.limits.exhaustedKeys('login:', this.config.loginMaxFailures);
    return [...new Set(keys.map((k) => k.split(':')[1] ?? '').filter(Boolean))];
  }

  /** R-ORG-03 the staff list, filtered and paged by the database; a manager sees staff of their projects only. */
  async list(me: Principal, q: StaffQuery): Promise<StaffPageDto> {
    const scope = asStaff(me).scope;
    if (q.projectId && !inScope(scope, q.projectId)) throw notFound('项目');
    const state = q.state ?? 'active';
    const page = await this.repo.page({
      ...q,
      scope,
      state,
      lockedUsernames: state === 'locked' ? await this.lockedUsernames() : [],
    });
    return { items: await this.dto(page.rows), nextCursor: page.nextCursor };
  }

  /** The project's active staff who work at the service desk (`request.desk`), by name. */
  async desk(me: Principal, projectId: number): Promise<DeskColleagueDto[]> {
    if (!inScope(asStaff(me).scope, projectId)) throw notFound('项目');
    return (await this.repo.ofProject(projectId))
      .filter((s) => !s.archivedAt && can(s.roles.filter(isStaffRole), 'request.desk'))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN') || a.id - b.id)
      .map((s) => ({ id: s.id, name: s.name, roles: s.roles }));
  }

  private checkGrant(me: Principal, roles: StaffRole[], projectIds: number[]): void {
    const s = asStaff(me);
    for (const r of roles) if (!mayGrantRole(s.roles, r)) throw new AppError('FORBIDDEN', `您不能授予“${r}”角色`);
    for (const p of projectIds) if (!inScope(s.scope, p)) throw new AppError('FORBIDDEN', '只能分配您负责的项目');
  }

  async create(me: Principal, dto: CreateStaffDto): Promise<StaffMemberDto> {
    if (!dto.roles.length) throw new AppError('VALIDATION_FAILED', '至少选择一个角色');
    this.checkGrant(me, dto.roles, dto.projectIds);
    const now = this.clock.now();
    let id = 0;
    try {
      await this.repo.transaction(async (em) => {
        id = await this.repo.insert(em, {
          username: dto.username,
          name: dto.name,
          phoneEnc: this.pii.encrypt(dto.phone),
          phoneHash: this.pii.hash(dto.phone),
          passwordHash: hashPassword(dto.password),
          roles: dto.roles,
          createdAt: now,
          archivedAt: null,
        });
        await this.repo.insertLinks(em, id, dto.projectIds);
        await this.audit.record(
          me,
          { entity: 'staff', entityId: id, action: 'create', note: `${dto.username} ${dto.roles.join(',')}` },
          em,
        );
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('STAFF_USERNAME_TAKEN', `用户名${dto.username}已存在`);
      throw e;
    }
    return (await this.dto([(await this.repo.byId(id))!]))[0]!;
  }

  /**
   * A staff member `me` may change: someone they can see, all of whose projects are in `me`'s scope
   * (R-ORG-03). A manager of project 201 does not reset the password, roles or projects of someone who
   * also works in 101: that takes someone whose scope covers both, or head office.
   */
  private async manageable(me: Principal, id: number): Promise<StaffMemberDto> {
    const scope = asStaff(me).scope;
    const row = await this.repo.withProjects(id);
    // whom the list shows `me`: anyone for head office; a manager, staff of their projects but not head office
    const visible =
      !!row && (scope === 'all' || (row.projectIds.some((p) => scope.includes(p)) && !row.staff.roles.includes('head_office')));
    if (!visible) throw notFound('员工');
    const [found] = await this.dto([row.staff]);
    if (!found) throw notFound('员工');
    if (!found.projectIds.every((p) => inScope(scope, p)))
      throw new AppError('FORBIDDEN', '该员工还在您不负责的项目任职，请由负责全部这些项目的经理或公司总部修改');
    return found;
  }

  async update(me: Principal, id: number, dto: UpdateStaffDto): Promise<StaffMemberDto> {
    await this.manageable(me, id);
    if (dto.roles) {
      if (!dto.roles.length) throw new AppError('VALIDATION_FAILED', '至少选择一个角色');
      this.checkGrant(me, dto.roles, []);
    }
    if (dto.projectIds) this.checkGrant(me, [], dto.projectIds);
    if (id === me.id && (dto.archived || dto.roles)) throw new AppError('FORBIDDEN', '不能停用自己或修改自己的角色');
    const now = this.clock.now();
    await this.repo.transaction(async (em) => {
      const patch: Partial<Staff> = {};
      if (dto.name !== undefined) patch.name = dto.name;
      if (dto.roles) patch.roles = dto.roles;
      if (dto.password) patch.passwordHash = hashPassword(dto.password);
      if (dto.archived !== undefined) patch.archivedAt = dto.archived ? now : null;
      if (Object.keys(patch).length) await this.repo.update(em, id, patch);
      if (dto.projectIds) await this.repo.replaceLinks(em, id, dto.projectIds);
      await this.audit.record(me, { entity: 'staff', entityId: id, action: 'update', note: Object.keys(dto).join(',') }, em);
      // what a signed-in member may do changed: auth reads it afresh (it keeps sessions a few seconds)
      if (dto.name !== undefined || dto.roles || dto.projectIds || dto.archived !== undefined)
        await this.events.publish(em, 'staff.changed', { staffId: id, at: now });
      // the account's sessions end with it (auth listens)
      if (dto.archived || dto.password)
        await this.events.publish(em, 'staff.access_revoked', {
          staffId: id,
          at: now,
          reason: dto.archived ? 'archived' : 'password_changed',
        });
    });

    return (await this.dto([(await this.repo.byId(id))!]))[0]!;
  }

  async unlock(me: Principal, id: number): Promise<StaffMemberDto> {
    const found = await this.manageable(me, id);
    await this.limits.resetPrefix(`login:${found.username}:`);
    await this.audit.record(me, { entity: 'staff', entityId: id, action: 'unlock' });
    return (await this.dto([(await this.repo.byId(id))!]))[0]!;
  }
}
