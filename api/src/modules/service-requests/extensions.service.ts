import { Inject, Injectable } from '@nestjs/common';
import { formatLocal, type SlaClockKind } from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { SlaService } from '../sla/sla.service.js';
import { RequestAccess } from './access.js';
import type { ExtensionDto, RequestExtensionDto } from './extensions.dto.js';
import { ServiceRequestRepository } from './sr.repository.js';
import { TimelineWriter } from './timeline.js';

/**
 * Extensions of a request's promises: asked for with a reason, effective only once someone else
 * approves (recorded, audited, on the timeline). The clocks and the extension rows are sla's;
 * the request, its timeline and who may ask are here.
 */
@Injectable()
export class RequestExtensions {
  constructor(
    @Inject(ServiceRequestRepository) private readonly repo: ServiceRequestRepository,
    @Inject(RequestAccess) private readonly access: RequestAccess,
    @Inject(TimelineWriter) private readonly timeline: TimelineWriter,
    @Inject(SlaService) private readonly sla: SlaService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async request(p: Principal, requestId: number, b: RequestExtensionDto): Promise<ExtensionDto> {
    const req = await this.access.load(p, requestId);
    const clock = await this.sla.runningClock(requestId, b.kind as SlaClockKind, req.cycle);
    if (!clock) throw new AppError('CONFLICT', '该承诺已完成或不存在，无需延期');
    const until = new Date(b.until);
    if (Number.isNaN(until.getTime()) || until <= clock.dueAt) throw badRequest('延期时间必须晚于原定时限');
    const now = this.clock.now();
    const { calendar } = await this.sla.settings(req.projectId);
    // the request and its timeline event are one write
    const extensionId = await this.repo.transaction(async (em) => {
      const id = await this.sla.requestExtension(em, {
        projectId: req.projectId,
        requestId,
        clockId: clock.id,
        until,
        reason: b.reason,
        by: p.id,
        at: now,
      });
      await this.timeline.note(
        em,
        p,
        req,
        'extension_request',
        now,
        `申请延期至 ${formatLocal(until, calendar.timeZone)}：${b.reason}`,
      );
      return id;
    });
    return (await this.list(p, req.projectId, { id: extensionId }))[0]!;
  }

  async list(
    p: Principal,
    projectId: number,
    f: { status?: string; id?: number; requestId?: number } = {},
  ): Promise<ExtensionDto[]> {
    ensureProjectInScope(p, projectId, '项目');
    const rows = await this.sla.extensions(projectId, f);
    if (!rows.length) return [];
    const clocks = await this.sla.clocksByIds(rows.map((r) => r.clockId));
    const reqs = await this.repo.briefs([...new Set(rows.map((r) => r.requestId))]);
    return rows.map((x) => {
      const c = clocks.find((k) => k.id === x.clockId)!;
      return {
        id: x.id,
        requestId: x.requestId,
        requestCode: reqs.find((r) => r.id === x.requestId)?.code ?? '',
        kind: c.kind,
        clockId: c.id,
        cycle: c.cycle,
        dueAt: c.dueAt.toISOString(),
        until: x.until.toISOString(),
        reason: x.reason,
        status: x.status,
        requestedAt: x.requestedAt.toISOString(),
        decisionNote: x.decisionNote,
      };
    });
  }

  /** Approval moves the clock's effective due time; one decision only (conditional update). */
  async decide(p: Principal, id: number, approve: boolean, note?: string): Promise<ExtensionDto> {
    const x = await this.sla.extension(id);
    if (!x) throw notFound('延期申请');
    ensureProjectInScope(p, x.projectId, '延期申请');
    if (x.requestedBy === p.id) throw new AppError('FORBIDDEN', '不能审批自己的延期申请');
    const now = this.clock.now();
    if (approve) {
      const [clock] = await this.sla.clocksByIds([x.clockId]);
      if (!clock || clock.metAt) throw new AppError('CONFLICT', '该承诺已完成，无需再延期（可驳回此申请）');
    }
    await this.repo.transaction(async (em) => {
      if (!(await this.sla.decideExtension(em, x, { approve, by: p.id, at: now, note: note ?? null })))
        throw new AppError('CONFLICT', '该延期申请已处理');
      const req = (await this.repo.request(x.requestId, em))!;
      const { calendar } = await this.sla.settings(x.projectId, em);
      await this.timeline.note(
        em,
        p,
        req,
        approve ? 'extension_approved' : 'extension_rejected',
        now,
        `${approve ? '批准' : '驳回'}延期至 ${formatLocal(x.until, calendar.timeZone)}${note ? '：' + note : ''}`,
      );
      await this.audit.record(
        p,
        {
          projectId: x.projectId,
          entity: 'sla_extension',
          entityId: id,
          action: approve ? 'approve' : 'reject',
          from: 'pending',
          to: approve ? 'approved' : 'rejected',
          note,
        },
        em,
      );
    });
    return (await this.list(p, x.projectId, { id }))[0]!;
  }
}
