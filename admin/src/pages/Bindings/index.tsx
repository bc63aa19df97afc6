import { useMemo, useRef, useState } from 'react';
import { Alert, Button, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { BINDING_STATUSES, formatPropertyCode, OCCUPANT_KIND_LABELS, type BindingStatus } from '@wy/shared';
import { useProject } from '../../project';
import { BINDING_COLORS } from '../../components/BindingTags';
import { $api, client, got, showError, showSuccess } from '../../services/api';
import type { Binding } from '../../services/models';
import { formatTime } from '../../utils/time';
import { STAFF_BINDING_STATUS_TEXT } from '../../utils/enums';
import PageContainer from '../../components/PageContainer';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';

const STATUS_TEXT = STAFF_BINDING_STATUS_TEXT;

export default function BindingsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const actionRef = useRef<TableAction>(undefined);
  const [busyId, setBusyId] = useState<number | null>(null);
  const [acting, setActing] = useState<{ binding: Binding; action: 'reject' | 'revoke' } | null>(null);
  const reject = $api.useMutation('post', '/api/v1/bindings/{id}/reject');
  const revoke = $api.useMutation('post', '/api/v1/bindings/{id}/revoke');
  const [reasonForm] = Form.useForm<{ reason: string }>();
  const params = useMemo(() => ({ projectId: pid }), [pid]);

  const approve = async (b: Binding) => {
    setBusyId(b.id);
    try {
      await got(client.POST('/api/v1/bindings/{id}/approve', { params: { path: { id: b.id } } }));
      showSuccess(`已通过：${b.personName} 绑定 ${b.roomLabel}`);
      actionRef.current?.reload();
    } catch (e) {
      showError(e);
      actionRef.current?.reload();
    } finally {
      setBusyId(null);
    }
  };

  const columns: ListColumn<Binding>[] = [
    {
      title: '状态',
      dataIndex: 'status',
      valueType: 'select',
      initialValue: 'pending',
      width: 90,
      fieldProps: { allowClear: false },
      valueEnum: {
        ...Object.fromEntries(BINDING_STATUSES.map((s) => [s, { text: STATUS_TEXT[s] }])),
        all: { text: '全部' },
      },
      render: (_, r) => <Tag color={BINDING_COLORS[r.status]}>{STATUS_TEXT[r.status] ?? r.status}</Tag>,
    },
    {
      title: '房屋',
      dataIndex: 'roomLabel',
      search: false,
      render: (_, r) => (
        <Space direction="vertical" size={0}>
          <span>{r.roomLabel}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatPropertyCode(r.propertyCode)}
          </Typography.Text>
        </Space>
      ),
    },
    { title: '申请人', dataIndex: 'personName', search: false, width: 110 },
    { title: '手机号', dataIndex: 'phoneMasked', search: false, width: 130, render: (_, r) => r.phoneMasked || '—' },
    {
      title: '身份',
      dataIndex: 'kind',
      search: false,
      width: 90,
      render: (_, r) => OCCUPANT_KIND_LABELS[r.kind] ?? r.kind,
    },
    {
      title: '说明',
      dataIndex: 'note',
      search: false,
      ellipsis: true,
      render: (_, r) =>
        r.rejectReason ? (
          <Typography.Text type="danger">原因：{r.rejectReason}</Typography.Text>
        ) : (
          r.note || <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    { title: '申请时间', dataIndex: 'createdAt', search: false, width: 150, render: (_, r) => formatTime(r.createdAt) },
    { title: '处理时间', dataIndex: 'reviewedAt', search: false, width: 150, render: (_, r) => formatTime(r.reviewedAt) },
    {
      title: '操作',
      valueType: 'option',
      width: 140,
      fixed: 'right',
      render: (_, r) =>
        r.status === 'pending'
          ? [
              <Button
                key="approve"
                type="link"
                size="small"
                style={{ padding: 0 }}
                loading={busyId === r.id}
                onClick={() => approve(r)}
                data-testid="binding-approve"
                data-binding-id={r.id}
              >
                通过
              </Button>,
              <Button
                key="reject"
                type="link"
                danger
                size="small"
                style={{ padding: 0 }}
                onClick={() => setActing({ binding: r, action: 'reject' })}
                data-testid="binding-reject"
                data-binding-id={r.id}
              >
                驳回
              </Button>,
            ]
          : r.status === 'approved'
            ? [
                <Button
                  key="revoke"
                  type="link"
                  danger
                  size="small"
                  style={{ padding: 0 }}
                  onClick={() => setActing({ binding: r, action: 'revoke' })}
                  data-testid="binding-revoke"
                  data-binding-id={r.id}
                >
                  解除绑定
                </Button>,
              ]
            : [],
    },
  ];

  const isReject = acting?.action === 'reject';
  return (
    <PageContainer title="绑定审核" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <KeysetTable<Binding>
        path="/api/v1/bindings"
        rowKey="id"
        actionRef={actionRef}
        headerTitle="业主绑定申请"
        columns={columns}
        params={params}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/bindings', {
              params: {
                query: {
                  projectId: pid,
                  status: f.status && f.status !== 'all' ? (f.status as BindingStatus) : undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          )
        }
        scroll={{ x: 1000 }}
        emptyText="没有符合条件的绑定申请"
      />
      <Modal
        title={isReject ? '驳回绑定申请' : '解除房屋绑定'}
        open={!!acting}
        width={480}
        destroyOnHidden
        onCancel={() => setActing(null)}
        okText={isReject ? '驳回' : '解除绑定'}
        okButtonProps={{ danger: true, loading: reject.isPending || revoke.isPending, 'data-testid': 'binding-reason-submit' }}
        onOk={() => reasonForm.submit()}
      >
        {acting && (
          <Alert
            type={isReject ? 'info' : 'warning'}
            showIcon
            style={{ marginBottom: 16 }}
            message={`${acting.binding.personName}（${OCCUPANT_KIND_LABELS[acting.binding.kind]}）· ${acting.binding.roomLabel}`}
            description={
              isReject ? '驳回原因会显示给申请人。' : '解除后该住户将不能再以此房屋办理业务，此操作会记录在审计日志中。'
            }
          />
        )}
        <Form<{ reason: string }>
          form={reasonForm}
          layout="vertical"
          preserve={false}
          onFinish={({ reason }) => {
            if (!acting) return;
            const call = { params: { path: { id: acting.binding.id } }, body: { reason: reason.trim() } };
            const onSuccess = () => {
              showSuccess(isReject ? '已驳回，申请人会在小程序中看到原因' : '已解除绑定');
              setActing(null);
              actionRef.current?.reload();
            };
            if (isReject) reject.mutate(call, { onSuccess });
            else revoke.mutate(call, { onSuccess });
          }}
        >
          <Form.Item
            name="reason"
            label={isReject ? '驳回原因' : '解除原因'}
            rules={[{ required: true, whitespace: true, message: '请填写原因' }]}
          >
            <Input.TextArea
              rows={3}
              maxLength={200}
              showCount
              data-testid="binding-reason"
              placeholder={isReject ? '如：身份信息与产权登记不符，请携带房产证到服务中心办理' : '如：租约到期已搬离'}
            />
          </Form.Item>
        </Form>
      </Modal>
    </PageContainer>
  );
}
