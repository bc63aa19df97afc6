/** Each repair action's form, by action. Actions not listed take only the common reason (when needed) and note. */
import type { RepairAction } from '@wy/shared';
import { assignForm, transferForm } from './assign';
import { callbackForm } from './callback';
import { confirmForm } from './confirm';
import { contactForm } from './contact';
import { countersignForm } from './countersign';
import { finishForm } from './finish';
import { handInForm } from './hand-in';
import { rescheduleForm } from './reschedule';
import { reviewForm } from './review';
import type { ActionForm } from './types';

export const ACTION_FORMS: Partial<Record<RepairAction, ActionForm>> = {
  review: reviewForm,
  dispatch: assignForm,
  transfer: transferForm,
  reschedule: rescheduleForm,
  contact: contactForm,
  finish: finishForm,
  confirm: confirmForm,
  callback: callbackForm,
  hand_in: handInForm,
  countersign: countersignForm,
  return: { reasonPlaceholder: '如：非本专业范围，退回重新派单' },
  pause: { reasonPlaceholder: '如：需更换整套龙头，已告知业主费用变化，等待业主同意' },
  cancel: { reasonPlaceholder: '如：业主来电表示已自行修好' },
  reopen: { reasonPlaceholder: '如：回访时业主反映仍有渗水' },
};

export const formOf = (action: RepairAction): ActionForm => ACTION_FORMS[action] ?? {};
export type { ActionForm, ActionTarget, ActionValues } from './types';
