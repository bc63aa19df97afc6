/**
 * 装修巡查 (R-REN-06): today's inspection list of the project's active renovations (permitted, not yet accepted),
 * in its zone — which are due and not yet inspected, today's result, the open rectification notices (past their
 * deadline flagged) and the days missed — filtered and paged on the server. 记录巡查: fine, or the violations
 * found (the shared list) with a deadline, a note and photos, which issues a 整改通知书 to print at once; the same
 * visit re-inspects the open notices (已整改, or after the deadline 拒不整改, reported to the authorities).
 */
import { useMemo, useRef, useState } from 'react';
import { Alert, Button, Checkbox, DatePicker, Form, Input, Modal, Radio, Space, Tag, Typography } from 'antd';
import {
  RENO_NOTICE_OUTCOMES,
  RENO_NOTICE_OUTCOME_LABELS,
  RENO_VIOLATION_KINDS,
  RENO_VIOLATION_LABELS,
  type RenoNoticeOutcome,
  type RenoViolationKind,
} from '@wy/shared';
import type { components } from '@wy/shared/api';
import { useProject } from '../../project';
import { $api, client, got, showSuccess } from '../../services/api';
import PageContainer from '../../components/PageContainer';
import PrintDialog from '../../components/PrintDialog';
import { PhotoUpload } from '../../components/srv/Photos';
import KeysetTable, { type TableAction } from '../../components/table/KeysetTable';
import type { ListColumn } from '../../components/table/DataTable';
import { NoticeDoc } from '../Renovations/AfterPermit';
import { RenoStatusTag } from '../Renovations/display';
import type { DeskReno } from '../Renovations/types';

type Row = components['schemas']['RenoInspectionRowDto'];

