/**
 * One monthly work report: its state and due time, the month's figures (live while a draft, as submitted
 * after), 本月工作 and 下月计划 (edited while a draft), the committee's review, and the steps allowed now —
 * 提交业委会 (figures frozen), 业委会退回 with the committee's reason, 登记审核意见 (who, which day, what they
 * said), 公示 — and the printed report for the committee.
 */
import { useState } from 'react';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, Modal, Space, Tag, Typography } from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import {
  WORK_REPORT_ACTION_LABELS,
  WORK_REPORT_DUE_DAY,
  WORK_REPORT_OPINION_MAX,
  WORK_REPORT_STATUS_LABELS,
  WORK_REPORT_TEXT_MAX,
  type WorkReportAction,
  type WorkReportStatus,
} from '@wy/shared';
import Loaded from '../../components/Loaded';
import PrintDialog from '../../components/PrintDialog';
import ReasonField from '../../components/ReasonField';
import { $api, showSuccess } from '../../services/api';
import { confirmThen } from '../../utils/confirm';
import { formatTime, pickerNow, toPicker } from '../../utils/time';
import FiguresTable from './Figures';
import PrintDoc from './PrintDoc';
import type { WorkReportDetail } from './types';

export const STATUS_COLORS: Record<WorkReportStatus, string> = {
  draft: 'default',
  submitted: 'orange',
  reviewed: 'blue',
  published: 'green',
};

const WARN: Partial<Record<WorkReportAction, string>> = {
  submit: '提交后本月数据按此刻固定，报告不能再修改，除非业委会退回。确定提交业主委员会吗？',
  publish: '公示后本项目业主在小程序“月度工作报告”中即可看到报告全文和业委会审核意见。确定公示吗？',
};

export default function DetailView({ id, onChanged }: { id: number; onChanged?: () => void }) {
  const q = $api.useQuery('get', '/api/v1/work-reports/{id}', { params: { path: { id } } });
  return (
    <Loaded query={q} notFound="工作报告不存在">
      {(r) => <Detail key={r.status + r.submittedAt} r={r} onChanged={() => void q.refetch().then(() => onChanged?.())} />}
    </Loaded>
  );
}

