/** 确认完工 at the desk: the owner signs on the screen (R-REP-15: never without the signature). */
import { ProFormItem } from '@ant-design/pro-components';
import SignaturePad from '../SignaturePad';
import type { ActionForm } from './types';

export const confirmForm: ActionForm = {
  Fields: () => (
    <ProFormItem name="signature" label="业主签字确认" rules={[{ required: true, message: '请业主签字' }]}>
      <SignaturePad />
    </ProFormItem>
  ),
  width: 640,
  body: (v) => ({ signature: v.signature }),
};
