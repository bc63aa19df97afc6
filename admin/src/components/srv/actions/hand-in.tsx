/** 交回工单 (R-REP-05): the paper work order back at the desk with its receipts; the hand-in time is recorded. */
import { Alert } from 'antd';
import type { ActionForm } from './types';

export const handInForm: ActionForm = {
  Fields: () => (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      message="纸质工单连同收据交回客服中心"
      description="交回时间将被记录；尚未录入完工信息的，须在交回后 2 小时内录入。"
    />
  ),
  note: { placeholder: '如：连同收据 1 张、旧阀芯 2 个一并交回' },
};
