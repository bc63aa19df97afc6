/**
 * A release pass for the desk: who applied (their binding to the room) and who confirmed (R-PAS-01), the
 * room's overdue bills now (R-PAS-02), the items, vehicle and carrier; 签发 (in arrears only with 仍然签发
 * and a reason) or 驳回 with a reason; the printable 放行条; the timeline with every staff note.
 */
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Descriptions, Form, Modal, Space, Table, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { formatYuan } from '@wy/shared';
import { ActionsCard, WorkflowDetail } from '../../components/workflow/WorkflowDetail';
import StepsCard from '../../components/StepsCard';
import PrintDialog from '../../components/PrintDialog';
import ReasonField from '../../components/ReasonField';
import { useProject } from '../../project';
import { $api, showSuccess } from '../../services/api';
import { formatTime } from '../../utils/time';
import { PassStatusTag, timeWindow } from './display';
import PassDoc from './PassDoc';
import type { DeskPass } from './types';

export default function DetailView({ id, onChanged }: { id: number; onChanged?: () => void }) {
  const q = $api.useQuery('get', '/api/v1/passes/{id}', { params: { path: { id } } });
  return (
    <WorkflowDetail query={q} notFound="放行申请不存在" onChanged={onChanged}>
      {(p, changed) => <Detail p={p} onChanged={changed} />}
    </WorkflowDetail>
  );
}

