/**
 * A renovation after the permit, for the centre (R-REN-06…08): the daily inspections (missed days, findings,
 * photos) and the rectification notices (整改通知书, printable A4 with the owner's and the contractor's signature
 * lines; 拒不整改 shown as reported to the authorities with who and when); 竣工验收 — due time and late flag as the
 * API computed them, a failure's written requirements (printable), the pass with the permit and every worker
 * pass collected back; the two deposits' refund — started by / refunded by, late flags, each deposit's
 * deduction and how its refund stands. The steps: 申请验收 (for the owner), 验收不通过, 验收通过, 发起退还保证金.
 */
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, DatePicker, Descriptions, Form, Input, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { RENO_REPORTED_LABEL, formatYuan, type RenoAction } from '@wy/shared';
import PrintDialog from '../../components/PrintDialog';
import ReasonField from '../../components/ReasonField';
import { PhotoList } from '../../components/srv/Photos';
import { $api, showSuccess } from '../../services/api';
import { formatTime, projectToday } from '../../utils/time';
import type { DeskReno } from './types';

type Notice = DeskReno['notices'][number];
export type AfterStep = 'request_acceptance' | 'fail_acceptance' | 'accept' | 'refund_deposits';
export const AFTER_STEP_BUTTONS: { step: AfterStep; label: string; primary?: boolean; danger?: boolean }[] = [
  { step: 'accept', label: '验收通过', primary: true },
  { step: 'fail_acceptance', label: '验收不通过', danger: true },
  { step: 'request_acceptance', label: '代业主申请验收' },
  { step: 'refund_deposits', label: '发起退还保证金', primary: true },
];
const isDeposit = (kind: string) => kind === 'owner_deposit' || kind === 'contractor_deposit';
const noticeColor = (n: Notice) => (n.status === 'rectified' ? 'green' : n.status === 'refused' || n.overdue ? 'red' : 'orange');

