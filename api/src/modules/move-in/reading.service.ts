import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import {
  MOVEIN_ACTIONS,
  MOVEIN_ACTION_LABELS,
  MOVEIN_DEFECT_STATUS_LABELS,
  MOVEIN_HALF_LABELS,
  moveInBookableDays,
  type MoveInHalf,
  MOVEIN_OWNER_LABELS,
  MOVEIN_STATUS_LABELS,
  MOVEIN_STEP_LABELS,
  MOVEIN_STEPS,
  localDayStart,
  maskPhone,
  moveInActionRefusal,
  moveInDefectMoveAllowed,
  moveInStepStates,
  moveInTiming,
  ratePct,
  MOVEIN_DEFECT_STATUSES,
  type MoveInAction,
  type MoveInDefectStatus,
  type MoveInStatus,
} from '@wy/shared';
import { AppError, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { stepTimeline } from '../../events/events.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { UploadAccess } from '../uploads/upload-access.js';
import { uploadUrls } from '../uploads/thumbnail.js';
import type { MoveIn, MoveInBatch, MoveInDefect } from './entities.js';
import type {
  MoveInDefectDto,
  MoveInDto,
  MoveInEventDto,
  MoveInMonthDto,
  MoveInPageDto,
  MoveInQuery,
  MoveInSummaryDto,
  MyMoveInDto,
} from './move-in.dto.js';
import { MoveInRepository } from './move-in.repository.js';
import { MoveInMoves } from './moves.service.js';
import { MoveInProjects, type MoveInProject } from './settings.js';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);
const STEP_LABELS: Record<string, string> = { ...MOVEIN_ACTION_LABELS, book: '预约到场', charge: '生成入伙账单', defect: '遗留问题进度', send_defects: '遗留问题送开发商' };
const OPEN_DEFECTS: readonly string[] = ['pending', 'fixing', 'fixed'];
const bookedLabel = (m: MoveIn) =>
  m.bookedOn && m.bookedHalf ? `${m.bookedOn} ${MOVEIN_HALF_LABELS[m.bookedHalf as MoveInHalf] ?? ''}` : null;

/**
 * Reading move-ins: the desk's list and detail (steps, bills, times, defects, timeline), the owner's notice
 * with the batch's guide and notes and the defects' progress (R-MOV-01/04), and the month's figure of
 * move-ins within both time limits (R-MOV-03). It also decides who may read a move-in's photos and signatures.
 */
@Injectable()
export class MoveInReader implements OnModuleInit {
  constructor(
    @Inject(MoveInRepository) private readonly repo: MoveInRepository,
    @Inject(MoveInProjects) private readonly projects: MoveInProjects,
    @Inject(MoveInMoves) private readonly moves: MoveInMoves,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(UploadAccess) private readonly access: UploadAccess,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // a defect's photo or a signature: the project's staff, and the buyer (or whoever holds the room)
    this.access.allow(async (p, uploadId) => {
      const rows = await this.repo.uploadProjects(uploadId);
      if (!rows.length) return false;
      if (p.kind === 'staff') return rows.some((r) => p.scope === 'all' || p.scope.includes(r.projectId));
      return (await Promise.all(rows.map((r) => this.ownerMay(p, r)))).some(Boolean);
    });
  }

  /** May this owner read this move-in: they are its buyer (by phone) or hold its room? */
  private async ownerMay(p: Principal, m: { buyerPhoneHash: string; roomId: number }): Promise<boolean> {
    if (p.kind !== 'owner') return false;
    const me = await this.people.personById(p.id);
    if (me?.phoneHash && me.phoneHash === m.buyerPhoneHash) return true;
    return this.people.hasApprovedBinding(p.id, m.roomId);
  }

