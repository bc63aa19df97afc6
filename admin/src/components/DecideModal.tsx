/**
 * 批准 / 驳回 of something another person asked for (R-PAY-04: refunds, bill adjustments): what it is and what
 * approving does, who asked and why, then an optional note to approve or a required reason (≥ 2 characters) to
 * reject. The page owns the request; this modal only collects the note and confirms.
 */
import type { ReactNode } from 'react';
import { Alert, Form, Modal, Space, Tooltip, Typography, type ButtonProps } from 'antd';
import ReasonField from './ReasonField';

export interface DecideModalProps {
  /** open when set: approve or reject */
  approve: boolean | null;
  /** e.g. 批准退款 · R2026… */
  title: string;
  /** the alert's first line: what is decided (room · item · amount) */
  summary: ReactNode;
  /** the alert's second line: what the decision does */
  consequence: ReactNode;
  /** who asked and why (申请原因 / 调整原因 …) */
  asked: { label: string; reason: string; by: string; at: string };
  /** more lines under the reason */
  extra?: ReactNode;
  okText: string;
  /** the reject reason's placeholder */
  rejectPlaceholder: string;
  /** test ids: `${testId}-submit`, `${testId}-note` */
  testId: string;
  pending: boolean;
  onClose: () => void;
  /** approve: the trimmed note or undefined; reject: the reason */
  onSubmit: (note: string | undefined) => void;
}

export default function DecideModal(p: DecideModalProps) {
  const [form] = Form.useForm<{ note?: string }>();
  const approve = p.approve ?? true;
  return (
    <Modal
      title={p.approve === null ? '' : p.title}
      open={p.approve !== null}
      onCancel={p.onClose}
      onOk={() => form.submit()}
      okText={p.okText}
      cancelText="取消"
      okButtonProps={{ loading: p.pending, danger: approve, 'data-testid': `${p.testId}-submit` } as ButtonProps}
      maskClosable={false}
      destroyOnHidden
    >
      {p.approve !== null && (
        <>
          <Alert
            type={approve ? 'warning' : 'info'}
            showIcon
            style={{ marginBottom: 16 }}
            message={p.summary}
            description={p.consequence}
          />
          <Typography.Paragraph>
            <Typography.Text type="secondary">{p.asked.label}：</Typography.Text>
            {p.asked.reason}（{p.asked.by} 于 {p.asked.at}）
          </Typography.Paragraph>
          {p.extra}
          <Form form={form} layout="vertical" preserve={false} onFinish={({ note }) => p.onSubmit(note?.trim() || undefined)}>
            <ReasonField
              name="note"
              label={approve ? '审批意见' : '驳回原因'}
              required={!approve}
              message="驳回请写明原因（至少 2 个字）"
              placeholder={approve ? '可不填' : p.rejectPlaceholder}
              testId={`${p.testId}-note`}
            />
          </Form>
        </>
      )}
    </Modal>
  );
}

/**
 * A waiting row's 操作: the one who asked sees 待他人审批 (never their own decision); anyone else who may decide
 * gets the approve and 驳回 links (`${testId}-approve`, `${testId}-reject`).
 */
export function DecideActions({
  own,
  ownHint,
  approveText,
  testId,
  onDecide,
}: {
  own: boolean;
  /** why the asker cannot decide: 退款须由申请人以外的人审批 */
  ownHint: string;
  approveText: string;
  testId: string;
  onDecide: (approve: boolean) => void;
}) {
  if (own)
    return (
      <Tooltip title={ownHint}>
        <Typography.Text type="secondary" data-testid={`${testId}-own`}>
          待他人审批
        </Typography.Text>
      </Tooltip>
    );
  return (
    <Space size={12}>
      <Typography.Link onClick={() => onDecide(true)} data-testid={`${testId}-approve`}>
        {approveText}
      </Typography.Link>
      <Typography.Link type="danger" onClick={() => onDecide(false)} data-testid={`${testId}-reject`}>
        驳回
      </Typography.Link>
    </Space>
  );
}
