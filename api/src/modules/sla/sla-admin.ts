import { Body, Controller, Get, HttpCode, Inject, Injectable, Post, Put, Query } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsArray, IsObject } from 'class-validator';
import { DEFAULT_REPAIR_SLA, formatLocal, SLA_CLOCK_KINDS, type RepairSlaSettings, type SlaDuration } from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import { Id, Me, StaffOnly } from '../../common/decorators.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { Int, OneOf, Str } from '../../common/validation.js';
import { Clock } from '../../infra/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { ServiceRequestRepository } from '../service-requests/sr.repository.js';
import { SlaRepository } from './sla.repository.js';
import { SlaService } from './sla.service.js';

export class RequestExtensionDto {
  @OneOf('承诺', SLA_CLOCK_KINDS) kind: (typeof SLA_CLOCK_KINDS)[number];
  @Str('延期至', { max: 40, pattern: /^\d{4}-\d{2}-\d{2}T/, patternMessage: '延期至必须是完整的日期时间' }) until: string;
  @Str('延期原因', { max: 200 }) reason: string;
}
export class DecideDto {
  @Str('审批意见', { optional: true, max: 200 }) note?: string;
}
export class ExtensionQuery {
  @Int('项目ID', { min: 1 }) projectId: number;
  @OneOf('状态', ['pending', 'approved', 'rejected'] as const, { optional: true }) status?: 'pending' | 'approved' | 'rejected';
  @Int('工单', { optional: true, min: 1 }) requestId?: number;
}
export class ExtensionDto {
  @ApiProperty() id: number;
  @ApiProperty() requestId: number;
  @ApiProperty() requestCode: string;
  @ApiProperty() kind: string;
  @ApiProperty({ description: '所延期的承诺（时限）' }) clockId: number;
  @ApiProperty() cycle: number;
  @ApiProperty({ format: 'date-time' }) dueAt: string;
  @ApiProperty({ format: 'date-time' }) until: string;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: ['pending', 'approved', 'rejected'] }) status: string;
  @ApiProperty({ format: 'date-time' }) requestedAt: string;
  @ApiProperty({ type: String, nullable: true }) decisionNote: string | null;
}
export class SlaDurationDto {
  @ApiProperty() value: number;
  @ApiProperty({ enum: ['minutes', 'hours', 'days', 'working_days'] }) unit: string;
}
export class RepairSlaDto {
  @ApiProperty({ type: SlaDurationDto }) entry: SlaDurationDto;
  @ApiProperty({ type: SlaDurationDto }) dispatch: SlaDurationDto;
  @ApiProperty({ type: 'object', additionalProperties: { $ref: '#/components/schemas/SlaDurationDto' } }) resolve: Record<
    string,
    SlaDurationDto
  >;
  @ApiProperty({ type: SlaDurationDto, description: '工单交回后录入完工信息（R-REP-05）' }) completionEntry: SlaDurationDto;
  @ApiProperty({ type: SlaDurationDto }) callback: SlaDurationDto;
  @ApiProperty({ type: SlaDurationDto }) secondCallback: SlaDurationDto;
}
export class SlaSettingsDto {
  @ApiProperty({ type: RepairSlaDto }) repair: RepairSlaDto;
  @ApiProperty({ type: [String], description: '节假日（YYYY-MM-DD）' }) holidays: string[];
  @ApiProperty({ type: [String], description: '调休上班日（YYYY-MM-DD）' }) workdays: string[];
}
export class PutSlaSettingsDto {
  @ApiProperty({ type: RepairSlaDto }) @IsObject({ message: '时限设置必须是对象' }) repair: RepairSlaSettings;
  @ApiProperty({ type: [String] }) @IsArray({ message: '节假日必须是列表' }) holidays: string[];
  @ApiProperty({ type: [String] }) @IsArray({ message: '调休上班日必须是列表' }) workdays: string[];
}

