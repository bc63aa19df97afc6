/** 延期审批 (sla.approve): extensions asked on work-order clocks; one takes effect only once approved, and is recorded. */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Alert, Button, Card, Empty, Form, Input, Modal, Segmented, Space, Table, Tag, Typography, type ButtonProps } from 'antd';
import { CheckOutlined, CloseOutlined, ReloadOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { clockLabel } from '../../components/srv/ClockExtensions';
import { useProject } from '../../project';
import { $api, showSuccess, useRefresh } from '../../services/api';
import LoadFailed from '../../components/LoadFailed';
import type { Extension } from '../../services/models';
import { formatTime } from '../../utils/time';
import PageContainer from '../../components/PageContainer';

type Status = Extension['status'];
type Filter = Status | 'all';
const STATUS_TEXT: Record<Status, string> = { pending: '待审批', approved: '已批准', rejected: '已驳回' };
const STATUS_COLOR: Record<Status, string> = { pending: 'orange', approved: 'green', rejected: 'default' };

function longer(from: string, to: string): string {
  const mins = dayjs(to).diff(dayjs(from), 'minute');
  if (mins < 60) return `+${mins} 分钟`;
  if (mins < 48 * 60) return `+${Math.round(mins / 6) / 10} 小时`;
  return `+${Math.round(mins / 144) / 10} 天`;
}

function DecideModal({
  target,
  onClose,
  onDone,
}: {
  target: { x: Extension; approve: boolean } | null;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ note?: string }>();
  const approveIt = $api.useMutation('post', '/api/v1/sla-extensions/{id}/approve');
  const rejectIt = $api.useMutation('post', '/api/v1/sla-extensions/{id}/reject');
  const saving = approveIt.isPending || rejectIt.isPending;
  const approve = target?.approve ?? true;
  const submit = ({ note }: { note?: string }) => {
    if (!target) return;
    const n = note?.trim() || undefined;
    (approve ? approveIt : rejectIt).mutate(
      { params: { path: { id: target.x.id } }, body: n ? { note: n } : {} },
      {
        onSuccess: () => {
          showSuccess(`${approve ? '已批准' : '已驳回'}：${target.x.requestCode} ${clockLabel(target.x.kind)}延期`);
          onDone();
        },
      },
    );
  };
  return (
    <Modal
      title={target ? `${approve ? '批准' : '驳回'}延期 · ${target.x.requestCode}` : ''}
      open={!!target}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={approve ? '确认批准' : '确认驳回'}
      cancelText="取消"
      okButtonProps={{ loading: saving, danger: !approve, 'data-testid': 'decide-submit' } as ButtonProps}
      maskClosable={false}
      destroyOnHidden
    >
      {target && (
        <>
          <Alert
            type={approve ? 'warning' : 'info'}
            showIcon
            style={{ marginBottom: 16 }}
            message={`${clockLabel(target.x.kind)}：${formatTime(target.x.dueAt)} → ${formatTime(target.x.until)}（${longer(target.x.dueAt, target.x.until)}）`}
            description={approve ? '批准后期限立即改为新的时间，并记入工单处理过程；审批后不能撤回。' : '驳回后仍按原期限计时。'}
          />
          <Typography.Paragraph>
            <Typography.Text type="secondary">申请原因：</Typography.Text>
            {target.x.reason}
          </Typography.Paragraph>
          <Form form={form} layout="vertical" preserve={false} onFinish={submit}>
            <Form.Item
              name="note"
              label="审批意见"
              rules={approve ? [] : [{ required: true, whitespace: true, message: '驳回请写明原因' }]}
            >
              <Input.TextArea
                rows={3}
                maxLength={200}
                showCount
                placeholder={approve ? '可不填' : '如：配件本地可购，请按原期限完成'}
                data-testid="decide-note"
              />
            </Form.Item>
          </Form>
        </>
      )}
    </Modal>
  );
}

export default function ExtensionsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [filter, setFilter] = useState<Filter>('pending');
  const [deciding, setDeciding] = useState<{ x: Extension; approve: boolean } | null>(null);
  const list = $api.useQuery('get', '/api/v1/sla-extensions', {
    params: { query: { projectId: pid, status: filter === 'all' ? undefined : filter } },
  });
  const refresh = useRefresh();
  const reload = () => void list.refetch();

  return (
    <PageContainer title="延期审批" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <Card
        size="small"
        title={
          <Segmented<Filter>
            value={filter}
            onChange={setFilter}
            data-testid="extensions-filter"
            options={[
              { value: 'pending', label: '待审批' },
              { value: 'approved', label: '已批准' },
              { value: 'rejected', label: '已驳回' },
              { value: 'all', label: '全部' },
            ]}
          />
        }
        extra={
          <Button icon={<ReloadOutlined />} onClick={reload} loading={list.isFetching}>
            刷新
          </Button>
        }
      >
        {list.isError && !list.data ? (
          <LoadFailed error={list.error} onRetry={reload} />
        ) : (
          <Table<Extension>
            rowKey="id"
            loading={list.isFetching}
            dataSource={list.data ?? []}
            pagination={false}
            scroll={{ x: 1080 }}
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={filter === 'pending' ? '没有待审批的延期申请' : '暂无延期申请'}
                />
              ),
            }}
            onRow={(x) => ({ 'data-testid': 'extension-row', 'data-extension-id': x.id }) as React.HTMLAttributes<HTMLElement>}
            columns={[
              {
                title: '工单',
                dataIndex: 'requestCode',
                width: 160,
                render: (v: string, x) => <Link to={`/requests/${x.requestId}`}>{v}</Link>,
              },
              { title: '承诺', dataIndex: 'kind', width: 90, render: (k: string) => clockLabel(k) },
              {
                title: '原定期限',
                dataIndex: 'dueAt',
                width: 150,
                render: (v: string, x) => (
                  <Space direction="vertical" size={0}>
                    <span>{formatTime(v)}</span>
                    {x.status === 'pending' && new Date(v) < new Date() && (
                      <Typography.Text type="danger" style={{ fontSize: 12 }}>
                        已过原定期限
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
              {
                title: '申请延至',
                dataIndex: 'until',
                width: 160,
                render: (v: string, x) => (
                  <Space direction="vertical" size={0}>
                    <Typography.Text strong>{formatTime(v)}</Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {longer(x.dueAt, v)}
                    </Typography.Text>
                  </Space>
                ),
              },
              {
                title: '原因',
                dataIndex: 'reason',
                render: (v: string, x) => (
                  <Space direction="vertical" size={0}>
                    <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      申请于 {formatTime(x.requestedAt)}
                    </Typography.Text>
                  </Space>
                ),
              },
              {
                title: '状态',
                dataIndex: 'status',
                width: 140,
                render: (s: Status, x) => (
                  <Space direction="vertical" size={0}>
                    <Tag color={STATUS_COLOR[s]}>{STATUS_TEXT[s]}</Tag>
                    {x.decisionNote && (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {x.decisionNote}
                      </Typography.Text>
                    )}
                  </Space>
                ),
              },
              {
                title: '操作',
                key: 'op',
                width: 170,
                hidden: filter === 'approved' || filter === 'rejected',
                render: (_, x) =>
                  x.status === 'pending' ? (
                    <Space>
                      <Button
                        size="small"
                        type="primary"
                        icon={<CheckOutlined />}
                        onClick={() => setDeciding({ x, approve: true })}
                        data-testid="extension-approve"
                      >
                        批准
                      </Button>
                      <Button
                        size="small"
                        danger
                        icon={<CloseOutlined />}
                        onClick={() => setDeciding({ x, approve: false })}
                        data-testid="extension-reject"
                      >
                        驳回
                      </Button>
                    </Space>
                  ) : null,
              },
            ]}
          />
        )}
      </Card>
      <DecideModal
        target={deciding}
        onClose={() => setDeciding(null)}
        onDone={() => {
          setDeciding(null);
          void refresh('/api/v1/sla-extensions');
        }}
      />
    </PageContainer>
  );
}
