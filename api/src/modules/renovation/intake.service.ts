import { Inject, Injectable } from '@nestjs/common';
import {
  OCCUPANT_KIND_LABELS,
  renoPeriodProblem,
  renoPlanProblem,
  renoActionAllowed,
  type OccupantKind,
} from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import type { EventActor } from '../../events/events.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { UploadService } from '../uploads/uploads.service.js';
import type { Renovation } from './entities.js';
import type { DeskRenoDto, RenoFormDto } from './renovation.dto.js';
import { RenovationRepository } from './renovation.repository.js';
import { RenoProjects, type RenoProject } from './settings.js';
import { RenoTimeline } from './timeline.js';

/**
 * Applications for renovation (R-REN-01/02/03). An owner, member or tenant bound to the room applies in the
 * mini-program: the owner's own application goes straight to the centre (the review clock starts, R-REN-04);
 * a member's or tenant's waits for an owner of the room to consent in the app (R-REN-02). The desk may file
 * one for an owner at the counter. An application returned for correction (退回补正, R-REN-03) is fixed and
 * submitted again by the applicant (the review clock starts again from the new submission).
 */
@Injectable()
export class RenoIntake {
  constructor(
    @Inject(RenovationRepository) private readonly repo: RenovationRepository,
    @Inject(RenoProjects) private readonly projects: RenoProjects,
    @Inject(RenoTimeline) private readonly timeline: RenoTimeline,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(UploadService) private readonly uploads: UploadService,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** The form's checks and the row's form part. */
  private form(dto: RenoFormDto, project: RenoProject, now: Date) {
    const when = renoPeriodProblem(dto.startOn, dto.endOn, project.today(now));
    if (when) throw badRequest(when);
    const plan = renoPlanProblem(dto);
    if (plan) throw badRequest(plan);
    return {
      startOn: dto.startOn,
      endOn: dto.endOn,
      contractorCompany: dto.contractorCompany.trim(),
      contractorLeader: dto.contractorLeader.trim(),
      contractorPhoneEnc: this.pii.encrypt(dto.contractorPhone)!,
      items: dto.items.map((x) => x.trim()),
      changesWater: dto.changesWater,
      changesPower: dto.changesPower,
      changesGas: dto.changesGas,
      changesNote: dto.changesNote?.trim() || null,
      rubbleByCentre: !!dto.rubbleByCentre,
    };
  }
  private workers(dto: RenoFormDto) {
    return dto.workers.map((w) => ({
      name: w.name.trim(),
      phoneEnc: this.pii.encrypt(w.phone || null),
      idNoEnc: this.pii.encrypt(w.idNo ? w.idNo.toUpperCase() : null),
    }));
  }
  private empty(now: Date) {
    return {
      confirmedByName: null,
      confirmedAt: null,
      confirmNote: null,
      submittedAt: null,
      reviewDueAt: null,
      returnReason: null,
      returnCount: 0,
      reviewedAt: null,
      reviewedByName: null,
      reviewNote: null,
      refuseGrounds: null,
      refuseReason: null,
      approvedAt: null,
      approvedByName: null,
      permitCode: null,
      permittedAt: null,
      permittedByName: null,
      acceptanceRequestedAt: null,
      acceptanceDueAt: null,
      acceptanceCount: 0,
      acceptanceRequirements: null,
      acceptanceRectifyBy: null,
      acceptanceFailedAt: null,
      acceptanceFailedByName: null,
      acceptedAt: null,
      acceptedByName: null,
      collectedPasses: null,
      refundStartDueAt: null,
      refundDueAt: null,
      refundStartedAt: null,
      refundStartedByName: null,
      refundedAt: null,
      version: 0,
      createdAt: now,
      updatedAt: now,
    };
  }

  private async insert(
    row: Omit<Renovation, 'id'>,
    dto: RenoFormDto,
    uploadIds: number[],
    actor: EventActor,
    note: string,
    ownerNote: string,
  ): Promise<number> {
    return this.repo.transaction(async (em) => {
      const id = await this.repo.insert(em, row);
      await this.repo.replaceWorkers(em, { id, projectId: row.projectId }, this.workers(dto));
      await this.repo.replaceFiles(em, id, uploadIds);
      if (uploadIds.length) await this.uploads.markAttached(em, uploadIds);
      const r = (await this.repo.renovation(id, em))!;
      await this.timeline.write(em, r, { actor, action: 'apply', from: '', to: row.status, at: row.createdAt, note, ownerNote });
      return id;
    });
  }

  private async files(p: Principal, dto: RenoFormDto): Promise<number[]> {
    const ids = [...new Set(dto.uploadIds ?? [])];
    if (ids.length) await this.uploads.checkOwned(p, ids);
    return ids;
  }

  async apply(p: Principal, dto: RenoFormDto): Promise<number> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const binding = await this.people.approvedBinding(p.id, dto.roomId);
    if (!binding) throw notFound('房屋');
    const project = await this.projects.of(binding.projectId);
    const now = this.clock.now();
    const form = this.form(dto, project, now);
    const uploadIds = await this.files(p, dto);
    const role = binding.kind as OccupantKind;
    const own = role === 'owner';
    const name = p.name.slice(0, 50) || OCCUPANT_KIND_LABELS[role];
    return this.insert(
      {
        ...this.empty(now),
        ...form,
        projectId: project.projectId,
        roomId: dto.roomId,
        personId: p.id,
        applicantName: name,
        applicantRole: role,
        status: own ? 'submitted' : 'awaiting_owner',
        confirmedByName: own ? name : null,
        confirmedAt: own ? now : null,
        confirmNote: own ? '业主本人申请' : null,
        submittedAt: own ? now : null,
        reviewDueAt: own ? project.reviewDue(now) : null,
      },
      dto,
      uploadIds,
      { kind: 'owner', id: p.id, name },
      `${OCCUPANT_KIND_LABELS[role]}在线申请装修，工期 ${form.startOn} 至 ${form.endOn}，施工人员 ${dto.workers.length} 名`,
      own ? '已提交装修申请，等待服务中心审核' : '已提交装修申请，等待业主确认',
    );
  }

