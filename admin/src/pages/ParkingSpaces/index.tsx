/**
 * 车位管理: the project's parking areas (B1–B3 …) and their spaces. Per area the count of spaces by state,
 * coloured as in the list; the spaces themselves filtered by area, kind, state and number, paged on the
 * server, each with who holds it and until when. Those who configure parking add areas and numbered spaces
 * in one go and set a space no application holds free, fixed or out of use (R-PRK-01); the gate system's
 * plate list can be downloaded as CSV.
 */
import { useMemo, useRef, useState } from 'react';
import { Button, Card, Form, Input, InputNumber, Modal, Radio, Space, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import {
  MANUAL_SPACE_STATES,
  PARKING_SPACE_KINDS,
  PARKING_SPACE_STATES,
  type ParkingSpaceKind,
  type ParkingSpaceState,
} from '@wy/shared';
import { useAccess } from '../../auth';
import { useProject } from '../../project';
import { $api, client, got, showSuccess, useRefresh } from '../../services/api';
import PageContainer from '../../components/PageContainer';
import FormSelect from '../../components/FormSelect';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';
import LinkButton from '../../components/LinkButton';
import { useDownload } from '../../utils/download';
import { kindLabel, SPACE_STATE_COLORS, spaceStateLabel } from '../Parking/display';
import type { ParkingArea, ParkingSpace } from '../Parking/types';

function AreaCounts({ projectId, areas }: { projectId: number; areas: ParkingArea[] }) {
  const q = $api.useQuery('get', '/api/v1/parking/space-counts', { params: { query: { projectId } } });
  const counts = q.data ?? [];
  if (!areas.length)
    return (
      <Card size="small" style={{ marginBottom: 12 }}>
        <Typography.Text type="secondary">还没有停车区域，请先新增区域（如 地下一层）。</Typography.Text>
      </Card>
    );
  return (
    <Card size="small" style={{ marginBottom: 12 }} title="各区域车位" loading={q.isLoading} data-testid="space-counts">
      <Space direction="vertical" style={{ width: '100%' }}>
        {areas.map((a) => {
          const mine = counts.filter((c) => c.areaId === a.id);
          const total = mine.reduce((n, c) => n + c.n, 0);
          return (
            <div key={a.id} style={{ display: 'flex', gap: 12, alignItems: 'center', flexWrap: 'wrap' }}>
              <b style={{ width: 120 }}>
                {a.name}（{a.code}）
              </b>
              <span style={{ width: 70 }}>共 {total} 个</span>
              {PARKING_SPACE_STATES.map((s) => {
                const n = mine.filter((c) => c.state === s).reduce((x, c) => x + c.n, 0);
                return (
                  <Tag key={s} color={n ? SPACE_STATE_COLORS[s] : undefined} style={{ minWidth: 72 }}>
                    {spaceStateLabel(s)} {n}
                  </Tag>
                );
              })}
              {total > 0 && (
                <div style={{ flex: 1, minWidth: 160, height: 10, display: 'flex', borderRadius: 5, overflow: 'hidden' }}>
                  {PARKING_SPACE_STATES.map((s) => {
                    const n = mine.filter((c) => c.state === s).reduce((x, c) => x + c.n, 0);
                    return n ? (
                      <div
                        key={s}
                        title={`${spaceStateLabel(s)} ${n}`}
                        style={{ width: `${(n / total) * 100}%`, background: SPACE_STATE_COLORS[s] }}
                      />
                    ) : null;
                  })}
                </div>
              )}
            </div>
          );
        })}
      </Space>
    </Card>
  );
}

function AreaModal({ projectId, open, onClose }: { projectId: number; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm();
  const create = $api.useMutation('post', '/api/v1/parking/areas');
  const refresh = useRefresh();
  const submit = async () => {
    const v = await form.validateFields();
    await create.mutateAsync({ body: { projectId, code: v.code.trim(), name: v.name.trim(), sort: v.sort ?? undefined } });
    showSuccess('区域已新增');
    await refresh('/api/v1/parking/areas', '/api/v1/parking/space-counts');
    form.resetFields();
    onClose();
  };
  return (
    <Modal
      title="新增停车区域"
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      confirmLoading={create.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid="area-form">
        <Form.Item
          name="code"
          label="区域编码"
          rules={[{ required: true, whitespace: true, message: '请填写区域编码' }]}
          extra="车位编号默认以它开头，如 B1 → B1-001"
        >
          <Input maxLength={10} placeholder="如 B1" />
        </Form.Item>
        <Form.Item name="name" label="区域名称" rules={[{ required: true, whitespace: true, message: '请填写区域名称' }]}>
          <Input maxLength={40} placeholder="如 地下一层" />
        </Form.Item>
        <Form.Item name="sort" label="排序">
          <InputNumber min={0} max={999} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function SpacesModal({
  areas,
  open,
  onClose,
  onDone,
}: {
  areas: ParkingArea[];
  open: boolean;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm();
  const create = $api.useMutation('post', '/api/v1/parking/spaces');
  const submit = async () => {
    const v = await form.validateFields();
    const r = await create.mutateAsync({
      body: { areaId: v.areaId, kind: v.kind, from: v.from, to: v.to, prefix: v.prefix?.trim() || undefined },
    });
    showSuccess(`已添加 ${r.created} 个车位`);
    form.resetFields();
    onDone();
  };
  return (
    <Modal
      title="批量添加车位"
      open={open}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="添加"
      confirmLoading={create.isPending}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" initialValues={{ kind: 'rental', from: 1 }} data-testid="spaces-form">
        <Form.Item name="areaId" label="区域" rules={[{ required: true, message: '请选择区域' }]}>
          <FormSelect options={areas.map((a) => ({ value: a.id, label: `${a.name}（${a.code}）` }))} placeholder="选择区域" />
        </Form.Item>
        <Form.Item name="kind" label="车位类型" rules={[{ required: true, message: '请选择车位类型' }]}>
          <Radio.Group optionType="button" options={PARKING_SPACE_KINDS.map((k) => ({ value: k, label: kindLabel(k) }))} />
        </Form.Item>
        <Space size={16} align="start">
          <Form.Item name="prefix" label="编号前缀" extra="不填则用区域编码加横线">
            <Input maxLength={10} style={{ width: 140 }} placeholder="如 B1-" />
          </Form.Item>
          <Form.Item name="from" label="起始编号" rules={[{ required: true, message: '请填写起始编号' }]}>
            <InputNumber min={1} max={9999} precision={0} />
          </Form.Item>
          <Form.Item
            name="to"
            label="结束编号"
            dependencies={['from']}
            rules={[
              { required: true, message: '请填写结束编号' },
              ({ getFieldValue }) => ({
                validator: async (_, v?: number) => {
                  if (v !== undefined && v !== null && v < getFieldValue('from')) throw new Error('结束编号不能小于起始编号');
                },
              }),
            ]}
          >
            <InputNumber min={1} max={9999} precision={0} />
          </Form.Item>
        </Space>
      </Form>
    </Modal>
  );
}

function StateModal({ space, onClose, onDone }: { space: ParkingSpace | null; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm();
  const put = $api.useMutation('put', '/api/v1/parking/spaces/{id}/state');
  if (!space) return null;
  const submit = async () => {
    const v = await form.validateFields();
    await put.mutateAsync({ params: { path: { id: space.id } }, body: { state: v.state, note: v.note?.trim() || undefined } });
    showSuccess('车位状态已更新');
    onDone();
  };
  return (
    <Modal
      title={`车位 ${space.no} 状态`}
      open
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      confirmLoading={put.isPending}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ state: space.state, note: space.note ?? '' }}
        data-testid="space-state-form"
      >
        <Form.Item name="state" label="状态" rules={[{ required: true, message: '请选择状态' }]}>
          <Radio.Group optionType="button" options={MANUAL_SPACE_STATES.map((s) => ({ value: s, label: spaceStateLabel(s) }))} />
        </Form.Item>
        <Form.Item name="note" label="说明">
          <Input maxLength={100} placeholder="如 消防通道旁，暂停使用" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export default function ParkingSpacesPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const access = useAccess();
  const actionRef = useRef<TableAction>(undefined);
  const refresh = useRefresh();
  const [adding, setAdding] = useState<'area' | 'spaces' | null>(null);
  const [editing, setEditing] = useState<ParkingSpace | null>(null);
  const { busy: downloading, download } = useDownload();
  const params = useMemo(() => ({ projectId: pid }), [pid]);
  const areas = $api.useQuery('get', '/api/v1/parking/areas', { params: { query: { projectId: pid } } }).data ?? [];
  const changed = () => {
    actionRef.current?.reload();
    void refresh('/api/v1/parking/space-counts');
  };
  const downloadGate = () =>
    download(
      () => client.GET('/api/v1/parking/gate-plates/csv', { params: { query: { projectId: pid } }, parseAs: 'blob' }),
      `道闸车牌-${project?.code ?? ''}.csv`,
    );

  const columns: ListColumn<ParkingSpace>[] = [
    { title: '车位编号', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '如 B1-001' } },
    {
      title: '区域',
      dataIndex: 'areaId',
      width: 120,
      valueType: 'select',
      fieldProps: { options: areas.map((a) => ({ value: String(a.id), label: a.name })) },
      render: (_, s) => s.areaName,
    },
    { title: '车位', dataIndex: 'no', width: 110, search: false, render: (_, s) => <b>{s.no}</b> },
    {
      title: '类型',
      dataIndex: 'kind',
      width: 100,
      valueType: 'select',
      valueEnum: Object.fromEntries(PARKING_SPACE_KINDS.map((k) => [k, { text: kindLabel(k) }])),
      render: (_, s) => kindLabel(s.kind),
    },
    {
      title: '状态',
      dataIndex: 'state',
      width: 100,
      valueType: 'select',
      valueEnum: Object.fromEntries(PARKING_SPACE_STATES.map((k) => [k, { text: spaceStateLabel(k) }])),
      render: (_, s) => (
        <Tag color={SPACE_STATE_COLORS[s.state as ParkingSpaceState]} data-testid="space-state">
          {spaceStateLabel(s.state)}
        </Tag>
      ),
    },
    { title: '租用人', dataIndex: 'holderName', width: 100, search: false, render: (_, s) => s.holderName ?? '—' },
    { title: '车牌', dataIndex: 'plate', width: 110, search: false, render: (_, s) => s.plate ?? '—' },
    { title: '到期', dataIndex: 'endOn', width: 110, search: false, render: (_, s) => s.endOn ?? '—' },
    { title: '说明', dataIndex: 'note', search: false, ellipsis: true, render: (_, s) => s.note ?? '' },
    ...(access.parkingConfigure
      ? [
          {
            title: '操作',
            key: 'op',
            width: 90,
            fixed: 'right' as const,
            search: false as const,
            render: (_: unknown, s: ParkingSpace) =>
              s.holderApplicationId ? (
                <Typography.Text type="secondary">租用中</Typography.Text>
              ) : (
                <LinkButton onClick={() => setEditing(s)} data-testid="space-edit">
                  改状态
                </LinkButton>
              ),
          },
        ]
      : []),
  ];

  return (
    <PageContainer title="车位管理" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <AreaCounts projectId={pid} areas={areas} />
      <KeysetTable<ParkingSpace>
        path="/api/v1/parking/spaces"
        rowKey="id"
        actionRef={actionRef}
        headerTitle="车位"
        columns={columns}
        params={params}
        fetchPage={(f, cursor) =>
          got(
            client.GET('/api/v1/parking/spaces', {
              params: {
                query: {
                  projectId: pid,
                  areaId: f.areaId ? Number(f.areaId) : undefined,
                  kind: (f.kind as ParkingSpaceKind) || undefined,
                  state: (f.state as ParkingSpaceState) || undefined,
                  keyword: (f.keyword as string) || undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          )
        }
        onRow={(s) => ({ 'data-testid': 'space-row', 'data-space-id': s.id }) as React.HTMLAttributes<HTMLElement>}
        toolBarRender={() => [
          ...(access.parkingGate
            ? [
                <Button
                  key="gate"
                  icon={<DownloadOutlined />}
                  loading={downloading}
                  onClick={() => void downloadGate()}
                  data-testid="gate-download"
                >
                  导出道闸车牌
                </Button>,
              ]
            : []),
          ...(access.parkingConfigure
            ? [
                <Button key="area" icon={<PlusOutlined />} onClick={() => setAdding('area')} data-testid="area-new">
                  新增区域
                </Button>,
                <Button
                  key="spaces"
                  type="primary"
                  icon={<PlusOutlined />}
                  disabled={!areas.length}
                  onClick={() => setAdding('spaces')}
                  data-testid="spaces-new"
                >
                  批量添加车位
                </Button>,
              ]
            : []),
        ]}
        scroll={{ x: 1100 }}
        emptyText="没有符合条件的车位"
      />
      <AreaModal projectId={pid} open={adding === 'area'} onClose={() => setAdding(null)} />
      <SpacesModal
        areas={areas}
        open={adding === 'spaces'}
        onClose={() => setAdding(null)}
        onDone={() => {
          setAdding(null);
          changed();
        }}
      />
      <StateModal
        space={editing}
        onClose={() => setEditing(null)}
        onDone={() => {
          setEditing(null);
          changed();
        }}
      />
    </PageContainer>
  );
}
