import { Inject, Injectable } from '@nestjs/common';
import { MOVEIN_DEFECT_STATUS_LABELS, moveInDefectMoveAllowed, type MoveInDefectStatus } from '@wy/shared';
import { AppError, badRequest, notFound } from '../../common/app-error.js';
import type { Principal } from '../../common/principal.js';
import { asStaff, ensureProjectInScope } from '../../common/scope.js';
import type { EventActor } from '../../events/events.js';
import { Clock } from '../../infra/clock.js';
import type { MoveIn } from './entities.js';
import type { DefectMoveDto, SendDefectsDto } from './move-in.dto.js';
import { MoveInRepository } from './move-in.repository.js';
import { MoveInReader } from './reading.service.js';
import { MoveInTimeline } from './timeline.js';

/**
 * R-MOV-04 the defects found at the inspection: the 房屋遗留问题登记表 sent to the developer in writing (when,
 * how, by whom — recorded once), each line tracked (待处理 → 整改中 → 已整改) by the centre as the developer
 * repairs, and confirmed by the owner in the mini-program (业主确认) or sent back (整改中, with their words).
 * Each move is a conditional update on the line's version and a step on the move-in's timeline the owner reads.
 */
@Injectable()
export class MoveInDefects {
  constructor(
    @Inject(MoveInRepository) private readonly repo: MoveInRepository,
    @Inject(MoveInTimeline) private readonly timeline: MoveInTimeline,
    @Inject(MoveInReader) private readonly reader: MoveInReader,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async send(p: Principal, id: number, b: SendDefectsDto): Promise<MoveIn> {
    const s = asStaff(p);
    const m = await this.repo.moveIn(id);
    if (!m) throw notFound('入伙记录');
    ensureProjectInScope(p, m.projectId, '入伙记录');
    const lines = await this.repo.defects(m.id);
    if (!lines.length) throw new AppError('CONFLICT', '该房屋没有登记遗留问题');
    if (m.defectsSentAt) throw new AppError('CONFLICT', '遗留问题登记表已送达开发商');
    const now = this.clock.now();
    const note = b.note.trim();
    await this.repo.transaction(async (em) => {
      const patch = { defectsSentAt: now, defectsSentNote: note, defectsSentByName: (s.name || '员工').slice(0, 50), updatedAt: now };
      if (!(await this.repo.move(em, m, patch))) throw new AppError('CONFLICT', '该入伙记录刚被其他工作人员办理，请刷新后重试');
      await this.timeline.write(em, m, {
        actor: { kind: 'staff', id: s.id, name: s.name || '员工' },
        action: 'send_defects',
        from: m.status,
        to: m.status,
        at: now,
        note: `《房屋遗留问题登记表》（${lines.length} 项）已书面送达开发商：${note}`,
        ownerNote: `您登记的 ${lines.length} 项房屋遗留问题已书面提交开发商整改，进度会在这里更新`,
      });
    });
    return (await this.repo.moveIn(m.id))!;
  }

  /** The centre records the developer's progress on a line. */
  async moveByStaff(p: Principal, defectId: number, b: DefectMoveDto): Promise<MoveIn> {
    const s = asStaff(p);
    const d = await this.repo.defect(defectId);
    if (!d) throw notFound('遗留问题');
    ensureProjectInScope(p, d.projectId, '遗留问题');
    const m = (await this.repo.moveIn(d.moveInId))!;
    if (!m.defectsSentAt) throw new AppError('CONFLICT', '请先将《房屋遗留问题登记表》送达开发商，再登记整改进度');
    return this.move({ kind: 'staff', id: s.id, name: s.name || '员工' }, m, d, b);
  }

  /** The owner confirms a fixed line, or says it is not fixed (with their words). */
  async moveByOwner(p: Principal, moveInId: number, defectId: number, b: DefectMoveDto): Promise<MoveIn> {
    const m = await this.reader.mineOne(p, moveInId);
    const d = await this.repo.defect(defectId);
    if (!d || d.moveInId !== m.id) throw notFound('遗留问题');
    return this.move({ kind: 'owner', id: p.id, name: p.name || '业主' }, m, d, b);
  }

  private async move(actor: EventActor, m: MoveIn, d: Awaited<ReturnType<MoveInRepository['defect']>> & object, b: DefectMoveDto): Promise<MoveIn> {
    const by = actor.kind;
    if (!moveInDefectMoveAllowed(by, d.status, b.to))
      throw new AppError(
        'CONFLICT',
        by === 'owner'
          ? '只有“已整改”的问题可以确认或退回'
          : `“${MOVEIN_DEFECT_STATUS_LABELS[d.status as MoveInDefectStatus] ?? d.status}”的问题不能改为“${MOVEIN_DEFECT_STATUS_LABELS[b.to]}”`,
      );
    const note = b.note?.trim() || null;
    if (by === 'owner' && b.to === 'fixing' && (!note || note.length < 2)) throw badRequest('请说明还有什么问题（至少2个字）');
    const now = this.clock.now();
    const label = MOVEIN_DEFECT_STATUS_LABELS[b.to];
    await this.repo.transaction(async (em) => {
      if (!(await this.repo.moveDefect(em, d, { status: b.to, progressNote: note ?? d.progressNote, updatedAt: now })))
        throw new AppError('CONFLICT', '该问题的进度刚被更新，请刷新后重试');
      const what = `${d.place}：${d.description}`.slice(0, 120);
      await this.timeline.write(em, m, {
        actor,
        action: 'defect',
        from: d.status,
        to: b.to,
        at: now,
        note: `${by === 'owner' ? '业主' : ''}${label}｜${what}${note ? '（' + note + '）' : ''}`,
        ownerNote:
          by === 'owner'
            ? `${b.to === 'confirmed' ? '您已确认整改完成' : '您反馈仍未修好'}｜${what}`
            : `遗留问题${label}｜${what}${note ? '（' + note + '）' : ''}`,
      });
    });
    return m;
  }
}
