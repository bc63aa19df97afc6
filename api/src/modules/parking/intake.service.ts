import { Inject, Injectable } from '@nestjs/common';
import {
  PARKING_DOC_LABELS,
  parkingAppCodePrefix,
  requiredParkingDocs,
  type ParkingApplicantRole,
  type ParkingDoc,
  type RentableSpaceKind,
} from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import { nextDailyCode } from '../../common/daily-code.js';
import type { OwnerPrincipal, Principal } from '../../common/principal.js';
import { Clock } from '../../infra/clock.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { UploadService } from '../uploads/uploads.service.js';
import type { ParkingDocEntry } from './entities.js';
import { ParkingBills } from './rent-bills.js';
import type { ApplicationDto, DocPhotosDto, MyApplyDto, MyResubmitDto } from './parking.dto.js';
import { ParkingReader } from './reading.service.js';
import { ParkingRepository } from './parking.repository.js';
import { ParkingProjects } from './settings.js';
import { ParkingTimeline } from './timeline.js';

function asOwner(p: Principal): OwnerPrincipal {
  if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
  return p;
}

/**
 * An owner applies for a space in the mini-program (R-PRK-02): a bound room, the vehicle's plate, the
 * kind and term the published plan prices (R-PRK-01), photos of each document; the application gets a
 * number. After a refusal for missing documents (R-PRK-06) the owner sends what was missing and it
 * goes back to the desk.
 */
