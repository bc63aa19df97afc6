/** Records one callback (R-REP-09) or second callback (R-REP-10) under its row of the queue. */
import { App, Button, Form } from 'antd';
import type { CallbackMethod, Satisfaction } from '@wy/shared';
import { CallbackFields, callbackDoneText, confirmCallback } from '../../../components/srv/callback';
import { $api, showSuccess } from '../../../services/api';
import type { CallbackItem } from '../../../services/models';

interface Values {
  method: CallbackMethod;
  satisfaction: Satisfaction;
  comment?: string;
}

export default function CallbackForm({ item, onDone }: { item: CallbackItem; onDone: () => void }) {
  const [form] = Form.useForm<Values>();
  const { modal } = App.useApp();
  const first = $api.useMutation('post', '/api/v1/service-requests/{id}/actions/{action}');
  const second = $api.useMutation('post', '/api/v1/service-requests/{id}/second-callback');

  const submit = async (v: Values) => {
    if (!(await confirmCallback(modal, item.code, v.satisfaction))) return;
    const body = { method: v.method, satisfaction: v.satisfaction, comment: v.comment?.trim() || undefined };
    if (item.kind === 'second_callback') await second.mutateAsync({ params: { path: { id: item.requestId } }, body });
    else await first.mutateAsync({ params: { path: { id: item.requestId, action: 'callback' } }, body });
    showSuccess(callbackDoneText(item.code, v.satisfaction));
    onDone();
  };

  return (
    <Form<Values>
      form={form}
      layout="inline"
      onFinish={(v) => void submit(v).catch(() => undefined)}
      style={{ rowGap: 8 }}
      data-testid="callback-form"
    >
      <CallbackFields inline />
      <Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          size="small"
          loading={first.isPending || second.isPending}
          data-testid="callback-record"
        >
          记录回访
        </Button>
      </Form.Item>
    </Form>
  );
}
