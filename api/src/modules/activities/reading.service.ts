import { Inject, Injectable } from '@nestjs/common';
import {
  ACTIVITY_EDITABLE,
  ACTIVITY_PLAN_WINDOW_LABELS,
  activityCallbackQuota,
  activityPlanWindow,
  activitySatisfaction,
  type ActivityStatus,
} from '@wy/shared';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import { PeopleLookup } from '../people/people-lookup.service.js';
import { uploadUrls } from '../uploads/thumbnail.js';
import type {
  ActivityCallbacksDto,
  ActivityDetailDto,
  ActivityPageDto,
  ActivityPlanDto,
  ActivityQuery,
  ActivitySignupRowDto,
  ActivitySummaryDto,
  MyActivityDetailDto,
  MyActivityDto,
  MyActivityPageDto,
} from './activities.dto.js';
import { ActivitiesRepository } from './activities.repository.js';
import type { Activity, ActivitySignup } from './entities.js';
import { ActivityMoves } from './moves.service.js';
import { ActivityPlanning } from './planning.service.js';
import { ActivitySignups } from './signups.service.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const WEEK = 7 * 86_400_000;

/** The owner's phase of an activity, in owner words. */
const PHASE_LABELS = {
  poll: '征求意见',
  open: '报名中',
  full: '名额已满',
  closed: '报名截止',
  ended: '已结束',
  cancelled: '已取消',
} as const;
type Phase = keyof typeof PHASE_LABELS;

/** The console's plan, list, detail, sign-up list and callback list; what owners read. */
@Injectable()
export class ActivityReader {
  constructor(
    @Inject(ActivitiesRepository) private readonly repo: ActivitiesRepository,
    @Inject(ActivityMoves) private readonly moves: ActivityMoves,
    @Inject(ActivityPlanning) private readonly planning: ActivityPlanning,
    @Inject(ActivitySignups) private readonly signups: ActivitySignups,
    @Inject(OrgLookup) private readonly org: OrgLookup,
    @Inject(PeopleLookup) private readonly people: PeopleLookup,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  private summary(a: Activity): ActivitySummaryDto {
    return {
      id: a.id,
      projectId: a.projectId,
      year: a.year,
      extra: a.extra,
      theme: a.theme,
      purpose: a.purpose,
      plannedMonth: a.plannedMonth,
      budgetFen: a.budgetFen,
      status: a.status,
      startsAt: iso(a.startsAt),
      endsAt: iso(a.endsAt),
      place: a.place,
      capacity: a.capacity,
      signedPeople: a.signedPeople,
      budgetApprovedFen: a.budgetApprovedFen,
    };
  }

  /** R-ACT-01 the plan of a year: its activities, total budget, and whether it is due, late or final. */
  async plan(p: Principal, projectId: number, year: number): Promise<ActivityPlanDto> {
    const s = asStaff(p);
    ensureProjectInScope(s, projectId, '项目');
    const [plan, rows, { today }] = await Promise.all([
      this.repo.plan(projectId, year),
      this.repo.ofPlan(projectId, year),
      this.planning.today(projectId, this.clock.now()),
    ]);
    const window = activityPlanWindow(year, today, !!plan?.finalizedAt);
    return {
      projectId,
      year,
      window,
      windowLabel: ACTIVITY_PLAN_WINDOW_LABELS[window],
      finalizedAt: iso(plan?.finalizedAt ?? null),
      finalizedByName: plan?.finalizedByName ?? null,
      budgetTotalFen: rows.filter((a) => a.status !== 'cancelled').reduce((t, a) => t + a.budgetFen, 0),
      items: rows.map((a) => this.summary(a)),
      mayFinalize: !!plan && !plan.finalizedAt && rows.length > 0,
    };
  }

  async list(p: Principal, q: ActivityQuery): Promise<ActivityPageDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    const page = await this.repo.page(q);
    return { items: page.rows.map((a) => this.summary(a)), nextCursor: page.nextCursor };
  }

  private async pollOf(a: Activity) {
    const tally = a.pollOptions?.length ? await this.repo.tally(a.id) : new Map<number, number>();
    return (a.pollOptions ?? []).map((label, i) => ({ label, votes: tally.get(i) ?? 0 }));
  }

  async detail(p: Principal, id: number): Promise<ActivityDetailDto> {
    const s = asStaff(p);
    const a = await this.moves.load(s, id);
    const [poll, signups, calls, photos, timeZone] = await Promise.all([
      this.pollOf(a),
      this.repo.activeSignupCount(a.id),
      this.repo.callbackCounts(a.id),
      this.repo.photos(a.id),
      this.org.projectTimezone(a.projectId),
    ]);
    const sat = activitySatisfaction(calls.made, calls.satisfied);
    return {
      ...this.summary(a),
      description: a.description,
      maxPerSignup: a.maxPerSignup,
      safetyMeasures: a.safetyMeasures,
      pollQuestion: a.pollQuestion,
      poll,
      pollOpenedAt: iso(a.pollOpenedAt),
      budgetRequestedFen: a.budgetRequestedFen,
      budgetNote: a.budgetNote,
      budgetApprovedByName: a.budgetApprovedByName,
      budgetApprovedAt: iso(a.budgetApprovedAt),
      budgetRejectReason: a.budgetRejectReason,
      publishedAt: iso(a.publishedAt),
      publishedByName: a.publishedByName,
      summary: a.summary,
      finishedAt: iso(a.finishedAt),
      archivedAt: iso(a.archivedAt),
      archivedByName: a.archivedByName,
      cancelReason: a.cancelReason,
      createdByName: a.createdByName,
      signups,
      callbackQuota: activityCallbackQuota(signups),
      callbacksMade: calls.made,
      callbacksSatisfied: calls.satisfied,
      satisfactionRate: sat.rate,
      satisfactionTarget: sat.target,
      photos: photos.map((x) => ({ id: x.uploadId, ...uploadUrls(x.uploadId) })),
      allowedActions: this.moves.allowed(s, a),
      editable: ACTIVITY_EDITABLE.includes(a.status as ActivityStatus),
      timeZone,
    };
  }

