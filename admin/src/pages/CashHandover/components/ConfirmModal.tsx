/**
 * Finance counts a handover's cash (R-FEE-06): as expected → 已确认; less → 短款, with the reason. It cannot be
 * changed afterwards, so the dialog says so and 确认收款 asks once more when the cash is short.
 */
import { Alert, Form, InputNumber, Modal, Typography } from 'antd';
import { formatYuan, parseYuan } from '@wy/shared';
import { $api, showSuccess } from '../../../services/api';
import type { Handover } from '../../../services/models';
import ReasonField from '../../../components/ReasonField';

interface Values {
  received: string;
  note?: string;
}

const toFen = (v: string | undefined | null): number | null => {
  try {
    return v === undefined || v === null || v === '' ? null : parseYuan(String(v));
  } catch {
    return null;
  }
};

export default function ConfirmModal({
  target,
  onClose,
  onDone,
}: {
  target: Handover | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const received = Form.useWatch('received', form);
  const confirm = $api.useMutation('post', '/api/v1/cash-handovers/{id}/confirm');
  const fen = toFen(received);
  const short = target && fen !== null && fen < target.cashFen ? target.cashFen - fen : 0;
  const submit = (v: Values) => {
    if (!target) return;
    const receivedCashFen = toFen(v.received)!;
    confirm.mutate(
      { params: { path: { id: target.id } }, body: { receivedCashFen, ...(v.note?.trim() ? { note: v.note.trim() } : {}) } },
      {
        onSuccess: (h) => {
          showSuccess(`交款单 ${h.code} ${h.status === 'short' ? `已登记短款 ${formatYuan(h.shortFen ?? 0)}` : '已确认收款'}`);
          onDone();
        },
      },
    );
  };
  return (
    <Modal
      title={target ? `确认收款 · ${target.code}` : ''}
      open={!!target}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={short ? '登记短款' : '确认收款'}
      cancelText="取消"
      okButtonProps={{ loading: confirm.isPending, danger: short > 0, 'data-testid': 'handover-confirm-submit' } as never}
      maskClosable={false}
      destroyOnHidden
    >
      {target && (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={`${target.cashierName} · ${target.businessDay} · ${target.paymentCount} 笔，合计 ${formatYuan(target.totalFen)}`}
            description={`应交现金 ${formatYuan(target.cashFen)}（刷卡、转账、扫码的款项以到账为准）。确认后交款单不能再修改。`}
          />
          <Form<Values>
            form={form}
            layout="vertical"
            preserve={false}
            onFinish={submit}
            initialValues={{ received: (target.cashFen / 100).toFixed(2) }}
          >
            <Form.Item
              name="received"
              label="实收现金（元）"
              rules={[
                { required: true, message: '请填写实收现金' },
                {
                  validator: (_, v) => {
                    const f = toFen(v);
                    if (f === null || f < 0) return Promise.reject(new Error('金额格式不正确，最多两位小数'));
                    if (f > target.cashFen)
                      return Promise.reject(new Error(`实收现金不能多于应交现金 ${formatYuan(target.cashFen)}`));
                    return Promise.resolve();
                  },
                },
              ]}
            >
              <InputNumber<string>
                stringMode
                min="0"
                precision={2}
                prefix="¥"
                style={{ width: 200 }}
                data-testid="handover-received"
              />
            </Form.Item>
            {short > 0 && (
              <Typography.Paragraph type="danger" data-testid="handover-short">
                短款 {formatYuan(short)}，请写明原因
              </Typography.Paragraph>
            )}
            <ReasonField
              name="note"
              label={short ? '短款原因' : '说明'}
              required={!!short}
              message="短款须写明原因（至少 2 个字）"
              rows={2}
              placeholder={short ? '如：找零有误' : '可不填'}
              testId="handover-confirm-note"
            />
          </Form>
        </>
      )}
    </Modal>
  );
}
