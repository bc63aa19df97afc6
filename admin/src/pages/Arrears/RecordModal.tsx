/**
 * 登记催缴 (R-ARR-01/02/03/05/07): one collection action of a household — its kind, the date, a note, whether the
 * customer signed (a written notice), the express tracking number (a lawyer's letter) and a promised pay date.
 */
import { Alert, Checkbox, DatePicker, Form, Input, Modal, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import {
  ARREARS_ACTION_KINDS,
  ARREARS_ACTION_KIND_LABELS,
  ARREARS_EXPRESS_KINDS,
  formatYuan,
  type ArrearsActionKind,
} from '@wy/shared';
import { client, got, showError, showSuccess } from '../../services/api';
import type { ArrearsRow } from '../../services/models';
import { useProject } from '../../project';
import { pickerNow } from '../../utils/time';

interface Values {
  kind: ArrearsActionKind;
  doneOn: Dayjs;
  note?: string;
  signed?: boolean;
  trackingNo?: string;
  promisedOn?: Dayjs;
}
const day = (d: Dayjs) => d.format('YYYY-MM-DD');

export default function RecordModal({ row, onClose }: { row: ArrearsRow | null; onClose: (saved: boolean) => void }) {
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const { projectId } = useProject();
  if (!row) return null;
  const submit = async () => {
    const v = await form.validateFields();
    try {
      await got(
        client.POST('/api/v1/arrears/actions', {
          body: {
            roomId: row.roomId,
            kind: v.kind,
            doneOn: day(v.doneOn),
            note: v.note?.trim() || undefined,
            signed: v.kind === 'notice' ? Boolean(v.signed) : undefined,
            trackingNo: ARREARS_EXPRESS_KINDS.includes(v.kind) ? v.trackingNo?.trim() || undefined : undefined,
            promisedOn: v.promisedOn ? day(v.promisedOn) : undefined,
          },
        }),
      );
      showSuccess('已登记');
      onClose(true);
    } catch (e) {
      showError(e);
    }
  };
  return (
    <Modal
      title={`登记催缴 · ${row.roomLabel}`}
      open
      destroyOnHidden
      okText="登记"
      cancelText="取消"
      onOk={submit}
      onCancel={() => onClose(false)}
      okButtonProps={{ 'data-testid': 'action-submit' } as never}
    >
      <Alert
        type={row.flagged ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        message={`欠费 ${formatYuan(row.owedFen)}（${row.ageMonths} 个月），本月应办：${row.dueLabel}`}
      />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          kind: row.due === 'lawyer_letter' ? 'lawyer_letter' : row.due === 'sue' ? 'sue' : 'phone',
          doneOn: pickerNow(projectId),
        }}
      >
        <Form.Item name="kind" label="催缴方式" rules={[{ required: true, message: '请选择催缴方式' }]}>
          <Select
            data-testid="arrears-kind"
            options={ARREARS_ACTION_KINDS.map((k) => ({ value: k, label: ARREARS_ACTION_KIND_LABELS[k] }))}
          />
        </Form.Item>
        <Form.Item name="doneOn" label="催缴日期" rules={[{ required: true, message: '请选择催缴日期' }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(pickerNow(projectId), 'day')} />
        </Form.Item>
        {kind === 'notice' && (
          <Form.Item name="signed" valuePropName="checked">
            <Checkbox>客户已签收</Checkbox>
          </Form.Item>
        )}
        {kind && ARREARS_EXPRESS_KINDS.includes(kind) && (
          <Form.Item
            name="trackingNo"
            label="快递单号"
            rules={[
              { required: true, message: '律师函须特快专递寄出，请填写快递单号' },
              { pattern: /^[A-Za-z0-9-]+$/, message: '快递单号只能是字母、数字和横线' },
            ]}
          >
            <Input maxLength={40} data-latin-ok />
          </Form.Item>
        )}
        <Form.Item name="promisedOn" label="承诺缴费日期">
          <DatePicker
            style={{ width: '100%' }}
            data-testid="arrears-promised"
            disabledDate={(d) => d.isBefore((form.getFieldValue('doneOn') as Dayjs | undefined) ?? pickerNow(projectId), 'day')}
          />
        </Form.Item>
        <Form.Item name="note" label="说明">
          <Input.TextArea maxLength={200} showCount rows={3} placeholder="如：电话联系业主本人，称月底前缴清" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
