import { Inject, Injectable } from '@nestjs/common';
import {
  ACTIVE_BINDING_STATUSES,
  can,
  canMoveBinding,
  inScope,
  isMobilePhone,
  maskIdNumber,
  maskPhone,
  mayReviewBinding,
  mayRevealPersonalData,
  type BindingStatus,
  type OccupantKind,
} from '@wy/shared';
import { AppError, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { isUniqueViolation } from '../../database/errors.js';
import { EventBus } from '../../events/event-bus.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { SmsProvider } from '../../infra/sms.js';
import { AuditService } from '../audit/audit.service.js';
import type {
  BindingDto,
  BindingPageDto,
  BindingQuery,
  CreateOwnerDto,
  CreateVehicleDto,
  OwnerQuery,
  PersonDetailDto,
  PersonPageDto,
  PersonSummaryDto,
  RevealDto,
  UpdateOwnerDto,
  VehicleDto,
  VehiclePageDto,
  VehicleQuery,
} from './people.dto.js';
import { PeopleRepository, roomLabel } from './people.repository.js';
import type { Person } from './entities.js';

export const activeKey = (roomId: number, personId: number) => `${roomId}:${personId}`;

/** R-ORG-05 a room whose code the general manager has not approved is not used: nobody is bound to it. */
export function ensureCodeApproved(room: { codeStatus?: string; propertyCode: string }): void {
  if (room.codeStatus === 'draft')
    throw new AppError(
      'VALIDATION_FAILED',
      `房屋编码${room.propertyCode}尚在草拟，须经公司总经理审批编码表后才能登记业户、开账或受理业务`,
    );
}
type BindingView = NonNullable<Awaited<ReturnType<PeopleRepository['bindingView']>>>;

/** Staff-side owner records (R-OWN-01/05/06) and binding review (R-ORG-04). */
@Injectable()
export class PeopleService {
  constructor(
    @Inject(PeopleRepository) private readonly repo: PeopleRepository,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(SmsProvider) private readonly sms: SmsProvider,
    @Inject(EventBus) private readonly events: EventBus,
  ) {}

  toBindingDto(b: BindingView): BindingDto {
    return {
      id: b.id,
      projectId: b.projectId,
      roomId: b.roomId,
      propertyCode: b.propertyCode,
      roomLabel: roomLabel(b),
      personId: b.personId,
      personName: b.personName,
      phoneMasked: maskPhone(this.pii.decrypt(b.phoneEnc)),
      kind: b.kind,
      status: b.status,
      note: b.note,
      rejectReason: b.rejectReason,
      createdAt: b.createdAt.toISOString(),
      reviewedAt: b.reviewedAt?.toISOString() ?? null,
    };
  }

  private async summaries(persons: Person[], projectId?: number, scope?: 'all' | number[]): Promise<PersonSummaryDto[]> {
    const bindings = await this.repo.bindingsOf(
      persons.map((p) => p.id),
      projectId,
    );
    return persons.map((p) => ({
      id: p.id,
      name: p.name,
      phoneMasked: maskPhone(this.pii.decrypt(p.phoneEnc)),
      isKeyCustomer: !!p.isKeyCustomer,
      archivedAt: p.archivedAt ? new Date(p.archivedAt).toISOString() : null,
      rooms: bindings
        .filter((b) => b.personId === p.id && (!scope || scope === 'all' || scope.includes(b.projectId)))
        .map((b) => ({
          bindingId: b.id,
          roomId: b.roomId,
          projectId: b.projectId,
          propertyCode: b.propertyCode,
          roomLabel: roomLabel(b),
          kind: b.kind,
          status: b.status,
        })),
    }));
  }

  async listOwners(me: Principal, q: OwnerQuery): Promise<PersonPageDto> {
    ensureProjectInScope(me, q.projectId, '项目');
    const k = q.keyword?.trim();
    const keys: { phoneHash?: string; roomPrefix?: string; name?: string } = {};
    if (k) {
      if (isMobilePhone(k)) keys.phoneHash = this.pii.hash(k)!;
      else if (/^\d{1,10}$/.test(k)) keys.roomPrefix = k;
      else keys.name = k;
    }
    const page = await this.repo.ownerPage(q, keys);
    return { items: await this.summaries(page.rows, q.projectId), nextCursor: page.nextCursor };
  }

  /** The person, if any of their bindings is in the staff member's scope; otherwise 404. */
  /**
   * A person as staff may see them (R-ORG-03, R-OWN-06): a person belongs to the projects where they
   * hold a room (an approved binding), and only those projects' staff read or change what was entered
   * about them. An applicant whose binding waits for this project's review may be read (to review it),
   * not changed or revealed.
   */
  private async personInScope(me: Principal, id: number, need: 'read' | 'write' = 'write'): Promise<Person> {
    const s = asStaff(me);
    const person = await this.repo.person(id);
    if (!person) throw notFound('业主');
    if (s.scope !== 'all') {
      const counts = need === 'read' ? ACTIVE_BINDING_STATUSES : (['approved'] as const);
      const bindings = await this.repo.bindingsOf([id]);
      if (!bindings.some((b) => counts.includes(b.status as BindingStatus) && inScope(s.scope, b.projectId)))
        throw notFound('业主');
    }
    return person;
  }

  /** Projects where the person holds a room (an approved binding). */
  private async projectsOf(personId: number): Promise<number[]> {
    const bindings = await this.repo.bindingsOf([personId]);
    return [...new Set(bindings.filter((b) => b.status === 'approved').map((b) => b.projectId))];
  }

  async getOwner(me: Principal, id: number): Promise<PersonDetailDto> {
    const person = await this.personInScope(me, id, 'read');
    const s = asStaff(me);
    const [summary] = await this.summaries([person], undefined, s.scope);
    const vehicles = (await this.repo.vehicleDtos({ personId: id })).filter(
      (v) => s.scope === 'all' || s.scope.includes(v.projectId),
    );
    return {
      ...summary!,
      idNumberMasked: maskIdNumber(this.pii.decrypt(person.idNoEnc)),
      note: person.note,
      vehicles,
    };
  }

  async createOwner(me: Principal, dto: CreateOwnerDto): Promise<PersonDetailDto> {
    ensureProjectInScope(me, dto.projectId, '项目');
    const room = await this.repo.roomRef(dto.roomId);
    if (!room || room.projectId !== dto.projectId) throw notFound('房屋');
    ensureCodeApproved(room);
    const now = this.clock.now();
    const phoneHash = this.pii.hash(dto.phone)!;
    const personId = await this.repo.ds.transaction(async (em) => {
      const person = await this.repo.personByPhoneHash(phoneHash, em);
      let id: number;
      if (person) {
        if (person.archivedAt) throw new AppError('PEOPLE_ARCHIVED', '该手机号对应的档案已归档，请联系总部恢复');
        // someone else's owner: this desk may not attach them (and so read what another project entered)
        const elsewhere = (await this.projectsOf(person.id)).filter((p) => !inScope(asStaff(me).scope, p));
        if (elsewhere.length)
          throw new AppError(
            'CONFLICT',
            '该手机号已是其他项目的业主。为保护业主信息，请业主本人在小程序中申请绑定本项目的房屋，由本项目审核',
          );
        id = person.id;
        const patch: Partial<Person> = { updatedAt: now };
        if (person.name.startsWith('业主') || person.name === '微信用户') patch.name = dto.name;
        if (dto.idNumber && !person.idNoEnc)
          Object.assign(patch, { idNoEnc: this.pii.encrypt(dto.idNumber), idNoHash: this.pii.hash(dto.idNumber) });
        if (dto.isKeyCustomer) patch.isKeyCustomer = true;
        await this.repo.updatePerson(id, patch, em);
      } else {
        id = await this.repo.insertPerson(
          {
            name: dto.name,
            phoneEnc: this.pii.encrypt(dto.phone),
            phoneHash,
            idNoEnc: this.pii.encrypt(dto.idNumber),
            idNoHash: this.pii.hash(dto.idNumber),
            openid: null,
            unionid: null,
            isKeyCustomer: dto.isKeyCustomer ?? false,
            note: dto.note ?? null,
            createdAt: now,
            updatedAt: now,
            archivedAt: null,
          },
          em,
        );
      }
      try {
        await this.repo.insertBinding(
          {
            projectId: room.projectId,
            roomId: room.roomId,
            personId: id,
            kind: dto.kind,
            status: 'approved',
            activeKey: activeKey(room.roomId, id),
            requestedBy: 'staff',
            note: dto.note ?? null,
            rejectReason: null,
            reviewedByStaffId: me.id,
            reviewedByPersonId: null,
            reviewedAt: now,
            createdAt: now,
          },
          em,
        );
      } catch (e) {
        if (isUniqueViolation(e)) throw new AppError('PEOPLE_BINDING_EXISTS', '此人已绑定该房屋（或有待审核的申请）');
        throw e;
      }
      await this.audit.record(
        me,
        { projectId: room.projectId, entity: 'person', entityId: id, action: 'bind', to: dto.kind, note: room.propertyCode },
        em,
      );
      return id;
    });
    return this.getOwner(me, personId);
  }

  async updateOwner(me: Principal, id: number, dto: UpdateOwnerDto): Promise<PersonDetailDto> {
    const person = await this.personInScope(me, id);
    if (person.archivedAt) throw new AppError('PEOPLE_ARCHIVED');
    const oldPhone = this.pii.decrypt(person.phoneEnc);
    const phoneChange = dto.phone !== undefined && dto.phone !== oldPhone;
    if (phoneChange) {
      // R-OWN-03: the login phone opens the owner's account: changed only with the manager's approval, by a
      // manager (or head office) whose projects cover every project where the owner holds a room
      const s = asStaff(me);
      if (!can(s.roles, 'people.login_phone') || !(await this.projectsOf(id)).every((p) => inScope(s.scope, p)))
        throw new AppError('FORBIDDEN', '更换业主的登录手机号须经管理处经理审批，请由负责该业主全部房屋所在项目的经理办理');
    }
    const patch: Partial<Person> = { updatedAt: this.clock.now() };
    if (dto.name !== undefined) patch.name = dto.name;
    if (dto.note !== undefined) patch.note = dto.note;
    if (dto.isKeyCustomer !== undefined) patch.isKeyCustomer = dto.isKeyCustomer;
    if (dto.phone !== undefined)
      Object.assign(patch, { phoneEnc: this.pii.encrypt(dto.phone), phoneHash: this.pii.hash(dto.phone) });
    if (dto.idNumber !== undefined)
      Object.assign(patch, { idNoEnc: this.pii.encrypt(dto.idNumber), idNoHash: this.pii.hash(dto.idNumber) });
    try {
      await this.repo.updatePerson(id, patch);
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('CONFLICT', '该手机号已属于另一位业主');
      throw e;
    }
    const changed = Object.keys(dto).join(',');
    await this.audit.record(me, { entity: 'person', entityId: id, action: 'update', note: changed });
    if (phoneChange && oldPhone)
      // the old phone is told, so an owner whose account is moved to another phone knows at once
      await this.sms.send({
        phone: oldPhone,
        template: 'phone_changed',
        params: { tail: dto.phone!.slice(-4) },
        text: `【物业服务中心】您在物业服务中心登记的登录手机号已改为尾号${dto.phone!.slice(-4)}的号码。如非您本人申请，请立即致电服务中心。`,
      });
    return this.getOwner(me, id);
  }

  /** R-OWN-06: the full phone and ID number, only for roles that need them, and every view logged. */
  async reveal(me: Principal, id: number): Promise<RevealDto> {
    const s = asStaff(me);
    if (!mayRevealPersonalData(s.roles)) throw new AppError('FORBIDDEN', '您的角色无权查看完整个人信息');
    const person = await this.personInScope(me, id);
    await this.audit.record(me, { entity: 'person', entityId: id, action: 'reveal_pii', note: '查看完整手机号和身份证号' });
    return { phone: this.pii.decrypt(person.phoneEnc), idNumber: this.pii.decrypt(person.idNoEnc) };
  }

  /** R-OWN-05: never deleted; archived by head office, history kept, bindings ended, sessions ended. */
  async archive(me: Principal, id: number, reason: string): Promise<PersonDetailDto> {
    const person = await this.personInScope(me, id);
    if (person.archivedAt) throw new AppError('PEOPLE_ARCHIVED');
    const now = this.clock.now();
    await this.repo.ds.transaction(async (em) => {
      await this.repo.updatePerson(id, { archivedAt: now, updatedAt: now }, em);
      for (const b of await this.repo.bindingsOf([id])) {
        if ((ACTIVE_BINDING_STATUSES as readonly string[]).includes(b.status)) {
          await this.repo.moveBinding(
            b.id,
            b.status,
            { status: 'revoked', activeKey: null, rejectReason: '档案归档', reviewedAt: now, reviewedByStaffId: me.id },
            em,
          );
        }
      }
      await this.audit.record(me, { entity: 'person', entityId: id, action: 'archive', note: reason }, em);
      // their sign-in ends with the record (auth listens)
      await this.events.publish(em, 'person.archived', { personId: id, at: now });
    });
    return this.getOwner(me, id);
  }

  // ---- binding review by the centre ----
  async listBindings(me: Principal, q: BindingQuery): Promise<BindingPageDto> {
    ensureProjectInScope(me, q.projectId, '项目');
    const page = await this.repo.bindingPage(q);
    return { items: page.rows.map((b) => this.toBindingDto(b)), nextCursor: page.nextCursor };
  }

  async reviewByCentre(me: Principal, id: number, to: 'approved' | 'rejected' | 'revoked', reason?: string): Promise<BindingDto> {
    const b = await this.repo.bindingView(id);
    if (!b) throw notFound('绑定申请');
    ensureProjectInScope(me, b.projectId, '绑定申请');
    if (!mayReviewBinding(b.kind as OccupantKind, 'centre')) throw new AppError('FORBIDDEN');
    await this.move(b.id, b.status as BindingStatus, to, { staffId: me.id }, reason);
    await this.audit.record(me, {
      projectId: b.projectId,
      entity: 'room_binding',
      entityId: id,
      action: to,
      from: b.status,
      to,
      note: reason,
    });
    return this.toBindingDto((await this.repo.bindingView(id))!);
  }

  /** One conditional update per move: of two reviewers acting at once, one wins, the other gets 409. */
  async move(
    id: number,
    from: BindingStatus,
    to: BindingStatus,
    by: { staffId?: number; personId?: number },
    reason?: string,
  ): Promise<void> {
    if (!canMoveBinding(from, to))
      throw new AppError(
        'PEOPLE_BINDING_NOT_PENDING',
        `该申请当前状态不能${to === 'approved' ? '通过' : to === 'rejected' ? '驳回' : '解除'}`,
      );
    const done = await this.repo.moveBinding(id, from, {
      status: to,
      activeKey: (ACTIVE_BINDING_STATUSES as readonly string[]).includes(to) ? undefined : null,
      rejectReason: to === 'approved' ? null : (reason ?? null),
      reviewedByStaffId: by.staffId ?? null,
      reviewedByPersonId: by.personId ?? null,
      reviewedAt: this.clock.now(),
    });
    if (!done) throw new AppError('PEOPLE_BINDING_NOT_PENDING');
  }

  // ---- vehicles ----
  async listVehicles(me: Principal, q: VehicleQuery): Promise<VehiclePageDto> {
    ensureProjectInScope(me, q.projectId, '项目');
    const page = await this.repo.vehiclePage(q);
    const dtos = await this.repo.vehicleDtos({ ids: page.rows.map((v) => v.id) });
    return { items: dtos, nextCursor: page.nextCursor };
  }

  async createVehicle(me: Principal, dto: CreateVehicleDto): Promise<VehicleDto> {
    ensureProjectInScope(me, dto.projectId, '项目');
    const person = await this.personInScope(me, dto.personId);
    if (person.archivedAt) throw new AppError('PEOPLE_ARCHIVED');
    if (dto.roomId) {
      const room = await this.repo.roomRef(dto.roomId);
      if (!room || room.projectId !== dto.projectId) throw notFound('房屋');
    }
    let id: number;
    try {
      id = await this.repo.insertVehicle({
        projectId: dto.projectId,
        personId: dto.personId,
        roomId: dto.roomId ?? null,
        plate: dto.plate,
        activeKey: `${dto.projectId}:${dto.plate}`,
        model: dto.model ?? null,
        color: dto.color ?? null,
        spaceNo: dto.spaceNo ?? null,
        createdAt: this.clock.now(),
        archivedAt: null,
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('PEOPLE_PLATE_TAKEN', `车牌${dto.plate}已在本项目登记`);
      throw e;
    }
    await this.audit.record(me, { projectId: dto.projectId, entity: 'vehicle', entityId: id, action: 'create', note: dto.plate });
    return (await this.repo.vehicleDtos({ ids: [id] }))[0]!;
  }

  async archiveVehicle(me: Principal, id: number): Promise<void> {
    const v = await this.repo.vehicle(id);
    if (!v) throw notFound('车辆');
    ensureProjectInScope(me, v.projectId, '车辆');
    await this.repo.archiveVehicle(id, this.clock.now());
    await this.audit.record(me, { projectId: v.projectId, entity: 'vehicle', entityId: id, action: 'archive', note: v.plate });
  }
}
