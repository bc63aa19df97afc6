/** A complaint for the desk: who, what, the grade and code, every promise with its due time, the timeline, and the steps allowed now. */
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Empty, Space, Table, Tag, Typography } from 'antd';
import {
  CHANNEL_LABELS,
  COMPLAINT_ACTION_LABELS,
  COMPLAINT_KIND_LABELS,
  COMPLAINT_TRANSFER_LABELS,
  formatYuan,
  IMMEDIATE_ACTION_LABELS,
  OPEN_COMPLAINT_STATUSES,
  SATISFACTION_LABELS,
  type Channel,
  type ComplaintAction,
  type ComplaintKind,
  type ComplaintStatus,
  type ComplaintTransferTarget,
  type ImmediateActionReason,
  type Satisfaction,
} from '@wy/shared';
import EventTimeline from '../../../components/srv/EventTimeline';
import Loaded from '../../../components/Loaded';
import { useProject } from '../../../project';
import { $api } from '../../../services/api';
import { formatTime } from '../../../utils/time';
import { categoryText, clockText, ImportanceTag, StatusTag } from '../display';
import type { ComplaintClock, ComplaintDetail } from '../types';
import ActionModal from './ActionModal';
import AddPartyModal from './AddPartyModal';

export default function ComplaintDetailView({ id, onChanged }: { id: number; onChanged?: () => void }) {
  const q = $api.useQuery('get', '/api/v1/complaints/{id}', { params: { path: { id } } });
  return <Loaded query={q}>{(c) => <Detail c={c} onChanged={() => void q.refetch().then(() => onChanged?.())} />}</Loaded>;
}

