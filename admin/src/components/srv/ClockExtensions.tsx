/**
 * SLA extensions next to the clocks of one work order: 申请延期 on a running clock, then its state
 * (待审批 / 已批准 / 已驳回). An extension counts only once approved (sla.approve), and the approver is
 * never the one who asked.
 */
import { Link } from 'react-router-dom';
import { Alert, Button, DatePicker, Form, Input, Modal, Space, Tag, Tooltip } from 'antd';
import { FieldTimeOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { SLA_CLOCK_LABELS, type SlaClockKind } from '@wy/shared';
import { useAccess } from '../../auth';
import { $api, showSuccess } from '../../services/api';
import type { Clock, Extension } from '../../services/models';
import { formatTime, fromPicker, toPicker } from '../../utils/time';

export const clockLabel = (k: string) => SLA_CLOCK_LABELS[k as SlaClockKind] ?? k;
/**
 * The request's extensions, newest first (the API filters by request; each names its clock). Read by those
 * who decide them (sla.approve); others see none and may still ask.
 */
export function useRequestExtensions(projectId: number, requestId: number) {
  const mayRead = useAccess().slaApprove;
  const q = $api.useQuery('get', '/api/v1/sla-extensions', { params: { query: { projectId, requestId } } }, { enabled: mayRead });
  return { items: mayRead ? (q.data ?? null) : [], refetch: () => void (mayRead && q.refetch()) };
}

export function ExtensionCell({
  clock,
  items,
  canApprove,
  onAsk,
}: {
  clock: Clock;
  items: Extension[] | null;
  canApprove: boolean;
  onAsk: (c: Clock) => void;
}) {
  const mine = (items ?? []).filter((x) => x.clockId === clock.id);
  const running = !clock.metAt;
  const pending = running ? mine.find((x) => x.status === 'pending') : undefined;
  const approved = mine.find((x) => x.status === 'approved');
  const latest = mine[0];
  const rejected = running && !pending && latest?.status === 'rejected' ? latest : undefined;
  return (
    <Space size={4} wrap>
      {approved && (
        <Tooltip title={`原因：${approved.reason}${approved.decisionNote ? `；审批意见：${approved.decisionNote}` : ''}`}>
          <Tag color="green">已批准延期</Tag>
        </Tooltip>
      )}
      {rejected && (
        <Tooltip
          title={`${formatTime(rejected.until)}；${rejected.decisionNote ? `审批意见：${rejected.decisionNote}` : '未填写意见'}`}
        >
          <Tag>延期被驳回</Tag>
        </Tooltip>
      )}
      {pending ? (
        <>
          <Tooltip title={`原因：${pending.reason}`}>
            <Tag color="orange" data-testid={`extension-pending-${clock.kind}`}>
              延期待审批 · 至 {formatTime(pending.until)}
            </Tag>
          </Tooltip>
          {canApprove && <Link to="/sla/extensions">去审批</Link>}
        </>
      ) : (
        running && (
          <Button
            size="small"
            icon={<FieldTimeOutlined />}
            onClick={() => onAsk(clock)}
            disabled={items === null}
            data-testid={`extend-${clock.kind}`}
          >
            申请延期
          </Button>
        )
      )}
    </Space>
  );
}

interface Values {
  until: Dayjs;
  reason: string;
}

export function ExtensionModal({
  requestId,
  code,
  clock,
  onClose,
  onDone,
}: {
  requestId: number;
  code: string;
  /** open when set */
  clock: Clock | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const ask = $api.useMutation('post', '/api/v1/service-requests/{id}/extensions', {
    onSuccess: () => {
      showSuccess('已提交延期申请，待主管审批后生效');
      onDone();
    },
  });
  const submit = (v: Values) => {
    if (!clock) return;
    ask.mutate({
      params: { path: { id: requestId } },
      body: { kind: clock.kind as SlaClockKind, until: fromPicker(v.until), reason: v.reason.trim() },
    });
  };
  const due = clock ? toPicker(clock.dueAt) : null;
  return (
    <Modal
      title={clock ? `申请延期 · ${clockLabel(clock.kind)} · ${code}` : '申请延期'}
      open={!!clock}
      onCancel={onClose}
      okText="提交申请"
      cancelText="取消"
      onOk={() => form.submit()}
      okButtonProps={{ loading: ask.isPending }}
      maskClosable={false}
      destroyOnHidden
    >
      {clock && due && (
        <>
          <Alert
            type="info"
            showIcon
            style={{ marginBottom: 16 }}
            message={`当前期限 ${formatTime(clock.dueAt)}`}
            description="延期须经客服主管或管理处经理批准后才生效；批准前仍按原期限计时。"
          />
          <Form<Values> form={form} layout="vertical" preserve={false} onFinish={submit}>
            <Form.Item
              name="until"
              label="延期至"
              rules={[
                { required: true, message: '请选择延期后的期限' },
                {
                  validator: async (_, v?: Dayjs) => {
                    if (v && !v.isAfter(due)) throw new Error('延期时间必须晚于当前期限');
                  },
                },
              ]}
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                style={{ width: '100%' }}
                disabledDate={(d) => d.isBefore(due, 'day')}
                data-testid="extension-until"
              />
            </Form.Item>
            <Form.Item name="reason" label="延期原因" rules={[{ required: true, whitespace: true, message: '请填写延期原因' }]}>
              <Input.TextArea
                rows={3}
                maxLength={200}
                showCount
                placeholder="如：需订购专用配件，厂家 3 天后到货，已与业主沟通同意"
                data-testid="extension-reason"
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}
