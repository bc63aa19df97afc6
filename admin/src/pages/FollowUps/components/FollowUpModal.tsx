/**
 * 记录跟进 / 验证关闭 (R-REP-17): what the supervisor checked (at least one), the conclusion (no default),
 * and a note, required when something is wrong; the item's earlier follow-ups below.
 */
import { Alert, Checkbox, Form, Input, List, Modal, Radio, Typography } from 'antd';
import {
  FOLLOW_UP_CHECK_LABELS,
  FOLLOW_UP_CHECKS,
  FOLLOW_UP_FINDINGS,
  FOLLOW_UP_KIND_LABELS,
  FOLLOW_UP_RESULT_LABELS,
  FOLLOW_UP_RESULTS,
  type FollowUpCheck,
  type FollowUpKind,
  type FollowUpResult,
} from '@wy/shared';
import { $api, showSuccess } from '../../../services/api';
import { formatShort } from '../../../utils/time';
import type { FollowUpItem } from '../types';

interface Values {
  checks: FollowUpCheck[];
  result: FollowUpResult;
  note?: string;
}

export default function FollowUpModal({
  item,
  kind,
  onClose,
  onDone,
}: {
  item: FollowUpItem;
  kind: FollowUpKind;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const result = Form.useWatch('result', form);
  const create = $api.useMutation('post', '/api/v1/follow-ups');
  const history = $api.useQuery('get', '/api/v1/follow-ups', {
    params: { query: { subjectKind: item.subjectKind, subjectId: item.id } },
  });
  const finding = !!result && FOLLOW_UP_FINDINGS.includes(result);
  const what = item.code ?? '未编码';

  const submit = async (v: Values) => {
    await create.mutateAsync({
      body: {
        subjectKind: item.subjectKind,
        subjectId: item.id,
        kind,
        checks: v.checks,
        result: v.result,
        note: v.note?.trim() || undefined,
      },
    });
    showSuccess(`${what} ${FOLLOW_UP_KIND_LABELS[kind]}已记录`);
    onDone();
  };

  return (
    <Modal
      open
      title={`${FOLLOW_UP_KIND_LABELS[kind]}：${what}`}
      okText="记录"
      cancelText="取消"
      confirmLoading={create.isPending}
      okButtonProps={{ ...{ 'data-testid': 'follow-up-ok' } }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={560}
    >
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }}>
        {item.title}：{item.summary}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v).catch(() => undefined)}
        data-testid="follow-up-form"
      >
        <Form.Item name="checks" label="核查内容" rules={[{ required: true, message: '请至少勾选一项核查内容' }]}>
          <Checkbox.Group options={FOLLOW_UP_CHECKS[kind].map((c) => ({ value: c, label: FOLLOW_UP_CHECK_LABELS[c] }))} />
        </Form.Item>
        <Form.Item name="result" label="结论" rules={[{ required: true, message: '请选择结论' }]}>
          <Radio.Group options={FOLLOW_UP_RESULTS[kind].map((r) => ({ value: r, label: FOLLOW_UP_RESULT_LABELS[r] }))} />
        </Form.Item>
        <Form.Item
          name="note"
          label="说明"
          rules={[{ required: finding, whitespace: true, message: '发现问题时请写明问题所在' }]}
        >
          <Input.TextArea rows={3} maxLength={500} showCount placeholder={finding ? '写明问题所在和督办要求' : '选填'} />
        </Form.Item>
      </Form>
      {finding && kind === 'closure' && (
        <Alert
          type="warning"
          showIcon
          message="验证发现问题会记入跟进记录；需要返工的，请在工单或投诉详情里重新处理。"
          style={{ marginBottom: 12 }}
        />
      )}
      <List
        size="small"
        header="以往跟进"
        loading={history.isLoading}
        dataSource={history.data ?? []}
        locale={{ emptyText: '还没有跟进记录' }}
        renderItem={(h) => (
          <List.Item>
            <span>
              {formatShort(h.at, item.projectId)} {h.staffName} · {FOLLOW_UP_KIND_LABELS[h.kind]} ·{' '}
              {FOLLOW_UP_RESULT_LABELS[h.result]}（{h.checks.map((c) => FOLLOW_UP_CHECK_LABELS[c]).join('、')}）
              {h.note ? `：${h.note}` : ''}
            </span>
          </List.Item>
        )}
      />
    </Modal>
  );
}