function Detail({ c, onChanged }: { c: ComplaintDetail; onChanged: () => void }) {
  const { project } = useProject();
  const [action, setAction] = useState<ComplaintAction | null>(null);
  const [addingParty, setAddingParty] = useState(false);
  const open = OPEN_COMPLAINT_STATUSES.includes(c.status as ComplaintStatus);
  const byProject = { params: { query: { projectId: c.projectId } } };
  const items = $api.useQuery('get', '/api/v1/complaint-classes', byProject).data ?? [];
  const handlers = $api.useQuery('get', '/api/v1/complaints/handlers', byProject).data ?? [];
  const t = (v: string | null | undefined) => formatTime(v, c.projectId);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="complaint-detail">
      {c.late && <Alert type="error" showIcon message="有承诺已超时，请尽快处理或报经理批准延期" />}
      {c.immediate.length > 0 && (
        <Alert
          type="warning"
          showIcon
          message="需立即处理"
          description={c.immediate.map((x) => IMMEDIATE_ACTION_LABELS[x as ImmediateActionReason] ?? x).join('；')}
        />
      )}
      <Card size="small">
        <Descriptions size="small" column={2} bordered>
          <Descriptions.Item label="编码">
            <Typography.Text strong data-testid="complaint-code" data-latin-ok>
              {c.code ?? '待评审'}
            </Typography.Text>
            {c.codeHistory.length > 0 && (
              <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }} data-latin-ok>
                原编码 {c.codeHistory.join('、')}
              </Typography.Text>
            )}
          </Descriptions.Item>
          <Descriptions.Item label="状态">
            <StatusTag value={c.status} />
          </Descriptions.Item>
          <Descriptions.Item label="重要程度">
            <ImportanceTag value={c.importance} />
          </Descriptions.Item>
          <Descriptions.Item label="类别 / 类型">{categryAndKind(c)}</Descriptions.Item>
          <Descriptions.Item label="投诉人">
            {c.complainantName} {c.complainantPhoneMasked ?? ''}
          </Descriptions.Item>
          <Descriptions.Item label="渠道">{CHANNEL_LABELS[c.channel as Channel] ?? c.channel}</Descriptions.Item>
          <Descriptions.Item label="投诉内容" span={2}>
            {c.problem}
          </Descriptions.Item>
          <Descriptions.Item label="投诉人要求" span={2}>
            {c.asks ?? '—'}
            {c.askedBy && <Tag style={{ marginLeft: 8 }}>要求 {t(c.askedBy)} 前处理</Tag>}
          </Descriptions.Item>
          <Descriptions.Item label="收到时间">{t(c.receivedAt)}</Descriptions.Item>
          <Descriptions.Item label="告知答复时间">{t(c.promisedAt)}</Descriptions.Item>
          <Descriptions.Item label="处理主管">{c.handlerName ?? '未转交'}</Descriptions.Item>
          <Descriptions.Item label="上报经理">{c.escalatedAt ? t(c.escalatedAt) : '—'}</Descriptions.Item>
          {c.invalidReason && (
            <Descriptions.Item label="无效投诉的解释" span={2}>
              {c.invalidReason}
            </Descriptions.Item>
          )}
          {c.result && (
            <Descriptions.Item label="处理结果" span={2}>
              {c.result}
            </Descriptions.Item>
          )}
          {c.jointCount > 1 && (
            <Descriptions.Item label="联名投诉" span={2}>
              共 {c.jointCount} 人：{c.complainantName}、{c.parties.map((x) => x.name).join('、')}
              {c.companyReportedAt && (
                <Tag color="red" style={{ marginLeft: 8 }}>
                  已于 {t(c.companyReportedAt)} 上报公司
                </Tag>
              )}
            </Descriptions.Item>
          )}
          {c.needsIdentityCheck && (
            <Descriptions.Item label="身份与缴费核实" span={2}>
              {c.identityCheckedAt ? (
                `已于 ${t(c.identityCheckedAt)} 核实（见处理过程）`
              ) : (
                <Tag color="orange">处理前须核实身份并查看缴费</Tag>
              )}
            </Descriptions.Item>
          )}
          {c.compensationFen !== null && (
            <Descriptions.Item label="承诺赔偿" span={2}>
              {formatYuan(c.compensationFen)}：{c.compensationNote}
            </Descriptions.Item>
          )}
          {c.transferredTo && (
            <Descriptions.Item label="转交上级单位" span={2}>
              {COMPLAINT_TRANSFER_LABELS[c.transferredTo as ComplaintTransferTarget]}：{c.transferNote}（继续跟踪）
            </Descriptions.Item>
          )}
          {c.satisfaction && (
            <Descriptions.Item label="回访满意度" span={2}>
              {SATISFACTION_LABELS[c.satisfaction as Satisfaction]}
            </Descriptions.Item>
          )}
        </Descriptions>
      </Card>

      <Card
        size="small"
        title="办理"
        extra={
          open && (
            <Button size="small" onClick={() => setAddingParty(true)} data-testid="complaint-add-party">
              添加联名人
            </Button>
          )
        }
      >
        {c.allowedActions.length ? (
          <Space wrap>
            {c.allowedActions.map((a) => (
              <Button
                key={a}
                type={a === c.allowedActions[0] ? 'primary' : 'default'}
                onClick={() => setAction(a as ComplaintAction)}
                data-testid={`complaint-btn-${a}`}
              >
                {COMPLAINT_ACTION_LABELS[a as ComplaintAction]}
              </Button>
            ))}
          </Space>
        ) : (
          <Typography.Text type="secondary">当前没有可办理的操作</Typography.Text>
        )}
      </Card>

      <Card size="small" title="承诺时限">
        <Table<ComplaintClock>
          size="small"
          rowKey={(k) => `${k.kind}-${k.cycle}`}
          pagination={false}
          dataSource={c.clocks}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="评审后开始计时" /> }}
          columns={[
            {
              title: '承诺',
              dataIndex: 'kind',
              render: (k: string, r) => `${clockText(k)}${r.cycle ? `（第 ${r.cycle + 1} 次处理）` : ''}`,
            },
            {
              title: '应完成',
              dataIndex: 'dueAt',
              render: (v: string, r) => (
                <span>
                  {t(v)}
                  {r.extendedUntil && (
                    <Tag color="purple" style={{ marginLeft: 4 }}>
                      已延期
                    </Tag>
                  )}
                </span>
              ),
            },
            {
              title: '完成',
              dataIndex: 'metAt',
              render: (v: string | null, r) => (r.cancelled ? '已取消' : v ? t(v) : '进行中'),
            },
            { title: '', dataIndex: 'late', width: 70, render: (late: boolean) => (late ? <Tag color="red">超时</Tag> : null) },
          ]}
        />
      </Card>

      <Card size="small" title="处理过程">
        <EventTimeline events={c.events} projectId={c.projectId} />
      </Card>

      {addingParty && (
        <AddPartyModal
          complaint={c}
          onClose={() => setAddingParty(false)}
          onDone={() => {
            setAddingParty(false);
            onChanged();
          }}
        />
      )}
      <ActionModal
        complaint={c}
        action={action}
        items={items}
        handlers={handlers}
        projectCode={project?.id === c.projectId ? project.code : undefined}
        onClose={() => setAction(null)}
        onDone={() => {
          setAction(null);
          onChanged();
        }}
      />
    </Space>
  );
}

function categryAndKind(c: ComplaintDetail) {
  const kind = c.kind ? COMPLAINT_KIND_LABELS[c.kind as ComplaintKind] : null;
  return [c.category ? categoryText(c.category) : '—', kind].filter(Boolean).join(' / ');
}
