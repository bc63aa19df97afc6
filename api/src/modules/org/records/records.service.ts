import { Inject, Injectable } from '@nestjs/common';
import { DEFAULT_ENTRY_DAYS, ENTRY_DAYS_SETTING, entryDueOn, maskBankAccount, roomLabel, type RecordDocument } from '@wy/shared';
import { AppError, notFound } from '../../../common/app-error.js';
import type { Principal } from '../../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../../common/scope.js';
import { Clock } from '../../../infra/clock.js';
import { PiiCipher } from '../../../infra/pii.js';
import { AuditService } from '../../audit/audit.service.js';
import { OrgRepository } from '../org.repository.js';
import type { CodeTableDto, FeeInfoDto, PutFeeInfoDto, RecordRowDto, VerifyRecordDto, WorklistQuery } from './records.dto.js';
import { RecordsRepository, type RoomWithBuilding } from './records.repository.js';

/**
 * 业户资料 governance of a room's base record: the 待核对 / 逾期录入 worklist and a second person's check
 * against the original documents (R-OWN-02), the finance assistant's fee information (R-OWN-09), and the
 * general manager's approval of a project's code table (R-ORG-05).
 */
@Injectable()
export class RecordsService {
  constructor(
    @Inject(RecordsRepository) private readonly repo: RecordsRepository,
    @Inject(OrgRepository) private readonly org: OrgRepository,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
  ) {}

  private async entryDays(projectId: number): Promise<number> {
    const v = (await this.org.settingOfProjects([projectId], ENTRY_DAYS_SETTING)).get(projectId);
    return typeof v === 'number' ? v : DEFAULT_ENTRY_DAYS;
  }

  private row(r: RoomWithBuilding, days: number): RecordRowDto {
    return {
      roomId: r.id,
      projectId: r.projectId,
      propertyCode: r.propertyCode,
      roomLabel: roomLabel(r),
      recordStatus: r.recordStatus ?? 'verified',
      receivedOn: r.recordReceivedOn ?? null,
      dueOn: r.recordReceivedOn ? entryDueOn(r.recordReceivedOn, days) : null,
      late: !!r.recordLate,
      enteredAt: new Date(r.createdAt).toISOString(),
      verifiedByName: r.recordVerifiedByName ?? null,
      verifiedAt: r.recordVerifiedAt ? new Date(r.recordVerifiedAt).toISOString() : null,
      documents: r.recordDocuments ? r.recordDocuments.split(',') : [],
      codeStatus: r.codeStatus ?? 'approved',
    };
  }

  async worklist(me: Principal, q: WorklistQuery): Promise<RecordRowDto[]> {
    ensureProjectInScope(me, q.projectId, '项目');
    const days = await this.entryDays(q.projectId);
    return (await this.repo.worklist(q.projectId, q.list)).map((r) => this.row(r, days));
  }

  private async roomInScope(me: Principal, id: number): Promise<RoomWithBuilding> {
    const room = await this.repo.room(id);
    if (!room || room.archivedAt) throw notFound('房屋');
    ensureProjectInScope(me, room.projectId, '房屋');
    return room;
  }

  /** R-OWN-02 a second person checks the entered record against the copies of the original documents. */
  async verify(me: Principal, id: number, dto: VerifyRecordDto): Promise<RecordRowDto> {
    const s = asStaff(me);
    const room = await this.roomInScope(me, id);
    if ((room.recordStatus ?? 'verified') === 'verified') throw new AppError('CONFLICT', '该房屋资料已核对');
    if (room.recordEnteredBy === s.id) throw new AppError('FORBIDDEN', '资料须由录入人以外的另一位客服人员对照原件复印件核对');
    const documents = [...new Set(dto.documents)] as RecordDocument[];
    const done = await this.repo.verify(id, {
      recordStatus: 'verified',
      recordVerifiedBy: s.id,
      recordVerifiedByName: s.name,
      recordVerifiedAt: this.clock.now(),
      recordDocuments: documents.join(','),
    });
    if (!done) throw new AppError('CONFLICT', '该房屋资料已核对');
    await this.audit.record(me, {
      projectId: room.projectId,
      entity: 'room',
      entityId: id,
      action: 'verify',
      from: 'entered',
      to: 'verified',
      note: documents.join(','),
    });
    return this.row((await this.repo.room(id))!, await this.entryDays(room.projectId));
  }

  // ---- R-OWN-09 fee information ----
  private feeInfo(r: RoomWithBuilding): FeeInfoDto {
    return {
      roomId: r.id,
      feeStartOn: r.feeStartOn ?? null,
      accountMasked: maskBankAccount(this.pii.decrypt(r.feeAccountEnc ?? null)),
    };
  }
  async getFeeInfo(me: Principal, id: number): Promise<FeeInfoDto> {
    return this.feeInfo(await this.roomInScope(me, id));
  }
  async putFeeInfo(me: Principal, id: number, dto: PutFeeInfoDto): Promise<FeeInfoDto> {
    const room = await this.roomInScope(me, id);
    const patch: Parameters<RecordsRepository['updateRoom']>[1] = {};
    if (dto.feeStartOn !== undefined) patch.feeStartOn = dto.feeStartOn;
    if (dto.account !== undefined) patch.feeAccountEnc = this.pii.encrypt(dto.account.replace(/\s+/g, ''));
    if (!Object.keys(patch).length) throw new AppError('VALIDATION_FAILED', '请填写计费起始日期或交费银行账号');
    await this.repo.updateRoom(id, patch);
    await this.audit.record(me, {
      projectId: room.projectId,
      entity: 'room',
      entityId: id,
      action: 'fee_info',
      note: Object.keys(dto).join(','),
    });
    return this.feeInfo((await this.repo.room(id))!);
  }

  // ---- R-ORG-05 the code table ----
  async codeTable(me: Principal, projectId: number): Promise<CodeTableDto> {
    ensureProjectInScope(me, projectId, '项目');
    if (!(await this.org.project(projectId))) throw notFound('项目');
    const [counts, drafts, last, days] = await Promise.all([
      this.repo.codeCounts(projectId),
      this.repo.drafts(projectId),
      this.repo.lastApproval(projectId),
      this.entryDays(projectId),
    ]);
    return {
      projectId,
      status: counts.draft ? 'draft' : 'approved',
      approvedRooms: counts.approved,
      draftRooms: counts.draft,
      drafts: drafts.map((r) => this.row(r, days)),
      lastApprovedByName: last?.by ?? null,
      lastApprovedAt: last?.at ? new Date(last.at).toISOString() : null,
    };
  }

  async approveCodes(me: Principal, projectId: number): Promise<{ approved: number }> {
    ensureProjectInScope(me, projectId, '项目');
    if (!(await this.org.project(projectId))) throw notFound('项目');
    const s = asStaff(me);
    const approved = await this.repo.transaction(async (em) => {
      const n = await this.repo.approveCodes(projectId, { id: s.id, name: s.name }, this.clock.now(), em);
      if (!n) throw new AppError('CONFLICT', '该项目没有待审批的草拟编码');
      await this.audit.record(
        me,
        {
          projectId,
          entity: 'project',
          entityId: projectId,
          action: 'approve_codes',
          from: 'draft',
          to: 'approved',
          note: `${n} 个房屋编码`,
        },
        em,
      );
      return n;
    });
    return { approved };
  }
}
