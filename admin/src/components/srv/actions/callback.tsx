/** 回访 from a work order: the same answer as in the callback queue (no default, reasons, asks before reopening). */
import { CallbackFields, callbackDoneText, confirmCallback } from '../callback';
import type { ActionForm } from './types';

export const callbackForm: ActionForm = {
  Fields: () => <CallbackFields />,
  note: false,
  body: (v) => ({ method: v.method, satisfaction: v.satisfaction, comment: v.comment?.trim() || undefined }),
  confirm: (v, t, modal) => confirmCallback(modal, t.code, v.satisfaction),
  doneText: (_d, v, t) => callbackDoneText(t.code, v.satisfaction),
};
