/** 已联系业主 (R-REP-16): the visit time agreed with the owner on the phone (a team or vendor's call, recorded by the clerk). */
import type { ActionForm } from './types';
import { visitBody, visitFields } from './visit';

export const contactForm: ActionForm = {
  Fields: visitFields('约定上门时间', '请选择与业主约定的上门时间'),
  body: visitBody,
  note: { placeholder: '如：业主下午在家，进门前电话联系' },
};