  private async labels(rows: ActivitySignup[]) {
    return this.people.roomLabels(rows.map((r) => r.roomId));
  }

  /** R-ACT-05 the sign-up list (kept in the file; cancelled ones shown as such). */
  async signupList(p: Principal, id: number): Promise<ActivitySignupRowDto[]> {
    const a = await this.moves.load(asStaff(p), id);
    const rows = await this.repo.signups(a.id);
    const labels = await this.labels(rows);
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      roomLabel: labels.get(r.roomId)?.label ?? '',
      people: r.people,
      status: r.status,
      createdAt: r.createdAt.toISOString(),
    }));
  }

  /** R-ACT-03 who to call back, in the fair order, with what was recorded. */
  async callbacks(p: Principal, id: number): Promise<ActivityCallbacksDto> {
    const { signups, calls, order, quota } = await this.signups.callbackList(p, id);
    const labels = await this.labels(signups);
    const byId = new Map(signups.map((x) => [x.id, x]));
    const called = new Map(calls.map((c) => [c.signupId, c]));
    const sat = activitySatisfaction(calls.length, calls.filter((c) => c.satisfied).length);
    return {
      quota,
      made: calls.length,
      satisfactionRate: sat.rate,
      target: sat.target,
      rows: order.map((sid, i) => {
        const s = byId.get(sid)!;
        const c = called.get(sid);
        return {
          signupId: sid,
          name: s.name,
          roomLabel: labels.get(s.roomId)?.label ?? '',
          people: s.people,
          rank: i + 1,
          required: i < quota,
          satisfied: c ? c.satisfied : null,
          note: c?.note ?? null,
          staffName: c?.staffName ?? null,
          calledAt: iso(c?.calledAt ?? null),
        };
      }),
    };
  }

  // ---------- the owner ----------
  private phase(a: Activity, now: Date): Phase {
    if (a.status === 'cancelled') return 'cancelled';
    if (!a.publishedAt) return 'poll';
    if (a.status !== 'published' || (a.endsAt && now >= a.endsAt)) return 'ended';
    if (a.startsAt && now >= a.startsAt) return 'closed';
    if (a.capacity !== null && a.signedPeople >= a.capacity) return 'full';
    return 'open';
  }

  private async ownerViews(p: Principal, rows: Activity[]): Promise<MyActivityDto[]> {
    if (!rows.length) return [];
    const now = this.clock.now();
    const [mine, projects] = await Promise.all([
      this.repo.mySignups(
        p.id,
        rows.map((a) => a.id),
      ),
      this.org.projectsByIds([...new Set(rows.map((a) => a.projectId))]),
    ]);
    const signed = new Set(mine.map((s) => s.activityId));
    const pj = new Map(projects.map((x) => [x.id, x]));
    return rows.map((a) => {
      const phase = this.phase(a, now);
      return {
        id: a.id,
        projectId: a.projectId,
        theme: a.theme,
        phase,
        phaseLabel: PHASE_LABELS[phase],
        plannedMonth: a.plannedMonth,
        startsAt: iso(a.startsAt),
        endsAt: iso(a.endsAt),
        place: a.place,
        capacity: a.capacity,
        signedPeople: a.signedPeople,
        projectName: pj.get(a.projectId)?.name ?? '',
        timeZone: pj.get(a.projectId)?.timezone ?? 'Asia/Shanghai',
        signedUp: signed.has(a.id),
      };
    });
  }

  /** R-ACT-02 what owners see: polls asking their opinion and published activities of their projects (ended ones for a week). */
  async mine(p: Principal, limit = 20): Promise<MyActivityPageDto> {
    const rooms = await this.people.approvedRooms(p.id);
    const now = this.clock.now();
    const rows = await this.repo.forOwners(
      [...new Set(rooms.map((r) => r.projectId))],
      now,
      new Date(now.getTime() - WEEK),
      Math.min(Math.max(limit, 1), 50),
    );
    return {
      items: await this.ownerViews(
        p,
        rows.filter((a) => a.status !== 'cancelled'),
      ),
    };
  }

  async myDetail(p: Principal, id: number): Promise<MyActivityDetailDto> {
    const a = await this.signups.ownerActivity(p, id);
    const [[view], poll, vote, signup] = await Promise.all([
      this.ownerViews(p, [a]),
      this.pollOf(a),
      this.repo.vote(a.id, p.id),
      this.repo.signupOf(a.id, p.id),
    ]);
    const active = signup?.status === 'active' ? signup : null;
    const label = active ? ((await this.people.roomLabels([active.roomId])).get(active.roomId)?.label ?? '') : '';
    return {
      ...view!,
      purpose: a.purpose,
      description: a.description,
      maxPerSignup: a.maxPerSignup,
      pollQuestion: a.pollQuestion,
      poll: a.publishedAt ? poll : poll.map((o) => ({ ...o, votes: vote ? o.votes : 0 })),
      myVote: vote?.choice ?? null,
      mySignup: active ? { roomId: active.roomId, roomLabel: label, name: active.name, people: active.people } : null,
    };
  }
}
