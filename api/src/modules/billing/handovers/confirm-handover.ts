import { Inject, Injectable } from '@nestjs/common';
import { fenToYuanString } from '@wy/shared';
import { AppError, badRequest, conflict } from '../../../common/app-error.js';
import type { Principal } from '../../../common/principal.js';
import { asStaff } from '../../../common/scope.js';
import { Clock } from '../../../infra/clock.js';
import { AuditService } from '../../audit/audit.service.js';
import type { CashConfirmHandoverDto, CashHandoverDetailDto } from '../handover.dto.js';
import { HandoverRepository } from '../handover.repository.js';
import { HandoverView } from './handover-view.js';

export const HANDOVER_FINAL = '该交款单已确认，不能再修改';
export const handoverClosedMessage = (status: string) =>
  status === 'withdrawn' ? '该交款单已撤回' : status === 'submitted' ? '该交款单刚被处理，请刷新' : HANDOVER_FINAL;

/**
 * R-FEE-06 finance confirms the cash of a handover: counted as expected (已确认), or less (短款) with the
 * reason. Never the cashier's own handover. One conditional update from 待确认: two at once, one wins;
 * a confirmed handover never changes again.
 */
@Injectable()
export class ConfirmHandover {
  constructor(
    @Inject(HandoverRepository) private readonly repo: HandoverRepository,
    @Inject(HandoverView) private readonly view: HandoverView,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async run(p: Principal, id: number, dto: CashConfirmHandoverDto): Promise<CashHandoverDetailDto> {
    const staff = asStaff(p);
    const h = await this.view.load(p, id);
    if (h.status !== 'submitted') throw conflict(handoverClosedMessage(h.status));
    if (h.cashierStaffId === staff.id) throw new AppError('FORBIDDEN', '不能确认自己的交款单，请由其他财务人员确认');
    const expected = Number(h.cashFen);
    if (dto.receivedCashFen > expected)
      throw badRequest(
        `实收现金 ¥${fenToYuanString(dto.receivedCashFen)} 多于应交现金 ¥${fenToYuanString(expected)}，请核对后再确认`,
      );
    const short = dto.receivedCashFen < expected;
    const note = dto.note?.trim() || null;
    if (short && (!note || note.length < 2))
      throw badRequest(`实收现金少于应交现金（短款 ¥${fenToYuanString(expected - dto.receivedCashFen)}），请填写短款原因`);
    const won = await this.repo.move(null, id, ['submitted'], {
      status: short ? 'short' : 'confirmed',
      receivedCashFen: dto.receivedCashFen,
      confirmedByStaffId: staff.id,
      confirmedByName: staff.name,
      confirmedAt: this.clock.now(),
      confirmNote: note,
    });
    if (!won) throw conflict(handoverClosedMessage((await this.repo.handover(id))!.status));
    await this.audit.record(p, {
      projectId: h.projectId,
      entity: 'cash_handover',
      entityId: id,
      action: short ? 'short' : 'confirm',
      note: `${h.code} 实收现金 ${dto.receivedCashFen} 分${note ? ` ${note}` : ''}`,
    });
    return this.view.detail(p, id);
  }
}