  async list(p: Principal, q: MoveInQuery): Promise<MoveInPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const page = await this.repo.page(q);
    const project = await this.projects.of(q.projectId);
    return { items: await this.summaries(page.rows, project), nextCursor: page.nextCursor };
  }

  async detail(p: Principal, id: number): Promise<MoveInDto> {
    const m = await this.repo.moveIn(id);
    if (!m) throw notFound('入伙记录');
    ensureProjectInScope(p, m.projectId, '入伙记录');
    return this.dto(p, m);
  }

  async dto(p: Principal, m: MoveIn): Promise<MoveInDto> {
    const project = await this.projects.of(m.projectId);
    const [[summary], rooms, room, bills, defects, events, batch] = await Promise.all([
      this.summaries([m], project),
      this.people.roomLabels([m.roomId]),
      this.org.room(m.roomId),
      this.moves.bills(m.id),
      this.repo.defects(m.id),
      this.repo.events(m.id),
      this.repo.batch(m.batchId),
    ]);
    const allowed = MOVEIN_ACTIONS.filter((a) => !moveInActionRefusal(a, m));
    return {
      ...summary!,
      projectId: m.projectId,
      projectName: project.name,
      propertyCode: rooms.get(m.roomId)?.propertyCode ?? '',
      area: room?.area ?? 0,
      buyerPhone: maskPhone(this.pii.decrypt(m.buyerPhoneEnc)),
      developerName: batch?.developerName ?? '',
      steps: moveInStepStates(m.stepsDone, m.status),
      allowedActions: allowed as MoveInAction[],
      startedAt: iso(m.startedAt),
      handledByName: m.handledByName,
      identityDocs: m.identityDocs ?? [],
      identityNote: m.identityNote,
      agreements: m.agreements ?? [],
      collection: m.collection,
      collectionNote: m.collectionNote,
      bills,
      meters: m.meters,
      inspectedAt: iso(m.inspectedAt),
      inspectionSigned: m.inspectionSignatureId ? 'screen' : m.inspectionPaperSigned ? 'paper' : 'none',
      keys: m.keys ?? [],
      keysSigned: m.keysSignatureId ? 'screen' : m.keysPaperSigned ? 'paper' : 'none',
      inspectionSignatureId: m.inspectionSignatureId,
      keysSignatureId: m.keysSignatureId,
      defectLines: defects.map((d) => this.defectDto(d, 'staff')),
      defectsSentAt: iso(m.defectsSentAt),
      defectsSentNote: m.defectsSentNote,
      defectsSentByName: m.defectsSentByName,
      timeline: this.timeline(events, true),
    };
  }

  defectDto(d: MoveInDefect, by: 'staff' | 'owner'): MoveInDefectDto {
    return {
      id: d.id,
      place: d.place,
      description: d.description,
      photoId: d.photoId,
      photoThumbUrl: d.photoId ? uploadUrls(d.photoId).thumbUrl : null,
      status: d.status,
      statusLabel: MOVEIN_DEFECT_STATUS_LABELS[d.status as MoveInDefectStatus] ?? d.status,
      progressNote: d.progressNote,
      allowedMoves: MOVEIN_DEFECT_STATUSES.filter((to) => moveInDefectMoveAllowed(by, d.status, to)),
      updatedAt: iso(d.updatedAt)!,
    };
  }

  private timeline(events: Awaited<ReturnType<MoveInRepository['events']>>, staff: boolean): MoveInEventDto[] {
    return stepTimeline(events, staff, STEP_LABELS).map(({ toStatus: _, ...e }) => e);
  }

  private async summaries(rows: MoveIn[], project: MoveInProject): Promise<MoveInSummaryDto[]> {
    const [rooms, batches, defects] = await Promise.all([
      this.people.roomLabels(rows.map((m) => m.roomId)),
      this.repo.batchesByIds(rows.map((m) => m.batchId)),
      this.repo.defectsOf(rows.map((m) => m.id)),
    ]);
    const names = new Map(batches.map((b) => [b.id, b.name]));
    return rows.map((m) => {
      const mine = defects.filter((d) => d.moveInId === m.id);
      return {
        id: m.id,
        batchId: m.batchId,
        batchName: names.get(m.batchId) ?? '',
        roomId: m.roomId,
        roomLabel: rooms.get(m.roomId)?.label ?? '',
        buyerName: m.buyerName,
        status: m.status,
        statusLabel: MOVEIN_STATUS_LABELS[m.status as MoveInStatus] ?? m.status,
        stepsDone: m.stepsDone,
        currentStepLabel: m.status === 'handling' ? MOVEIN_STEP_LABELS[MOVEIN_STEPS[m.stepsDone]!] : null,
        arrivedAt: iso(m.arrivedAt),
        finishedAt: iso(m.finishedAt),
        timing: { ...moveInTiming(m, project.limits), waitLimit: project.limits.waitMinutes, handleLimit: project.limits.handleMinutes },
        defects: mine.length,
        defectsOpen: mine.filter((d) => OPEN_DEFECTS.includes(d.status)).length,
        bookedLabel: bookedLabel(m),
      };
    });
  }

  /**
   * R-MOV-03 the month (the project's local month) of finished move-ins: how many, how many waited within the
   * limit, were handled within it, and within both; the rate rounded down.
   */
  async month(p: Principal, projectId: number, month: string): Promise<MoveInMonthDto> {
    ensureProjectInScope(p, projectId, '项目');
    const project = await this.projects.of(projectId);
    const from = localDayStart(`${month}-01`, project.timeZone);
    const [y, mo] = month.split('-').map(Number) as [number, number];
    const next = mo === 12 ? `${y + 1}-01-01` : `${y}-${String(mo + 1).padStart(2, '0')}-01`;
    const rows = await this.repo.finishedBetween(projectId, from, localDayStart(next, project.timeZone));
    const t = rows.map((m) => moveInTiming(m, project.limits));
    const withinBoth = t.filter((x) => x.waitOk && x.handleOk).length;
    return {
      month,
      finished: rows.length,
      withinBoth,
      waitOk: t.filter((x) => x.waitOk).length,
      handleOk: t.filter((x) => x.handleOk).length,
      rate: ratePct(withinBoth, rows.length),
      waitLimit: project.limits.waitMinutes,
      handleLimit: project.limits.handleMinutes,
    };
  }

  // ---- the owner ----
  async mine(p: Principal): Promise<MyMoveInDto[]> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const [me, rooms] = await Promise.all([this.people.personById(p.id), this.people.approvedRooms(p.id)]);
    const rows = await this.repo.mine(me?.phoneHash ?? null, rooms.map((r) => r.roomId));
    return Promise.all(rows.map((m) => this.myDto(m)));
  }
  async myDetail(p: Principal, id: number): Promise<MyMoveInDto> {
    return this.myDto(await this.mineOne(p, id));
  }
  /** The owner's own move-in (published batch, theirs by phone or room), else 404. */
  async mineOne(p: Principal, id: number): Promise<MoveIn> {
    if (p.kind !== 'owner') throw new AppError('FORBIDDEN');
    const m = await this.repo.moveIn(id);
    const batch = m ? await this.repo.batch(m.batchId) : null;
    if (!m || !batch?.publishedAt || !(await this.ownerMay(p, m))) throw notFound('入伙记录');
    return m;
  }
  private async myDto(m: MoveIn): Promise<MyMoveInDto> {
    const [batch, rooms, project, bills, defects, events] = await Promise.all([
      this.repo.batch(m.batchId) as Promise<MoveInBatch>,
      this.people.roomLabels([m.roomId]),
      this.projects.of(m.projectId),
      this.moves.bills(m.id),
      this.repo.defects(m.id),
      this.repo.events(m.id),
    ]);
    return {
      id: m.id,
      roomLabel: rooms.get(m.roomId)?.label ?? '',
      projectName: project.name,
      batchName: batch.name,
      startOn: batch.startOn,
      endOn: batch.endOn,
      guide: batch.guide,
      renovationNotes: batch.renovationNotes,
      paymentNotice: batch.paymentNotice,
      status: m.status,
      statusLabel: MOVEIN_OWNER_LABELS[m.status as MoveInStatus] ?? m.status,
      bookedOn: m.bookedOn,
      bookedHalf: m.bookedHalf,
      bookedLabel: bookedLabel(m),
      bookableDays: m.status === 'notified' ? moveInBookableDays(batch, project.today(this.clock.now())) : [],
      steps: moveInStepStates(m.stepsDone, m.status),
      bills,
      defectLines: defects.map((d) => this.defectDto(d, 'owner')),
      defectsSentAt: iso(m.defectsSentAt),
      finishedAt: iso(m.finishedAt),
      timeline: this.timeline(events, false),
    };
  }
}
