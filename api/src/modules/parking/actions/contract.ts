import { PARKING_SPACE_KIND_LABELS, parkingContractNo, parkingFlowOf, type ParkingSpaceKind } from '@wy/shared';
import { AppError, badRequest } from '../../../common/app-error.js';
import type { ParkingActionDef } from './action.js';

/**
 * 签订合同. A rented space (R-PRK-03): the clerk draws up the rental contract (车位租赁合同) on a space —
 * the one named, the one offered from the waiting list, or the first free one of the kind — and it
 * goes to the project manager. No space left: the owner is told why and joins the waiting list
 * (R-PRK-04). A fixed space (R-PRK-07, after approval): the owner chooses the space and signs the
 * parking service agreement (物业停车场服务协议); the rent bill follows at once.
 */
export const contract: ParkingActionDef = {
  name: 'contract',
  perm: 'parking.desk',
  async run({ a, input, now, tools }) {
    const vip = parkingFlowOf(a.kind) === 'vip';
    const kindLabel = PARKING_SPACE_KIND_LABELS[a.kind as ParkingSpaceKind];
    await tools.price(a.kind, a.term); // the plan must price it before anyone signs
    let space;
    if (a.status === 'offered') {
      if (!a.spaceId) throw new AppError('CONFLICT', '该申请没有预留车位');
      if (input.spaceId && input.spaceId !== a.spaceId) throw badRequest('已为该申请预留了车位，请使用预留的车位');
      if (a.offerExpiresAt && new Date(a.offerExpiresAt) < now) throw new AppError('CONFLICT', '预留车位已过确认期限');
      space = await tools.space(a.spaceId);
    } else if (input.spaceId) {
      const s = await tools.space(input.spaceId);
      if (!s || s.projectId !== a.projectId) throw badRequest('车位不存在');
      if (s.kind !== a.kind) throw badRequest(`所选车位不是${kindLabel}`);
      space = await tools.takeSpace(s.id);
    } else {
      if (vip) throw badRequest('请业主选定固定车位');
      space = await tools.takeAnyFree(a.kind);
      if (!space) {
        const reason = `本项目${kindLabel}已全部租出，暂无空闲车位`;
        return {
          patch: { waitingSince: now, waitReason: reason },
          to: 'waiting',
          event: 'waitlist',
          note: `${reason}，已登记排队`,
          ownerNote: `${reason}。已为您登记排队，有车位空出时将按顺序通知您。`,
        };
      }
    }
    if (!space) throw new AppError('CONFLICT', '预留的车位不存在');
    const contractNo = parkingContractNo(a.code);
    if (vip) {
      const rent = await tools.firstRent(space.no);
      return {
        patch: { spaceId: space.id, contractNo, contractAt: now, startOn: rent.startOn, endOn: rent.endOn },
        to: 'awaiting_payment',
        note: `选定固定车位 ${space.no}，签订物业停车场服务协议 ${contractNo}，已出账单`,
        ownerNote: `已为您选定固定车位 ${space.no}，请缴纳车位费`,
      };
    }
    return {
      patch: { spaceId: space.id, contractNo, contractAt: now, offerExpiresAt: null },
      to: 'pending_approval',
      note: `签订车位租赁合同 ${contractNo}（车位 ${space.no}），报管理处经理审批`,
      ownerNote: `已签订车位租赁合同（车位 ${space.no}），等待审批`,
    };
  },
};
