import { Body, Controller, Get, HttpCode, Inject, Injectable, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { DataSource } from 'typeorm';
import { inScope, isMobilePhone, maskPhone, mayGrantRole, STAFF_ROLES, type StaffRole } from '@wy/shared';
import { AppError, notFound } from '../../common/app-error.js';
import { Id, Me, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { asStaff } from '../../common/scope.js';
import { Bool, Check, Int, IntArray, Str, StrArray } from '../../common/validation.js';
import { isUniqueViolation } from '../../database/errors.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { AuditService } from '../audit/audit.service.js';
import { AuthService } from '../auth/auth.service.js';
import { AuthRepository } from '../auth/auth.repository.js';
import { Staff, StaffProject } from './entities.js';

const PASSWORD = { min: 8, max: 100, pattern: /^(?=.*[A-Za-z])(?=.*\d).{8,}$/, patternMessage: '密码至少8位，且包含字母和数字' };

export class StaffQuery {
  @Int('项目ID', { optional: true, min: 1 }) projectId?: number;
}
export class CreateStaffDto {
  @Str('用户名', {
    max: 50,
    pattern: /^[a-z][a-z0-9_.]{2,49}$/,
    patternMessage: '用户名为3-50位小写字母、数字、下划线或点，以字母开头',
  })
  username: string;
  @Str('姓名', { max: 50 }) name: string;
  @Str('手机号', { optional: true, max: 11 })
  @Check('mobile', (v) => v === undefined || isMobilePhone(v), '请输入正确的11位手机号')
  phone?: string;
  @Str('密码', PASSWORD) password: string;
  @StrArray('角色', STAFF_ROLES, { max: 12 }) roles: StaffRole[];
  @IntArray('负责项目') projectIds: number[];
}
export class UpdateStaffDto {
  @Str('姓名', { optional: true, max: 50 }) name?: string;
  @StrArray('角色', STAFF_ROLES, { optional: true, max: 12 }) roles?: StaffRole[];
  @IntArray('负责项目', { optional: true }) projectIds?: number[];
  @Str('密码', { ...PASSWORD, optional: true }) password?: string;
  @Bool('停用', { optional: true }) archived?: boolean;
}
export class StaffMemberDto {
  @ApiProperty() id: number;
  @ApiProperty() username: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) phoneMasked: string | null;
  @ApiProperty({ enum: STAFF_ROLES, isArray: true }) roles: string[];
  @ApiProperty({ type: [Number] }) projectIds: number[];
  @ApiProperty() locked: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) archivedAt: string | null;
}

