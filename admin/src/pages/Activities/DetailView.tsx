/**
 * One activity: the plan (theme, purpose, month, budget), the budget asked and approved by finance (R-ACT-05),
 * what owners read with time, place and places left, the safety measures, the poll's answers (R-ACT-02), the
 * sign-up list, the callbacks after it (R-ACT-03: the fair pick of 10%, satisfied or not, the rate against
 * 80%), the summary and photos, and the steps allowed now. 打印活动档案 prints its file (R-ACT-05).
 */
import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Form,
  InputNumber,
  Modal,
  Progress,
  Radio,
  Space,
  Statistic,
  Table,
  Tag,
  Typography,
} from 'antd';
import { ACTIVITY_ACTION_LABELS, ACTIVITY_TEXT_MAX, fenToYuanString, parseYuan, type ActivityAction } from '@wy/shared';
import Loaded from '../../components/Loaded';
import PrintDialog from '../../components/PrintDialog';
import ReasonField from '../../components/ReasonField';
import { PhotoList, PhotoUpload } from '../../components/srv/Photos';
import { $api, showSuccess } from '../../services/api';
import { useAccess } from '../../auth';
import { confirmThen } from '../../utils/confirm';
import { formatRange, formatTime } from '../../utils/time';
import ActivityFile from './ActivityFile';
import { StatusTag, yuan } from './display';
import EditModal from './EditModal';
import type { ActivityCallbacks, ActivityDetail } from './types';

/** What a step says before it runs (the others open a dialog with their input). */
const WARN: Partial<Record<ActivityAction, (a: ActivityDetail) => string>> = {
  publish: (a) =>
    `发布后本项目业主在小程序首页和社区活动中即可看到并报名（名额 ${a.capacity ?? '—'} 人），意见征询随之结束，活动内容不能再修改。确定发布吗？`,
  archive: () => '归档后活动资料（计划、预算、报名、回访、总结、照片）封存，不能再登记回访。确定归档吗？',
};
const DIALOG: ActivityAction[] = ['request_budget', 'approve_budget', 'reject_budget', 'cancel', 'finish'];

export default function DetailView({ id, onChanged }: { id: number; onChanged?: () => void }) {
  const q = $api.useQuery('get', '/api/v1/activities/{id}', { params: { path: { id } } });
  return (
    <Loaded query={q} notFound="活动不存在">
      {(a) => <Detail a={a} onChanged={() => void q.refetch().then(() => onChanged?.())} />}
    </Loaded>
  );
}

