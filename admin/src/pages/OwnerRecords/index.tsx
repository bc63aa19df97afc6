/**
 * 业户资料核对 for customer service and the manager: 待核对 — base records entered and waiting for a second
 * person's check against the copies of the original documents; 逾期录入 — records entered more than 3 days
 * after the papers came in; 收费资料变更 — fee-relevant changes (area, use) with the manager's approval, the
 * printed 变更通知书 and its delivery (the change takes effect only then, on its date); 编码表 — the
 * project's drafted codes and the general manager's approval.
 */
import { useState } from 'react';
import { Alert, Button, Checkbox, Form, Input, Modal, Popconfirm, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import {
  CODE_STATUS_LABELS,
  DELIVERY_METHODS,
  DELIVERY_METHOD_LABELS,
  FEE_CHANGE_STATUS_LABELS,
  FEE_FIELD_LABELS,
  RECORD_DOCUMENTS,
  RECORD_DOCUMENT_LABELS,
  type CodeStatus,
  type FeeChangeStatus,
  type FeeField,
  type RecordDocument,
} from '@wy/shared';
import PageContainer from '../../components/PageContainer';
import PrintDialog from '../../components/PrintDialog';
import { useAccess } from '../../auth';
import { useProject } from '../../project';
import { $api, call, client, showError, showSuccess } from '../../services/api';
import { formatTime } from '../../utils/time';
import NoticeDoc from './NoticeDoc';
import type { FeeChange, RecordRow } from './types';

const STATUS_COLORS: Record<string, string> = {
  pending: 'orange',
  approved: 'blue',
  delivered: 'cyan',
  effective: 'green',
  rejected: 'default',
};

function Worklist({ projectId, list }: { projectId: number; list: 'unverified' | 'late' }) {
  const q = $api.useQuery('get', '/api/v1/records/worklist', { params: { query: { projectId, list } } });
  const [checking, setChecking] = useState<RecordRow | null>(null);
  const [docs, setDocs] = useState<RecordDocument[]>([]);
  const [saving, setSaving] = useState(false);
  const verify = async () => {
    if (!checking) return;
    setSaving(true);
    try {
      await call(
        client.POST('/api/v1/rooms/{id}/verify', { params: { path: { id: checking.roomId } }, body: { documents: docs } }),
      );
      showSuccess('已核对');
      setChecking(null);
      await q.refetch();
    } catch (e) {
      showError(e);
    } finally {
      setSaving(false);
    }
  };
  return (
    <>
      <Table<RecordRow>
        rowKey="roomId"
        loading={q.isLoading}
        dataSource={q.data ?? []}
        pagination={false}
        locale={{ emptyText: list === 'unverified' ? '没有待核对的资料' : '没有逾期录入的资料' }}
        columns={[
          { title: '物业编码', dataIndex: 'propertyCode', width: 120 },
          { title: '房屋', dataIndex: 'roomLabel', width: 140 },
          { title: '资料接收日期', dataIndex: 'receivedOn', width: 120, render: (v) => v ?? '—' },
          { title: '最迟录入', dataIndex: 'dueOn', width: 110, render: (v) => v ?? '—' },
          { title: '录入时间', dataIndex: 'enteredAt', width: 150, render: (v: string) => formatTime(v, projectId) },
          {
            title: '状态',
            width: 150,
            render: (_, r) => (
              <Space size={4}>
                <Tag color={r.recordStatus === 'verified' ? 'green' : 'orange'}>
                  {r.recordStatus === 'verified' ? '已核对' : '已录入'}
                </Tag>
                {r.late ? <Tag color="red">逾期录入</Tag> : null}
              </Space>
            ),
          },
          {
            title: '核对',
            render: (_, r) =>
              r.recordStatus === 'verified' ? (
                <span>
                  {r.verifiedByName} {r.verifiedAt ? formatTime(r.verifiedAt, projectId) : ''}（
                  {r.documents.map((d) => RECORD_DOCUMENT_LABELS[d as RecordDocument] ?? d).join('、')}）
                </span>
              ) : (
                <Button
                  size="small"
                  onClick={() => {
                    setDocs([]);
                    setChecking(r);
                  }}
                  data-testid={`verify-${r.roomId}`}
                >
                  对照原件核对
                </Button>
              ),
          },
        ]}
      />
      <Modal
        title={checking ? `核对 ${checking.roomLabel} 的基础资料` : ''}
        open={!!checking}
        onCancel={() => setChecking(null)}
        onOk={verify}
        okText="确认已核对"
        okButtonProps={{ disabled: !docs.length, loading: saving }}
        destroyOnHidden
      >
        <p>请对照业主提供的原件复印件逐项复核录入的资料，勾选核对过的文件。录入人不能核对自己录入的资料。</p>
        <Checkbox.Group
          value={docs}
          onChange={(v) => setDocs(v as RecordDocument[])}
          options={RECORD_DOCUMENTS.map((d) => ({ value: d, label: RECORD_DOCUMENT_LABELS[d] }))}
        />
      </Modal>
    </>
  );
}

function FeeChanges({ projectId }: { projectId: number }) {
  const access = useAccess();
  const q = $api.useQuery('get', '/api/v1/fee-changes', { params: { query: { projectId } } });
  const [printing, setPrinting] = useState<number | null>(null);
  const notice = $api.useQuery(
    'get',
    '/api/v1/fee-changes/{id}/notice',
    { params: { path: { id: printing ?? 0 } } },
    { enabled: printing !== null },
  );
  const [delivering, setDelivering] = useState<FeeChange | null>(null);
  const [rejecting, setRejecting] = useState<FeeChange | null>(null);
  const [form] = Form.useForm<{ how: (typeof DELIVERY_METHODS)[number]; note?: string }>();
  const [rejectForm] = Form.useForm<{ reason: string }>();
  const act = async (p: Promise<unknown>, ok: string) => {
    try {
      await p;
      showSuccess(ok);
      await q.refetch();
      return true;
    } catch (e) {
      showError(e);
      return false;
    }
  };
  return (
    <>
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message="已核对房屋的建筑面积、用途涉及收费：变更须经管理处经理审批，打印变更通知书书面送达业主后，于生效日期起生效；此前计费仍按原资料。"
      />
      <Table<FeeChange>
        rowKey="id"
        loading={q.isLoading}
        dataSource={q.data ?? []}
        pagination={false}
        locale={{ emptyText: '没有收费资料变更' }}
        scroll={{ x: 1100 }}
        columns={[
          { title: '房屋', width: 160, render: (_, c) => `${c.propertyCode} ${c.roomLabel}` },
          { title: '变更项目', dataIndex: 'field', width: 90, render: (f: string) => FEE_FIELD_LABELS[f as FeeField] ?? f },
          { title: '变更前 → 变更后', width: 170, render: (_, c) => `${c.fromText} → ${c.toText}` },
          { title: '生效日期', dataIndex: 'effectiveOn', width: 110 },
          { title: '原因', dataIndex: 'reason', ellipsis: true },
          {
            title: '状态',
            dataIndex: 'status',
            width: 130,
            render: (s: string) => <Tag color={STATUS_COLORS[s]}>{FEE_CHANGE_STATUS_LABELS[s as FeeChangeStatus] ?? s}</Tag>,
          },
          {
            title: '送达',
            width: 170,
            render: (_, c) =>
              c.deliveredAt
                ? `${DELIVERY_METHOD_LABELS[c.deliveredHow as 'mail'] ?? ''} ${formatTime(c.deliveredAt, projectId)} ${c.deliveredByName ?? ''}`
                : '—',
          },
          {
            title: '操作',
            width: 240,
            fixed: 'right',
            render: (_, c) => (
              <Space size={4} wrap>
                {c.status === 'pending' && access.feeChangeApprove ? (
                  <>
                    <Popconfirm
                      title="批准该变更？批准后须打印变更通知书送达业主"
                      onConfirm={() =>
                        act(call(client.POST('/api/v1/fee-changes/{id}/approve', { params: { path: { id: c.id } } })), '已批准')
                      }
                    >
                      <Button size="small" type="primary">
                        批准
                      </Button>
                    </Popconfirm>
                    <Button size="small" onClick={() => setRejecting(c)}>
                      驳回
                    </Button>
                  </>
                ) : null}
                {c.status === 'approved' || c.status === 'delivered' || c.status === 'effective' ? (
                  <Button size="small" onClick={() => setPrinting(c.id)}>
                    变更通知书
                  </Button>
                ) : null}
                {c.status === 'approved' ? (
                  <Button
                    size="small"
                    onClick={() => {
                      form.resetFields();
                      setDelivering(c);
                    }}
                  >
                    登记送达
                  </Button>
                ) : null}
              </Space>
            ),
          },
        ]}
      />
      <PrintDialog title="变更通知书" open={printing !== null} onClose={() => setPrinting(null)}>
        {notice.data ? <NoticeDoc d={notice.data} /> : null}
      </PrintDialog>
      <Modal
        title="登记通知书送达"
        open={!!delivering}
        onCancel={() => setDelivering(null)}
        okText="确认已送达"
        destroyOnHidden
        onOk={async () => {
          const v = await form.validateFields();
          if (
            delivering &&
            (await act(
              call(client.POST('/api/v1/fee-changes/{id}/deliver', { params: { path: { id: delivering.id } }, body: v })),
              '已登记送达',
            ))
          )
            setDelivering(null);
        }}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="how" label="送达方式" rules={[{ required: true, message: '请选择送达方式' }]}>
            <Select options={DELIVERY_METHODS.map((m) => ({ value: m, label: DELIVERY_METHOD_LABELS[m] }))} />
          </Form.Item>
          <Form.Item name="note" label="送达说明（签收人、邮寄单号或张贴位置）">
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        title="驳回变更"
        open={!!rejecting}
        onCancel={() => setRejecting(null)}
        okText="驳回"
        destroyOnHidden
        onOk={async () => {
          const v = await rejectForm.validateFields();
          if (
            rejecting &&
            (await act(
              call(client.POST('/api/v1/fee-changes/{id}/reject', { params: { path: { id: rejecting.id } }, body: v })),
              '已驳回',
            ))
          )
            setRejecting(null);
        }}
      >
        <Form form={rejectForm} layout="vertical">
          <Form.Item name="reason" label="驳回原因" rules={[{ required: true, min: 2, message: '请填写驳回原因' }]}>
            <Input maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}

function CodeTablePanel({ projectId }: { projectId: number }) {
  const access = useAccess();
  const q = $api.useQuery('get', '/api/v1/projects/{id}/code-table', { params: { path: { id: projectId } } });
  const d = q.data;
  return (
    <>
      {d ? (
        <Space direction="vertical" style={{ marginBottom: 12 }}>
          <Space>
            <Typography.Text strong>编码表状态：</Typography.Text>
            <Tag color={d.status === 'approved' ? 'green' : 'orange'}>{CODE_STATUS_LABELS[d.status as CodeStatus]}</Tag>
            <span>
              已批准 {d.approvedRooms} 间，草拟 {d.draftRooms} 间
            </span>
            {d.lastApprovedAt ? (
              <span>
                最近审批：{d.lastApprovedByName} {formatTime(d.lastApprovedAt, projectId)}
              </span>
            ) : null}
          </Space>
          <Typography.Text type="secondary">
            编码表依据建设单位提供的资料编制，经公司总经理审批后方可使用；草拟的房屋不能登记业户、不开账单。
          </Typography.Text>
          {d.draftRooms && access.codesApprove ? (
            <Popconfirm
              title={`批准 ${d.draftRooms} 个草拟的房屋编码？`}
              onConfirm={async () => {
                try {
                  const r = await call(
                    client.POST('/api/v1/projects/{id}/code-table/approve', { params: { path: { id: projectId } } }),
                  );
                  showSuccess(`已批准 ${r.approved} 个编码`);
                  await q.refetch();
                } catch (e) {
                  showError(e);
                }
              }}
            >
              <Button type="primary">审批编码表</Button>
            </Popconfirm>
          ) : null}
        </Space>
      ) : null}
      <Table<RecordRow>
        rowKey="roomId"
        loading={q.isLoading}
        dataSource={d?.drafts ?? []}
        pagination={false}
        locale={{ emptyText: '没有草拟的编码，编码表已全部批准' }}
        columns={[
          { title: '物业编码', dataIndex: 'propertyCode', width: 140 },
          { title: '房屋', dataIndex: 'roomLabel' },
          { title: '录入时间', dataIndex: 'enteredAt', render: (v: string) => formatTime(v, projectId) },
        ]}
      />
    </>
  );
}

export default function OwnerRecordsPage() {
  const { projectId, project } = useProject();
  const access = useAccess();
  const pid = projectId!;
  const items = [
    ...(access.recordsVerify
      ? [
          { key: 'unverified', label: '待核对', children: <Worklist projectId={pid} list="unverified" /> },
          { key: 'late', label: '逾期录入', children: <Worklist projectId={pid} list="late" /> },
        ]
      : []),
    ...(access.feeChangeRequest ? [{ key: 'changes', label: '收费资料变更', children: <FeeChanges projectId={pid} /> }] : []),
    { key: 'codes', label: '编码表', children: <CodeTablePanel projectId={pid} /> },
  ];
  return (
    <PageContainer title="业户资料核对" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      <Tabs destroyOnHidden items={items} />
    </PageContainer>
  );
}