function Detail({ p, onChanged }: { p: DeskPass; onChanged: () => void }) {
  const { project } = useProject();
  const [step, setStep] = useState<'issue' | 'reject' | null>(null);
  const [printing, setPrinting] = useState(false);
  const t = (v: string | null | undefined) => (v ? formatTime(v, p.projectId) : '—');
  const owes = p.arrears.fen > 0;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="pass-detail">
      {p.status === 'submitted' &&
        (owes ? (
          <Alert
            type="warning"
            showIcon
            data-testid="pass-arrears"
            message={`该房屋有 ${p.arrears.count} 笔逾期未缴账单，共 ${formatYuan(p.arrears.fen)} 元`}
            description="请先请业主缴清；确需放行的，签发时选择“仍然签发”并写明原因，原因会记录在放行条上。"
          />
        ) : (
          <Alert type="success" showIcon data-testid="pass-arrears" message="该房屋没有逾期未缴的账单" />
        ))}
      {p.status === 'awaiting_owner' && (
        <Alert type="info" showIcon message="租户或家庭成员的申请，须业主在小程序内确认后才能签发" />
      )}
      <Card size="small">
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label="放行条编号">
            <span data-testid="pass-code" data-latin-ok>
              {p.code ?? '签发后生成'}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="状态">
            <PassStatusTag shown={p.shownStatus} label={p.statusLabel} testId="pass-detail-status" />
          </Descriptions.Item>
          <Descriptions.Item label="房屋">{p.roomLabel}</Descriptions.Item>
          <Descriptions.Item label="申请人">
            {p.applicantName}（{p.applicantRoleLabel}）
          </Descriptions.Item>
          <Descriptions.Item label="业主确认">
            {p.confirmedByName ? `${p.confirmedByName}，${t(p.confirmedAt)}` : '待业主确认'}
            {p.confirmNote ? `（${p.confirmNote}）` : ''}
          </Descriptions.Item>
          <Descriptions.Item label="搬出日期">{timeWindow(p)}</Descriptions.Item>
          <Descriptions.Item label="原因">
            {p.reasonLabel}
            {p.reasonNote ? `：${p.reasonNote}` : ''}
          </Descriptions.Item>
          <Descriptions.Item label="车牌">
            <span data-latin-ok>{p.plate ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label="搬运人">
            {p.carrierName ?? '—'} <span data-latin-ok>{p.carrierPhone ?? ''}</span>
          </Descriptions.Item>
          <Descriptions.Item label="申请时间">{t(p.createdAt)}</Descriptions.Item>
          {p.issuedAt && (
            <Descriptions.Item label="签发">
              {p.issuedByName}，{t(p.issuedAt)}
            </Descriptions.Item>
          )}
          {p.arrearsReason && (
            <Descriptions.Item label="欠费仍签发" span={2}>
              签发时逾期欠费 {formatYuan(p.arrearsFen)} 元；原因：{p.arrearsReason}
            </Descriptions.Item>
          )}
          {p.refuseReason && (
            <Descriptions.Item label="驳回/不同意原因" span={2}>
              {p.refuseReason}
            </Descriptions.Item>
          )}
          {p.releasedAt && (
            <Descriptions.Item label="放行" span={2}>
              门岗 {p.releasedByName}，{t(p.releasedAt)}
              {p.releaseNote ? `：${p.releaseNote}` : ''}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title={`物品清单（${p.items.length} 项）`}>
        <Table
          size="small"
          rowKey={(_, i) => String(i)}
          pagination={false}
          dataSource={p.items}
          columns={[
            { title: '序号', key: 'n', width: 60, render: (_, __, i) => i + 1 },
            { title: '物品名称', dataIndex: 'name' },
            { title: '数量', dataIndex: 'quantity', width: 80 },
          ]}
        />
      </Card>
      <ActionsCard none={!p.allowedActions.length && !p.code}>
        {p.allowedActions.includes('issue') && (
          <Button type="primary" onClick={() => setStep('issue')} data-testid="pass-btn-issue">
            签发放行条
          </Button>
        )}
        {p.allowedActions.includes('reject') && (
          <Button danger onClick={() => setStep('reject')} data-testid="pass-btn-reject">
            驳回
          </Button>
        )}
        {p.code && (
          <Button icon={<PrinterOutlined />} onClick={() => setPrinting(true)} data-testid="pass-print">
            打印放行条
          </Button>
        )}
      </ActionsCard>
      <StepsCard steps={p.timeline} projectId={p.projectId} />
      {step && (
        <StepModal
          p={p}
          step={step}
          onClose={() => setStep(null)}
          onDone={() => {
            setStep(null);
            onChanged();
          }}
        />
      )}
      <PrintDialog title="物品放行条" open={printing} onClose={() => setPrinting(false)} width={640} printTestId="pass-print-go">
        <PassDoc p={p} projectName={project?.name ?? ''} />
      </PrintDialog>
    </Space>
  );
}

function StepModal({
  p,
  step,
  onClose,
  onDone,
}: {
  p: DeskPass;
  step: 'issue' | 'reject';
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<{ reason?: string; overrideArrears?: boolean }>();
  const act = $api.useMutation('post', '/api/v1/passes/{id}/actions/{action}');
  const owes = step === 'issue' && p.arrears.fen > 0;
  const override = Form.useWatch('overrideArrears', form);
  const submit = async () => {
    const v = await form.validateFields();
    await act.mutateAsync({
      params: { path: { id: p.id, action: step } },
      body: {
        ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
        ...(owes ? { overrideArrears: !!v.overrideArrears } : {}),
      },
    });
    showSuccess(step === 'issue' ? '放行条已签发' : '已驳回');
    onDone();
  };
  return (
    <Modal
      title={step === 'issue' ? '签发放行条' : '驳回放行申请'}
      open
      onCancel={onClose}
      onOk={() => void submit()}
      okText={step === 'issue' ? '签发' : '驳回'}
      okButtonProps={{ 'data-testid': 'pass-step-ok', disabled: owes && !override } as never}
      confirmLoading={act.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid={`pass-step-${step}`}>
        {step === 'issue' && (
          <Typography.Paragraph>
            请核验申请人身份（{p.applicantName}，{p.applicantRoleLabel}
            {p.confirmedByName ? `，业主 ${p.confirmedByName} 已确认` : ''}），放行条仅在 {timeWindow(p)} 当天有效。
          </Typography.Paragraph>
        )}
        {owes && (
          <>
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              message={`该房屋逾期欠费 ${formatYuan(p.arrears.fen)} 元（${p.arrears.count} 笔）`}
            />
            <Form.Item name="overrideArrears" valuePropName="checked">
              <Checkbox data-testid="pass-override">仍然签发（原因将记录在放行条上）</Checkbox>
            </Form.Item>
          </>
        )}
        {(step === 'reject' || owes) && (
          <ReasonField
            name="reason"
            label={step === 'reject' ? '驳回原因（会告知申请人）' : '仍然签发的原因'}
            required
            message={step === 'reject' ? '请填写驳回原因，至少2个字' : '请填写仍然签发的原因，至少2个字'}
            testId="pass-reason"
          />
        )}
      </Form>
    </Modal>
  );
}
