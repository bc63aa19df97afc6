/**
 * A renovation for the centre: the application (room, period, contractor, plan, water/power/gas changes,
 * workers with masked ID numbers, photos), the owner's consent (R-REN-02), the review clock (R-REN-04, as the
 * API computed it), the charges and what is paid (R-REN-05); the steps this person may take — 退回补正 with a
 * reason (R-REN-03), 工程审核 against the refusal grounds, 经理审批 or 不予批准, 发放许可证 once all is paid —
 * and the printed 装修施工许可证 and 施工人员出入证; the timeline with every staff note.
 */
import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Descriptions, Form, Image, Modal, Space, Table, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { RENO_REFUSAL_GROUNDS, RENO_REFUSAL_GROUND_LABELS, formatYuan, type RenoAction, type RenoRefusalGround } from '@wy/shared';
import { ActionsCard, WorkflowDetail } from '../../components/workflow/WorkflowDetail';
import PrintDialog from '../../components/PrintDialog';
import StepsCard from '../../components/StepsCard';
import ReasonField from '../../components/ReasonField';
import { useProject } from '../../project';
import { $api, showSuccess } from '../../services/api';
import { formatTime } from '../../utils/time';
import { RenoStatusTag, ReviewDue } from './display';
import { PermitDoc, WorkerPassesDoc } from './Docs';
import { AFTER_STEP_BUTTONS, AfterPermitCards, AfterStepModal, afterSteps, type AfterStep } from './AfterPermit';
import type { DeskReno } from './types';

type Step = 'return' | 'review' | 'approve' | 'refuse' | 'permit';
const STEP_BUTTONS: { step: Step; label: string; danger?: boolean; primary?: boolean }[] = [
  { step: 'review', label: '工程审核', primary: true },
  { step: 'approve', label: '审批通过', primary: true },
  { step: 'permit', label: '发放许可证', primary: true },
  { step: 'return', label: '退回补正' },
  { step: 'refuse', label: '不予批准', danger: true },
];
const yes = (v: boolean) => (v ? '有改动' : '不改动');

export default function DetailView({ id, onChanged }: { id: number; onChanged?: () => void }) {
  const q = $api.useQuery('get', '/api/v1/renovations/{id}', { params: { path: { id } } });
  return (
    <WorkflowDetail query={q} notFound="装修申请不存在" onChanged={onChanged}>
      {(r, changed) => <Detail r={r} onChanged={changed} />}
    </WorkflowDetail>
  );
}

