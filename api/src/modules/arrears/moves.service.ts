import { Inject, Injectable } from '@nestjs/common';
import { ARREARS_ACTION_KIND_LABELS, ARREARS_ONCE_A_MONTH_KINDS, monthOf, type ArrearsActionKind } from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import { ARREARS_STEPS } from './actions/index.js';
import type { ArrearsActionDto, RecordArrearsActionDto, RecordedNoticesDto, RecordNoticesDto } from './arrears.dto.js';
import { ArrearsRepository } from './arrears.repository.js';
import type { ArrearsAction } from './entities.js';
import { actionDto, ArrearsLedger, type Household } from './ledger.js';
import { ArrearsReader } from './reading.service.js';

const onceKey = (roomId: number, kind: ArrearsActionKind, doneOn: string) =>
  ARREARS_ONCE_A_MONTH_KINDS.includes(kind) ? `${roomId}:${kind}:${monthOf(doneOn)}` : null;

/**
 * Recording collection actions (R-ARR-01/02/03/05/07): one at a time from the list, or this month's written
 * notices for a printed building batch; and the large-customer flag (R-ARR-04). A document of the month is
 * recorded once per room (unique key): a second is refused one at a time and left out of a batch.
 */
@Injectable()
export class ArrearsMoves {
  constructor(
    @Inject(ArrearsRepository) private readonly repo: ArrearsRepository,
    @Inject(ArrearsLedger) private readonly ledger: ArrearsLedger,
    @Inject(ArrearsReader) private readonly reader: ArrearsReader,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  private async roomInScope(p: Principal, roomId: number) {
    const room = await this.org.room(roomId);
    if (!room) throw notFound('房屋');
    ensureProjectInScope(p, room.projectId, '房屋');
    return room;
  }

  async record(p: Principal, dto: RecordArrearsActionDto): Promise<ArrearsActionDto> {
    const staff = asStaff(p);
    const room = await this.roomInScope(p, dto.roomId);
    const household = await this.ledger.household(room.projectId, room.id);
    if (!household) throw new AppError('CONFLICT', '该户当前没有逾期未缴的账单，无需催缴');
    const today = await this.ledger.today(room.projectId);
    const doneOn = dto.doneOn ?? today;
    if (doneOn > today) throw badRequest('催缴日期不能晚于今天');
    if (doneOn < household.oldestDueOn) throw badRequest(`催缴日期不能早于最早欠费的到期日 ${household.oldestDueOn}`);
    if (dto.promisedOn && dto.promisedOn < doneOn) throw badRequest('承诺缴费日期不能早于催缴日期');
    const fields = ARREARS_STEPS[dto.kind].check({ input: dto, household, today });
    const key = onceKey(room.id, dto.kind, doneOn);
    const row: Omit<ArrearsAction, 'id'> = {
      projectId: room.projectId,
      roomId: room.id,
      kind: dto.kind,
      doneOn,
      note: dto.note || null,
      ...fields,
      owedFen: household.owedFen,
      ageMonths: household.ageMonths,
      onceKey: key,
      byStaffId: staff.id,
      byName: staff.name,
      createdAt: this.clock.now(),
    };
    const id = await this.repo.transaction(async (em) => {
      const inserted = await this.repo.insertAction(row, em);
      if (inserted === null) return null;
      await this.audit.record(
        p,
        {
          projectId: room.projectId,
          entity: 'room',
          entityId: room.id,
          action: 'arrears_action',
          note: `${ARREARS_ACTION_KIND_LABELS[dto.kind]} ${doneOn}${dto.promisedOn ? ` 承诺 ${dto.promisedOn}` : ''}`,
        },
        em,
      );
      return inserted;
    });
    if (id === null) {
      const first = await this.repo.actionByOnceKey(key!);
      throw new AppError(
        'CONFLICT',
        `本月已登记过${ARREARS_ACTION_KIND_LABELS[dto.kind]}${first ? `（${first.doneOn}，${first.byName}）` : ''}，不能重复登记`,
      );
    }
    return actionDto((await this.repo.action(id))!);
  }

  /**
   * A printed batch of 催缴通知单 (one building) recorded as this month's written notice of each household
   * printed: households that already have it are left as they were (counted as skipped), so printing again is
   * harmless. Rooms must be of the building's batch.
   */
  async recordNotices(p: Principal, dto: RecordNoticesDto): Promise<RecordedNoticesDto> {
    const staff = asStaff(p);
    ensureProjectInScope(p, dto.projectId, '项目');
    const { today, batch } = await this.reader.noticeBatch(dto.projectId, dto.buildingId);
    const ids = [...new Set(dto.roomIds)];
    if (!ids.length) throw badRequest('请选择要登记的房屋');
    const byRoom = new Map<number, Household>(batch.map((h) => [h.roomId, h]));
    const stray = ids.filter((id) => !byRoom.has(id));
    if (stray.length) throw badRequest(`有 ${stray.length} 户不在该楼栋的催缴名单中，请刷新后重试`);
    let recorded = 0;
    for (const id of ids) {
      const h = byRoom.get(id)!;
      const inserted = await this.repo.transaction(async (em) => {
        const n = await this.repo.insertAction(
          {
            projectId: dto.projectId,
            roomId: id,
            kind: 'notice',
            doneOn: today,
            note: '批量打印催缴通知单',
            signed: false,
            trackingNo: null,
            promisedOn: null,
            owedFen: h.owedFen,
            ageMonths: h.ageMonths,
            onceKey: onceKey(id, 'notice', today),
            byStaffId: staff.id,
            byName: staff.name,
            createdAt: this.clock.now(),
          },
          em,
        );
        if (n !== null)
          await this.audit.record(
            p,
            {
              projectId: dto.projectId,
              entity: 'room',
              entityId: id,
              action: 'arrears_action',
              note: `书面催缴通知单 ${today}（批量打印）`,
            },
            em,
          );
        return n;
      });
      if (inserted !== null) recorded++;
    }
    return { recorded, skipped: ids.length - recorded };
  }

  /** R-ARR-04 finance flags (or unflags) a room as a large customer: its ladder is the shorter one. */
  async setLarge(p: Principal, roomId: number, large: boolean): Promise<{ ok: boolean }> {
    const staff = asStaff(p);
    const room = await this.roomInScope(p, roomId);
    await this.repo.setLarge(room.projectId, roomId, large, staff.id, this.clock.now());
    await this.audit.record(p, {
      projectId: room.projectId,
      entity: 'room',
      entityId: roomId,
      action: large ? 'arrears_large_on' : 'arrears_large_off',
    });
    return { ok: true };
  }
}
