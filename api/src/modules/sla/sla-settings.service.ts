import { Inject, Injectable } from '@nestjs/common';
import {
  isCalendarDate,
  DEFAULT_REPAIR_SLA,
  dueAt,
  repairClockDuration,
  repairRequiredBy,
  type RepairSlaSettings,
  type SlaDuration,
} from '@wy/shared';
import { badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { ensureProjectInScope } from '../../common/scope.js';
import { Clock } from '../../infra/clock.js';
import { AuditService } from '../audit/audit.service.js';
import { OrgLookup } from '../org/org-lookup.service.js';
import type { DuePreviewDto, DuePreviewQuery, PutSlaSettingsDto, RepairSlaDto, SlaSettingsDto } from './sla.dto.js';
import { SlaRepository } from './sla.repository.js';
import { SlaService } from './sla.service.js';

const UNITS = ['minutes', 'hours', 'days', 'working_days'];
function checkDuration(label: string, d: unknown): SlaDuration {
  const x = d as SlaDuration;
  if (!x || typeof x !== 'object' || !Number.isInteger(x.value) || x.value <= 0 || x.value > 10000 || !UNITS.includes(x.unit)) {
    throw badRequest(`${label}必须是正整数加单位（分钟、小时、天或工作日）`);
  }
  return { value: x.value, unit: x.unit };
}

/** Per-project SLA settings (data, not code) and the due times they give. */
@Injectable()
export class SlaSettingsService {
  constructor(
    @Inject(SlaRepository) private readonly repo: SlaRepository,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(SlaService) private readonly sla: SlaService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(OrgLookup) private readonly org: OrgLookup,
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
      contact: checkDuration('联系业主时限', r.contact ?? DEFAULT_REPAIR_SLA.contact),
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
      if (!Array.isArray(list) || list.length > 400 || !list.every(isCalendarDate))
        throw badRequest(`${label}必须是 YYYY-MM-DD 日期列表`);
    }
    await this.repo.transaction(async (em) => {
      for (const [key, value] of [
        ['repair_sla', repair],
        ['calendar', { holidays: b.holidays, workdays: b.workdays }],
      ] as const)
        await this.org.putSetting(em, projectId, key, value);
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

  /**
   * When a promise started at `from` falls due under the project's own durations and calendar
   * (issue 8: the console asks instead of recomputing with defaults). For resolve, the agreed
   * visit's end counts when later (the intake's required-by and default promised time).
   */
  async duePreview(p: Principal, q: DuePreviewQuery): Promise<DuePreviewDto> {
    ensureProjectInScope(p, q.projectId, '项目');
    if (!(await this.org.projectsByIds([q.projectId])).length) throw notFound('项目');
    const { repair, calendar } = await this.sla.settings(q.projectId);
    const kind = q.kind ?? 'resolve';
    const urgency = q.urgency ?? 'normal';
    const from = q.from ? new Date(q.from) : this.clock.now();
    const duration = repairClockDuration(repair, kind, urgency);
    const due =
      kind === 'resolve'
        ? repairRequiredBy(repair, calendar, urgency, from, q.appointmentEnd ? new Date(q.appointmentEnd) : null)
        : dueAt(from, duration, calendar);
    return { kind, urgency, from: from.toISOString(), duration, dueAt: due.toISOString(), timeZone: calendar.timeZone };
  }
}
