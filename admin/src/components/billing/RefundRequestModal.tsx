/**
 * 申请退款 (R-PAY-04) of one payment from 收款记录: the whole payment, with a reason; whether the charge is
 * owed again (a new bill is issued) once the money is back. Nothing moves until a second person approves.
 */
import { Alert, Checkbox, Descriptions, Form, Modal, type ButtonProps } from 'antd';
import { formatYuan, PAYMENT_METHOD_LABELS, type PaymentMethod } from '@wy/shared';
import { $api, showSuccess } from '../../services/api';
import type { PaymentRow } from '../../services/models';
import { formatTime } from '../../utils/time';
import ReasonField from '../ReasonField';

export default function RefundRequestModal({
  payment,
  projectId,
  onClose,
  onDone,
}: {
  payment: PaymentRow | null;
  projectId: number;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ reason: string; reopen?: boolean }>();
  const ask = $api.useMutation('post', '/api/v1/refunds');
  const submit = (v: { reason: string; reopen?: boolean }) => {
    if (!payment) return;
    ask.mutate(
      { body: { paymentId: payment.id, reason: v.reason.trim(), reopen: v.reopen ?? false } },
      {
        onSuccess: () => {
          showSuccess(`已提交退款申请：${payment.receiptNo}，待审批`);
          onDone();
        },
      },
    );
  };
  return (
    <Modal
      title={payment ? `申请退款 · ${payment.receiptNo}` : ''}
      open={!!payment}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText="提交申请"
      cancelText="取消"
      okButtonProps={{ loading: ask.isPending, 'data-testid': 'refund-request-submit' } as ButtonProps}
      maskClosable={false}
      destroyOnHidden
    >
      {payment && (
        <>
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label="房屋">{payment.roomLabel}</Descriptions.Item>
            <Descriptions.Item label="收费项目">{payment.title}</Descriptions.Item>
            <Descriptions.Item label="收款时间">{formatTime(payment.at, projectId)}</Descriptions.Item>
            <Descriptions.Item label="收款方式">
              {PAYMENT_METHOD_LABELS[payment.method as PaymentMethod] ?? payment.method}
            </Descriptions.Item>
            <Descriptions.Item label="退款金额">{formatYuan(payment.amountFen)}</Descriptions.Item>
          </Descriptions>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={
              payment.method === 'wechat_pay'
                ? '审批通过后，款项经微信支付原路退回业主。'
                : '审批通过后，请在服务中心将款项退还业主。'
            }
            description="已缴账单和收据保持不变；退款记录可在“退款审批”中查看。"
          />
          <Form form={form} layout="vertical" preserve={false} onFinish={submit}>
            <ReasonField
              name="reason"
              label="退款原因"
              required
              message="请写明退款原因（至少 2 个字）"
              placeholder="如：业主重复缴费"
              testId="refund-reason"
            />
            <Form.Item name="reopen" valuePropName="checked">
              <Checkbox data-testid="refund-reopen">退款后重新出账（该笔费用仍需缴纳，如缴错房屋）</Checkbox>
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
