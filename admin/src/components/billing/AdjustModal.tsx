/**
 * 调整 (R-PAY-04): propose an adjustment of an unpaid bill — 减免费用, 减免违约金 or 调增费用 — an amount in yuan
 * (sent as fen) and a reason. It changes nothing until another person approves it on 账单调整; the bill shows
 * 调整中 meanwhile. The amount is checked by the same shared rule the API applies (billAdjustmentProblem).
 */
import { Alert, Descriptions, Form, Input, Modal, type ButtonProps } from 'antd';
import { BILL_ADJUSTMENT_CHOICES, billAdjustmentProblem, parseYuan, type BillAdjustmentChoice } from '@wy/shared';
import { $api, showSuccess } from '../../services/api';
import type { Bill } from '../../services/models';
import RadioChoice from '../RadioChoice';
import BillAmount from './BillAmount';
import ReasonField from '../ReasonField';

interface Values {
  choice: BillAdjustmentChoice;
  amount: string;
  reason: string;
}

const choiceOf = (v: BillAdjustmentChoice) => BILL_ADJUSTMENT_CHOICES.find((c) => c.value === v)!;
const fenOf = (s: string | undefined): number | null => {
  try {
    return s?.trim() ? parseYuan(s) : null;
  } catch {
    return null;
  }
};

export default function AdjustModal({
  bill,
  onClose,
  onDone,
}: {
  /** open when set */
  bill: Bill | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const propose = $api.useMutation('post', '/api/v1/bill-adjustments');
  const submit = (v: Values) => {
    if (!bill) return;
    const c = choiceOf(v.choice);
    propose.mutate(
      { body: { billId: bill.id, kind: c.kind, target: c.target, amountFen: fenOf(v.amount)!, reason: v.reason.trim() } },
      {
        onSuccess: (a) => {
          showSuccess(`已提交调整：${a.line}，等待审批`);
          onDone();
        },
      },
    );
  };
  return (
    <Modal
      title={bill ? `调整账单 · ${bill.title}` : '调整账单'}
      open={!!bill}
      onCancel={onClose}
      okText="提交审批"
      cancelText="取消"
      okButtonProps={{ loading: propose.isPending, 'data-testid': 'adjust-submit' } as ButtonProps}
      onOk={() => form.submit()}
      maskClosable={false}
      destroyOnHidden
      width={560}
    >
      {bill && (
        <>
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label="房屋">{bill.roomLabel}</Descriptions.Item>
            <Descriptions.Item label="收费项目">
              {bill.title}
              {bill.period ? `（${bill.period}）` : ''}
            </Descriptions.Item>
            <Descriptions.Item label="现应缴">
              <BillAmount value={bill} />
            </Descriptions.Item>
          </Descriptions>
          <Form<Values>
            form={form}
            layout="vertical"
            preserve={false}
            initialValues={{ choice: 'reduce:principal' }}
            onFinish={submit}
          >
            <Form.Item name="choice" label="调整方式" rules={[{ required: true, message: '请选择调整方式' }]}>
              <RadioChoice
                optionType="button"
                options={BILL_ADJUSTMENT_CHOICES.map((c) => ({
                  value: c.value,
                  label: c.label,
                  disabled: c.target === 'late_fee' && bill.lateFeeFen <= 0,
                }))}
                data-testid="adjust-choice"
              />
            </Form.Item>
            <Form.Item
              name="amount"
              label="调整金额（元）"
              dependencies={['choice']}
              rules={[
                { required: true, message: '请填写调整金额' },
                ({ getFieldValue }) => ({
                  validator: (_, v: string | undefined) => {
                    if (!v?.trim()) return Promise.resolve();
                    const fen = fenOf(v);
                    if (fen === null) return Promise.reject(new Error('金额格式不正确，最多两位小数'));
                    const c = choiceOf(getFieldValue('choice') as BillAdjustmentChoice);
                    const problem = billAdjustmentProblem({ kind: c.kind, target: c.target, amountFen: fen }, bill);
                    return problem ? Promise.reject(new Error(problem)) : Promise.resolve();
                  },
                }),
              ]}
            >
              <Input prefix="¥" inputMode="decimal" placeholder="如 50 或 12.50" maxLength={12} data-testid="adjust-amount" />
            </Form.Item>
            <ReasonField
              name="reason"
              label="调整原因"
              extra="业主会在账单上看到这条原因，请写清楚"
              required
              message="请填写调整原因（至少 2 个字）"
              placeholder="如：面积复核少算，按实测面积减免"
              testId="adjust-reason"
            />
          </Form>
          <Alert
            type="info"
            showIcon
            message="提交后须由管理处经理审批，通过后账单金额才会改变；已缴的账单不能调整，如需退还请走退款。"
          />
        </>
      )}
    </Modal>
  );
}