/** Staff accounts and roles (R-ORG-03). A project manager manages staff of their own projects only. */
@Injectable()
export class StaffService {
  constructor(
    @Inject(DATA_SOURCE) private readonly ds: DataSource,
    @Inject(AuthRepository) private readonly auth: AuthRepository,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  private async dto(rows: Staff[]): Promise<StaffMemberDto[]> {
    const now = this.clock.now();
    const links = rows.length
      ? await this.ds
          .getRepository(StaffProject)
          .createQueryBuilder('sp')
          .where('sp.staff_id IN (:...ids)', { ids: rows.map((r) => r.id) })
          .getMany()
      : [];
    return rows.map((s) => ({
      id: s.id,
      username: s.username,
      name: s.name,
      phoneMasked: maskPhone(this.pii.decrypt(s.phoneEnc)),
      roles: s.roles,
      projectIds: links.filter((l) => l.staffId === s.id).map((l) => l.projectId),
      locked: !!s.lockedUntil && s.lockedUntil > now,
      archivedAt: s.archivedAt ? s.archivedAt.toISOString() : null,
    }));
  }

  async list(me: Principal, q: StaffQuery): Promise<StaffMemberDto[]> {
    const scope = asStaff(me).scope;
    if (q.projectId && !inScope(scope, q.projectId)) throw notFound('项目');
    const all = await this.dto(await this.ds.getRepository(Staff).find({ order: { id: 'ASC' } }));
    return all.filter((s) => {
      if (q.projectId && !s.projectIds.includes(q.projectId)) return false;
      if (scope === 'all') return true;
      // A project manager sees staff who work in one of their projects (not head office).
      return s.projectIds.some((id) => scope.includes(id)) && !s.roles.includes('head_office');
    });
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
      await this.ds.transaction(async (em) => {
        const r = await em.getRepository(Staff).insert({
          username: dto.username,
          name: dto.name,
          phoneEnc: this.pii.encrypt(dto.phone),
          phoneHash: this.pii.hash(dto.phone),
          passwordHash: AuthService.hashPassword(dto.password),
          roles: dto.roles,
          failedLogins: 0,
          lockedUntil: null,
          createdAt: now,
          archivedAt: null,
        });
        id = Number(r.identifiers[0]!.id);
        if (dto.projectIds.length)
          await em
            .getRepository(StaffProject)
            .insert([...new Set(dto.projectIds)].map((projectId) => ({ staffId: id, projectId })));
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
    return (await this.dto([(await this.auth.staffById(id))!]))[0]!;
  }

  private async manageable(me: Principal, id: number): Promise<StaffMemberDto> {
    const found = (await this.list(me, {})).find((s) => s.id === id);
    if (!found) throw notFound('员工');
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
    await this.ds.transaction(async (em) => {
      const patch: Partial<Staff> = {};
      if (dto.name !== undefined) patch.name = dto.name;
      if (dto.roles) patch.roles = dto.roles;
      if (dto.password)
        Object.assign(patch, { passwordHash: AuthService.hashPassword(dto.password), failedLogins: 0, lockedUntil: null });
      if (dto.archived !== undefined) patch.archivedAt = dto.archived ? now : null;
      if (Object.keys(patch).length) await em.getRepository(Staff).update({ id }, patch);
      if (dto.projectIds) {
        await em.getRepository(StaffProject).delete({ staffId: id });
        if (dto.projectIds.length)
          await em
            .getRepository(StaffProject)
            .insert([...new Set(dto.projectIds)].map((projectId) => ({ staffId: id, projectId })));
      }
      await this.audit.record(me, { entity: 'staff', entityId: id, action: 'update', note: Object.keys(dto).join(',') }, em);
    });
    if (dto.archived || dto.password)
      await this.auth.revokeAllSessions('staff', id, now, dto.archived ? 'archived' : 'password_changed');

    return (await this.dto([(await this.auth.staffById(id))!]))[0]!;
  }

  async unlock(me: Principal, id: number): Promise<StaffMemberDto> {
    await this.manageable(me, id);
    await this.auth.resetFailedLogins(id);
    await this.audit.record(me, { entity: 'staff', entityId: id, action: 'unlock' });
    return (await this.dto([(await this.auth.staffById(id))!]))[0]!;
  }
}

@ApiTags('staff')
@Controller('staff')
export class StaffController {
  constructor(@Inject(StaffService) private readonly staff: StaffService) {}

  @Get()
  @StaffOnly('staff.manage')
  @ApiOkResponse({ type: [StaffMemberDto] })
  list(@Me() me: Principal, @Query() q: StaffQuery) {
    return this.staff.list(me, q);
  }
  @Post()
  @StaffOnly('staff.manage')
  @ApiOkResponse({ type: StaffMemberDto })
  create(@Me() me: Principal, @Body() b: CreateStaffDto) {
    return this.staff.create(me, b);
  }
  @Patch(':id')
  @StaffOnly('staff.manage')
  @ApiOkResponse({ type: StaffMemberDto })
  update(@Me() me: Principal, @Id() id: number, @Body() b: UpdateStaffDto) {
    return this.staff.update(me, id, b);
  }
  @Post(':id/unlock')
  @StaffOnly('staff.manage')
  @HttpCode(200)
  @ApiOkResponse({ type: StaffMemberDto })
  unlock(@Me() me: Principal, @Id() id: number) {
    return this.staff.unlock(me, id);
  }
}
