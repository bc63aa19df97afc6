/**
 * 收款 (R-FEE-02): take one bill at the desk. The amount is the bill's, shown fixed (the API refuses any
 * other); the cashier picks the method and confirms before the money is recorded — a paid bill is never edited.
 */
import { App, Alert, Descriptions, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import { DESK_PAYMENT_METHODS, formatYuan, PAYMENT_METHOD_LABELS, yuanInWords, type DeskPaymentMethod } from '@wy/shared';
import { $api, showSuccess } from '../../services/api';
import type { Bill, Receipt } from '../../services/models';
import RadioChoice from '../RadioChoice';
import BillAmount from './BillAmount';

interface Values {
  method: DeskPaymentMethod;
  payerName?: string;
  note?: string;
}

export default function CollectModal({
  bill,
  payerName,
  onClose,
  onPaid,
}: {
  /** open when set */
  bill: Bill | null;
  /** prefilled: the requester of the work order */
  payerName?: string | null;
  onClose: () => void;
  onPaid: (receipt: Receipt) => void;
}) {
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const pay = $api.useMutation('post', '/api/v1/bills/{id}/desk-payments');

  const submit = async (v: Values) => {
    if (!bill) return;
    const method = PAYMENT_METHOD_LABELS[v.method];
    const ok = await modal.confirm({
      title: '确认收款',
      content: (
        <div>
          <div>
            已收到 <strong>{formatYuan(bill.totalFen)}</strong>（{yuanInWords(bill.totalFen)}），方式：{method}。
          </div>
          <div>确认后将生成收据，收款记录不能修改。</div>
        </div>
      ),
      okText: '确认收款',
      cancelText: '再核对一下',
    });
    if (!ok) return;
    pay.mutate(
      {
        params: { path: { id: bill.id } },
        body: {
          method: v.method,
          // what the bill owes today, late fee and approved adjustments counted (R-FEE-05): the API refuses any other
          amountFen: bill.totalFen,
          payerName: v.payerName?.trim() || undefined,
          note: v.note?.trim() || undefined,
        },
      },
      {
        onSuccess: (receipt) => {
          showSuccess(`已收款 ${formatYuan(receipt.amountFen)}，收据号 ${receipt.receiptNo}`);
          onPaid(receipt);
        },
      },
    );
  };

  return (
    <Modal
      title={bill ? `收款 · ${bill.title}` : '收款'}
      open={!!bill}
      onCancel={onClose}
      okText="收款"
      cancelText="取消"
      okButtonProps={{ loading: pay.isPending, 'data-testid': 'collect-submit' } as ButtonProps}
      onOk={() => form.submit()}
      maskClosable={false}
      destroyOnHidden
      width={560}
    >
      {bill && (
        <>
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label="房屋">{bill.roomLabel}</Descriptions.Item>
            <Descriptions.Item label="收费项目">{bill.title}</Descriptions.Item>
            <Descriptions.Item label="应收金额">
              <Typography.Text strong style={{ fontSize: 18, color: '#cf1322' }} data-testid="collect-amount">
                {formatYuan(bill.totalFen)}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                {yuanInWords(bill.totalFen)}
              </Typography.Text>
              {bill.lateFeeFen > 0 || bill.adjustments.length ? (
                <div style={{ marginTop: 4 }} data-testid="collect-breakdown">
                  <BillAmount value={bill} />
                </div>
              ) : null}
            </Descriptions.Item>
          </Descriptions>
          <Form<Values>
            form={form}
            layout="vertical"
            preserve={false}
            initialValues={{ method: 'cash', payerName: payerName ?? '' }}
            onFinish={submit}
          >
            <Form.Item name="method" label="收款方式" rules={[{ required: true, message: '请选择收款方式' }]}>
              <RadioChoice
                optionType="button"
                options={DESK_PAYMENT_METHODS.map((m) => ({ value: m, label: PAYMENT_METHOD_LABELS[m] }))}
              />
            </Form.Item>
            <Form.Item name="payerName" label="缴款人" extra={payerName ? '默认为报修人，可改为实际缴款人' : '不填则记为报修人'}>
              <Input maxLength={50} placeholder="缴款人姓名" />
            </Form.Item>
            <Form.Item name="note" label="备注">
              <Input.TextArea maxLength={200} showCount rows={2} placeholder="如：业主家属代缴" />
            </Form.Item>
          </Form>
          <Alert type="info" showIcon message="金额按账单收取，不能修改；收款后可打印收据交给缴款人。" />
        </>
      )}
    </Modal>
  );
}