/** The 巡查与整改, 竣工验收 and 保证金退还 cards of the detail (only what applies to its status). */
export function AfterPermitCards({ r, projectName }: { r: DeskReno; projectName: string }) {
  const [printing, setPrinting] = useState<Notice | 'requirements' | null>(null);
  const t = (v: string | null | undefined) => (v ? formatTime(v, r.projectId) : '—');
  const deposits = r.charges.filter((c) => isDeposit(c.kind));
  return (
    <>
      {r.permitCode && (
        <Card size="small" title="日常巡查与整改" data-testid="reno-inspections">
          {r.missedDays.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 8 }}
              data-testid="reno-missed"
              message={`漏检 ${r.missedDays.length} 天：${r.missedDays.slice(0, 7).join('、')}${r.missedDays.length > 7 ? ' 等' : ''}`}
            />
          )}
          {r.notices.length > 0 && (
            <Table
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={r.notices}
              data-testid="reno-notices"
              style={{ marginBottom: 8 }}
              columns={[
                { title: '整改通知书', dataIndex: 'code', render: (v: string) => <span data-latin-ok>{v}</span> },
                { title: '违规情况', key: 'v', render: (_, n) => n.violationLabels.join('；') },
                { title: '整改期限', dataIndex: 'deadlineOn', width: 110 },
                {
                  title: '状态',
                  key: 's',
                  width: 200,
                  render: (_, n) => (
                    <>
                      <Tag color={noticeColor(n)}>{n.overdue ? '逾期未整改' : n.statusLabel}</Tag>
                      {n.status === 'refused' && n.reportedAt && (
                        <div style={{ fontSize: 12 }}>
                          已{RENO_REPORTED_LABEL}：{n.reportedByName}，{t(n.reportedAt)}
                          {n.reportNote ? `（${n.reportNote}）` : ''}
                        </div>
                      )}
                    </>
                  ),
                },
                {
                  title: '打印',
                  key: 'p',
                  width: 90,
                  render: (_, n) => (
                    <Button size="small" icon={<PrinterOutlined />} onClick={() => setPrinting(n)} data-testid="reno-print-notice">
                      打印
                    </Button>
                  ),
                },
              ]}
            />
          )}
          <Table
            size="small"
            rowKey="id"
            pagination={{ pageSize: 5, hideOnSinglePage: true }}
            dataSource={r.inspections}
            locale={{ emptyText: r.inspectFrom ? `自 ${r.inspectFrom} 起每日巡查，尚无巡查记录` : '尚无巡查记录' }}
            columns={[
              { title: '日期', dataIndex: 'onDate', width: 110 },
              {
                title: '结果',
                key: 'r',
                width: 100,
                render: (_, i) => <Tag color={i.result === 'ok' ? 'green' : 'red'}>{i.resultLabel}</Tag>,
              },
              {
                title: '情况',
                key: 'n',
                render: (_, i) => (
                  <>
                    {[i.violationLabels.join('；'), i.note].filter(Boolean).join('。') || '—'}
                    {i.photos.length > 0 && <PhotoList photos={i.photos} size={48} />}
                  </>
                ),
              },
              { title: '巡查人', dataIndex: 'inspectorName', width: 100 },
            ]}
          />
        </Card>
      )}
      {(r.acceptanceRequestedAt || r.acceptedAt) && (
        <Card size="small" title="竣工验收" data-testid="reno-acceptance">
          <Descriptions size="small" column={2} bordered>
            <Descriptions.Item label="申请验收">
              {t(r.acceptanceRequestedAt)}
              {r.acceptanceCount > 1 ? `（第 ${r.acceptanceCount} 次）` : ''}
            </Descriptions.Item>
            <Descriptions.Item label="应验收时间">
              {t(r.acceptanceDueAt)}
              {r.acceptanceOverdue && (
                <Tag color="red" style={{ marginLeft: 6 }} data-testid="reno-acceptance-overdue">
                  已超时
                </Tag>
              )}
            </Descriptions.Item>
            {r.acceptanceRequirements && (
              <Descriptions.Item label="整改要求" span={2}>
                {r.acceptanceRequirements}（整改期限 {r.acceptanceRectifyBy}；{r.acceptanceFailedByName}，{t(r.acceptanceFailedAt)}）
                <Button
                  size="small"
                  icon={<PrinterOutlined />}
                  style={{ marginLeft: 8 }}
                  onClick={() => setPrinting('requirements')}
                  data-testid="reno-print-requirements"
                >
                  打印整改要求
                </Button>
              </Descriptions.Item>
            )}
            {r.acceptedAt && (
              <Descriptions.Item label="验收通过" span={2}>
                {r.acceptedByName}，{t(r.acceptedAt)}；已收回：<span data-latin-ok>{r.collectedPasses.join('、')}</span>
              </Descriptions.Item>
            )}
          </Descriptions>
        </Card>
      )}
      {r.status === 'accepted' && deposits.length > 0 && (
        <Card size="small" title="保证金退还" data-testid="reno-refund">
          {(r.refundStartLate || r.refundLate) && !r.refundedAt && (
            <Alert
              type="error"
              showIcon
              style={{ marginBottom: 8 }}
              data-testid="reno-refund-late"
              message={r.refundStartLate && !r.refundStartedAt ? '已超过发起退还的时限（验收通过后1天内），请尽快发起' : '已超过退还时限（验收通过后3个工作日内），请督促财务办理'}
            />
          )}
          <Descriptions size="small" column={2} bordered style={{ marginBottom: 8 }}>
            <Descriptions.Item label="应发起时间">
              {t(r.refundStartDueAt)}
              {r.refundStartLate && <Tag color="red" style={{ marginLeft: 6 }}>发起超时</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label="应退还时间">
              {t(r.refundDueAt)}
              {r.refundLate && <Tag color="red" style={{ marginLeft: 6 }}>退还超时</Tag>}
            </Descriptions.Item>
            <Descriptions.Item label="发起">{r.refundStartedAt ? `${r.refundStartedByName}，${t(r.refundStartedAt)}` : '未发起'}</Descriptions.Item>
            <Descriptions.Item label="全部退还">{t(r.refundedAt)}</Descriptions.Item>
          </Descriptions>
          <Table
            size="small"
            rowKey="kind"
            pagination={false}
            dataSource={deposits}
            data-testid="reno-refund-table"
            columns={[
              { title: '保证金', dataIndex: 'label' },
              { title: '金额', dataIndex: 'amountFen', render: (v: number) => formatYuan(v) },
              {
                title: '扣除',
                key: 'd',
                render: (_, c) => (c.deductionFen ? `${formatYuan(c.deductionFen)}（${c.deductionReason ?? ''}）` : '—'),
              },
              { title: '应退', key: 'b', render: (_, c) => (c.refundFen === null ? '—' : formatYuan(c.refundFen)) },
              {
                title: '退还情况',
                key: 's',
                render: (_, c) => (
                  <>
                    <Tag color={c.refundState === 'refunded' ? 'green' : c.refundState === 'rejected' || c.refundState === 'failed' ? 'red' : 'blue'}>
                      {c.refundStateLabel}
                    </Tag>
                    {c.refundProblem && <div style={{ fontSize: 12 }}>{c.refundProblem}</div>}
                  </>
                ),
              },
            ]}
          />
          {r.refundStartedAt && !r.refundedAt && (
            <Typography.Text type="secondary">退款申请已提交财务，须由申请人以外的人员在“退款审批”中审批后原路退回。</Typography.Text>
          )}
        </Card>
      )}
      <PrintDialog
        title="整改通知书"
        open={!!printing && printing !== 'requirements'}
        onClose={() => setPrinting(null)}
        printTestId="reno-print-notice-go"
      >
        {printing && printing !== 'requirements' && <NoticeDoc r={r} n={printing} projectName={projectName} />}
      </PrintDialog>
      <PrintDialog title="竣工验收整改要求" open={printing === 'requirements'} onClose={() => setPrinting(null)}>
        <RequirementsDoc r={r} projectName={projectName} />
      </PrintDialog>
    </>
  );
}

