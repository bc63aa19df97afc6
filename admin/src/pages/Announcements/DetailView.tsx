/**
 * One announcement for the desk and the approver: its text as owners will read it (paragraphs of plain text),
 * audience, validity and flags, who drafted, approved or withdrew it and why, how many owners read it, and
 * the steps allowed now (修改 while a draft; 提交审核; 审核发布 / 退回修改 for another approver; 撤回 with a
 * reason; 重新编辑 after a withdrawal).
 */
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Form, Modal, Space, Statistic, Tag, Typography } from 'antd';
import {
  ANNOUNCEMENT_ACTION_LABELS,
  ANNOUNCEMENT_AUDIENCE_LABELS,
  ANNOUNCEMENT_KIND_LABELS,
  ANNOUNCEMENT_STATUS_LABELS,
  type AnnouncementAction,
  type AnnouncementAudience,
  type AnnouncementKind,
  type AnnouncementListStatus,
} from '@wy/shared';
import Loaded from '../../components/Loaded';
import ReasonField from '../../components/ReasonField';
import { $api, showSuccess } from '../../services/api';
import { confirmThen } from '../../utils/confirm';
import { formatTime } from '../../utils/time';
import EditModal from './EditModal';
import type { AnnouncementDetail } from './types';

export const STATUS_COLORS: Record<AnnouncementListStatus, string> = {
  draft: 'default',
  pending: 'orange',
  published: 'green',
  withdrawn: 'red',
  expired: 'default',
};

/** What each step asks before it runs (the two with a reason open a dialog instead). */
const WARN: Partial<Record<AnnouncementAction, (a: AnnouncementDetail) => string>> = {
  submit: () => '提交后由管理处经理或公司总部审核发布，审核期间不能修改。确定提交吗？',
  approve: (a) =>
    `发布后${a.audience === 'project' ? '全体业主' : '所选楼栋的业主'}在小程序中即可看到${a.urgent ? '，并显示在业主首页顶部' : ''}。确定发布吗？`,
  redraft: () => '公告将回到草稿，修改后须重新提交审核。确定吗？',
};
const REASON: Partial<Record<AnnouncementAction, string>> = { reject: '退回原因', withdraw: '撤回原因' };

export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((p, i) => (
        <Typography.Paragraph key={i} style={{ whiteSpace: 'pre-wrap', marginBottom: 8 }}>
          {p}
        </Typography.Paragraph>
      ))}
    </>
  );
}

export default function DetailView({ id, onChanged }: { id: number; onChanged?: () => void }) {
  const q = $api.useQuery('get', '/api/v1/announcements/{id}', { params: { path: { id } } });
  return (
    <Loaded query={q} notFound="公告不存在">
      {(a) => <Detail a={a} onChanged={() => void q.refetch().then(() => onChanged?.())} />}
    </Loaded>
  );
}