function Detail({ r, onChanged }: { r: WorkReportDetail; onChanged: () => void }) {
  const [text] = Form.useForm<{ summary: string; plan: string }>();
  const [reason] = Form.useForm<{ reason: string }>();
  const [rev] = Form.useForm<{ reviewerName: string; reviewedOn: Dayjs; opinion: string }>();
  const [dialog, setDialog] = useState<'return' | 'review' | 'print' | null>(null);
  const save = $api.useMutation('put', '/api/v1/work-reports/{id}');
  const act = $api.useMutation('post', '/api/v1/work-reports/{id}/actions/{action}');
  const t = (v: string | null | undefined) => formatTime(v, r.projectId);
  const draft = r.status === 'draft';
  const run = async (action: WorkReportAction, body: Record<string, string> = {}) => {
    await act.mutateAsync({ params: { path: { id: r.id, action } }, body });
    showSuccess(`已${WORK_REPORT_ACTION_LABELS[action]}`);
    onChanged();
  };
  const press = (action: WorkReportAction) => {
    if (action === 'return' || action === 'review') {
      reason.resetFields();
      rev.resetFields();
      setDialog(action);
    } else void confirmThen(WORK_REPORT_ACTION_LABELS[action], WARN[action], () => run(action));
  };
  const status = r.status as WorkReportStatus;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="work-report-detail">
      {r.returnReason && draft && <Alert type="warning" showIcon message={`业委会退回：${r.returnReason}`} />}
      <Card size="small">
        <Space wrap style={{ marginBottom: 8 }}>
          <Tag color={STATUS_COLORS[status]} data-testid="work-report-status">
            {WORK_REPORT_STATUS_LABELS[status]}
          </Tag>
          {r.late && <Tag color="red">{r.submittedAt ? '逾期提交' : '已逾期'}</Tag>}
        </Space>
        <Descriptions size="small" column={2}>
          <Descriptions.Item label="月份">{r.month}</Descriptions.Item>
          <Descriptions.Item label="应提交业委会">{`${r.month}-${WORK_REPORT_DUE_DAY} 当日`}</Descriptions.Item>
          <Descriptions.Item label="编写">{r.createdByName}</Descriptions.Item>
          <Descriptions.Item label="提交业委会">
            {r.submittedAt ? `${r.submittedByName ?? ''} · ${t(r.submittedAt)}` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="业委会审核">
            {r.reviewerName ? `${r.reviewerName} · ${t(r.reviewedAt).slice(0, 10)}` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="公示">
            {r.publishedAt ? `${r.publishedByName ?? ''} · ${t(r.publishedAt)}` : '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={r.figuresFrozen ? '本月数据（提交业委会时）' : '本月数据（实时）'}>
        <div className="wy-doc">
          <FiguresTable f={r.figures} />
        </div>
      </Card>
      <Card size="small" title="报告正文">
        <Form
          form={text}
          layout="vertical"
          initialValues={{ summary: r.summary, plan: r.plan }}
          disabled={!draft}
          onFinish={async (v) => {
            await save.mutateAsync({ params: { path: { id: r.id } }, body: v });
            showSuccess('已保存');
            onChanged();
          }}
        >
          <Form.Item name="summary" label="本月工作">
            <Input.TextArea rows={6} maxLength={WORK_REPORT_TEXT_MAX} showCount data-testid="work-report-summary" />
          </Form.Item>
          <Form.Item name="plan" label="下月计划">
            <Input.TextArea rows={4} maxLength={WORK_REPORT_TEXT_MAX} showCount data-testid="work-report-plan" />
          </Form.Item>
          {draft && (
            <Button htmlType="submit" loading={save.isPending} data-testid="work-report-save">
              保存
            </Button>
          )}
        </Form>
        {r.reviewOpinion && (
          <Alert type="info" showIcon style={{ marginTop: 12 }} message={`业委会审核意见：${r.reviewOpinion}`} />
        )}
      </Card>
      <Card size="small" title="办理">
        <Space wrap>
          {r.allowedActions.map((x, i) => (
            <Button
              key={x}
              type={i === 0 ? 'primary' : 'default'}
              loading={act.isPending}
              onClick={() => press(x as WorkReportAction)}
              data-testid={`work-report-btn-${x}`}
            >
              {WORK_REPORT_ACTION_LABELS[x as WorkReportAction]}
            </Button>
          ))}
          <Button icon={<PrinterOutlined />} onClick={() => setDialog('print')} data-testid="work-report-print">
            打印报告
          </Button>
        </Space>
        {!r.allowedActions.length && status !== 'published' && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {status === 'draft' ? '写好后由管理处经理提交业主委员会' : '由管理处经理登记业委会的审核意见并公示'}
          </Typography.Paragraph>
        )}
      </Card>
      <Modal
        title={dialog === 'review' ? '登记业委会审核意见' : '业委会退回'}
        open={dialog === 'return' || dialog === 'review'}
        onCancel={() => setDialog(null)}
        okText="确定"
        confirmLoading={act.isPending}
        destroyOnHidden
        onOk={async () => {
          if (dialog === 'return') {
            const v = await reason.validateFields();
            await run('return', { reason: v.reason.trim() });
          } else {
            const v = await rev.validateFields();
            await run('review', {
              reviewerName: v.reviewerName.trim(),
              reviewedOn: v.reviewedOn.format('YYYY-MM-DD'),
              opinion: v.opinion.trim(),
            });
          }
          setDialog(null);
        }}
      >
        {dialog === 'return' ? (
          <Form form={reason} layout="vertical">
            <Typography.Paragraph type="secondary">
              退回后报告回到草稿，本月数据重新按实时统计，修改后再次提交。
            </Typography.Paragraph>
            <ReasonField
              name="reason"
              label="退回原因"
              required
              message="请填写业委会退回的原因（至少 2 个字）"
              testId="work-report-reason"
            />
          </Form>
        ) : (
          <Form form={rev} layout="vertical" initialValues={{ reviewedOn: pickerNow(r.projectId) }}>
            <Form.Item
              name="reviewerName"
              label="审核委员"
              rules={[{ required: true, whitespace: true, message: '请填写审核的业委会委员姓名' }]}
            >
              <Input maxLength={50} placeholder="如：业委会主任 王建国" data-testid="work-report-reviewer" />
            </Form.Item>
            <Form.Item name="reviewedOn" label="审核日期" rules={[{ required: true, message: '请选择业委会审核日期' }]}>
              <DatePicker
                style={{ width: '100%' }}
                disabledDate={(d) =>
                  d.isAfter(pickerNow(r.projectId), 'day') ||
                  (!!r.submittedAt && d.isBefore(toPicker(r.submittedAt, r.projectId), 'day'))
                }
              />
            </Form.Item>
            <Form.Item
              name="opinion"
              label="审核意见"
              rules={[{ required: true, whitespace: true, min: 2, message: '请填写业委会审核意见（至少 2 个字）' }]}
            >
              <Input.TextArea rows={3} maxLength={WORK_REPORT_OPINION_MAX} showCount data-testid="work-report-opinion" />
            </Form.Item>
          </Form>
        )}
      </Modal>
      <PrintDialog
        title="打印月度工作报告"
        open={dialog === 'print'}
        onClose={() => setDialog(null)}
        printTestId="work-report-print-go"
      >
        <PrintDoc r={r} />
      </PrintDialog>
    </Space>
  );
}
