import { Inject, Injectable } from '@nestjs/common';
import { REPAIR_STATUS_LABELS, TIMELINE_EVENT_LABELS, type RepairStatus } from '@wy/shared';
import { AppError, badRequest } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { EventBus } from '../../events/event-bus.js';
import type { EventActor } from '../../events/events.js';
import { Clock } from '../../infra/clock.js';
import { SlaService, type ProjectSla } from '../sla/sla.service.js';
import { UploadService } from '../uploads/uploads.service.js';
import { RequestAccess } from './access.js';
import type { ActionOutcome, ActionTools } from './actions/action.js';
import { RotaTaken } from './actions/assign.js';
import { ActionRegistry } from './actions/registry.js';
import type { RepairCategory, ServiceRequest } from './entities.js';
import { requestRef } from './request-ref.js';
import { RequestReader } from './reading.service.js';
import type { ActionDto, RequestDetailDto } from './sr.dto.js';
import { ServiceRequestRepository } from './sr.repository.js';
import { TechnicianService } from './tech.service.js';
import { actorOf, TimelineWriter } from './timeline.js';

const noted = <T extends { id: number; name: string }>(names: Map<number, string>, staff: T[]): T[] => {
  for (const s of staff) names.set(s.id, s.name);
  return staff;
};

/**
 * Runs an action on a request (actions/*.ts, looked up by request type and name): load, check
 * the state machine and who may, let the action validate and describe the move, then one
 * transaction: the conditional UPDATE on the version (two people at once: one wins, the other
 * 409), the action's own writes, the timeline, and the events (SLA clocks, notifications,
 * billing listen). A round-robin turn taken by a concurrent dispatch retries the move.
 */
@Injectable()
export class RequestMoves {
  private readonly tools: ActionTools;
  constructor(
    @Inject(ServiceRequestRepository) private readonly repo: ServiceRequestRepository,
    @Inject(RequestAccess) private readonly access: RequestAccess,
    @Inject(ActionRegistry) private readonly actions: ActionRegistry,
    @Inject(TimelineWriter) private readonly timeline: TimelineWriter,
    @Inject(RequestReader) private readonly reader: RequestReader,
    @Inject(EventBus) private readonly events: EventBus,
    @Inject(SlaService) private readonly sla: SlaService,
    @Inject(UploadService) private readonly uploads: UploadService,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(TechnicianService) tech: TechnicianService,
  ) {
    this.tools = {
      technicians: (projectId) => tech.technicians(projectId),
      memberOfProject: (staffId, projectId) => tech.memberOfProject(staffId, projectId),
      checkUploads: (p, ids) => uploads.checkOwned(p, ids),
      storeSignature: async (p, png) =>
        (await uploads.put(p, { fileName: 'signature.png', contentType: 'image/png', contentBase64: png }, { thumbnail: false }))
          .id,
      discardUpload: (uploadId) => uploads.discard(uploadId),
      runningClock: (requestId, kind) => sla.runningClock(requestId, kind),
      insertCallbackRecord: (em, row) => repo.insertCallbackRecord(em, row),
      advanceRota: (em, categoryId, cursor) => repo.advanceRota(em, categoryId, cursor),
    };
  }

  async act(p: Principal, id: number, name: string, input: ActionDto): Promise<RequestDetailDto> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.once(p, id, name, input);
      } catch (e) {
        if (!(e instanceof RotaTaken)) throw e;
        if (attempt >= 4) throw new AppError('CONFLICT', '同时派单的人较多，请重试');
      }
    }
  }

  private async once(p: Principal, id: number, name: string, input: ActionDto): Promise<RequestDetailDto> {
    const row = await this.access.loadForMove(p, id);
    const { r, category } = row;
    const action = this.actions.get(r.type, name);
    const label = TIMELINE_EVENT_LABELS[name] ?? name;
    const from = r.status as RepairStatus;
    if (!action?.move.from.includes(from))
      throw new AppError('SRV_ILLEGAL_TRANSITION', `工单${REPAIR_STATUS_LABELS[from] ?? from}，不能${label}`, {
        status: from,
        action: name,
      });
    const done = action.alreadyDone?.(r) ?? action.notYet?.(r);
    if (done) throw new AppError('CONFLICT', done);
    const actors = this.access.actors(p, r);
    if (!this.access.mayTake(action, p, r, actors)) throw new AppError('FORBIDDEN', `您不能对该工单执行“${label}”`);
    if (action.move.needsReason && !input.reason?.trim()) throw badRequest(`${label}需要填写原因`);
    if (input.photoIds?.length) await this.uploads.checkOwned(p, input.photoIds);
    const now = this.clock.now();
    const settings = await this.sla.settings(r.projectId);
    // the staff names the action reads (the technician it dispatches to) name them in the answer too
    const names = new Map(row.staffNames);
    const tools: ActionTools = {
      ...this.tools,
      technicians: async (projectId) => noted(names, await this.tools.technicians(projectId)),
      memberOfProject: async (staffId, projectId) => {
        const s = await this.tools.memberOfProject(staffId, projectId);
        if (s) names.set(s.id, s.name);
        return s;
      },
    };
    const out = await action.run({ p, r, input, now, settings, category, actors, tools });
    const to = out.to ?? (action.move.to === 'same' ? from : action.move.to);
    const actor = actorOf(p);
    try {
      await this.commit(r, name, from, to, now, actor, out, input, category, settings);
    } catch (e) {
      await out.undo?.();
      throw e;
    }
    if (out.then) return this.act(p, id, out.then.action, out.then.input);
    // the answer: the row read above with what the move wrote (the UPDATE was conditional on its version)
    return this.reader.detailAfterMove(p, row, { ...out.patch, status: to, updatedAt: now, version: r.version + 1 }, names);
  }

  /** The move in one transaction: the conditional UPDATE, the action's own writes, the timeline, the events. */
  private commit(
    r: ServiceRequest,
    name: string,
    from: RepairStatus,
    to: RepairStatus,
    now: Date,
    actor: EventActor,
    out: ActionOutcome,
    input: ActionDto,
    category: RepairCategory | null,
    settings: ProjectSla,
  ): Promise<void> {
    return this.repo.transaction(async (em) => {
      if (!(await this.repo.move(em, r, { ...out.patch, status: to, updatedAt: now })))
        throw new AppError('CONFLICT', '工单刚被其他人处理过，请刷新后重试');
      await out.within?.(em);
      const step = { action: name, from, to, at: now, actor };
      await this.timeline.write(em, {
        requestId: r.id,
        projectId: r.projectId,
        ...step,
        note: out.note,
        ownerNote: out.ownerNote,
        photoIds: out.photoIds ?? input.photoIds,
        data: out.data,
      });
      await this.events.publish(em, 'request.moved', {
        ...requestRef(r, category, settings),
        ...step,
        cycle: r.cycle,
        assignedTo: out.assignedTo ?? null,
        clocks: out.clocks ?? [],
      });
      for (const e of out.raises ?? []) await this.events.publish(em, e.name, e.payload as never);
    });
  }
}
