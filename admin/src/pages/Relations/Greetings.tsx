/**
 * 节日问候 (R-RPT-04): the coming festival (or another one may greet for), who has been greeted and who not yet;
 * 登记问候 records one greeting per person and festival.
 */
import { useState } from 'react';
import { Card, DatePicker, Form, Input, Modal, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { COMMUNICATION_CHANNELS, COMMUNICATION_CHANNEL_LABELS, type CommunicationChannel } from '@wy/shared';
import LinkButton from '../../components/LinkButton';
import Loaded from '../../components/Loaded';
import { $api, showSuccess, useRefresh } from '../../services/api';
import { pickerNow } from '../../utils/time';
import type { KeyCustomer } from './types';

function GreetModal({
  who,
  festival,
  onClose,
  onDone,
}: {
  who: KeyCustomer;
  festival: { key: string; label: string };
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ greetedOn: Dayjs; channel: CommunicationChannel; note?: string }>();
  const greet = $api.useMutation('post', '/api/v1/festival-greetings');
  const today = pickerNow(who.projectId).endOf('day');
  const submit = async () => {
    const v = await form.validateFields();
    await greet.mutateAsync({
      body: {
        keyCustomerId: who.id,
        festival: festival.key,
        greetedOn: v.greetedOn.format('YYYY-MM-DD'),
        channel: v.channel,
        note: v.note?.trim() || undefined,
      },
    });
    showSuccess('已登记问候');
    onDone();
  };
  return (
    <Modal
      title={`${festival.label}问候：${who.name}`}
      open
      onCancel={onClose}
      onOk={() => void submit()}
      okText="登记"
      okButtonProps={{ 'data-testid': 'greet-ok' } as never}
      confirmLoading={greet.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ greetedOn: pickerNow(who.projectId) }}>
        <Space size={16} wrap>
          <Form.Item name="greetedOn" label="问候日期" rules={[{ required: true, message: '请选择日期' }]}>
            <DatePicker disabledDate={(d) => d.isAfter(today)} />
          </Form.Item>
          <Form.Item name="channel" label="问候方式" rules={[{ required: true, message: '请选择问候方式' }]}>
            <Select
              style={{ width: 160 }}
              options={COMMUNICATION_CHANNELS.map((c) => ({ value: c, label: COMMUNICATION_CHANNEL_LABELS[c] }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="note" label="备注（选填）">
          <Input maxLength={200} placeholder="如：送上月饼和节日贺卡" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function Greetings({ projectId }: { projectId: number }) {
  const [festival, setFestival] = useState<string | undefined>(undefined);
  const [greeting, setGreeting] = useState<KeyCustomer | null>(null);
  const refresh = useRefresh();
  const q = $api.useQuery('get', '/api/v1/festival-greetings', { params: { query: { projectId, festival } } });
  return (
    <Loaded query={q}>
      {(b) => (
        <Space direction="vertical" style={{ width: '100%' }} size={16}>
          <Space wrap>
            <Typography.Text>节日</Typography.Text>
            <Select
              style={{ width: 240 }}
              value={b.festival.key}
              onChange={setFestival}
              aria-label="节日"
              options={[...b.festivals, ...(b.festivals.some((f) => f.key === b.festival.key) ? [] : [b.festival])].map((f) => ({
                value: f.key,
                label: `${f.label}（${f.date}）`,
              }))}
              data-testid="greeting-festival"
            />
            <Typography.Text type="secondary">
              已问候 {b.greeted.length} 人，尚未问候 {b.notGreeted.length} 人
            </Typography.Text>
          </Space>
          <Card size="small" title={`尚未问候（${b.notGreeted.length}）`}>
            <Table<KeyCustomer>
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={b.notGreeted}
              locale={{ emptyText: '名单上的人都已问候' }}
              columns={[
                { title: '姓名', dataIndex: 'name', width: 120 },
                { title: '类别', dataIndex: 'kindLabel', width: 110 },
                { title: '房屋', dataIndex: 'roomLabel', width: 150, render: (v: string | null) => v ?? '—' },
                {
                  title: '联系电话',
                  dataIndex: 'phoneMasked',
                  width: 140,
                  render: (v: string | null) => <span data-latin-ok>{v ?? '—'}</span>,
                },
                {
                  title: '操作',
                  width: 100,
                  render: (_: unknown, k: KeyCustomer) =>
                    b.festivals.some((f) => f.key === b.festival.key) ? (
                      <LinkButton onClick={() => setGreeting(k)} data-testid="greet">
                        登记问候
                      </LinkButton>
                    ) : null,
                },
              ]}
            />
          </Card>
          <Card size="small" title={`已问候（${b.greeted.length}）`}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={b.greeted}
              locale={{ emptyText: '还没有登记问候' }}
              columns={[
                { title: '姓名', dataIndex: 'customerName', width: 120 },
                { title: '类别', dataIndex: 'kindLabel', width: 110 },
                { title: '问候日期', dataIndex: 'greetedOn', width: 120 },
                { title: '方式', dataIndex: 'channelLabel', width: 100 },
                { title: '登记人', dataIndex: 'byName', width: 100 },
                { title: '备注', dataIndex: 'note', render: (v: string | null) => v ?? '' },
              ]}
            />
          </Card>
          {greeting && (
            <GreetModal
              who={greeting}
              festival={b.festival}
              onClose={() => setGreeting(null)}
              onDone={() => {
                setGreeting(null);
                void refresh('/api/v1/festival-greetings');
              }}
            />
          )}
        </Space>
      )}
    </Loaded>
  );
}