function Detail({ a, onChanged }: { a: ActivityDetail; onChanged: () => void }) {
  const access = useAccess();
  const [editing, setEditing] = useState(false);
  const [dialog, setDialog] = useState<ActivityAction | null>(null);
  const [printing, setPrinting] = useState(false);
  const [form] = Form.useForm();
  const act = $api.useMutation('post', '/api/v1/activities/{id}/actions/{action}');
  const signups = $api.useQuery('get', '/api/v1/activities/{id}/signups', { params: { path: { id: a.id } } });
  const after =
    a.status === 'finished' ||
    a.status === 'archived' ||
    (a.status === 'published' && !!a.endsAt && new Date(a.endsAt) <= new Date());
  const t = (v: string | null | undefined) => formatTime(v, a.projectId);
  const run = async (action: ActivityAction, body: Record<string, unknown> = {}) => {
    await act.mutateAsync({ params: { path: { id: a.id, action } }, body });
    showSuccess(`已${ACTIVITY_ACTION_LABELS[action]}`);
    onChanged();
    void signups.refetch();
  };
  const press = (action: ActivityAction) => {
    if (DIALOG.includes(action)) {
      form.resetFields();
      setDialog(action);
    } else void confirmThen(ACTIVITY_ACTION_LABELS[action], WARN[action]?.(a), () => run(action));
  };
  const votes = a.poll.reduce((s, o) => s + o.votes, 0);
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="activity-detail">
      {a.budgetRejectReason && a.status === 'planned' && (
        <Alert type="warning" showIcon message={`预算被退回：${a.budgetRejectReason}`} />
      )}
      {a.cancelReason && <Alert type="error" showIcon message={`活动已取消：${a.cancelReason}`} />}
      <Card size="small">
        <Space wrap style={{ marginBottom: 8 }}>
          <StatusTag status={a.status} testId="activity-status" />
          {a.extra && <Tag color="gold">计划外</Tag>}
          <Typography.Text type="secondary">
            {a.year}年度计划 · {a.plannedMonth.replace('-', '年')}月
          </Typography.Text>
        </Space>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {a.theme}
        </Typography.Title>
        <Typography.Paragraph>目的：{a.purpose}</Typography.Paragraph>
        {a.description && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{a.description}</Typography.Paragraph>}
        <Descriptions size="small" column={2}>
          <Descriptions.Item label="活动时间">{formatRange(a.startsAt, a.endsAt, a.projectId)}</Descriptions.Item>
          <Descriptions.Item label="地点">{a.place ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="名额">
            <span data-testid="activity-places">
              {a.capacity ? `已报名 ${a.signedPeople} / ${a.capacity} 人（${a.signups} 户），每户最多 ${a.maxPerSignup} 人` : '—'}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="发布">{a.publishedAt ? `${a.publishedByName} · ${t(a.publishedAt)}` : '—'}</Descriptions.Item>
          <Descriptions.Item label="计划预算">{yuan(a.budgetFen)}</Descriptions.Item>
          <Descriptions.Item label="申请预算">
            {a.budgetRequestedFen !== null ? `${yuan(a.budgetRequestedFen)}${a.budgetNote ? `（${a.budgetNote}）` : ''}` : '—'}
          </Descriptions.Item>
          <Descriptions.Item label="批准预算">
            <span data-testid="activity-budget-approved">
              {a.budgetApprovedFen !== null
                ? `${yuan(a.budgetApprovedFen)} · ${a.budgetApprovedByName} · ${t(a.budgetApprovedAt)}`
                : '—'}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="起草">{a.createdByName}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title="安全措施">
        {a.safetyMeasures ? (
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{a.safetyMeasures}</Typography.Paragraph>
        ) : (
          <Typography.Text type="warning">尚未填写（发布前必须填写）</Typography.Text>
        )}
      </Card>
      <Card size="small" title="业主意见征询">
        {a.pollQuestion ? (
          <>
            <Typography.Paragraph>
              {a.pollQuestion}
              <Typography.Text type="secondary">
                {'　'}
                {a.pollOpenedAt ? `${t(a.pollOpenedAt)} 开启，共 ${votes} 人作答` : '尚未向业主开启'}
              </Typography.Text>
            </Typography.Paragraph>
            {a.poll.map((o) => (
              <div key={o.label} style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
                <span style={{ width: 140 }}>{o.label}</span>
                <Progress
                  percent={votes ? Math.round((o.votes * 100) / votes) : 0}
                  format={() => `${o.votes} 人`}
                  style={{ flex: 1, margin: 0 }}
                />
              </div>
            ))}
          </>
        ) : (
          <Typography.Text type="secondary">尚未设置意见征询（发布前须先向业主征求意见）</Typography.Text>
        )}
      </Card>
      <Card size="small" title={`报名名单（${a.signups} 户 ${a.signedPeople} 人）`}>
        <Table
          size="small"
          rowKey="id"
          pagination={false}
          loading={signups.isLoading}
          dataSource={signups.data ?? []}
          locale={{ emptyText: '暂无报名' }}
          columns={[
            { title: '报名人', dataIndex: 'name' },
            { title: '房屋', dataIndex: 'roomLabel' },
            { title: '人数', dataIndex: 'people', width: 70 },
            { title: '报名时间', dataIndex: 'createdAt', width: 150, render: (v: string) => t(v) },
            {
              title: '状态',
              dataIndex: 'status',
              width: 80,
              render: (v: string) => (v === 'active' ? <Tag color="green">已报名</Tag> : <Tag>已取消</Tag>),
            },
          ]}
          data-testid="activity-signups"
        />
      </Card>
      {after && <Callbacks a={a} mayCall={access.activityCallback && a.status !== 'archived'} onChanged={onChanged} />}
      {(a.summary || a.photos.length > 0) && (
        <Card size="small" title="活动总结">
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }} data-testid="activity-summary">
            {a.summary}
          </Typography.Paragraph>
          <PhotoList photos={a.photos} />
        </Card>
      )}
      <Card size="small" title="办理">
        <Space wrap>
          {a.editable && access.activityManage && (
            <Button onClick={() => setEditing(true)} data-testid="activity-edit">
              修改活动
            </Button>
          )}
          {a.allowedActions.map((x, i) => (
            <Button
              key={x}
              type={i === 0 ? 'primary' : 'default'}
              danger={x === 'cancel' || x === 'reject_budget'}
              loading={act.isPending}
              onClick={() => press(x as ActivityAction)}
              data-testid={`activity-btn-${x}`}
            >
              {ACTIVITY_ACTION_LABELS[x as ActivityAction]}
            </Button>
          ))}
          <Button onClick={() => setPrinting(true)} data-testid="activity-print">
            打印活动档案
          </Button>
        </Space>
      </Card>
      {editing && (
        <EditModal
          a={a}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onChanged();
          }}
        />
      )}
      <Modal
        title={dialog ? ACTIVITY_ACTION_LABELS[dialog] : ''}
        open={dialog !== null}
        onCancel={() => setDialog(null)}
        okText="确定"
        confirmLoading={act.isPending}
        destroyOnHidden
        width={dialog === 'finish' ? 640 : 480}
        onOk={async () => {
          const v = await form.validateFields();
          const body: Record<string, unknown> = {};
          if (v.amount) body.amountFen = parseYuan(String(v.amount));
          if (v.note) body.note = v.note.trim();
          if (v.reason) body.reason = v.reason.trim();
          if (v.summary) body.summary = v.summary.trim();
          if (v.photoIds?.length) body.photoIds = v.photoIds;
          await run(dialog!, body);
          setDialog(null);
        }}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{
            amount: fenToYuanString(dialog === 'approve_budget' ? (a.budgetRequestedFen ?? a.budgetFen) : a.budgetFen),
          }}
        >
          {(dialog === 'request_budget' || dialog === 'approve_budget') && (
            <Form.Item
              name="amount"
              label={dialog === 'approve_budget' ? '批准金额（元，不超过申请金额）' : '申请金额（元）'}
              rules={[{ required: true, message: '请填写金额' }]}
            >
              <InputNumber<string>
                stringMode
                min="0.01"
                precision={2}
                prefix="¥"
                style={{ width: 200 }}
                data-testid="activity-amount"
              />
            </Form.Item>
          )}
          {dialog === 'request_budget' && <ReasonField name="note" label="用途说明" testId="activity-budget-note" />}
          {(dialog === 'reject_budget' || dialog === 'cancel') && (
            <ReasonField
              name="reason"
              label={dialog === 'cancel' ? '取消原因' : '退回原因'}
              required
              message={`请填写${dialog === 'cancel' ? '取消' : '退回'}原因（至少 2 个字）`}
              testId="activity-reason"
            />
          )}
          {dialog === 'cancel' && (
            <Typography.Paragraph type="secondary">取消后业主端不再显示该活动，已有报名保留在活动资料中。</Typography.Paragraph>
          )}
          {dialog === 'finish' && (
            <>
              <ReasonField
                name="summary"
                label="活动总结（效果、不足、经验）"
                required
                message="请填写活动总结（至少 10 个字）"
                rows={5}
                testId="activity-summary-input"
              />
              <Form.Item name="photoIds" label="活动照片">
                <PhotoUpload max={12} />
              </Form.Item>
              <Typography.Text type="secondary">总结最多 {ACTIVITY_TEXT_MAX} 字</Typography.Text>
            </>
          )}
        </Form>
      </Modal>
      <PrintDialog title="活动档案" open={printing} onClose={() => setPrinting(false)} printTestId="activity-print-go">
        {printing && <ActivityFile a={a} signups={signups.data ?? []} />}
      </PrintDialog>
    </Space>
  );
}

