import { Inject, Injectable } from '@nestjs/common';
import {
  ACTIVE_BINDING_STATUSES,
  maskName,
  mayReviewBinding,
  type BindingStatus,
  type OccupantKind,
  type OwnerModule,
} from '@wy/shared';
import { AppError, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { isUniqueViolation } from '../../database/errors.js';
import { Clock } from '../../infra/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { OwnerModulesService } from '../org/owner-modules.service.js';
import type { CreateMyBindingDto, MyBindingDto, MyRoomDetailDto, MyRoomDto, VehicleDto } from './people.dto.js';
import { PeopleRepository } from './people.repository.js';
import { activeKey, ensureCodeApproved, PeopleService } from './people.service.js';

type BindingView = NonNullable<Awaited<ReturnType<PeopleRepository['bindingView']>>>;

/** The owner's own view (R-ORG-04): only rooms bound to them; anything else is 404. */
@Injectable()
export class MeService {
  constructor(
    @Inject(PeopleRepository) private readonly repo: PeopleRepository,
    @Inject(PeopleService) private readonly people: PeopleService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(OwnerModulesService) private readonly modules: OwnerModulesService,
  ) {}

  private myBinding(b: BindingView): MyBindingDto {
    return {
      id: b.id,
      roomId: b.roomId,
      projectId: b.projectId,
      projectName: b.projectName,
      buildingName: b.buildingName,
      unit: b.unit,
      roomNo: b.roomNo,
      propertyCode: b.propertyCode,
      kind: b.kind,
      status: b.status,
      rejectReason: b.rejectReason,
      createdAt: b.createdAt.toISOString(),
    };
  }
  private myRoom(b: BindingView, modules: Map<number, OwnerModule[]>): MyRoomDto {
    return {
      roomId: b.roomId,
      projectId: b.projectId,
      projectName: b.projectName,
      servicePhone: b.servicePhone,
      timeZone: b.timeZone,
      modules: modules.get(b.projectId) ?? [],
      buildingName: b.buildingName,
      roomNo: b.roomNo,
      unit: b.unit,
      propertyCode: b.propertyCode,
      area: b.area,
      use: b.use,
      kind: b.kind,
    };
  }

  async bindings(me: Principal): Promise<MyBindingDto[]> {
    return (await this.repo.bindingViews({ personId: me.id })).map((b) => this.myBinding(b));
  }

  async requestBinding(me: Principal, dto: CreateMyBindingDto): Promise<MyBindingDto> {
    const room = await this.repo.roomRef(dto.roomId);
    if (!room) throw notFound('房屋');
    ensureCodeApproved(room);
    const now = this.clock.now();
    let id: number;
    try {
      id = await this.repo.ds.transaction(async (em) => {
        const person = await this.repo.person(me.id, em);
        if (person && (person.name === '微信用户' || /^业主\d{4}$/.test(person.name))) {
          await this.repo.updatePerson(me.id, { name: dto.name, updatedAt: now }, em);
        }
        const newId = await this.repo.insertBinding(
          {
            projectId: room.projectId,
            roomId: room.roomId,
            personId: me.id,
            kind: dto.kind,
            status: 'pending',
            activeKey: activeKey(room.roomId, me.id),
            requestedBy: 'owner',
            note: dto.name,
            rejectReason: null,
            reviewedByStaffId: null,
            reviewedByPersonId: null,
            reviewedAt: null,
            createdAt: now,
          },
          em,
        );
        await this.audit.record(
          me,
          {
            projectId: room.projectId,
            entity: 'room_binding',
            entityId: newId,
            action: 'request',
            to: 'pending',
            note: dto.kind,
          },
          em,
        );
        return newId;
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('PEOPLE_BINDING_EXISTS');
      throw e;
    }
    return this.myBinding((await this.repo.bindingView(id))!);
  }

  async rooms(me: Principal): Promise<MyRoomDto[]> {
    const views = await this.repo.bindingViews({ personId: me.id, statuses: ['approved'] });
    const modules = await this.modules.enabledFor(views.map((b) => b.projectId));
    return views.map((b) => this.myRoom(b, modules));
  }

  async room(me: Principal, roomId: number): Promise<MyRoomDetailDto> {
    const mine = (await this.repo.bindingViews({ personId: me.id, roomId, statuses: ['approved'] }))[0];
    if (!mine) throw notFound('房屋');
    const isOwner = mine.kind === 'owner';
    const all = await this.repo.bindingViews({ roomId, statuses: [...ACTIVE_BINDING_STATUSES] });
    return {
      ...this.myRoom(mine, await this.modules.enabledFor([mine.projectId])),
      occupants: all
        .filter((b) => b.status === 'approved' || isOwner || b.personId === me.id)
        .map((b) => ({
          bindingId: b.id,
          name: b.personId === me.id || isOwner ? b.personName : (maskName(b.personName) ?? ''),
          kind: b.kind,
          status: b.status,
          isMe: b.personId === me.id,
        })),
    };
  }

  /** An approved owner approves or rejects a member's or tenant's request on their room (R-ORG-04). */
  async review(me: Principal, bindingId: number, to: 'approved' | 'rejected', reason?: string): Promise<MyBindingDto> {
    const b = await this.repo.bindingView(bindingId);
    if (!b || !(await this.repo.isApprovedOwner(me.id, b.roomId)) || b.personId === me.id) throw notFound('绑定申请');
    if (!mayReviewBinding(b.kind as OccupantKind, 'room_owner'))
      throw new AppError('FORBIDDEN', '业主身份的绑定需由客服中心审核');
    await this.people.move(b.id, b.status as BindingStatus, to, { personId: me.id }, reason);
    await this.audit.record(me, {
      projectId: b.projectId,
      entity: 'room_binding',
      entityId: b.id,
      action: to,
      from: b.status,
      to,
      note: reason,
    });
    return this.myBinding((await this.repo.bindingView(bindingId))!);
  }

  async vehicles(me: Principal): Promise<VehicleDto[]> {
    return this.repo.vehicleDtos({ personId: me.id });
  }

  async updateProfile(me: Principal, name: string): Promise<void> {
    await this.repo.updatePerson(me.id, { name, updatedAt: this.clock.now() });
  }
}
