/** 改约: a new visit time agreed with the owner, and why the first one was missed. */
import type { ActionForm } from './types';
import { visitBody, visitFields } from './visit';

export const rescheduleForm: ActionForm = {
  Fields: visitFields('新的预约时间', '请选择与业主重新约定的时间'),
  body: visitBody,
  reasonLabel: '未按约到场原因',
  reasonPlaceholder: '如：技工前一单超时未能按时到场，已向业主致歉',
};
