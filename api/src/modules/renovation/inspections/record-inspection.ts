import { Inject, Injectable } from '@nestjs/common';
import {
  RENO_NOTICE_OUTCOME_LABELS,
  RENO_REPORTED_LABEL,
  isRenoViolationKind,
  renoIsActive,
  renoMayRefuseNotice,
  renoNoticePrefix,
  renoRectifyByProblem,
  renoViolationsText,
} from '@wy/shared';
import { AppError, badRequest, notFound } from '../../../common/app-error.js';
import { nextDailyCode } from '../../../common/daily-code.js';
import type { Principal } from '../../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../../common/scope.js';
import { isUniqueViolation } from '../../../database/errors.js';
import type { EventActor } from '../../../events/events.js';
import { Clock } from '../../../infra/clock.js';
import { UploadService } from '../../uploads/uploads.service.js';
import type { RenoInspectionDto } from '../renovation.dto.js';
import { RenovationRepository } from '../renovation.repository.js';
import { RenoProjects } from '../settings.js';
import { RenoTimeline } from '../timeline.js';

/**
 * R-REN-06 记录巡查: the day's inspection of an active renovation (permitted, not yet accepted), one per
 * renovation and local day — the unique row keeps the first of two at once, the other gets 409. Fine, or the
 * violations found: a rectification notice (整改通知书, code ZG + project + yymmdd + serial, unique) with its
 * deadline, which the owner reads at once. The same visit re-inspects the open notices: 已整改, or — once the
 * deadline has passed — 拒不整改, reported to the authorities (who, when). Photos through uploads.
 */
@Injectable()
export class RecordInspection {
  constructor(
    @Inject(RenovationRepository) private readonly repo: RenovationRepository,
    @Inject(RenoProjects) private readonly projects: RenoProjects,
    @Inject(RenoTimeline) private readonly timeline: RenoTimeline,
    @Inject(UploadService) private readonly uploads: UploadService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async run(p: Principal, id: number, dto: RenoInspectionDto): Promise<number> {
    const staff = asStaff(p);
    const r = await this.repo.renovation(id);
    if (!r) throw notFound('装修申请');
    ensureProjectInScope(p, r.projectId, '装修申请');
    if (!renoIsActive(r.status)) throw new AppError('CONFLICT', '该装修不在施工中，无需巡查');
    const project = await this.projects.of(r.projectId);
    const now = this.clock.now();
    const today = project.today(now);
    const violations = [...new Set(dto.violations ?? [])].filter(isRenoViolationKind);
    const note = dto.note?.trim() || null;
    if (dto.result === 'violation') {
      if (!violations.length) throw badRequest('请选择发现的违规情况');
      const problem = renoRectifyByProblem(dto.deadlineOn, today);
      if (problem) throw badRequest(problem);
    } else if (violations.length) throw badRequest('巡查结果为正常时不能选择违规情况');
    const open = (await this.repo.notices(r.id)).filter((n) => n.status === 'open');
    const outcomes = dto.notices ?? [];
    for (const o of outcomes) {
      const n = open.find((x) => x.id === o.noticeId);
      if (!n) throw badRequest('整改通知书不存在或已处理');
      if (o.outcome === 'refused' && !renoMayRefuseNotice(n.deadlineOn, today))
        throw badRequest(`整改通知书 ${n.code} 的整改期限（${n.deadlineOn}）未到，不能认定拒不整改`);
    }
    const uploadIds = [...new Set(dto.uploadIds ?? [])];
    if (uploadIds.length) await this.uploads.checkOwned(p, uploadIds);
    const actor: EventActor = { kind: 'staff', id: staff.id, name: staff.name || '员工' };
    const prefix = renoNoticePrefix(project.code, today);
    if (dto.result === 'violation') await this.repo.openDailyCounter(prefix);
    let inspectionId = 0;
    try {
      await this.repo.transaction(async (em) => {
        inspectionId = await this.repo.insertInspection(
          em,
          {
            renovationId: r.id,
            projectId: r.projectId,
            onDate: today,
            result: dto.result,
            violations,
            note,
            inspectorId: staff.id,
            inspectorName: actor.name.slice(0, 50),
            at: now,
          },
          uploadIds,
        );
        const staffLines: string[] = [dto.result === 'ok' ? '日常巡查：正常' : `日常巡查：发现违规 ${renoViolationsText(violations)}`];
        const ownerLines: string[] = [];
        if (note) staffLines.push(note);
        if (dto.result === 'violation') {
          const code = await nextDailyCode(em, prefix);
          await this.repo.insertNotice(em, {
            renovationId: r.id,
            projectId: r.projectId,
            inspectionId,
            code,
            violations,
            note,
            deadlineOn: dto.deadlineOn!,
            status: 'open',
            issuedAt: now,
            issuedByName: actor.name.slice(0, 50),
            closedAt: null,
            closedByName: null,
            closedInspectionId: null,
            reportedAt: null,
            reportedByName: null,
            reportNote: null,
          });
          staffLines.push(`发出整改通知书 ${code}，整改期限 ${dto.deadlineOn}`);
          ownerLines.push(`巡查发现：${renoViolationsText(violations)}。已发出整改通知书 ${code}，请于 ${dto.deadlineOn} 前整改完毕`);
        }
        for (const o of outcomes) {
          if (o.outcome === 'pending') continue;
          const n = open.find((x) => x.id === o.noticeId)!;
          const refused = o.outcome === 'refused';
          const reportNote = refused ? o.reportNote?.trim() || null : null;
          const closed = await this.repo.closeNotice(em, n.id, {
            status: o.outcome,
            closedAt: now,
            closedByName: actor.name.slice(0, 50),
            closedInspectionId: inspectionId,
            ...(refused ? { reportedAt: now, reportedByName: actor.name.slice(0, 50), reportNote } : {}),
          });
          if (!closed) throw new AppError('CONFLICT', `整改通知书 ${n.code} 刚被他人处理，请刷新后重试`);
          staffLines.push(
            `复查整改通知书 ${n.code}：${RENO_NOTICE_OUTCOME_LABELS[o.outcome]}${refused ? `，已${RENO_REPORTED_LABEL}${reportNote ? '（' + reportNote + '）' : ''}` : ''}`,
          );
          ownerLines.push(refused ? `整改通知书 ${n.code} 逾期未整改，已${RENO_REPORTED_LABEL}` : `整改通知书 ${n.code} 已整改`);
        }
        await this.timeline.write(em, r, {
          actor,
          action: 'inspect',
          from: r.status,
          to: r.status,
          at: now,
          note: staffLines.join('；'),
          ownerNote: ownerLines.length ? ownerLines.join('；') : null,
        });
      });
    } catch (e) {
      if (isUniqueViolation(e)) throw new AppError('CONFLICT', '该装修今天已巡查过，请勿重复记录');
      throw e;
    }
    return inspectionId;
  }
}