const UNITS = ['minutes', 'hours', 'days', 'working_days'];
function checkDuration(label: string, d: unknown): SlaDuration {
  const x = d as SlaDuration;
  if (!x || typeof x !== 'object' || !Number.isInteger(x.value) || x.value <= 0 || x.value > 10000 || !UNITS.includes(x.unit)) {
    throw badRequest(`${label}必须是正整数加单位（分钟、小时、天或工作日）`);
  }
  return { value: x.value, unit: x.unit };
}
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Per-project SLA settings (data, not code) and approved, recorded extensions. */
@Injectable()
export class SlaAdminService {
  constructor(
    @Inject(SlaRepository) private readonly repo: SlaRepository,
    @Inject(ServiceRequestRepository) private readonly requests: ServiceRequestRepository,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(SlaService) private readonly sla: SlaService,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async getSettings(p: Principal, projectId: number): Promise<SlaSettingsDto> {
    ensureProjectInScope(p, projectId, '项目');
    const s = await this.sla.settings(projectId);
    return {
      repair: s.repair as unknown as RepairSlaDto,
      holidays: [...s.calendar.holidays],
      workdays: [...(s.calendar.workdays ?? [])],
    };
  }

  async putSettings(p: Principal, projectId: number, b: PutSlaSettingsDto): Promise<SlaSettingsDto> {
    ensureProjectInScope(p, projectId, '项目');
    const r = b.repair ?? DEFAULT_REPAIR_SLA;
    const repair: RepairSlaSettings = {
      entry: checkDuration('录入时限', r.entry),
      dispatch: checkDuration('派单时限', r.dispatch),
      resolve: {
        emergency: checkDuration('紧急维修时限', r.resolve?.emergency),
        urgent: checkDuration('加急维修时限', r.resolve?.urgent),
        normal: checkDuration('一般维修时限', r.resolve?.normal),
      },
      completionEntry: checkDuration('完工录入时限', r.completionEntry ?? DEFAULT_REPAIR_SLA.completionEntry),
      callback: checkDuration('回访时限', r.callback),
      secondCallback: checkDuration('二次回访时限', r.secondCallback),
    };
    for (const [label, list] of [
      ['节假日', b.holidays],
      ['调休上班日', b.workdays],
    ] as const) {
      if (!Array.isArray(list) || list.length > 400 || list.some((d) => typeof d !== 'string' || !DATE.test(d)))
        throw badRequest(`${label}必须是 YYYY-MM-DD 日期列表`);
    }
    await this.repo.transaction(async (em) => {
      for (const [key, value] of [
        ['repair_sla', repair],
        ['calendar', { holidays: b.holidays, workdays: b.workdays }],
      ] as const)
        await this.repo.putSetting(em, projectId, key, value);
      await this.audit.record(
        p,
        {
          projectId,
          entity: 'project',
          entityId: projectId,
          action: 'sla_settings',
          note: JSON.stringify({ repair, holidays: b.holidays.length, workdays: b.workdays.length }),
        },
        em,
      );
    });
    this.sla.invalidateSettings(projectId);
    return this.getSettings(p, projectId);
  }

  async requestExtension(p: Principal, requestId: number, b: RequestExtensionDto): Promise<ExtensionDto> {
    const req = await this.requests.request(requestId);
    if (!req) throw notFound('工单');
    ensureProjectInScope(p, req.projectId, '工单');
    const clock = await this.repo.runningClock(requestId, b.kind, req.cycle);
    if (!clock) throw new AppError('CONFLICT', '该承诺已完成或不存在，无需延期');
    const until = new Date(b.until);
    if (Number.isNaN(until.getTime()) || until <= clock.dueAt) throw badRequest('延期时间必须晚于原定时限');
    const now = this.clock.now();
    const { calendar } = await this.sla.settings(req.projectId);
    // the request and its timeline event are one write
    const extensionId = await this.repo.transaction(async (em) => {
      const id = await this.repo.insertExtension(
        {
          projectId: req.projectId,
          requestId,
          clockId: clock.id,
          until,
          reason: b.reason,
          status: 'pending',
          requestedBy: p.id,
          requestedAt: now,
          decidedBy: null,
          decidedAt: null,
          decisionNote: null,
        },
        em,
      );
      await this.requests.insertEvent(
        {
          requestId,
          projectId: req.projectId,
          at: now,
          actorKind: p.kind,
          actorId: p.id,
          actorName: p.name,
          action: 'extension_request',
          fromStatus: req.status,
          toStatus: req.status,
          note: `申请延期至 ${formatLocal(until, calendar.timeZone)}：${b.reason}`,
          data: null,
          photoIds: null,
        },
        em,
      );
      return id;
    });
    return (await this.list(p, req.projectId, undefined, extensionId))[0]!;
  }

  async list(p: Principal, projectId: number, status?: string, id?: number, requestId?: number): Promise<ExtensionDto[]> {
    ensureProjectInScope(p, projectId, '项目');
    const rows = await this.repo.extensions(projectId, status, id, requestId);
    if (!rows.length) return [];
    const clocks = await this.repo.clocksByIds(rows.map((r) => r.clockId));
    const reqs = await this.requests.requestsByIds(rows.map((r) => r.requestId));
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
    const x = await this.repo.extension(id);
    if (!x) throw notFound('延期申请');
    ensureProjectInScope(p, x.projectId, '延期申请');
    if (x.requestedBy === p.id) throw new AppError('FORBIDDEN', '不能审批自己的延期申请');
    const now = this.clock.now();
    if (approve) {
      const [clock] = await this.repo.clocksByIds([x.clockId]);
      if (!clock || clock.metAt) throw new AppError('CONFLICT', '该承诺已完成，无需再延期（可驳回此申请）');
    }
    await this.repo.transaction(async (em) => {
      const decided = await this.repo.decideExtension(em, id, {
        status: approve ? 'approved' : 'rejected',
        decidedBy: p.id,
        decidedAt: now,
        decisionNote: note ?? null,
      });
      if (!decided) throw new AppError('CONFLICT', '该延期申请已处理');
      if (approve)
        await this.repo.extendClock(em, x.clockId, {
          extendedUntil: x.until,
          extensionApprovedBy: p.id,
          extensionReason: x.reason,
        });
      const req = await this.requests.request(x.requestId, em);
      await this.requests.insertEvent(
        {
          requestId: x.requestId,
          projectId: x.projectId,
          at: now,
          actorKind: p.kind,
          actorId: p.id,
          actorName: p.name,
          action: approve ? 'extension_approved' : 'extension_rejected',
          fromStatus: req?.status ?? null,
          toStatus: req?.status ?? null,
          note: `${approve ? '批准' : '驳回'}延期至 ${formatLocal(x.until, (await this.sla.settings(x.projectId, em)).calendar.timeZone)}${note ? '：' + note : ''}`,
          data: null,
          photoIds: null,
        },
        em,
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
    return (await this.list(p, x.projectId, undefined, id))[0]!;
  }
}

@ApiTags('sla')
@Controller()
export class SlaAdminController {
  constructor(@Inject(SlaAdminService) private readonly s: SlaAdminService) {}

  @Get('projects/:id/sla-settings')
  @StaffOnly()
  @ApiOkResponse({ type: SlaSettingsDto })
  get(@Me() me: Principal, @Id() id: number) {
    return this.s.getSettings(me, id);
  }
  @Put('projects/:id/sla-settings')
  @StaffOnly('sla.settings')
  @ApiOkResponse({ type: SlaSettingsDto })
  put(@Me() me: Principal, @Id() id: number, @Body() b: PutSlaSettingsDto) {
    return this.s.putSettings(me, id, b);
  }
  @Post('service-requests/:id/extensions')
  @StaffOnly()
  @ApiOkResponse({ type: ExtensionDto })
  request(@Me() me: Principal, @Id() id: number, @Body() b: RequestExtensionDto) {
    return this.s.requestExtension(me, id, b);
  }
  @Get('sla-extensions')
  @StaffOnly()
  @ApiOkResponse({ type: [ExtensionDto] })
  list(@Me() me: Principal, @Query() q: ExtensionQuery) {
    return this.s.list(me, q.projectId, q.status, undefined, q.requestId);
  }
  @Post('sla-extensions/:id/approve')
  @StaffOnly('sla.approve')
  @HttpCode(200)
  @ApiOkResponse({ type: ExtensionDto })
  approve(@Me() me: Principal, @Id() id: number, @Body() b: DecideDto) {
    return this.s.decide(me, id, true, b.note);
  }
  @Post('sla-extensions/:id/reject')
  @StaffOnly('sla.approve')
  @HttpCode(200)
  @ApiOkResponse({ type: ExtensionDto })
  reject(@Me() me: Principal, @Id() id: number, @Body() b: DecideDto) {
    return this.s.decide(me, id, false, b.note);
  }
}
