/**
 * 入伙批次 (R-MOV-01/05): the project's move-in batches — the rooms handed over with their buyers (pasted from
 * the developer's list), the period, the developer, the published guide (办理流程及注意事项), renovation notes
 * and payment notice, and the move-in fee rates. A batch is published once; its buyers then read it in the
 * mini-program. Supervisors and managers set batches up; the desk reads them.
 */
import { useRef, useState } from 'react';
import { Alert, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { DEFAULT_MOVEIN_GUIDE, fenToYuanString, parseYuan } from '@wy/shared';
import { useAccess } from '../../auth';
import { useProject } from '../../project';
import { $api, client, got, showError, showSuccess, type Page } from '../../services/api';
import type { Building, Room } from '../../services/models';
import { formatShort } from '../../utils/time';
import PageContainer from '../../components/PageContainer';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';
import type { MoveInBatch } from '../MoveIns/types';

interface FormValues {
  name: string;
  period: [Dayjs, Dayjs];
  developerName: string;
  guide: string;
  renovationNotes: string;
  paymentNotice: string;
  propertyFeeYuan: number;
  propertyFeeMonths: number;
  fundYuan: number;
  buildingId?: number;
  list?: string;
}

/** The building's rooms by number ("1501", or "1单元 1501"). */
async function roomsOf(projectId: number, buildingId: number): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  let cursor: string | null = null;
  for (let i = 0; i < 50; i++) {
    const page: Page<Room> = await got(
      client.GET('/api/v1/rooms', { params: { query: { projectId, buildingId, cursor: cursor ?? undefined, limit: 100 } } }),
    );
    for (const r of page.items) {
      out.set(r.roomNo, r.id);
      if (r.unit) out.set(`${r.unit} ${r.roomNo}`, r.id);
    }
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  return out;
}

/** "1501 郑爽 13700000021" per line (spaces, commas or tabs) → the rooms and buyers, or the first problem in words. */
function parseList(text: string, rooms: Map<string, number>): { rows: { roomId: number; buyerName: string; buyerPhone: string }[] } | { problem: string } {
  const rows: { roomId: number; buyerName: string; buyerPhone: string }[] = [];
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  if (!lines.length) return { problem: '请填写交付名单，每行：房号 姓名 手机号' };
  for (const [i, line] of lines.entries()) {
    const parts = line.split(/[\s,，\t]+/);
    if (parts.length < 3) return { problem: `第${i + 1}行应为：房号 姓名 手机号` };
    const phone = parts.pop()!;
    const name = parts.pop()!;
    const roomId = rooms.get(parts.join(' '));
    if (!roomId) return { problem: `第${i + 1}行：本楼栋没有房号“${parts.join(' ')}”` };
    if (!/^1\d{10}$/.test(phone)) return { problem: `第${i + 1}行：手机号应为11位` };
    rows.push({ roomId, buyerName: name, buyerPhone: phone });
  }
  return { rows };
}

function BatchModal({ projectId, batch, onClose, onDone }: { projectId: number; batch: MoveInBatch | null; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const buildings = $api.useQuery('get', '/api/v1/projects/{projectId}/buildings', { params: { path: { projectId } } });
  const submit = async () => {
    const v = await form.validateFields();
    setProblem(null);
    const texts = {
      name: v.name.trim(),
      startOn: v.period[0].format('YYYY-MM-DD'),
      endOn: v.period[1].format('YYYY-MM-DD'),
      developerName: v.developerName.trim(),
      guide: v.guide.trim(),
      renovationNotes: v.renovationNotes.trim(),
      paymentNotice: v.paymentNotice.trim(),
      propertyFeeFenPerM2: parseYuan(String(v.propertyFeeYuan ?? 0)),
      propertyFeeMonths: v.propertyFeeMonths ?? 0,
      fundFenPerM2: parseYuan(String(v.fundYuan ?? 0)),
    };
    setBusy(true);
    try {
      if (batch) {
        await got(client.PUT('/api/v1/move-in-batches/{id}', { params: { path: { id: batch.id } }, body: texts }));
      } else {
        const parsed = parseList(v.list ?? '', await roomsOf(projectId, v.buildingId!));
        if ('problem' in parsed) return setProblem(parsed.problem);
        await got(client.POST('/api/v1/move-in-batches', { body: { ...texts, projectId, rooms: parsed.rows } }));
      }
      showSuccess(batch ? '批次已保存' : '批次已创建，发布后业主可在小程序中查看');
      onDone();
    } catch (e) {
      showError(e);
    } finally {
      setBusy(false);
    }
  };
  const initial: Partial<FormValues> = batch
    ? {
        name: batch.name,
        period: [dayjs(batch.startOn), dayjs(batch.endOn)],
        developerName: batch.developerName,
        guide: batch.guide,
        renovationNotes: batch.renovationNotes,
        paymentNotice: batch.paymentNotice,
        propertyFeeYuan: batch.propertyFeeFenPerM2 / 100,
        propertyFeeMonths: batch.propertyFeeMonths,
        fundYuan: batch.fundFenPerM2 / 100,
      }
    : { guide: DEFAULT_MOVEIN_GUIDE, propertyFeeYuan: 0, propertyFeeMonths: 12, fundYuan: 0 };
  return (
    <Modal
      title={batch ? '编辑入伙批次' : '新建入伙批次'}
      open
      width={820}
      onCancel={onClose}
      onOk={() => void submit()}
      okText="保存"
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'batch-save' } as never}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={initial} data-testid="batch-form">
        <Space wrap size={16}>
          <Form.Item name="name" label="批次名称" rules={[{ required: true, whitespace: true, message: '请填写批次名称' }]}>
            <Input maxLength={50} style={{ width: 260 }} data-testid="batch-name" />
          </Form.Item>
          <Form.Item name="period" label="集中交付期" rules={[{ required: true, message: '请选择交付期' }]}>
            <DatePicker.RangePicker data-testid="batch-period" />
          </Form.Item>
          <Form.Item name="developerName" label="建设单位（开发商）" rules={[{ required: true, whitespace: true, message: '请填写开发商' }]}>
            <Input maxLength={60} style={{ width: 260 }} data-testid="batch-developer" />
          </Form.Item>
        </Space>
        <Form.Item name="guide" label="入伙办理指南（办理流程及注意事项）" rules={[{ required: true, whitespace: true, min: 10, message: '请填写办理指南，至少10个字' }]}>
          <Input.TextArea rows={6} maxLength={4000} showCount />
        </Form.Item>
        <Form.Item name="renovationNotes" label="装修须知" rules={[{ required: true, whitespace: true, min: 2, message: '请填写装修须知' }]}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="batch-reno" />
        </Form.Item>
        <Form.Item name="paymentNotice" label="缴费通知" rules={[{ required: true, whitespace: true, min: 2, message: '请填写缴费通知' }]}>
          <Input.TextArea rows={3} maxLength={4000} data-testid="batch-pay" />
        </Form.Item>
        <Space wrap size={16}>
          <Form.Item name="propertyFeeYuan" label="物业服务费（元/平方米·月）">
            <InputNumber min={0} max={1000} precision={2} data-testid="batch-fee" />
          </Form.Item>
          <Form.Item name="propertyFeeMonths" label="入伙预收月数">
            <InputNumber min={0} max={24} precision={0} addonAfter="个月" />
          </Form.Item>
          <Form.Item name="fundYuan" label="专项维修资金（元/平方米）">
            <InputNumber min={0} max={10000} precision={2} data-testid="batch-fund" />
          </Form.Item>
        </Space>
        {!batch && (
          <>
            <Form.Item name="buildingId" label="交付楼栋" rules={[{ required: true, message: '请选择楼栋' }]}>
              <Select
                style={{ width: 240 }}
                options={((buildings.data ?? []) as Building[]).map((b) => ({ value: b.id, label: b.name }))}
                data-testid="batch-building"
                aria-label="交付楼栋"
              />
            </Form.Item>
            <Form.Item
              name="list"
              label="交付名单（开发商提供，每行：房号 姓名 手机号）"
              rules={[{ required: true, whitespace: true, message: '请填写交付名单' }]}
            >
              <Input.TextArea rows={5} placeholder={'1501 郑爽 13700000021\n1502 钱多多 13700000022'} data-testid="batch-list" />
            </Form.Item>
          </>
        )}
        {problem && <Alert type="error" showIcon message={problem} data-testid="batch-problem" />}
      </Form>
    </Modal>
  );
}

