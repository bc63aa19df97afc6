/** 回访: callbacks due within 24 h of completion (R-REP-09) and second callbacks for important requests (R-REP-10). */
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Button, Card, Empty, Form, Input, Radio, Space, Table, Tabs, Tag, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { CALLBACK_METHOD_LABELS, SATISFACTION_LABELS, type CallbackMethod, type Satisfaction } from '@wy/shared';
import RequestDrawer from '../../components/srv/RequestDrawer';
import { useProject } from '../../project';
import { actOnRequest, listCallbacks, secondCallback, showError, showSuccess } from '../../services/api';
import type { CallbackItem } from '../../services/models';
import { toOptions } from '../../utils/enums';
import { formatTime } from '../../utils/time';
import { dueText } from '../../utils/srv';

type Due = 'soon' | 'overdue' | 'all';

interface CbValues {
  method: CallbackMethod;
  satisfaction: Satisfaction;
  comment?: string;
}

function RecordForm({ item, onDone }: { item: CallbackItem; onDone: () => void }) {
  const [form] = Form.useForm<CbValues>();
  const [saving, setSaving] = useState(false);
  const submit = async (v: CbValues) => {
    setSaving(true);
    try {
      const body = { method: v.method, satisfaction: v.satisfaction, comment: v.comment?.trim() || undefined };
      if (item.kind === 'second_callback') {
        await secondCallback(item.requestId, body);
      } else await actOnRequest(item.requestId, 'callback', body);
      showSuccess(v.satisfaction === 'dissatisfied' ? `已记录：客户不满意，${item.code} 已重新处理` : `已完成回访：${item.code}`);
      onDone();
    } catch (e) {
      showError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form<CbValues>
      form={form}
      layout="inline"
      initialValues={{ method: 'phone', satisfaction: 'satisfied' }}
      onFinish={submit}
      style={{ rowGap: 8 }}
    >
      <Form.Item name="method" label="方式" rules={[{ required: true }]}>
        <Radio.Group optionType="button" size="small" options={toOptions(CALLBACK_METHOD_LABELS)} />
      </Form.Item>
      <Form.Item name="satisfaction" label="满意度" rules={[{ required: true }]}>
        <Radio.Group size="small" options={toOptions(SATISFACTION_LABELS)} />
      </Form.Item>
      <Form.Item name="comment" style={{ minWidth: 240, flex: 1 }}>
        <Input placeholder="回访意见（不满意请写明原因）" maxLength={300} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" size="small" loading={saving} data-testid="callback-record">
          记录回访
        </Button>
      </Form.Item>
    </Form>
  );
}

export default function CallbacksPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const [search] = useSearchParams();
  const [due, setDue] = useState<Due>(() => {
    const q = search.get('due');
    return q === 'overdue' || q === 'all' ? q : 'soon'; // 工作台 links here with ?due=all / ?due=overdue
  });
  const [items, setItems] = useState<CallbackItem[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [openId, setOpenId] = useState<number | null>(null);
  const [collapsed, setCollapsed] = useState<string[]>([]);
  const keyOf = (r: CallbackItem) => `${r.requestId}-${r.kind}`;

  const load = useCallback(async () => {
    setLoading(true);
    try {
      setItems(await listCallbacks(pid, due));
    } catch (e) {
      showError(e);
      setItems([]);
    } finally {
      setLoading(false);
    }
  }, [pid, due]);
  useEffect(() => {
    void load();
  }, [load]);

  return (
    <PageContainer title="回访" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <Card
        size="small"
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void load()} loading={loading}>
            刷新
          </Button>
        }
        title={
          <Tabs
            activeKey={due}
            onChange={(k) => setDue(k as Due)}
            style={{ marginBottom: -17 }}
            items={[
              { key: 'soon', label: '即将到期' },
              { key: 'overdue', label: '已超时' },
              { key: 'all', label: '全部待回访' },
            ]}
          />
        }
      >
        <Table<CallbackItem>
          rowKey={keyOf}
          loading={loading}
          dataSource={items ?? []}
          pagination={false}
          rowClassName={(r) => (r.overdue ? 'wy-row-overdue' : '')}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="没有待回访的工单" /> }}
          expandable={{
            expandedRowRender: (r) => <RecordForm item={r} onDone={() => void load()} />,
            expandedRowKeys: (items ?? []).map(keyOf).filter((k) => !collapsed.includes(k)),
            onExpand: (exp, r) => setCollapsed((c) => (exp ? c.filter((k) => k !== keyOf(r)) : [...c, keyOf(r)])),
          }}
          columns={[
            {
              title: '单号',
              dataIndex: 'code',
              render: (_, r) => (
                <Space>
                  <Typography.Link onClick={() => setOpenId(r.requestId)}>{r.code}</Typography.Link>
                  {r.kind === 'second_callback' && <Tag color="magenta">二次回访</Tag>}
                </Space>
              ),
            },
            { title: '类别', dataIndex: 'categoryName' },
            { title: '房屋', dataIndex: 'roomLabel', render: (v: string | null) => v ?? '公共区域' },
            {
              title: '客户',
              dataIndex: 'requesterName',
              render: (_, r) => `${r.requesterName} ${r.phoneMasked ?? ''}`,
            },
            { title: '完工时间', dataIndex: 'finishedAt', render: (v: string | null) => formatTime(v) },
            {
              title: '回访期限',
              dataIndex: 'dueAt',
              render: (_, r) => (
                <Space direction="vertical" size={0}>
                  <span>{formatTime(r.dueAt)}</span>
                  <Typography.Text type={r.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                    {dueText(r.dueAt)}
                  </Typography.Text>
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <RequestDrawer id={openId} onClose={() => setOpenId(null)} onChanged={() => void load()} />
    </PageContainer>
  );
}