function Detail({ r, onChanged }: { r: DeskReno; onChanged: () => void }) {
  const { project } = useProject();
  const [step, setStep] = useState<Step | null>(null);
  const [printing, setPrinting] = useState<'permit' | 'passes' | null>(null);
  const [after, setAfter] = useState<AfterStep | null>(null);
  const t = (v: string | null | undefined) => (v ? formatTime(v, r.projectId) : '—');
  const unpaid = r.charges.filter((c) => !c.paidAt);
  const may = (a: RenoAction) => r.allowedActions.includes(a);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="reno-detail">
      {r.status === 'awaiting_owner' && <Alert type="info" showIcon message="租户或家庭成员的申请，须业主在小程序内同意后才能审核" />}
      {r.reviewOverdue && <Alert type="error" showIcon message="审批已超过时限，请尽快处理" data-testid="reno-overdue-alert" />}
      {r.status === 'approved' && (
        <Alert
          type={unpaid.length ? 'warning' : 'success'}
          showIcon
          data-testid="reno-fees-alert"
          message={
            unpaid.length
              ? `尚未缴清：${unpaid.map((c) => `${c.label} ${formatYuan(c.amountFen)}`).join('、')}。请业主到收银台或在小程序缴费，缴清后方可发放许可证。`
              : '费用已全部缴清，可以发放装修施工许可证。'
          }
        />
      )}
      <Card size="small">
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label="状态">
            <RenoStatusTag status={r.status} label={r.statusLabel} testId="reno-detail-status" />
          </Descriptions.Item>
          <Descriptions.Item label="审批时限">
            <ReviewDue r={r} projectId={r.projectId} />
          </Descriptions.Item>
          <Descriptions.Item label="房屋">{r.roomLabel}</Descriptions.Item>
          <Descriptions.Item label="申请人">
            {r.applicantName}（{r.applicantRoleLabel}）
          </Descriptions.Item>
          <Descriptions.Item label="业主同意">
            {r.confirmedByName ? `${r.confirmedByName}，${t(r.confirmedAt)}` : '待业主同意'}
          </Descriptions.Item>
          <Descriptions.Item label="工期">
            {r.startOn} 至 {r.endOn}
          </Descriptions.Item>
          <Descriptions.Item label="施工单位">{r.contractorCompany}</Descriptions.Item>
          <Descriptions.Item label="施工负责人">
            {r.contractorLeader} <span data-latin-ok>{r.contractorPhone ?? ''}</span>
          </Descriptions.Item>
          <Descriptions.Item label="给排水">{yes(r.changesWater)}</Descriptions.Item>
          <Descriptions.Item label="电路">{yes(r.changesPower)}</Descriptions.Item>
          <Descriptions.Item label="燃气">{yes(r.changesGas)}</Descriptions.Item>
          <Descriptions.Item label="垃圾清运">{r.rubbleByCentre ? '由服务中心清运' : '自行清运'}</Descriptions.Item>
          {r.changesNote && (
            <Descriptions.Item label="改动说明" span={2}>
              {r.changesNote}
            </Descriptions.Item>
          )}
          <Descriptions.Item label="装修项目" span={2}>
            <ol style={{ margin: 0, paddingLeft: 20 }}>
              {r.items.map((x, i) => (
                <li key={i}>{x}</li>
              ))}
            </ol>
          </Descriptions.Item>
          {r.returnReason && (
            <Descriptions.Item label="补正要求" span={2}>
              {r.returnReason}
            </Descriptions.Item>
          )}
          {r.refuseGroundLabels.length > 0 && (
            <Descriptions.Item label="不予通过的依据" span={2}>
              <ol style={{ margin: 0, paddingLeft: 20 }} data-testid="reno-grounds">
                {r.refuseGroundLabels.map((x) => (
                  <li key={x}>{x}</li>
                ))}
              </ol>
            </Descriptions.Item>
          )}
          {r.refuseReason && (
            <Descriptions.Item label="说明" span={2}>
              {r.refuseReason}
            </Descriptions.Item>
          )}
          {r.reviewedAt && (
            <Descriptions.Item label="工程审核">
              {r.reviewedByName}，{t(r.reviewedAt)}
            </Descriptions.Item>
          )}
          {r.approvedAt && (
            <Descriptions.Item label="经理审批">
              {r.approvedByName}，{t(r.approvedAt)}
            </Descriptions.Item>
          )}
          {r.permitCode && (
            <Descriptions.Item label="许可证编号" span={2}>
              <span data-latin-ok data-testid="reno-permit-code">
                {r.permitCode}
              </span>
              （{r.permittedByName}，{t(r.permittedAt)}）
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>
      <Card size="small" title={`施工人员（${r.workers.length} 名）`}>
        <Table
          size="small"
          rowKey="seq"
          pagination={false}
          dataSource={r.workers}
          columns={[
            { title: '序号', dataIndex: 'seq', width: 60 },
            { title: '姓名', dataIndex: 'name' },
            { title: '电话', dataIndex: 'phone', render: (v: string | null) => <span data-latin-ok>{v ?? '—'}</span> },
            { title: '身份证号', dataIndex: 'idNo', render: (v: string | null) => <span data-latin-ok>{v ?? '—'}</span> },
            { title: '出入证编号', dataIndex: 'passCode', render: (v: string | null) => <span data-latin-ok>{v ?? '发证后生成'}</span> },
          ]}
        />
      </Card>
      {r.photos.length > 0 && (
        <Card size="small" title="照片与图纸">
          <Image.PreviewGroup>
            <Space wrap>
              {r.photos.map((p) => (
                <Image key={p.id} width={96} height={96} src={p.thumbUrl} preview={{ src: p.url }} alt="装修资料" />
              ))}
            </Space>
          </Image.PreviewGroup>
        </Card>
      )}
      {r.charges.length > 0 && (
        <Card size="small" title="费用与保证金">
          <Table
            size="small"
            rowKey="kind"
            pagination={false}
            dataSource={r.charges}
            data-testid="reno-charges"
            columns={[
              { title: '项目', dataIndex: 'label' },
              { title: '金额', dataIndex: 'amountFen', render: (v: number) => formatYuan(v) },
              {
                title: '缴费',
                key: 'paid',
                render: (_, c) => (c.paidAt ? `已缴（收据 ${c.receiptNo ?? ''}，${t(c.paidAt)}）` : '未缴'),
              },
            ]}
          />
        </Card>
      )}
      <AfterPermitCards r={r} projectName={project?.name ?? ''} />
      <ActionsCard
        none={!STEP_BUTTONS.some((b) => may(b.step)) && !afterSteps(r).length && !r.permitCode}
        noneText="当前没有您可办理的操作"
      >
        {AFTER_STEP_BUTTONS.filter((b) => afterSteps(r).includes(b.step)).map((b) => (
          <Button key={b.step} type={b.primary ? 'primary' : 'default'} danger={b.danger} onClick={() => setAfter(b.step)} data-testid={`reno-btn-${b.step}`}>
            {b.label}
          </Button>
        ))}
        {STEP_BUTTONS.filter((b) => may(b.step)).map((b) => (
          <Button
            key={b.step}
            type={b.primary ? 'primary' : 'default'}
            danger={b.danger}
            onClick={() => setStep(b.step)}
            disabled={b.step === 'permit' && unpaid.length > 0}
            data-testid={`reno-btn-${b.step}`}
          >
            {b.label}
          </Button>
        ))}
        {r.permitCode && (
          <>
            <Button icon={<PrinterOutlined />} onClick={() => setPrinting('permit')} data-testid="reno-print-permit">
              打印施工许可证
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => setPrinting('passes')} data-testid="reno-print-passes">
              打印施工人员出入证
            </Button>
          </>
        )}
      </ActionsCard>
      <StepsCard steps={r.timeline} projectId={r.projectId} />
      {after && (
        <AfterStepModal
          r={r}
          step={after}
          onClose={() => setAfter(null)}
          onDone={() => {
            setAfter(null);
            onChanged();
          }}
        />
      )}
      {step && (
        <StepModal
          r={r}
          step={step}
          onClose={() => setStep(null)}
          onDone={() => {
            setStep(null);
            onChanged();
          }}
        />
      )}
      <PrintDialog
        title="装修施工许可证"
        open={printing === 'permit'}
        onClose={() => setPrinting(null)}
        width={860}
        printTestId="reno-print-go"
      >
        <PermitDoc r={r} projectName={project?.name ?? ''} />
      </PrintDialog>
      <PrintDialog
        title="施工人员出入证"
        open={printing === 'passes'}
        onClose={() => setPrinting(null)}
        width={860}
        printTestId="reno-print-passes-go"
      >
        <WorkerPassesDoc r={r} projectName={project?.name ?? ''} />
      </PrintDialog>
    </Space>
  );
}

