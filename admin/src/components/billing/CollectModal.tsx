/**
 * 收款 (R-FEE-02): take one bill at the desk — or several of one room at once (合并收款), each getting its own
 * receipt. The amount is what the bills owe today, shown fixed (the API refuses any other); the cashier picks the
 * method and confirms before the money is recorded — a paid bill is never edited.
 */
import { App, Alert, Descriptions, Form, Input, Modal, Typography, type ButtonProps } from 'antd';
import {
  billLabel,
  DESK_PAYMENT_METHODS,
  formatYuan,
  PAYMENT_METHOD_LABELS,
  yuanInWords,
  type DeskPaymentMethod,
} from '@wy/shared';
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
  bills,
  payerName,
  onClose,
  onPaid,
}: {
  /** open when set: one bill, or several of one room (合并收款) */
  bills: Bill[] | null;
  /** prefilled: the requester of the work order */
  payerName?: string | null;
  onClose: () => void;
  /** the receipts made, one per bill */
  onPaid: (receipts: Receipt[]) => void;
}) {
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const payOne = $api.useMutation('post', '/api/v1/bills/{id}/desk-payments');
  const payMany = $api.useMutation('post', '/api/v1/desk-payments');
  const list = bills ?? [];
  const many = list.length > 1;
  // what the bills owe today, late fee and approved adjustments counted (R-FEE-05): the API refuses any other
  const totalFen = list.reduce((a, b) => a + b.totalFen, 0);

  const submit = async (v: Values) => {
    if (!list.length) return;
    const method = PAYMENT_METHOD_LABELS[v.method];
    const ok = await modal.confirm({
      title: '确认收款',
      content: (
        <div>
          <div>
            {many ? `${list.length} 笔账单共` : ''}已收到 <strong>{formatYuan(totalFen)}</strong>（{yuanInWords(totalFen)}
            ），方式：
            {method}。
          </div>
          <div>确认后将生成{many ? `${list.length} 张` : ''}收据，收款记录不能修改。</div>
        </div>
      ),
      okText: '确认收款',
      cancelText: '再核对一下',
    });
    if (!ok) return;
    const common = {
      method: v.method,
      amountFen: totalFen,
      payerName: v.payerName?.trim() || undefined,
      note: v.note?.trim() || undefined,
    };
    const done = (receipts: Receipt[]) => {
      showSuccess(
        `已收款 ${formatYuan(receipts.reduce((a, r) => a + r.amountFen, 0))}，收据号 ${receipts.map((r) => r.receiptNo).join('、')}`,
      );
      onPaid(receipts);
    };
    if (many) payMany.mutate({ body: { ...common, billIds: list.map((b) => b.id) } }, { onSuccess: (r) => done(r.receipts) });
    else payOne.mutate({ params: { path: { id: list[0]!.id } }, body: common }, { onSuccess: (r) => done([r]) });
  };

  return (
    <Modal
      title={many ? `合并收款 · ${list[0]!.roomLabel} · ${list.length} 笔` : list[0] ? `收款 · ${list[0].title}` : '收款'}
      open={list.length > 0}
      onCancel={onClose}
      okText="收款"
      cancelText="取消"
      okButtonProps={{ loading: payOne.isPending || payMany.isPending, 'data-testid': 'collect-submit' } as ButtonProps}
      onOk={() => form.submit()}
      maskClosable={false}
      destroyOnHidden
      width={many ? 640 : 560}
    >
      {list.length > 0 && (
        <>
          <Descriptions size="small" column={1} bordered style={{ marginBottom: 16 }}>
            <Descriptions.Item label="房屋">{list[0]!.roomLabel}</Descriptions.Item>
            {many ? (
              list.map((b) => (
                <Descriptions.Item key={b.id} label={billLabel(b)}>
                  <span data-testid="collect-line">
                    <BillAmount value={b} />
                  </span>
                </Descriptions.Item>
              ))
            ) : (
              <Descriptions.Item label="收费项目">{list[0]!.title}</Descriptions.Item>
            )}
            <Descriptions.Item label={many ? '合计应收' : '应收金额'}>
              <Typography.Text strong style={{ fontSize: 18, color: '#cf1322' }} data-testid="collect-amount">
                {formatYuan(totalFen)}
              </Typography.Text>
              <Typography.Text type="secondary" style={{ marginLeft: 8 }}>
                {yuanInWords(totalFen)}
              </Typography.Text>
              {!many && (list[0]!.lateFeeFen > 0 || list[0]!.adjustments.length) ? (
                <div style={{ marginTop: 4 }} data-testid="collect-breakdown">
                  <BillAmount value={list[0]!} />
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
            <Form.Item
              name="payerName"
              label="缴款人"
              extra={
                payerName
                  ? '默认为报修人，可改为实际缴款人'
                  : !many && list[0]!.sourceType === 'repair'
                    ? '不填则记为报修人'
                    : '不填则记为业主'
              }
            >
              <Input maxLength={50} placeholder="缴款人姓名" />
            </Form.Item>
            <Form.Item name="note" label="备注">
              <Input.TextArea maxLength={200} showCount rows={2} placeholder="如：业主家属代缴" />
            </Form.Item>
          </Form>
          <Alert
            type="info"
            showIcon
            message={
              many
                ? '金额按各账单合计收取，不能修改；每笔账单各出一张收据，可一起打印交给缴款人。'
                : '金额按账单收取，不能修改；收款后可打印收据交给缴款人。'
            }
          />
        </>
      )}
    </Modal>
  );
}