export default function RenovationInspectionsPage() {
  const { projectId, project } = useProject();
  const pid = projectId!;
  const actionRef = useRef<TableAction>(undefined);
  const [state, setState] = useState<'pending' | 'done' | 'all'>('pending');
  const [head, setHead] = useState<{ today: string; active: number; pending: number } | null>(null);
  const [inspecting, setInspecting] = useState<Row | null>(null);
  const [printed, setPrinted] = useState<DeskReno | null>(null);
  const params = useMemo(() => ({ projectId: pid, state }), [pid, state]);

  const columns: ListColumn<Row>[] = [
    { title: '关键字', dataIndex: 'keyword', hideInTable: true, fieldProps: { placeholder: '许可证编号、业主或施工单位' } },
    {
      title: '今日巡查',
      key: 'today',
      width: 130,
      search: false,
      render: (_, r) =>
        r.todayResult ? (
          <span data-testid="insp-today">
            <Tag color={r.todayResult === 'ok' ? 'green' : 'red'}>{r.todayResultLabel}</Tag>
            <div style={{ fontSize: 12 }}>{r.todayInspectorName}</div>
          </span>
        ) : r.due ? (
          <Tag color="orange" data-testid="insp-today">
            待巡查
          </Tag>
        ) : (
          <Typography.Text type="secondary">{r.inspectFrom} 起巡查</Typography.Text>
        ),
    },
    { title: '房屋', dataIndex: 'roomLabel', width: 140, search: false },
    { title: '业主', dataIndex: 'applicantName', width: 100, search: false },
    {
      title: '施工单位',
      dataIndex: 'contractorCompany',
      search: false,
      ellipsis: true,
      render: (_, r) => `${r.contractorCompany}（${r.contractorLeader}）`,
    },
    {
      title: '状态',
      dataIndex: 'status',
      width: 110,
      search: false,
      render: (_, r) => <RenoStatusTag status={r.status} label={r.statusLabel} />,
    },
    {
      title: '待整改',
      key: 'notices',
      width: 120,
      search: false,
      render: (_, r) =>
        r.openNotices ? (
          <span>
            {r.openNotices} 份{r.overdueNotices ? <Tag color="red" style={{ marginLeft: 4 }}>逾期 {r.overdueNotices}</Tag> : null}
          </span>
        ) : (
          '—'
        ),
    },
    {
      title: '漏检',
      key: 'missed',
      width: 90,
      search: false,
      render: (_, r) => (r.missedCount ? <Tag color="orange" title={r.missedDays.join('、')}>{r.missedCount} 天</Tag> : '—'),
    },
    {
      title: '工期',
      key: 'period',
      width: 190,
      search: false,
      render: (_, r) => `${r.startOn} 至 ${r.endOn}`,
    },
    {
      title: '操作',
      key: 'op',
      width: 110,
      search: false,
      fixed: 'right',
      render: (_, r) =>
        r.todayResult ? (
          <Typography.Text type="secondary">今日已巡查</Typography.Text>
        ) : (
          <Button size="small" type="primary" onClick={() => setInspecting(r)} data-testid="insp-record">
            记录巡查
          </Button>
        ),
    },
  ];

  return (
    <PageContainer title="装修巡查" subTitle={project ? `${project.code} ${project.name}` : undefined}>
      {head && (
        <Alert
          type={head.pending ? 'warning' : 'success'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="insp-summary"
          message={`今天（${head.today}）在施装修 ${head.active} 户，${head.pending ? `尚有 ${head.pending} 户未巡查` : '均已巡查'}。每户每天巡查一次，发现违规须发出整改通知书。`}
        />
      )}
      <KeysetTable<Row>
        path="/api/v1/renovations/inspections"
        rowKey="id"
        actionRef={actionRef}
        headerTitle={
          <Radio.Group value={state} onChange={(e) => setState(e.target.value)} optionType="button" data-testid="insp-state">
            <Radio.Button value="pending">今日未巡查</Radio.Button>
            <Radio.Button value="done">今日已巡查</Radio.Button>
            <Radio.Button value="all">全部在施</Radio.Button>
          </Radio.Group>
        }
        columns={columns}
        params={params}
        fetchPage={async (f, cursor) => {
          const page = await got(
            client.GET('/api/v1/renovations/inspections', {
              params: {
                query: {
                  projectId: pid,
                  state: state === 'all' ? undefined : state,
                  keyword: (f.keyword as string) || undefined,
                  cursor: cursor ?? undefined,
                },
              },
            }),
          );
          setHead({ today: page.today, active: page.active, pending: page.pending });
          return page;
        }}
        onRow={(r) => ({ 'data-testid': 'insp-row', 'data-reno-id': r.id }) as never}
        scroll={{ x: 1250 }}
        emptyText={state === 'pending' ? '今天的巡查都已完成' : '没有在施的装修'}
      />
      {inspecting && (
        <InspectModal
          row={inspecting}
          today={head?.today ?? ''}
          onClose={() => setInspecting(null)}
          onDone={(r, issued) => {
            setInspecting(null);
            actionRef.current?.reload();
            if (issued) setPrinted(r);
          }}
        />
      )}
      <PrintDialog title="整改通知书" open={!!printed} onClose={() => setPrinted(null)} printTestId="insp-print-go">
        {printed && printed.notices[0] && <NoticeDoc r={printed} n={printed.notices[0]} projectName={project?.name ?? ''} />}
      </PrintDialog>
    </PageContainer>
  );
}

interface Values {
  result: 'ok' | 'violation';
  violations?: RenoViolationKind[];
  deadlineOn?: { format: (f: string) => string };
  note?: string;
  uploadIds?: number[];
  [notice: `n${number}`]: RenoNoticeOutcome | undefined;
  [report: `rn${number}`]: string | undefined;
}

function InspectModal({ row, today, onClose, onDone }: { row: Row; today: string; onClose: () => void; onDone: (r: DeskReno, issued: boolean) => void }) {
  const [form] = Form.useForm<Values>();
  const inspect = $api.useMutation('post', '/api/v1/renovations/{id}/inspections');
  const result = Form.useWatch('result', form);
  const submit = async () => {
    const v = await form.validateFields();
    const r = await inspect.mutateAsync({
      params: { path: { id: row.id } },
      body: {
        result: v.result,
        ...(v.result === 'violation' ? { violations: v.violations ?? [], deadlineOn: v.deadlineOn?.format('YYYY-MM-DD') } : {}),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        ...(v.uploadIds?.length ? { uploadIds: v.uploadIds } : {}),
        notices: row.notices.map((n) => ({
          noticeId: n.id,
          outcome: v[`n${n.id}`] ?? 'pending',
          ...(v[`rn${n.id}`]?.trim() ? { reportNote: v[`rn${n.id}`]!.trim() } : {}),
        })),
      },
    });
    showSuccess(v.result === 'violation' ? '巡查已记录，整改通知书已发出，请打印交业主和施工单位签收' : '巡查已记录');
    onDone(r, v.result === 'violation');
  };
  return (
    <Modal
      title={`记录巡查：${row.roomLabel}`}
      open
      width={680}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={result === 'violation' ? '记录并发出整改通知书' : '记录巡查'}
      okButtonProps={{ 'data-testid': 'insp-ok' } as never}
      confirmLoading={inspect.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={{ result: 'ok' }} data-testid="insp-form">
        <Form.Item name="result" label="巡查结果">
          <Radio.Group data-testid="insp-result">
            <Radio value="ok">正常</Radio>
            <Radio value="violation">发现违规</Radio>
          </Radio.Group>
        </Form.Item>
        {result === 'violation' && (
          <>
            <Form.Item name="violations" label="违规情况" rules={[{ required: true, type: 'array', min: 1, message: '请选择发现的违规情况' }]}>
              <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }} data-testid="insp-violations">
                {RENO_VIOLATION_KINDS.map((k) => (
                  <Checkbox key={k} value={k}>
                    {RENO_VIOLATION_LABELS[k]}
                  </Checkbox>
                ))}
              </Checkbox.Group>
            </Form.Item>
            <Form.Item name="deadlineOn" label="整改期限" rules={[{ required: true, message: '请选择整改期限' }]}>
              <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') < today} data-testid="insp-deadline" />
            </Form.Item>
          </>
        )}
        <Form.Item name="note" label="现场情况（选填）">
          <Input.TextArea rows={2} maxLength={500} showCount data-testid="insp-note" />
        </Form.Item>
        <Form.Item name="uploadIds" label="现场照片（选填）">
          <PhotoUpload max={9} />
        </Form.Item>
        {row.notices.length > 0 && (
          <>
            <Typography.Title level={5}>复查整改通知书</Typography.Title>
            {row.notices.map((n) => (
              <div key={n.id} style={{ marginBottom: 8 }}>
                <Space wrap>
                  <span data-latin-ok>{n.code}</span>
                  <span>{n.violationLabels.join('；')}</span>
                  <Tag color={n.overdue ? 'red' : 'orange'}>期限 {n.deadlineOn}{n.overdue ? '，已逾期' : ''}</Tag>
                </Space>
                <Form.Item name={`n${n.id}`} initialValue="pending" style={{ marginBottom: 4 }}>
                  <Radio.Group data-testid="insp-notice-outcome">
                    {RENO_NOTICE_OUTCOMES.map((o) => (
                      <Radio key={o} value={o} disabled={o === 'refused' && !n.overdue}>
                        {RENO_NOTICE_OUTCOME_LABELS[o]}
                      </Radio>
                    ))}
                  </Radio.Group>
                </Form.Item>
                <Form.Item noStyle shouldUpdate>
                  {({ getFieldValue }) =>
                    getFieldValue(`n${n.id}`) === 'refused' ? (
                      <Form.Item name={`rn${n.id}`} label="上报说明（报告的主管部门等）">
                        <Input maxLength={200} />
                      </Form.Item>
                    ) : null
                  }
                </Form.Item>
              </div>
            ))}
          </>
        )}
      </Form>
    </Modal>
  );
}