const doc = { width: '190mm', minHeight: '260mm', margin: '0 auto', padding: '10mm', fontSize: 16, lineHeight: 2 } as const;
const signs = (
  <div style={{ marginTop: 48, lineHeight: 3 }}>
    <div style={{ display: 'flex', justifyContent: 'space-between' }}>
      <span>业主签收：____________</span>
      <span>施工单位负责人签收：____________</span>
    </div>
    <div style={{ display: 'flex', justifyContent: 'space-between' }}>
      <span>签收日期：______年____月____日</span>
      <span>（服务中心盖章）</span>
    </div>
  </div>
);

/** R-REN-06 整改通知书 on A4: the room, the contractor, what was found, the deadline, the signature lines. */
export function NoticeDoc({ r, n, projectName }: { r: DeskReno; n: Notice; projectName: string }) {
  return (
    <div style={doc} data-testid="reno-notice-doc">
      <style>{'@page { size: A4 portrait; margin: 10mm; }'}</style>
      <h1 style={{ textAlign: 'center', margin: 0, letterSpacing: 8 }}>整改通知书</h1>
      <div style={{ textAlign: 'center', fontSize: 14 }}>{projectName}</div>
      <div style={{ textAlign: 'right', fontSize: 14 }} data-latin-ok data-testid="reno-notice-doc-code">
        编号：{n.code}
      </div>
      <p>
        {r.roomLabel} 业主 {r.applicantName}、{r.contractorCompany}（负责人 {r.contractorLeader}）：
      </p>
      <p style={{ textIndent: '2em' }}>
        经管理处 {formatTime(n.issuedAt, r.projectId)} 日常巡查，发现贵户装修（许可证编号 <span data-latin-ok>{r.permitCode}</span>
        ）存在以下违反装修管理规定的情况：
      </p>
      <ol>
        {n.violationLabels.map((v) => (
          <li key={v}>{v}</li>
        ))}
      </ol>
      {n.note && <p style={{ textIndent: '2em' }}>现场情况：{n.note}</p>}
      <p style={{ textIndent: '2em' }}>
        请于 <b>{n.deadlineOn}</b> 前整改完毕，管理处将上门复查。逾期拒不整改的，管理处将报告有关主管部门依法处理，由此产生的损失由责任方承担。
      </p>
      <p>巡查人：{n.issuedByName}</p>
      {signs}
    </div>
  );
}