function Detail({ a, onChanged }: { a: AnnouncementDetail; onChanged: () => void }) {
  const [editing, setEditing] = useState(false);
  const [reasonFor, setReasonFor] = useState<AnnouncementAction | null>(null);
  const [form] = Form.useForm<{ reason: string }>();
  const act = $api.useMutation('post', '/api/v1/announcements/{id}/actions/{action}');
  const t = (v: string | null | undefined) => formatTime(v, a.projectId);
  const run = async (action: AnnouncementAction, reason?: string) => {
    await act.mutateAsync({ params: { path: { id: a.id, action } }, body: reason ? { reason } : {} });
    showSuccess(`已${ANNOUNCEMENT_ACTION_LABELS[action]}`);
    onChanged();
  };
  const press = (action: AnnouncementAction) => {
    if (REASON[action]) {
      form.resetFields();
      setReasonFor(action);
    } else void confirmThen(ANNOUNCEMENT_ACTION_LABELS[action], WARN[action]?.(a), () => run(action));
  };
  const status = a.status as AnnouncementListStatus;
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="announcement-detail">
      {a.rejectReason && a.status === 'draft' && <Alert type="warning" showIcon message={`审核退回：${a.rejectReason}`} />}
      {a.withdrawReason && a.status === 'withdrawn' && (
        <Alert type="error" showIcon message={`${a.withdrawnByName ?? ''} 于 ${t(a.withdrawnAt)} 撤回：${a.withdrawReason}`} />
      )}
      <Card size="small">
        <Space wrap style={{ marginBottom: 8 }}>
          <Tag color={STATUS_COLORS[status]} data-testid="announcement-status">
            {ANNOUNCEMENT_STATUS_LABELS[status]}
          </Tag>
          <Tag>{ANNOUNCEMENT_KIND_LABELS[a.kind as AnnouncementKind]}</Tag>
          {a.urgent && <Tag color="red">紧急</Tag>}
          {a.pinned && <Tag color="blue">置顶</Tag>}
        </Space>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {a.title}
        </Typography.Title>
        <Paragraphs text={a.body} />
      </Card>
      <Card size="small">
        <div style={{ display: 'flex', gap: 32, flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <Statistic title="已读业主" value={a.readCount} suffix="人" data-testid="announcement-reads" />
          <Descriptions size="small" column={2} style={{ flex: 1, minWidth: 420 }}>
            <Descriptions.Item label="发布范围">
              {a.audience === 'project'
                ? ANNOUNCEMENT_AUDIENCE_LABELS.project
                : a.buildings.map((b) => b.name).join('、') || ANNOUNCEMENT_AUDIENCE_LABELS[a.audience as AnnouncementAudience]}
            </Descriptions.Item>
            <Descriptions.Item label="有效期">
              {t(a.validFrom)} 至 {a.validTo ? t(a.validTo) : '长期'}
            </Descriptions.Item>
            <Descriptions.Item label="起草">{a.createdByName}</Descriptions.Item>
            <Descriptions.Item label="提交审核">{a.submittedAt ? t(a.submittedAt) : '—'}</Descriptions.Item>
            <Descriptions.Item label="审核发布">
              {a.approvedByName ? `${a.approvedByName} · ${t(a.publishedAt)}` : '—'}
            </Descriptions.Item>
            <Descriptions.Item label="最近修改">{t(a.updatedAt)}</Descriptions.Item>
          </Descriptions>
        </div>
      </Card>
      <Card size="small" title="办理">
        {a.editable || a.allowedActions.length ? (
          <Space wrap>
            {a.editable && (
              <Button onClick={() => setEditing(true)} data-testid="announcement-edit">
                修改
              </Button>
            )}
            {a.allowedActions.map((x, i) => (
              <Button
                key={x}
                type={i === 0 ? 'primary' : 'default'}
                danger={x === 'withdraw'}
                loading={act.isPending}
                onClick={() => press(x as AnnouncementAction)}
                data-testid={`announcement-btn-${x}`}
              >
                {ANNOUNCEMENT_ACTION_LABELS[x as AnnouncementAction]}
              </Button>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">
            {a.status === 'pending' ? '等待其他有审核权限的人员审核发布' : '当前没有可办理的操作'}
          </Typography.Text>
        )}
      </Card>
      {editing && (
        <EditModal
          projectId={a.projectId}
          editing={a}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
        />
      )}
      <Modal
        title={reasonFor ? ANNOUNCEMENT_ACTION_LABELS[reasonFor] : ''}
        open={reasonFor !== null}
        onCancel={() => setReasonFor(null)}
        okText="确定"
        confirmLoading={act.isPending}
        destroyOnHidden
        onOk={async () => {
          const v = await form.validateFields();
          await run(reasonFor!, v.reason.trim());
          setReasonFor(null);
        }}
      >
        <Form form={form} layout="vertical">
          {reasonFor === 'withdraw' && (
            <Typography.Paragraph type="secondary">
              撤回后业主端立即不再显示；如需更正，可重新编辑后再次提交审核。
            </Typography.Paragraph>
          )}
          <ReasonField
            name="reason"
            label={reasonFor ? REASON[reasonFor] : ''}
            required
            message={`请填写${reasonFor ? REASON[reasonFor] : '原因'}（至少 2 个字）`}
            testId="announcement-reason"
          />
        </Form>
      </Modal>
    </Space>
  );
}