/** R-ACT-03 the callback list: who to call (the fair pick, the first 10% required), what each said, the rate against 80%. */
function Callbacks({ a, mayCall, onChanged }: { a: ActivityDetail; mayCall: boolean; onChanged: () => void }) {
  const q = $api.useQuery(
    'get',
    '/api/v1/activities/{id}/callbacks',
    { params: { path: { id: a.id } } },
    { enabled: mayCall || a.callbacksMade > 0 },
  );
  const record = $api.useMutation('post', '/api/v1/activities/{id}/callbacks');
  const [calling, setCalling] = useState<ActivityCallbacks['rows'][number] | null>(null);
  const [form] = Form.useForm<{ satisfied: 'yes' | 'no'; note?: string }>();
  const data = q.data;
  return (
    <Card size="small" title="活动回访" data-testid="activity-callbacks">
      <div style={{ display: 'flex', gap: 32, marginBottom: 12, flexWrap: 'wrap' }}>
        <Statistic title="应回访（报名户数的10%）" value={a.callbackQuota} suffix="户" />
        <Statistic title="已回访" value={a.callbacksMade} suffix="户" />
        <Statistic
          title={`满意率（目标 ${a.satisfactionTarget}%）`}
          value={a.satisfactionRate ?? '—'}
          suffix={a.satisfactionRate !== null ? '%' : ''}
          valueStyle={{
            color: a.satisfactionRate === null ? undefined : a.satisfactionRate >= a.satisfactionTarget ? '#389e0d' : '#d46b08',
          }}
        />
      </div>
      {data && (
        <Table
          size="small"
          rowKey="signupId"
          pagination={false}
          dataSource={data.rows}
          locale={{ emptyText: '没有报名记录' }}
          rowClassName={(r) => (r.required ? 'wy-row-required' : '')}
          columns={[
            { title: '顺序', dataIndex: 'rank', width: 60 },
            {
              title: '报名人',
              dataIndex: 'name',
              render: (v: string, r) => (
                <>
                  {v}
                  {r.required && (
                    <Tag color="orange" style={{ marginLeft: 6 }}>
                      应回访
                    </Tag>
                  )}
                </>
              ),
            },
            { title: '房屋', dataIndex: 'roomLabel' },
            {
              title: '回访结果',
              dataIndex: 'satisfied',
              render: (_: unknown, r) =>
                r.satisfied === null ? (
                  '—'
                ) : (
                  <span>
                    {r.satisfied ? <Tag color="green">满意</Tag> : <Tag color="red">不满意</Tag>}
                    {r.note}{' '}
                    <Typography.Text type="secondary">
                      {r.staffName} · {formatTime(r.calledAt, a.projectId)}
                    </Typography.Text>
                  </span>
                ),
            },
            {
              title: '操作',
              width: 100,
              render: (_: unknown, r) =>
                r.satisfied === null && mayCall ? (
                  <Button
                    size="small"
                    onClick={() => {
                      form.resetFields();
                      setCalling(r);
                    }}
                    data-testid={`activity-call-${r.rank}`}
                  >
                    登记回访
                  </Button>
                ) : null,
            },
          ]}
        />
      )}
      <Modal
        title={calling ? `回访 ${calling.name}（${calling.roomLabel}）` : ''}
        open={calling !== null}
        onCancel={() => setCalling(null)}
        okText="保存回访"
        confirmLoading={record.isPending}
        destroyOnHidden
        onOk={async () => {
          const v = await form.validateFields();
          await record.mutateAsync({
            params: { path: { id: a.id } },
            body: { signupId: calling!.signupId, satisfied: v.satisfied === 'yes', note: v.note?.trim() || undefined },
          });
          showSuccess('已登记回访');
          setCalling(null);
          void q.refetch();
          onChanged();
        }}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="satisfied" label="业主对本次活动是否满意" rules={[{ required: true, message: '请选择回访结果' }]}>
            <Radio.Group data-testid="activity-call-satisfied">
              <Radio value="yes">满意</Radio>
              <Radio value="no">不满意</Radio>
            </Radio.Group>
          </Form.Item>
          <ReasonField name="note" label="回访记录" testId="activity-call-note" />
        </Form>
      </Modal>
    </Card>
  );
}