@Injectable()
export class ParkingIntake {
  constructor(
    @Inject(ParkingRepository) private readonly repo: ParkingRepository,
    @Inject(ParkingProjects) private readonly projects: ParkingProjects,
    @Inject(ParkingTimeline) private readonly timeline: ParkingTimeline,
    @Inject(ParkingReader) private readonly reader: ParkingReader,
    @Inject(ParkingBills) private readonly bills: ParkingBills,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(UploadService) private readonly uploads: UploadService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** The documents given, checked: each a document this application needs, once, with the owner's own photos. */
  private async docsOf(p: OwnerPrincipal, given: DocPhotosDto[], required: ParkingDoc[]): Promise<Map<ParkingDoc, number[]>> {
    const m = new Map<ParkingDoc, number[]>();
    for (const d of given) {
      if (m.has(d.doc)) throw badRequest(`${PARKING_DOC_LABELS[d.doc]}重复提交`);
      if (!required.includes(d.doc)) throw badRequest(`本申请不需要${PARKING_DOC_LABELS[d.doc]}`);
      if (!d.uploadIds.length) throw badRequest(`请上传${PARKING_DOC_LABELS[d.doc]}的照片`);
      m.set(d.doc, [...new Set(d.uploadIds)]);
    }
    const all = [...m.values()].flat();
    if (all.length) await this.uploads.checkOwned(p, all);
    return m;
  }

  async apply(p: Principal, dto: MyApplyDto): Promise<ApplicationDto> {
    const owner = asOwner(p);
    const binding = await this.people.approvedBinding(owner.id, dto.roomId);
    if (!binding) throw notFound('房屋');
    const role = binding.kind as ParkingApplicantRole;
    const project = await this.projects.of(binding.projectId);
    const required = requiredParkingDocs(dto.kind, role);
    const docs = await this.docsOf(owner, dto.docs, required);
    const plate = dto.plate.toUpperCase();
    await this.repo.transaction((em) => this.bills.price(em, binding.projectId, dto.kind, dto.term));
    if (await this.repo.openForPlate(binding.projectId, plate))
      throw new AppError('CONFLICT', `车牌 ${plate} 已有正在办理或使用中的车位申请`);
    const now = this.clock.now();
    const prefix = parkingAppCodePrefix(project.code, project.today(now));
    await this.repo.openDailyCounter(prefix);
    const id = await this.repo.transaction(async (em) => {
      const code = await nextDailyCode(em, prefix);
      const entries: Record<string, ParkingDocEntry> = {};
      for (const d of required) entries[d] = { uploadIds: docs.get(d) ?? [], verdict: null, reason: null };
      const id = await this.repo.insert(em, {
        projectId: binding.projectId,
        code,
        personId: owner.id,
        applicantName: owner.name.slice(0, 50) || '业主',
        applicantRole: role,
        roomId: dto.roomId,
        vehicleId: dto.vehicleId ?? null,
        plate,
        kind: dto.kind,
        term: dto.term,
        status: 'submitted',
        docs: entries,
        refusal: null,
        spaceId: null,
        contractNo: null,
        contractAt: null,
        approvedByStaffId: null,
        approvedAt: null,
        refuseReason: null,
        waitingSince: null,
        waitReason: null,
        offerExpiresAt: null,
        firstCheckedAt: null,
        cardNo: null,
        cardIssuedAt: null,
        startOn: null,
        endOn: null,
        endedAt: null,
        version: 0,
        createdAt: now,
        updatedAt: now,
      });
      await this.attach(em, id, binding.projectId, docs);
      const a = (await this.repo.application(id, em))!;
      const missing = required.filter((d) => !docs.has(d));
      await this.timeline.write(em, a, {
        actor: { kind: 'owner', id: owner.id, name: a.applicantName },
        action: 'apply',
        from: '',
        to: 'submitted',
        at: now,
        note: missing.length ? `未上传：${missing.map((d) => PARKING_DOC_LABELS[d]).join('、')}` : '资料照片齐全，待核对原件',
        ownerNote: `已提交车位申请 ${code}，请携带资料原件到服务中心核对`,
      });
      return id;
    });
    return this.reader.myDetail(owner, id);
  }

  /** R-PRK-06 after a refusal the owner sends the documents that were missing or wrong; the application goes back to the desk. */
  async resubmit(p: Principal, id: number, dto: MyResubmitDto): Promise<ApplicationDto> {
    const owner = asOwner(p);
    const a = await this.repo.application(id);
    if (!a || a.personId !== owner.id) throw notFound('车位申请');
    if (a.status !== 'incomplete') throw new AppError('PRK_ILLEGAL_TRANSITION', '只有资料不全的申请可以补交资料');
    const required = requiredParkingDocs(a.kind as RentableSpaceKind, a.applicantRole as ParkingApplicantRole);
    const docs = await this.docsOf(owner, dto.docs, required);
    if (!docs.size) throw badRequest('请上传需要补交的资料');
    const now = this.clock.now();
    await this.repo.transaction(async (em) => {
      const entries = { ...a.docs };
      // what was checked stays checked; what is sent again waits for the clerk
      for (const [d, ids] of docs) entries[d] = { uploadIds: ids, verdict: null, reason: null };
      for (const d of required)
        if (entries[d]?.verdict && entries[d]!.verdict !== 'checked') entries[d] = { ...entries[d]!, verdict: null };
      if (!(await this.repo.move(em, a, { docs: entries, status: 'submitted', refusal: null, updatedAt: now })))
        throw new AppError('CONFLICT', '该申请刚被处理，请刷新后重试');
      await this.attach(em, a.id, a.projectId, docs);
      await this.timeline.write(em, a, {
        actor: { kind: 'owner', id: owner.id, name: a.applicantName },
        action: 'resubmit',
        from: a.status,
        to: 'submitted',
        at: now,
        note: `补交：${[...docs.keys()].map((d) => PARKING_DOC_LABELS[d]).join('、')}`,
        ownerNote: '已补交资料，请携带原件到服务中心核对',
      });
    });
    return this.reader.myDetail(owner, id);
  }

  private async attach(
    em: Parameters<Parameters<ParkingRepository['transaction']>[0]>[0],
    applicationId: number,
    projectId: number,
    docs: Map<ParkingDoc, number[]>,
  ) {
    const rows = [...docs].flatMap(([doc, ids]) => ids.map((uploadId) => ({ applicationId, projectId, uploadId, doc })));
    await this.repo.linkPhotos(em, rows);
    await this.uploads.markAttached(
      em,
      rows.map((r) => r.uploadId),
    );
  }
}
