import { Inject, Injectable } from '@nestjs/common';
import { isCalendarDate } from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { isUniqueViolation } from '../../database/errors.js';
import { Clock } from '../../infra/clock.js';
import { PiiCipher } from '../../infra/pii.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import type { MoveInBatch } from './entities.js';
import type { BatchQuery, CreateMoveInBatchDto, MoveInBatchDto, MoveInBatchFormDto, MoveInBatchPageDto } from './move-in.dto.js';
import { MoveInRepository } from './move-in.repository.js';

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null);

/**
 * Move-in batches (R-MOV-01/05): the rooms a project hands over in a period with their buyers (the developer's
 * list), the guide, renovation notes and payment notice that go out with the move-in notice, and the move-in
 * bills' rates. Owners see a batch once it is published; its texts may be edited later (owners read the new text).
 */
@Injectable()
export class MoveInBatches {
  constructor(
    @Inject(MoveInRepository) private readonly repo: MoveInRepository,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  private check(b: MoveInBatchFormDto): void {
    if (!isCalendarDate(b.startOn) || !isCalendarDate(b.endOn)) throw badRequest('交付日期不是有效的日期');
    if (b.endOn < b.startOn) throw badRequest('结束日期不能早于开始日期');
  }
  private texts(b: MoveInBatchFormDto) {
    return {
      name: b.name.trim(),
      startOn: b.startOn,
      endOn: b.endOn,
      developerName: b.developerName.trim(),
      guide: b.guide.trim(),
      renovationNotes: b.renovationNotes.trim(),
      paymentNotice: b.paymentNotice.trim(),
      propertyFeeFenPerM2: b.propertyFeeFenPerM2,
      propertyFeeMonths: b.propertyFeeMonths,
      fundFenPerM2: b.fundFenPerM2,
    };
  }

  async create(p: Principal, b: CreateMoveInBatchDto): Promise<MoveInBatchDto> {
    const s = asStaff(p);
    ensureProjectInScope(p, b.projectId, '项目');
    this.check(b);
    if (!b.rooms.length) throw badRequest('请至少填写一户交付房屋及购房人');
    const roomIds = b.rooms.map((r) => r.roomId);
    if (new Set(roomIds).size !== roomIds.length) throw badRequest('交付名单中有重复的房屋');
    const rooms = await this.org.roomsByIds(roomIds);
    const found = new Map(rooms.filter((r) => r.projectId === b.projectId && !r.archivedAt).map((r) => [r.id, r]));
    const missing = roomIds.filter((id) => !found.has(id));
    if (missing.length) throw notFound('房屋');
    const taken = await this.repo.roomsTaken(roomIds);
    if (taken.length) throw new AppError('CONFLICT', `有 ${taken.length} 户房屋已在其他入伙批次中，不能重复交付`);
    const now = this.clock.now();
    try {
      const id = await this.repo.transaction(async (em) => {
        const batchId = await this.repo.insertBatch(em, {
          ...this.texts(b),
          projectId: b.projectId,
          publishedAt: null,
          createdByName: (s.name || '员工').slice(0, 50),
          createdAt: now,
          updatedAt: now,
        });
        await this.repo.insertMoveIns(
          em,
          b.rooms.map((r) => ({
            projectId: b.projectId,
            batchId,
            roomId: r.roomId,
            buyerName: r.buyerName.trim(),
            buyerPhoneEnc: this.pii.encrypt(r.buyerPhone)!,
            buyerPhoneHash: this.pii.hash(r.buyerPhone)!,
            status: 'notified',
            bookedOn: null,
            bookedHalf: null,
            stepsDone: 0,
            arrivedAt: null,
            startedAt: null,
            finishedAt: null,
            handledByName: null,
            identityDocs: null,
            identityNote: null,
            agreements: null,
            collection: null,
            collectionNote: null,
            receiptNos: null,
            meters: null,
            inspectionSignatureId: null,
            inspectionPaperSigned: false,
            inspectedAt: null,
            keys: null,
            keysSignatureId: null,
            keysPaperSigned: false,
            defectsSentAt: null,
            defectsSentNote: null,
            defectsSentByName: null,
            version: 0,
            createdAt: now,
            updatedAt: now,
          })),
        );
        return batchId;
      });
      return this.dto((await this.repo.batch(id))!, { rooms: b.rooms.length, done: 0 });
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('CONFLICT', '有房屋刚被加入其他入伙批次，不能重复交付');
      throw e;
    }
  }

  async update(p: Principal, id: number, b: MoveInBatchFormDto): Promise<MoveInBatchDto> {
    const batch = await this.inScope(p, id);
    this.check(b);
    await this.repo.transaction((em) => this.repo.updateBatch(em, batch.id, { ...this.texts(b), updatedAt: this.clock.now() }));
    return this.detail(p, id);
  }

  /** R-MOV-01 publish: the batch's rooms' buyers see the notice, the guide and the notes in the mini-program. */
  async publish(p: Principal, id: number): Promise<MoveInBatchDto> {
    const batch = await this.inScope(p, id);
    if (batch.publishedAt) throw new AppError('CONFLICT', '该批次已发布');
    const now = this.clock.now();
    await this.repo.transaction((em) => this.repo.updateBatch(em, batch.id, { publishedAt: now, updatedAt: now }));
    return this.detail(p, id);
  }

  async list(p: Principal, q: BatchQuery): Promise<MoveInBatchPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const page = await this.repo.batchPage(q);
    const counts = await this.repo.batchCounts(page.rows.map((b) => b.id));
    return { items: page.rows.map((b) => this.dto(b, counts.get(b.id))), nextCursor: page.nextCursor };
  }

  async detail(p: Principal, id: number): Promise<MoveInBatchDto> {
    const b = await this.inScope(p, id);
    return this.dto(b, (await this.repo.batchCounts([b.id])).get(b.id));
  }

  private async inScope(p: Principal, id: number): Promise<MoveInBatch> {
    const b = await this.repo.batch(id);
    if (!b) throw notFound('入伙批次');
    ensureProjectInScope(p, b.projectId, '入伙批次');
    return b;
  }

  dto(b: MoveInBatch, c?: { rooms: number; done: number }): MoveInBatchDto {
    return {
      id: b.id,
      projectId: b.projectId,
      name: b.name,
      startOn: b.startOn,
      endOn: b.endOn,
      developerName: b.developerName,
      guide: b.guide,
      renovationNotes: b.renovationNotes,
      paymentNotice: b.paymentNotice,
      propertyFeeFenPerM2: b.propertyFeeFenPerM2,
      propertyFeeMonths: b.propertyFeeMonths,
      fundFenPerM2: b.fundFenPerM2,
      publishedAt: iso(b.publishedAt),
      rooms: c?.rooms ?? 0,
      done: c?.done ?? 0,
      createdByName: b.createdByName,
      createdAt: iso(b.createdAt)!,
    };
  }
}
