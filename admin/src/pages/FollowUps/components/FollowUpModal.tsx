/**
 * 记录跟进 / 验证关闭 (R-REP-17) / 每周回顾 (R-CMP-18): what the supervisor checked (at least one), the
 * conclusion (no default), and a note, required when something is wrong; a complaint with a promise due today
 * asks whether it was kept; a class A complaint's weekly review is written in depth. Earlier follow-ups below.
 */
import { Alert, Checkbox, Form, Input, List, Modal, Radio, Typography } from 'antd';
import {
  FOLLOW_UP_CHECK_LABELS,
  FOLLOW_UP_CHECKS,
  FOLLOW_UP_FINDINGS,
  FOLLOW_UP_KIND_LABELS,
  FOLLOW_UP_RESULT_LABELS,
  FOLLOW_UP_RESULTS,
  PROMISE_CHECK,
  WEEKLY_DEPTH_FIELDS,
  WEEKLY_DEPTH_LABELS,
  WEEKLY_DEPTH_MAX,
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
  cause?: string;
  measures?: string;
  prevention?: string;
}

export default function FollowUpModal({
  item,
  kind,
  week,
  onClose,
  onDone,
}: {
  item: FollowUpItem;
  kind: FollowUpKind;
  /** weekly: a day of the week reviewed */
  week?: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<Values>();
  const result = Form.useWatch('result', form);
  const create = $api.useMutation('post', '/api/v1/follow-ups');
  const createWeekly = $api.useMutation('post', '/api/v1/follow-ups/weekly');
  const weekly = kind === 'weekly';
  // the server flags both: a promise due today or past (daily), a class A complaint (weekly, in depth)
  const promiseDue = kind === 'daily' && item.promiseDue;
  const inDepth = weekly && item.important;
  const history = $api.useQuery('get', '/api/v1/follow-ups', {
    params: { query: { subjectKind: item.subjectKind, subjectId: item.id } },
  });
  const finding = !!result && FOLLOW_UP_FINDINGS.includes(result);
  const what = item.code ?? '未编码';

  const submit = async (v: Values) => {
    if (kind === 'weekly')
      await createWeekly.mutateAsync({
        body: {
          complaintId: item.id,
          week,
          checks: v.checks as (typeof FOLLOW_UP_CHECKS.weekly)[number][],
          result: v.result,
          note: v.note?.trim() || undefined,
          cause: v.cause?.trim() || undefined,
          measures: v.measures?.trim() || undefined,
          prevention: v.prevention?.trim() || undefined,
        },
      });
    else
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
      confirmLoading={create.isPending || createWeekly.isPending}
      okButtonProps={{ ...{ 'data-testid': 'follow-up-ok' } }}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      width={inDepth ? 680 : 560}
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
        {promiseDue && (
          <Alert
            type="warning"
            showIcon
            data-testid="follow-up-promise-due"
            message={`该投诉有今天到期或已过期的承诺，请“${FOLLOW_UP_CHECK_LABELS[PROMISE_CHECK]}”，核对承诺是否兑现。`}
            style={{ marginBottom: 12 }}
          />
        )}
        <Form.Item
          name="checks"
          label="核查内容"
          rules={[
            { required: true, message: '请至少勾选一项核查内容' },
            {
              validator: (_, v: FollowUpCheck[] | undefined) =>
                !promiseDue || !v?.length || v.includes(PROMISE_CHECK)
                  ? Promise.resolve()
                  : Promise.reject(new Error(`请勾选“${FOLLOW_UP_CHECK_LABELS[PROMISE_CHECK]}”`)),
            },
          ]}
        >
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
        {inDepth && (
          <>
            <Alert type="info" showIcon message="重大投诉需深入回顾：逐项写明原因、纠正措施和预防措施。" style={{ marginBottom: 12 }} />
            {WEEKLY_DEPTH_FIELDS.map((f) => (
              <Form.Item
                key={f}
                name={f}
                label={WEEKLY_DEPTH_LABELS[f]}
                rules={[{ required: true, whitespace: true, message: `请填写${WEEKLY_DEPTH_LABELS[f]}` }]}
              >
                <Input.TextArea rows={2} maxLength={WEEKLY_DEPTH_MAX} showCount data-testid={`weekly-${f}`} />
              </Form.Item>
            ))}
          </>
        )}
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
              {h.depth ? `（原因：${h.depth.cause}；纠正：${h.depth.measures}；预防：${h.depth.prevention}）` : ''}
            </span>
          </List.Item>
        )}
      />
    </Modal>
  );
}
