import { Inject, Injectable } from '@nestjs/common';
import {
  ARREARS_ACTION_KIND_LABELS,
  ARREARS_DUE_LABELS,
  ARREARS_STAGE_LABELS,
  arrearsAgeMonths,
  arrearsDue,
  arrearsFlagged,
  arrearsStage,
  localDate,
  monthOf,
  type ArrearsActionKind,
  type ArrearsDue,
  type ArrearsStage,
} from '@wy/shared';
import { Clock } from '../../infra/clock.js';
import { BillingService, type OverdueBill } from '../billing/billing.service.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import type { ArrearsActionDto, ArrearsStatusDto } from './arrears.dto.js';
import { ArrearsRepository } from './arrears.repository.js';
import type { ArrearsAction } from './entities.js';

/** A household (room) in arrears as the ladder sees it today. */
export interface Household {
  roomId: number;
  bills: OverdueBill[];
  oldestDueOn: string;
  ageMonths: number;
  principalFen: number;
  lateFeeFen: number;
  owedFen: number;
  largeCustomer: boolean;
  stage: ArrearsStage;
  due: ArrearsDue;
  flagged: boolean;
  /** actions since the arrears began (on or after the oldest unpaid due date), oldest first */
  actions: ArrearsAction[];
  lastAction: ArrearsAction | null;
  promisedOn: string | null;
  promiseDue: boolean;
}

export const actionDto = (a: ArrearsAction): ArrearsActionDto => ({
  id: a.id,
  roomId: a.roomId,
  kind: a.kind as ArrearsActionKind,
  kindLabel: ARREARS_ACTION_KIND_LABELS[a.kind as ArrearsActionKind] ?? a.kind,
  doneOn: a.doneOn,
  note: a.note,
  signed: a.signed,
  trackingNo: a.trackingNo,
  promisedOn: a.promisedOn,
  owedFen: Number(a.owedFen),
  ageMonths: a.ageMonths,
  byName: a.byName,
  createdAt: new Date(a.createdAt).toISOString(),
});

/** A household's place on the ladder as the list and the room sheet show it (a room owing nothing: none). */
export function statusDto(roomId: number, h: Household | null, largeCustomer = h?.largeCustomer ?? false): ArrearsStatusDto {
  const stage = h?.stage ?? 'none';
  const due = h?.due ?? 'none';
  return {
    roomId,
    ageMonths: h?.ageMonths ?? 0,
    stage,
    stageLabel: ARREARS_STAGE_LABELS[stage],
    due,
    dueLabel: ARREARS_DUE_LABELS[due],
    owedFen: h?.owedFen ?? 0,
    largeCustomer,
    flagged: h?.flagged ?? false,
    promisedOn: h?.promisedOn ?? null,
    promiseDue: h?.promiseDue ?? false,
  };
}

/**
 * R-ARR-01…07 the project's households in arrears today: their overdue bills (billing's read port, what each
 * owes today through owed()), the age of the oldest, the ladder's step and the action due this month (shared
 * pure functions), the actions recorded since the arrears began and the open promise to pay. Computed per
 * request from the project's unpaid overdue bills (one indexed query) and the rooms' actions.
 */
@Injectable()
export class ArrearsLedger {
  constructor(
    @Inject(ArrearsRepository) private readonly repo: ArrearsRepository,
    @Inject(BillingService) private readonly billing: BillingService,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async today(projectId: number): Promise<string> {
    return localDate(this.clock.now(), await this.org.projectTimezone(projectId));
  }

  /** Households of the project in arrears (of these rooms when given), by room id. */
  async households(projectId: number, roomIds?: readonly number[]): Promise<{ today: string; rows: Household[] }> {
    const [today, bills, large] = await Promise.all([
      this.today(projectId),
      this.billing.overdueBills(projectId, roomIds),
      this.repo.largeRooms(projectId),
    ]);
    const byRoom = new Map<number, OverdueBill[]>();
    for (const b of bills) byRoom.set(b.roomId, [...(byRoom.get(b.roomId) ?? []), b]);
    const oldest = [...byRoom.values()].map((xs) => xs.reduce((m, b) => (b.dueOn < m ? b.dueOn : m), xs[0]!.dueOn));
    const since = oldest.reduce((m, d) => (d < m ? d : m), today);
    const actions = await this.repo.actionsSince([...byRoom.keys()], since);
    const month = monthOf(today);
    const rows = [...byRoom.entries()].map(([roomId, xs]): Household => {
      const oldestDueOn = xs.reduce((m, b) => (b.dueOn < m ? b.dueOn : m), xs[0]!.dueOn);
      const ageMonths = arrearsAgeMonths(oldestDueOn, today);
      const largeCustomer = large.has(roomId);
      const mine = actions.filter((a) => a.roomId === roomId && a.doneOn >= oldestDueOn);
      const kinds = (f: (a: ArrearsAction) => boolean) => mine.filter(f).map((a) => a.kind as ArrearsActionKind);
      const promise = promiseOf(mine);
      return {
        roomId,
        bills: xs,
        oldestDueOn,
        ageMonths,
        principalFen: xs.reduce((s, b) => s + b.principalFen, 0),
        lateFeeFen: xs.reduce((s, b) => s + b.lateFeeFen, 0),
        owedFen: xs.reduce((s, b) => s + b.totalFen, 0),
        largeCustomer,
        stage: arrearsStage(ageMonths, largeCustomer),
        due: arrearsDue({
          ageMonths,
          largeCustomer,
          thisMonth: kinds((a) => monthOf(a.doneOn) === month),
          lawyerLetters: kinds((a) => a.kind === 'lawyer_letter').length,
          sued: kinds((a) => a.kind === 'sue').length > 0,
        }),
        flagged: arrearsFlagged(ageMonths),
        actions: mine,
        lastAction: mine[mine.length - 1] ?? null,
        promisedOn: promise,
        promiseDue: promise !== null && promise <= today,
      };
    });
    return { today, rows };
  }

  /** One room's household, or null when it owes nothing overdue. */
  async household(projectId: number, roomId: number): Promise<Household | null> {
    return (await this.households(projectId, [roomId])).rows[0] ?? null;
  }
}

/**
 * R-ARR-07 the open promise to pay among a household's actions (oldest first): the latest promised date, until
 * an action is recorded on or after that date (the follow-up) — paying ends it with the arrears.
 */
function promiseOf(actions: readonly ArrearsAction[]): string | null {
  for (let i = actions.length - 1; i >= 0; i--) {
    const a = actions[i]!;
    if (!a.promisedOn) continue;
    return actions.slice(i + 1).some((b) => b.doneOn >= a.promisedOn!) ? null : a.promisedOn;
  }
  return null;
}