  async deskCreate(p: Principal, dto: DeskRenoDto): Promise<number> {
    const s = asStaff(p);
    const room = (await this.people.roomLabels([dto.roomId])).get(dto.roomId);
    if (!room) throw notFound('房屋');
    ensureProjectInScope(p, room.projectId, '房屋');
    const project = await this.projects.of(room.projectId);
    const now = this.clock.now();
    const form = this.form(dto, project, now);
    const uploadIds = await this.files(p, dto);
    const name = dto.applicantName.trim();
    return this.insert(
      {
        ...this.empty(now),
        ...form,
        projectId: project.projectId,
        roomId: dto.roomId,
        personId: null,
        applicantName: name,
        applicantRole: 'owner',
        status: 'submitted',
        confirmedByName: name,
        confirmedAt: now,
        confirmNote: `前台办理：${dto.identityNote.trim()}`,
        submittedAt: now,
        reviewDueAt: project.reviewDue(now),
      },
      dto,
      uploadIds,
      { kind: 'staff', id: s.id, name: s.name },
      `业主 ${name} 到服务中心办理装修申请（${dto.identityNote.trim()}），工期 ${form.startOn} 至 ${form.endOn}`,
      '服务中心已受理装修申请',
    );
  }

  /** R-REN-03 the applicant fixes a returned application and submits it again: the review clock starts again. */
  async resubmit(p: Principal, id: number, dto: RenoFormDto): Promise<number> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const r = await this.repo.renovation(id);
    if (!r || r.personId !== p.id) throw notFound('装修申请');
    if (!renoActionAllowed('resubmit', r.status)) throw new AppError('REN_ILLEGAL_TRANSITION');
    if (dto.roomId !== r.roomId) throw badRequest('补正时不能更换房屋，请撤回后重新申请');
    const project = await this.projects.of(r.projectId);
    const now = this.clock.now();
    const form = this.form(dto, project, now);
    const uploadIds = await this.files(p, dto);
    const actor: EventActor = { kind: 'owner', id: p.id, name: p.name || r.applicantName };
    await this.repo.transaction(async (em) => {
      const patch = { ...form, status: 'submitted', submittedAt: now, reviewDueAt: project.reviewDue(now), updatedAt: now };
      if (!(await this.repo.move(em, r, patch))) throw new AppError('CONFLICT', '该装修申请刚被他人处理，请刷新后重试');
      await this.repo.replaceWorkers(em, r, this.workers(dto));
      await this.repo.replaceFiles(em, r.id, uploadIds);
      if (uploadIds.length) await this.uploads.markAttached(em, uploadIds);
      await this.timeline.write(em, { ...r, ...patch }, {
        actor,
        action: 'resubmit',
        from: r.status,
        to: 'submitted',
        at: now,
        note: `申请人已补正并重新提交（针对：${r.returnReason ?? ''}）`,
        ownerNote: '已补正并重新提交，等待服务中心审核',
      });
    });
    return r.id;
  }
}