export default function MoveInBatchesPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const access = useAccess();
  const actionRef = useRef<TableAction>(undefined);
  const [editing, setEditing] = useState<MoveInBatch | 'new' | null>(null);
  const publish = $api.useMutation('post', '/api/v1/move-in-batches/{id}/publish');
  const confirmPublish = (b: MoveInBatch) =>
    Modal.confirm({
      title: `发布“${b.name}”？`,
      content: `发布后，本批次 ${b.rooms} 户的购房人可在小程序中看到入伙通知、办理指南、装修须知和缴费通知。发布不能撤回，文字可再编辑。`,
      okText: '发布',
      cancelText: '取消',
      onOk: async () => {
        await publish.mutateAsync({ params: { path: { id: b.id } } });
        showSuccess('已发布');
        actionRef.current?.reload();
      },
    });
  const columns: ListColumn<MoveInBatch>[] = [
    { title: '批次', dataIndex: 'name', width: 170, ellipsis: true },
    { title: '交付期', key: 'period', width: 190, render: (_, b) => `${b.startOn} 至 ${b.endOn}` },
    { title: '开发商', dataIndex: 'developerName', width: 140, ellipsis: true },
    { title: '户数', key: 'rooms', width: 120, render: (_, b) => `${b.done} / ${b.rooms} 户已入伙` },
    {
      title: '入伙收费',
      key: 'fees',
      width: 180,
      ellipsis: true,
      render: (_, b) =>
        b.propertyFeeFenPerM2 || b.fundFenPerM2
          ? `物业费 ${fenToYuanString(b.propertyFeeFenPerM2)} 元/平方米·月×${b.propertyFeeMonths}个月；维修资金 ${fenToYuanString(b.fundFenPerM2)} 元/平方米`
          : '不收取',
    },
    {
      title: '状态',
      key: 'published',
      width: 140,
      render: (_, b) => (b.publishedAt ? <Tag color="green">已发布 {formatShort(b.publishedAt, pid)}</Tag> : <Tag>未发布</Tag>),
    },
    {
      title: '操作',
      key: 'op',
      width: 130,
      fixed: 'right',
      render: (_, b) =>
        access.moveInConfigure ? (
          <Space>
            <Button size="small" onClick={() => setEditing(b)}>
              编辑
            </Button>
            {!b.publishedAt && (
              <Button size="small" type="primary" onClick={() => confirmPublish(b)} data-testid="batch-publish">
                发布
              </Button>
            )}
          </Space>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
  ];
  return (
    <PageContainer
      title="入伙批次"
      subTitle={project ? `${project.code} ${project.name}` : undefined}
      extra={
        access.moveInConfigure ? (
          <Button type="primary" onClick={() => setEditing('new')} data-testid="batch-new">
            新建批次
          </Button>
        ) : undefined
      }
    >
      <KeysetTable<MoveInBatch>
        path="/api/v1/move-in-batches"
        rowKey="id"
        actionRef={actionRef}
        search={false}
        columns={columns}
        params={{ projectId: pid }}
        fetchPage={(_, cursor) =>
          got(client.GET('/api/v1/move-in-batches', { params: { query: { projectId: pid, cursor: cursor ?? undefined } } }))
        }
        scroll={{ x: 1070 }}
        emptyText="还没有入伙批次"
      />
      {editing && (
        <BatchModal
          projectId={pid}
          batch={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            setEditing(null);
            actionRef.current?.reload();
          }}
        />
      )}
    </PageContainer>
  );
}
