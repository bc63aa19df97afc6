/**
 * A callback's answer (R-REP-09, R-REP-10), the same in the callback queue and in a work order's 回访 dialog:
 * no answer is chosen for the clerk; 一般 and 不满意 need the customer's reason; 不满意 reopens the order
 * (R-SRV-08), so the clerk is asked first and told what will happen.
 */
import { Form, Input } from 'antd';
import type { HookAPI } from 'antd/es/modal/useModal';
import { CALLBACK_METHOD_LABELS, callbackNeedsReason, callbackOutcome, SATISFACTION_LABELS, type Satisfaction } from '@wy/shared';
import { toOptions } from '../../utils/enums';
import RadioChoice from '../RadioChoice';

/** The method, the customer's answer and the comment, as form items of the form around them. */
export function CallbackFields({ inline = false }: { inline?: boolean }) {
  const satisfaction = Form.useWatch('satisfaction') as Satisfaction | undefined;
  const needsReason = !!satisfaction && callbackNeedsReason(satisfaction);
  const size = inline ? 'small' : 'middle';
  return (
    <>
      <Form.Item name="method" label={inline ? '方式' : '回访方式'} rules={[{ required: true, message: '请选择回访方式' }]}>
        <RadioChoice optionType="button" size={size} options={toOptions(CALLBACK_METHOD_LABELS)} />
      </Form.Item>
      <Form.Item
        name="satisfaction"
        label="客户评价"
        rules={[{ required: true, message: '请选择客户的评价' }]}
        extra={inline ? undefined : '选择「不满意」将重新处理此工单'}
      >
        <RadioChoice size={size} options={toOptions(SATISFACTION_LABELS)} />
      </Form.Item>
      <Form.Item
        name="comment"
        label={inline ? undefined : '回访意见'}
        style={inline ? { minWidth: 260, flex: 1 } : undefined}
        dependencies={['satisfaction']}
        rules={[{ required: needsReason, whitespace: true, message: '客户评价一般或不满意时，请写明原因' }]}
      >
        {inline ? (
          <Input
            placeholder={needsReason ? '客户不满意的原因（必填）' : '回访意见'}
            maxLength={300}
            data-testid="callback-comment"
          />
        ) : (
          <Input.TextArea
            placeholder={needsReason ? '客户不满意的原因（必填）' : undefined}
            maxLength={300}
            showCount
            data-testid="callback-comment"
          />
        )}
      </Form.Item>
    </>
  );
}

/** 不满意 reopens the order: asks first (true = go on). Other answers go on without asking. */
export async function confirmCallback(modal: HookAPI, code: string, satisfaction: Satisfaction | undefined): Promise<boolean> {
  if (!satisfaction || callbackOutcome(satisfaction) !== 'reopen') return true;
  return !!(await modal.confirm({
    title: '确认客户不满意？',
    content: (
      <div data-testid="callback-reopen-confirm">
        工单 {code}{' '}
        将重新打开：退回「待派单」，由客服重新派单处理，原处理人和完工记录不再有效；业主会在小程序中看到工单「重新处理」。
      </div>
    ),
    okText: '确认，重新处理',
    okButtonProps: { danger: true, ...{ 'data-testid': 'callback-reopen-ok' } },
    cancelText: '再想想',
  }));
}

/** What the clerk is told once the callback is recorded. */
export function callbackDoneText(code: string, satisfaction: Satisfaction | undefined): string {
  return satisfaction && callbackOutcome(satisfaction) === 'reopen'
    ? `已记录回访：客户不满意，${code} 已退回待派单，重新处理`
    : `已完成回访：${code}`;
}