const TITLES: Record<Step, { title: string; ok: string; done: string }> = {
  return: { title: '退回补正', ok: '退回', done: '已退回，申请人会立即看到补正要求' },
  review: { title: '工程审核', ok: '提交审核结果', done: '审核结果已提交' },
  approve: { title: '经理审批', ok: '审批通过', done: '已审批通过，费用账单已生成' },
  refuse: { title: '不予批准', ok: '不予批准', done: '已不予批准' },
  permit: { title: '发放装修施工许可证', ok: '发放', done: '许可证和出入证已发放' },
};

function StepModal({ r, step, onClose, onDone }: { r: DeskReno; step: Step; onClose: () => void; onDone: () => void }) {
  const [form] = Form.useForm<{ reason?: string; note?: string; grounds?: RenoRefusalGround[] }>();
  const act = $api.useMutation('post', '/api/v1/renovations/{id}/actions/{action}');
  const grounds = Form.useWatch('grounds', form) ?? [];
  const submit = async () => {
    const v = await form.validateFields();
    await act.mutateAsync({
      params: { path: { id: r.id, action: step } },
      body: {
        ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}),
        ...(v.note?.trim() ? { note: v.note.trim() } : {}),
        ...(step === 'review' ? { grounds: v.grounds ?? [] } : {}),
      },
    });
    showSuccess(TITLES[step].done);
    onDone();
  };
  const ok = step === 'review' ? (grounds.length ? '不予通过' : '审核通过，报经理审批') : TITLES[step].ok;
  return (
    <Modal
      title={TITLES[step].title}
      open
      width={step === 'review' ? 720 : 520}
      onCancel={onClose}
      onOk={() => void submit()}
      okText={ok}
      okButtonProps={{ 'data-testid': 'reno-step-ok', danger: step === 'refuse' || (step === 'review' && grounds.length > 0) } as never}
      confirmLoading={act.isPending}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" data-testid={`reno-step-${step}`}>
        {step === 'return' && (
          <ReasonField
            name="reason"
            label="需要补正的内容（申请人会立即看到）"
            required
            message="请写明需要补正的内容，至少4个字"
            testId="reno-reason"
          />
        )}
        {step === 'review' && (
          <>
            <Typography.Paragraph>
              请对照以下情形逐项核查装修方案。勾选任何一项即不予通过，所勾选的依据会告知申请人；均未勾选则审核通过，报管理处经理审批。
            </Typography.Paragraph>
            <Form.Item name="grounds" initialValue={[]}>
              <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 6 }} data-testid="reno-grounds-check">
                {RENO_REFUSAL_GROUNDS.map((g) => (
                  <Checkbox key={g} value={g}>
                    {RENO_REFUSAL_GROUND_LABELS[g]}
                  </Checkbox>
                ))}
              </Checkbox.Group>
            </Form.Item>
            <ReasonField name="note" label="审核意见" testId="reno-note" />
          </>
        )}
        {step === 'approve' && (
          <>
            <Typography.Paragraph>
              审批通过后，将按本项目收费标准为该房屋生成装修管理费、业主装修保证金、施工单位装修保证金
              {r.rubbleByCentre ? '和垃圾清运费' : ''}账单；缴清后方可发放许可证。
            </Typography.Paragraph>
            <ReasonField name="note" label="审批意见" testId="reno-note" />
          </>
        )}
        {step === 'refuse' && (
          <ReasonField name="reason" label="不予批准的原因（申请人会看到）" required message="请填写原因，至少4个字" testId="reno-reason" />
        )}
        {step === 'permit' && (
          <Typography.Paragraph>
            将发放装修施工许可证及 {r.workers.length} 张施工人员出入证（工期 {r.startOn} 至 {r.endOn}），并提醒施工单位在施工现场配备灭火器。
          </Typography.Paragraph>
        )}
      </Form>
    </Modal>
  );
}
