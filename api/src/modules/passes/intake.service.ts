import { Inject, Injectable } from '@nestjs/common';
import { OCCUPANT_KIND_LABELS, passItemsProblem, passWhenProblem, type OccupantKind } from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import type { EventActor } from '../../events/events.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import type { ReleasePass } from './entities.js';
import type { DeskPassDto, PassFormDto } from './passes.dto.js';
import { PassesRepository } from './passes.repository.js';
import { PassProjects, type PassProject } from './settings.js';
import { PassTimeline } from './timeline.js';

/**
 * Applications for a release pass (R-PAS-01). An owner, member or tenant bound to the room applies in the
 * mini-program: the owner's own application is confirmed by itself and goes to the desk; a member's or
 * tenant's waits for an owner of the room to confirm it in the app. The desk may make one for an owner at
 * the counter (the owner there in person, the identity document seen and noted): confirmed at once.
 */
@Injectable()
export class PassIntake {
  constructor(
    @Inject(PassesRepository) private readonly repo: PassesRepository,
    @Inject(PassProjects) private readonly projects: PassProjects,
    @Inject(PassTimeline) private readonly timeline: PassTimeline,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** The form's checks and the row's common part: the day (not before today in the project's zone), the items. */
  private base(dto: PassFormDto, project: PassProject, now: Date) {
    const when = passWhenProblem(dto.moveOn, project.today(now), dto.fromTime, dto.toTime);
    if (when) throw badRequest(when);
    const items = passItemsProblem(dto.items);
    if (items) throw badRequest(items);
    return {
      projectId: project.projectId,
      roomId: dto.roomId,
      moveOn: dto.moveOn,
      fromTime: dto.fromTime || null,
      toTime: dto.toTime || null,
      items: dto.items.map((x) => ({ name: x.name.trim(), quantity: x.quantity })),
      plate: dto.plate ? dto.plate.toUpperCase() : null,
      carrierName: dto.carrierName || null,
      carrierPhoneEnc: this.pii.encrypt(dto.carrierPhone || null),
      reason: dto.reason,
      reasonNote: dto.reasonNote || null,
      code: null,
      issuedAt: null,
      issuedByStaffId: null,
      issuedByName: null,
      arrearsFen: 0,
      arrearsReason: null,
      refuseReason: null,
      releasedAt: null,
      releasedByStaffId: null,
      releasedByName: null,
      releaseNote: null,
      version: 0,
      createdAt: now,
      updatedAt: now,
    };
  }

  private async insert(row: Omit<ReleasePass, 'id'>, actor: EventActor, note: string, ownerNote: string): Promise<number> {
    return this.repo.transaction(async (em) => {
      const id = await this.repo.insert(em, row);
      const pass = (await this.repo.pass(id, em))!;
      await this.timeline.write(em, pass, {
        actor,
        action: 'apply',
        from: '',
        to: row.status,
        at: row.createdAt,
        note,
        ownerNote,
      });
      return id;
    });
  }

  async apply(p: Principal, dto: PassFormDto): Promise<number> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const binding = await this.people.approvedBinding(p.id, dto.roomId);
    if (!binding) throw notFound('房屋');
    const project = await this.projects.of(binding.projectId);
    const now = this.clock.now();
    const base = this.base(dto, project, now);
    const role = binding.kind as OccupantKind;
    const own = role === 'owner';
    const name = p.name.slice(0, 50) || OCCUPANT_KIND_LABELS[role];
    return this.insert(
      {
        ...base,
        personId: p.id,
        applicantName: name,
        applicantRole: role,
        status: own ? 'submitted' : 'awaiting_owner',
        confirmedByPersonId: own ? p.id : null,
        confirmedByName: own ? name : null,
        confirmedAt: own ? now : null,
        confirmNote: own ? '业主本人申请' : null,
      },
      { kind: 'owner', id: p.id, name },
      `${OCCUPANT_KIND_LABELS[role]}在线申请，物品 ${base.items.length} 项`,
      own ? '已提交放行申请，等待服务中心签发放行条' : '已提交放行申请，等待业主确认',
    );
  }

  async deskCreate(p: Principal, dto: DeskPassDto): Promise<number> {
    const s = asStaff(p);
    const rooms = await this.people.roomLabels([dto.roomId]);
    const room = rooms.get(dto.roomId);
    if (!room) throw notFound('房屋');
    ensureProjectInScope(p, room.projectId, '房屋');
    const project = await this.projects.of(room.projectId);
    const now = this.clock.now();
    const base = this.base(dto, project, now);
    const name = dto.applicantName.trim();
    return this.insert(
      {
        ...base,
        personId: null,
        applicantName: name,
        applicantRole: 'owner',
        status: 'submitted',
        confirmedByPersonId: null,
        confirmedByName: name,
        confirmedAt: now,
        confirmNote: `前台办理：${dto.identityNote.trim()}`,
      },
      { kind: 'staff', id: s.id, name: s.name },
      `业主 ${name} 到服务中心办理（${dto.identityNote.trim()}），物品 ${base.items.length} 项`,
      '服务中心已受理放行申请',
    );
  }
}
