import { Inject, Injectable } from '@nestjs/common';
import { AppError, conflict } from '../../../common/app-error.js';
import type { Principal } from '../../../common/principal.js';
import { asStaff } from '../../../common/scope.js';
import { AuditService } from '../../audit/audit.service.js';
import type { CashHandoverDetailDto } from '../handover.dto.js';
import { HandoverRepository } from '../handover.repository.js';
import { handoverClosedMessage } from './confirm-handover.js';
import { HandoverView } from './handover-view.js';

/**
 * R-FEE-06 the cashier takes back their own handover while finance has not confirmed it (a payment left out,
 * a wrong day): it becomes 已撤回 and its payments are free to be handed over again, in one transaction.
 * A confirmed handover cannot be withdrawn or changed.
 */
@Injectable()
export class WithdrawHandover {
  constructor(
    @Inject(HandoverRepository) private readonly repo: HandoverRepository,
    @Inject(HandoverView) private readonly view: HandoverView,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  async run(p: Principal, id: number): Promise<CashHandoverDetailDto> {
    const staff = asStaff(p);
    const h = await this.view.load(p, id);
    if (h.cashierStaffId !== staff.id) throw new AppError('FORBIDDEN', '只能撤回本人的交款单');
    if (h.status !== 'submitted') throw conflict(handoverClosedMessage(h.status));
    await this.repo.transaction(async (em) => {
      if (!(await this.repo.move(em, id, ['submitted'], { status: 'withdrawn' })))
        throw conflict(handoverClosedMessage((await this.repo.handover(id, em))!.status));
      await this.repo.release(em, id);
      await this.audit.record(
        p,
        { projectId: h.projectId, entity: 'cash_handover', entityId: id, action: 'withdraw', note: h.code },
        em,
      );
    });
    return this.view.detail(p, id);
  }
}
