import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { DATA_SOURCE } from '../../infra/tokens.js';
import { HOUSEHOLD_EVENT_KINDS, type HouseholdEventKind } from '@wy/shared';

/** One entry of a household's history (R-OWN-08), as a source module writes it. */
export interface RoomHistoryRow {
  kind: HouseholdEventKind;
  /** the source's own row id: with `at` and the kind it orders and pages the history */
  id: number;
  at: Date;
  title: string;
  detail: string | null;
  status: string;
  /** the record it opens in the console (a request, a complaint …), when it has a page of its own */
  ref: { type: HouseholdEventKind; id: number } | null;
}

/**
 * Where a source resumes: rows before `at`, and of `at` itself those with an id below `idBelow`
 * (0: none of `at`; MAX_ID: all of `at`).
 */
export interface RoomHistoryBefore {
  at: Date;
  idBelow: number;
}
export const MAX_ID = 2_147_483_647;

export interface RoomHistorySource {
  kind: HouseholdEventKind;
  /** the room's rows of this kind, newest first (by `at`, then id), at most `limit` */
  rows(roomId: number, before: RoomHistoryBefore | null, limit: number): Promise<RoomHistoryRow[]>;
}

/**
 * A source's query of its rows, newest first, resumed where the page before ended (`at` and `id` are the SQL
 * of its time and id columns): every source pages the same way.
 */
export function newestFirst<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  at: string,
  id: string,
  before: RoomHistoryBefore | null,
  limit: number,
): Promise<T[]> {
  if (before) qb.andWhere(`(${at} < :hAt OR (${at} = :hAt AND ${id} < :hId))`, { hAt: before.at, hId: before.idBelow });
  return qb.orderBy(at, 'DESC').addOrderBy(id, 'DESC').limit(limit).getMany();
}

/** The order of two entries at the same moment: the kinds' order in shared. */
export const kindRank = (k: HouseholdEventKind): number => HOUSEHOLD_EVENT_KINDS.indexOf(k);

/**
 * R-OWN-08 a room's one history is made of what higher modules own (requests, complaints, payments, bindings),
 * and they all depend on org: each hands its source in at start (like RoomOccupancy), and the room sheet
 * reads the merged history through here.
 */
@Injectable()
export class RoomHistory {
  private readonly sources = new Map<HouseholdEventKind, RoomHistorySource>();

  provide(source: RoomHistorySource): void {
    this.sources.set(source.kind, source);
  }

  /**
   * One page, newest first: ordered by time, then the kinds' order, then the source's id descending; `after` is
   * the last entry of the page before. Each source is asked for `limit + 1` rows past it, and the merge keeps
   * the first `limit + 1`: one more than the page tells whether another follows.
   */
  async page(
    roomId: number,
    after: { at: Date; kind: HouseholdEventKind; id: number } | null,
    limit: number,
  ): Promise<{ rows: RoomHistoryRow[]; more: boolean }> {
    const lists = await Promise.all(
      [...this.sources.values()].map((s) => {
        if (!after) return s.rows(roomId, null, limit + 1);
        const mine = kindRank(s.kind);
        const theirs = kindRank(after.kind);
        const idBelow = mine > theirs ? MAX_ID : mine < theirs ? 0 : after.id;
        return s.rows(roomId, { at: after.at, idBelow }, limit + 1);
      }),
    );
    const merged = lists
      .flat()
      .sort((a, b) => b.at.getTime() - a.at.getTime() || kindRank(a.kind) - kindRank(b.kind) || b.id - a.id)
      .slice(0, limit + 1);
    const more = merged.length > limit;
    return { rows: merged.slice(0, limit), more };
  }
}

/**
 * A module's source of a household's history: it queries its own tables (it is that module's repository) and
 * hands itself to org at start. A subclass says its kind and writes `rows`.
 */
export abstract class RoomHistorySourceBase implements RoomHistorySource, OnModuleInit {
  abstract readonly kind: HouseholdEventKind;
  constructor(
    @Inject(DATA_SOURCE) protected readonly ds: DataSource,
    @Inject(RoomHistory) private readonly history: RoomHistory,
  ) {}
  onModuleInit(): void {
    this.history.provide(this);
  }
  abstract rows(roomId: number, before: RoomHistoryBefore | null, limit: number): Promise<RoomHistoryRow[]>;
}
