import { Inject, Injectable } from '@nestjs/common';
import { encodeCursor, maskPhone, ARREARS_PAY_PAGE, arrearsPayInstructions, monthOf } from '@wy/shared';
import { badRequest, notFound } from '../../common/app-error.js';
import { pageRequest } from '../../common/paging.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { PiiCipher } from '../../infra/pii.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import { RoomOccupancy } from '../org/room-occupancy.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import type { ArrearsPageDto, ArrearsQuery, ArrearsRowDto, NoticeBatchDto, NoticeQuery, RoomArrearsDto } from './arrears.dto.js';
import { ArrearsRepository } from './arrears.repository.js';
import { actionDto, ArrearsLedger, statusDto, type Household } from './ledger.js';

/** The arrears list, a room's collection status and the written notices to print (read only). */
@Injectable()
export class ArrearsReader {
  constructor(
    @Inject(ArrearsLedger) private readonly ledger: ArrearsLedger,
    @Inject(ArrearsRepository) private readonly repo: ArrearsRepository,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(RoomOccupancy) private readonly occupancy: RoomOccupancy,
    @Inject(PiiCipher) private readonly pii: PiiCipher,
  ) {}

  /**
   * 欠费催缴: households in arrears, filtered (building, step, 本月待办, promises due), sorted by age or amount
   * (largest first, then room), keyset-paged on (sort value, room id).
   */
  async list(p: Principal, q: ArrearsQuery): Promise<ArrearsPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const { limit, after } = pageRequest(q, ['number', 'number'] as const);
    const { today, rows } = await this.ledger.households(q.projectId);
    const buildings = await this.org.roomBuildings(rows.map((h) => h.roomId));
    const sortKey = (h: Household) => (q.sort === 'amount' ? h.owedFen : h.ageMonths);
    const matching = rows
      .filter(
        (h) =>
          (!q.buildingId || buildings.get(h.roomId)?.buildingId === q.buildingId) &&
          (!q.stage || h.stage === q.stage) &&
          (!q.todo || h.due !== 'none') &&
          (!q.promiseDue || h.promiseDue),
      )
      .sort((a, b) => sortKey(b) - sortKey(a) || a.roomId - b.roomId);
    const rest = after
      ? matching.filter((h) => sortKey(h) < after[0] || (sortKey(h) === after[0] && h.roomId > after[1]))
      : matching;
    const page = rest.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: await this.rowDtos(page, buildings),
      nextCursor: rest.length > limit && last ? encodeCursor([sortKey(last), last.roomId]) : null,
      total: matching.length,
      totalOwedFen: matching.reduce((s, h) => s + h.owedFen, 0),
      today,
    };
  }

  /** R-ARR-06 a room's collection status (the room sheet's tag) and its latest actions. */
  async room(p: Principal, roomId: number): Promise<RoomArrearsDto> {
    const room = await this.org.room(roomId);
    if (!room) throw notFound('房屋');
    ensureProjectInScope(p, room.projectId, '房屋');
    const [h, latest, large] = await Promise.all([
      this.ledger.household(room.projectId, roomId),
      this.repo.latestOfRoom(roomId, 20),
      this.repo.largeRooms(room.projectId),
    ]);
    return {
      ...statusDto(roomId, h, large.has(roomId)),
      inArrears: h !== null,
      actions: latest.map(actionDto),
    };
  }

  /**
   * 催缴通知单 of a building: one per household of it in arrears for a month or more, with its overdue bills
   * (period, amount, late fee so far and the contract's late-fee rule), the total, how to pay and a signature line.
   */
  async notices(p: Principal, q: NoticeQuery): Promise<NoticeBatchDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const { today, batch, buildingName } = await this.noticeBatch(q.projectId, q.buildingId);
    const [header, labels, owners] = await Promise.all([
      this.org.projectHeader(q.projectId),
      this.people.roomLabels(batch.map((h) => h.roomId)),
      this.owners(batch.map((h) => h.roomId)),
    ]);
    const month = monthOf(today);
    return {
      projectName: header.name,
      companyName: header.companyName,
      servicePhone: header.servicePhone,
      buildingName,
      today,
      payInstructions: arrearsPayInstructions(header.servicePhone),
      payLink: ARREARS_PAY_PAGE,
      notices: batch
        .map((h) => ({
          roomId: h.roomId,
          roomLabel: labels.get(h.roomId)?.label ?? '',
          propertyCode: labels.get(h.roomId)?.propertyCode ?? '',
          ownerName: owners.get(h.roomId)?.name ?? null,
          ageMonths: h.ageMonths,
          bills: h.bills.map((b) => ({
            billId: b.billId,
            title: b.title,
            period: b.period,
            dueOn: b.dueOn,
            principalFen: b.principalFen,
            lateFeeFen: b.lateFeeFen,
            totalFen: b.totalFen,
            lateFeeRule: b.lateFeeRule,
          })),
          principalFen: h.principalFen,
          lateFeeFen: h.lateFeeFen,
          totalFen: h.owedFen,
          noticedThisMonth: h.actions.some((a) => a.kind === 'notice' && monthOf(a.doneOn) === month),
        }))
        .sort((a, b) => a.roomLabel.localeCompare(b.roomLabel, 'zh-CN', { numeric: true })),
    };
  }

  /** The households of a building that get a written notice: in arrears a month or more. */
  async noticeBatch(projectId: number, buildingId: number): Promise<{ today: string; batch: Household[]; buildingName: string }> {
    const { today, rows } = await this.ledger.households(projectId);
    const buildings = await this.org.roomBuildings(rows.map((h) => h.roomId));
    const building = (await this.org.buildingsOf(projectId)).find((b) => b.id === buildingId);
    if (!building) throw badRequest('楼栋不属于该项目');
    const batch = rows.filter((h) => h.ageMonths >= 1 && buildings.get(h.roomId)?.buildingId === buildingId);
    return { today, batch, buildingName: building.name };
  }

  private async owners(roomIds: number[]): Promise<Map<number, { name: string; phoneMasked: string | null }>> {
    const occ = roomIds.length ? await this.occupancy.occupants(roomIds, true) : [];
    const out = new Map<number, { name: string; phoneMasked: string | null }>();
    // the owner first; a room with no owner on record shows its first occupant
    for (const o of [...occ.filter((o) => o.kind === 'owner'), ...occ.filter((o) => o.kind !== 'owner')])
      if (!out.has(o.roomId)) out.set(o.roomId, { name: o.name, phoneMasked: maskPhone(this.pii.decrypt(o.phoneEnc)) });
    return out;
  }

  private async rowDtos(
    page: Household[],
    buildings: Map<number, { buildingId: number; buildingName: string }>,
  ): Promise<ArrearsRowDto[]> {
    const ids = page.map((h) => h.roomId);
    const [labels, owners] = await Promise.all([this.people.roomLabels(ids), this.owners(ids)]);
    return page.map((h) => ({
      ...statusDto(h.roomId, h),
      roomLabel: labels.get(h.roomId)?.label ?? '',
      propertyCode: labels.get(h.roomId)?.propertyCode ?? '',
      buildingId: buildings.get(h.roomId)?.buildingId ?? 0,
      ownerName: owners.get(h.roomId)?.name ?? null,
      ownerPhoneMasked: owners.get(h.roomId)?.phoneMasked ?? null,
      bills: h.bills.length,
      oldestDueOn: h.oldestDueOn,
      principalFen: h.principalFen,
      lateFeeFen: h.lateFeeFen,
      lastAction: h.lastAction ? actionDto(h.lastAction) : null,
    }));
  }
}
