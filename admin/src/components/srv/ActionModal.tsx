/**
 * One dialog for every repair action (R-REP-04…09, R-SRV-08): the action's own fields from `actions/`, the
 * reason where the state machine needs one, a note otherwise; one typed call; the answer is the new detail.
 */
import { ModalForm, ProFormTextArea } from '@ant-design/pro-components';
import { App, Typography } from 'antd';
import { REPAIR_ACTION_LABELS, REPAIR_MACHINE, type RepairAction } from '@wy/shared';
import { $api, showSuccess } from '../../services/api';
import type { ActionBody, RequestDetail } from '../../services/models';
import { formOf, type ActionTarget, type ActionValues } from './actions';

export default function ActionModal({
  target,
  action,
  onClose,
  onDone,
}: {
  target: ActionTarget | null;
  action: RepairAction | null;
  onClose: () => void;
  onDone: (d: RequestDetail) => void;
}) {
  const { modal } = App.useApp();
  const act = $api.useMutation('post', '/api/v1/service-requests/{id}/actions/{action}');
  if (!target || !action) return null;
  const label = REPAIR_ACTION_LABELS[action];
  const form = formOf(action);
  const needsReason = !!REPAIR_MACHINE[action].needsReason;
  const { Fields } = form;

  const submit = async (v: ActionValues) => {
    if (form.confirm && !(await form.confirm(v, target, modal))) return false;
    const body: ActionBody = {
      ...form.body?.(v, target),
      reason: v.reason?.trim() || undefined,
      note: v.note?.trim() || undefined,
    };
    try {
      const d = await act.mutateAsync({ params: { path: { id: target.id, action } }, body });
      showSuccess(form.doneText?.(d, v, target) ?? `已${label}：${target.code}`);
      onDone(d);
      return true;
    } catch {
      return false; // shown by the query client
    }
  };

  return (
    <ModalForm<ActionValues>
      key={`${action}-${target.id}`}
      title={`${label} · ${target.code}`}
      open
      width={form.width ?? 520}
      modalProps={{ destroyOnHidden: true, onCancel: onClose, maskClosable: false }}
      submitter={{
        searchConfig: { submitText: `确认${label}` },
        submitButtonProps: { danger: action === 'cancel' || action === 'return', 'data-testid': 'action-submit' },
      }}
      initialValues={form.initialValues?.(target)}
      onFinish={submit}
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }}>
        {target.summary}
      </Typography.Paragraph>
      {Fields && <Fields target={target} action={action} />}
      {needsReason ? (
        <ProFormTextArea
          name="reason"
          label={form.reasonLabel ?? `${label}原因`}
          placeholder={form.reasonPlaceholder}
          rules={[{ required: true, whitespace: true, message: '请填写原因' }]}
          fieldProps={{ maxLength: 200, showCount: true, 'data-testid': 'action-reason' } as object}
        />
      ) : (
        form.note !== false && (
          <ProFormTextArea
            name="note"
            label="备注"
            placeholder={form.note?.placeholder}
            fieldProps={{ maxLength: 200, 'data-testid': 'action-note' } as object}
          />
        )
      )}
    </ModalForm>
  );
}