/** R-REN-07 竣工验收整改要求 on A4: the written requirements and their deadline, the signature lines. */
export function RequirementsDoc({ r, projectName }: { r: DeskReno; projectName: string }) {
  return (
    <div style={doc} data-testid="reno-requirements-doc">
      <style>{'@page { size: A4 portrait; margin: 10mm; }'}</style>
      <h1 style={{ textAlign: 'center', margin: 0, letterSpacing: 4 }}>装修竣工验收整改要求</h1>
      <div style={{ textAlign: 'center', fontSize: 14 }}>{projectName}</div>
      <p>
        {r.roomLabel} 业主 {r.applicantName}、{r.contractorCompany}（负责人 {r.contractorLeader}）：
      </p>
      <p style={{ textIndent: '2em' }}>
        贵户装修（许可证编号 <span data-latin-ok>{r.permitCode}</span>）于 {r.acceptanceFailedAt ? formatTime(r.acceptanceFailedAt, r.projectId) : ''}
        竣工验收未通过，请按以下要求整改：
      </p>
      <p style={{ textIndent: '2em', whiteSpace: 'pre-wrap' }}>{r.acceptanceRequirements}</p>
      <p style={{ textIndent: '2em' }}>
        请于 <b>{r.acceptanceRectifyBy}</b> 前整改完毕，并在小程序或服务中心再次申请验收。
      </p>
      <p>验收人：{r.acceptanceFailedByName}</p>
      {signs}
    </div>
  );
}

const TITLES: Record<AfterStep, { title: string; ok: string; done: string }> = {
  request_acceptance: { title: '代业主申请竣工验收', ok: '申请验收', done: '已申请验收，须在3天内完成验收' },
  fail_acceptance: { title: '验收不通过', ok: '验收不通过', done: '已记录整改要求，业主会立即看到' },
  accept: { title: '验收通过', ok: '验收通过', done: '验收通过，请在1天内发起退还保证金' },
  refund_deposits: { title: '发起退还保证金', ok: '发起退还', done: '退还申请已提交财务审批' },
};

interface StepValues {
  note?: string;
  requirements?: string;
  rectifyBy?: { format: (f: string) => string };
  permit?: boolean;
  passes?: string[];
  owner_deposit?: number;
  owner_reason?: string;
  contractor_deposit?: number;
  contractor_reason?: string;
}

export function AfterStepModal({ r, step, onClose, onDone }: { r: DeskReno; step: AfterStep; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<StepValues>();
  const act = $api.useMutation('post', '/api/v1/renovations/{id}/actions/{action}');
  const today = projectToday(r.projectId);
  const passes = r.workers.map((w) => w.passCode).filter((x): x is string => !!x);
  const deposits = r.charges.filter((c) => isDeposit(c.kind));
  const submit = async () => {
    const v = await form.validateFields();
    const deductions = deposits
      .map((c) => ({
        kind: c.kind as 'owner_deposit' | 'contractor_deposit',
        fen: Math.round((v[c.kind as 'owner_deposit' | 'contractor_deposit'] ?? 0) * 100),
        reason: (c.kind === 'owner_deposit' ? v.owner_reason : v.contractor_reason)?.trim() || undefined,
      }))
      .filter((d) => d.fen > 0);
    await act.mutateAsync({
      params: { path: { id: r.id, action: step } },
      body: {
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        ...(step === 'fail_acceptance' ? { requirements: v.requirements?.trim(), rectifyBy: v.rectifyBy?.format('YYYY-MM-DD') } : {}),
        ...(step === 'accept' ? { collected: { permit: !!v.permit, passes: v.passes ?? [] } } : {}),
        ...(step === 'refund_deposits' ? { deductions } : {}),
      },
    });
    showSuccess(TITLES[step].done);
    onDone();
  };
  return (
    <Modal
      title={TITLES[step].title}
      open
      width={600}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={TITLES[step].ok}
      okButtonProps={{ 'data-testid': 'reno-after-ok', danger: step === 'fail_acceptance' } as never}
      confirmLoading={act.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid={`reno-step-${step}`}>
        {step === 'request_acceptance' && (
          <Typography.Paragraph>业主已告知完工。申请后须在3天内上门验收，逾期将标记为超时。</Typography.Paragraph>
        )}
        {step === 'fail_acceptance' && (
          <>
            <Form.Item
              name="requirements"
              label="书面整改要求（业主会立即看到，可打印交业主和施工单位签收）"
              rules={[{ required: true, whitespace: true, min: 2, message: '请填写书面整改要求，至少2个字' }]}
            >
              <InputTextArea testId="reno-requirements" />
            </Form.Item>
            <Form.Item name="rectifyBy" label="整改期限" rules={[{ required: true, message: '请选择整改期限' }]}>
              <DatePicker disabledDate={(d) => d.format('YYYY-MM-DD') < today} data-testid="reno-rectify-by" />
            </Form.Item>
          </>
        )}
        {step === 'accept' && (
          <>
            <Typography.Paragraph>验收合格后，请收回装修施工许可证和全部施工人员出入证，逐项勾选。</Typography.Paragraph>
            <Form.Item name="permit" valuePropName="checked" rules={[{ validator: (_, v) => (v ? Promise.resolve() : Promise.reject(new Error('请收回装修施工许可证'))) }]}>
              <Checkbox data-testid="reno-collect-permit">
                已收回装修施工许可证 <span data-latin-ok>{r.permitCode}</span>
              </Checkbox>
            </Form.Item>
            <Form.Item
              name="passes"
              label="已收回的施工人员出入证"
              initialValue={[]}
              rules={[
                {
                  validator: (_, v: string[] = []) =>
                    passes.every((p) => v.includes(p)) ? Promise.resolve() : Promise.reject(new Error('请收回全部施工人员出入证')),
                },
              ]}
            >
              <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} data-testid="reno-collect-passes">
                {r.workers
                  .filter((w) => w.passCode)
                  .map((w) => (
                    <Checkbox key={w.seq} value={w.passCode}>
                      {w.name} <span data-latin-ok>{w.passCode}</span>
                    </Checkbox>
                  ))}
              </Checkbox.Group>
            </Form.Item>
            <ReasonField name="note" label="验收意见" testId="reno-note" />
          </>
        )}
        {step === 'refund_deposits' && (
          <>
            <Typography.Paragraph>
              两项保证金将按原缴费方式退回，须经财务由申请人以外的人员审批。如有未修复的损坏，可从保证金中扣除（不超过保证金金额），并写明原因。
            </Typography.Paragraph>
            {deposits.map((c) => {
              const reasonName = c.kind === 'owner_deposit' ? 'owner_reason' : 'contractor_reason';
              return (
                <Space key={c.kind} align="start" wrap style={{ width: '100%' }}>
                  <Form.Item name={c.kind} label={`${c.label}（${formatYuan(c.amountFen)}）扣除（元）`} initialValue={0}>
                    <InputNumber min={0} max={c.amountFen / 100} precision={2} style={{ width: 160 }} data-testid={`reno-deduct-${c.kind}`} />
                  </Form.Item>
                  <Form.Item
                    name={reasonName}
                    label="扣除原因"
                    dependencies={[c.kind]}
                    rules={[
                      ({ getFieldValue }) => ({
                        validator: (_, v?: string) =>
                          !getFieldValue(c.kind) || (v ?? '').trim().length >= 2 ? Promise.resolve() : Promise.reject(new Error('有扣除时请写明原因')),
                      }),
                    ]}
                  >
                    <InputTextArea testId={`reno-deduct-reason-${c.kind}`} rows={1} />
                  </Form.Item>
                </Space>
              );
            })}
          </>
        )}
      </Form>
    </Modal>
  );
}

function InputTextArea({ testId, rows = 3, ...rest }: { testId: string; rows?: number; value?: string; onChange?: (e: unknown) => void }) {
  return <Input.TextArea rows={rows} maxLength={1000} showCount data-testid={testId} {...rest} />;
}

/** The after-permit steps this person may take now (the refund once). */
export function afterSteps(r: DeskReno): AfterStep[] {
  return AFTER_STEP_BUTTONS.map((b) => b.step).filter((s) => r.allowedActions.includes(s as RenoAction));
}
